// The output folder: the generator replaces only what it wrote before (its manifest says what that
// is), keeps every other file, refuses a folder it did not make and any --out that holds the spec,
// and leaves the folder exactly as it was whenever a run fails or is refused.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MANIFEST, writeOutput, type GeneratedFile } from '../../generator/output.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';
import { fixtureCopy, petstore, run, snapshot } from './cli.js';

const base = path.join(scratch, 'output');

/** A fresh, empty place for one test. */
function place(name: string): string {
  const dir = path.join(base, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function write(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function manifestOf(out: string): { files: string[] } {
  return JSON.parse(readFileSync(path.join(out, MANIFEST), 'utf8')) as { files: string[] };
}

/** Generates the petstore into `out` and returns the manifest's list. */
async function generated(out: string): Promise<string[]> {
  const result = await run(['--spec', petstore, '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return manifestOf(out).files;
}

describe('a folder the generator may fill', () => {
  test('one that does not exist is created, with a manifest listing every file written', async () => {
    const out = path.join(place('fresh'), 'deeper', 'out');
    const files = await generated(out);
    const onDisk = Object.entries(snapshot(out))
      .filter(([, what]) => what.startsWith('file'))
      .map(([name]) => name.split(path.sep).join('/'))
      .filter((name) => name !== MANIFEST)
      .sort();
    expect(files).toEqual(onDisk);
    expect(files).toEqual(expect.arrayContaining(['client.ts', 'openapi.json', 'runtime/transport.ts', 'validators.js']));
  });

  test('the manifest is the same bytes on every run and in every folder', async () => {
    const one = path.join(place('manifest-a'), 'out');
    const two = path.join(place('manifest-b'), 'out');
    await generated(one);
    await generated(two);
    const first = readFileSync(path.join(one, MANIFEST), 'utf8');
    expect(readFileSync(path.join(two, MANIFEST), 'utf8')).toBe(first);
    await generated(one);
    expect(readFileSync(path.join(one, MANIFEST), 'utf8')).toBe(first);
  });

  test('an empty one is filled', async () => {
    const out = place('empty');
    expect((await generated(out)).length).toBeGreaterThan(10);
  });

  test('one with only the files this run writes, byte for byte, is taken over (an output of an older version without a manifest)', async () => {
    const out = place('no-manifest-yet');
    await generated(out);
    rmSync(path.join(out, MANIFEST));
    const { code, stderr } = await run(['--spec', petstore, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(existsSync(path.join(out, MANIFEST))).toBe(true);
  });
});

describe('a folder the generator did not make', () => {
  test('is refused, naming the folder and every file that is not ours, and left exactly as it was', async () => {
    const out = place('users-folder');
    const elsewhere = place('users-folder-elsewhere');
    write(path.join(out, 'notes.txt'), 'my notes\n');
    write(path.join(out, 'mine/deep/data.json'), '{"keep": true}\n');
    write(path.join(elsewhere, 'target.txt'), 'linked\n');
    symlinkSync(elsewhere, path.join(out, 'shortcut'));
    const before = snapshot(out);
    const outside = snapshot(elsewhere);

    const { code, stderr } = await run(['--spec', petstore, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(path.relative(process.cwd(), out));
    expect(stderr).toMatch(/not empty and has no \.generated-manifest\.json/);
    for (const name of ['notes.txt', 'mine/deep/data.json', 'shortcut']) expect(stderr).toContain(name);
    expect(snapshot(out)).toEqual(before);
    expect(snapshot(elsewhere)).toEqual(outside);
  });

  test('a file instead of a folder is refused', async () => {
    const file = path.join(place('a-file'), 'out.txt');
    writeFileSync(file, 'not a folder\n');
    const { code, stderr } = await run(['--spec', petstore, '--out', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/out\.txt.*is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });

  test('a link to nowhere is refused', async () => {
    const link = path.join(place('dangling'), 'out');
    symlinkSync(path.join(base, 'dangling', 'missing'), link);
    const { code, stderr } = await run(['--spec', petstore, '--out', link]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/symbolic link to .*missing, which does not exist/);
    expect(readlinkSync(link)).toBe(path.join(base, 'dangling', 'missing'));
  });
});

describe('a folder that carries the manifest', () => {
  test('keeps the user files, folders and links in it, and replaces or removes only what the manifest lists', async () => {
    const out = place('shared');
    const elsewhere = place('shared-elsewhere');
    await generated(out);
    write(path.join(elsewhere, 'target.txt'), 'linked\n');
    write(path.join(out, 'notes.txt'), 'my notes\n');
    write(path.join(out, 'mine/deep/data.json'), '{"keep": true}\n');
    write(path.join(out, 'runtime/my-extra.ts'), 'export const mine = 1;\n');
    symlinkSync(elsewhere, path.join(out, 'shortcut'));
    // What an older run wrote and this one no longer does: one file alone in its folder, one beside a user file.
    const manifest = manifestOf(out);
    manifest.files.push('old/gone.ts', 'kept/gone.ts');
    writeFileSync(path.join(out, MANIFEST), JSON.stringify(manifest));
    write(path.join(out, 'old/gone.ts'), '// generated once\n');
    write(path.join(out, 'kept/gone.ts'), '// generated once\n');
    write(path.join(out, 'kept/mine.txt'), 'mine\n');
    writeFileSync(path.join(out, 'client.ts'), '// edited by hand, though it says not to\n');
    const before = snapshot(out);
    const outside = snapshot(elsewhere);

    const { code, stdout, stderr } = await run(['--spec', petstore, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const after = snapshot(out);
    for (const name of ['notes.txt', 'mine', 'mine/deep', 'mine/deep/data.json', 'runtime/my-extra.ts', 'shortcut', 'kept/mine.txt']) {
      expect(after[name.split('/').join(path.sep)]).toBe(before[name.split('/').join(path.sep)]);
    }
    expect(snapshot(elsewhere)).toEqual(outside);
    expect(existsSync(path.join(out, 'old'))).toBe(false);
    expect(existsSync(path.join(out, 'kept/gone.ts'))).toBe(false);
    expect(readFileSync(path.join(out, 'client.ts'), 'utf8')).toContain('createPetstoreClient');
    expect(manifestOf(out).files).not.toContain('old/gone.ts');
    expect(stdout).toMatch(/removed 2\b/);
    expect(stdout).toContain('old/gone.ts');
    expect(stdout).toMatch(/changed 1\b/); // client.ts: the manifest is not counted
  });

  test('a user file where a generated file goes is refused, and nothing changes', async () => {
    const out = place('taken-path');
    await generated(out);
    const manifest = manifestOf(out);
    writeFileSync(path.join(out, MANIFEST), JSON.stringify({ ...manifest, files: manifest.files.filter((f) => f !== 'errors.ts') }));
    writeFileSync(path.join(out, 'errors.ts'), '// my own errors\n');
    const before = snapshot(out);
    const { code, stderr } = await run(['--spec', petstore, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/errors\.ts/);
    expect(stderr).toMatch(/not ours/);
    expect(snapshot(out)).toEqual(before);
  });

  test('a link where a generated folder goes is refused, and the folder it points to is untouched', async () => {
    const out = place('linked-folder');
    const elsewhere = place('linked-folder-elsewhere');
    await generated(out);
    write(path.join(elsewhere, 'transport.ts'), '// mine\n');
    rmSync(path.join(out, 'runtime'), { recursive: true });
    symlinkSync(elsewhere, path.join(out, 'runtime'));
    const before = snapshot(out);
    const outside = snapshot(elsewhere);
    const { code, stderr } = await run(['--spec', petstore, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/runtime.*symbolic link/);
    expect(snapshot(out)).toEqual(before);
    expect(snapshot(elsewhere)).toEqual(outside);
  });

  test('a link the user put where a listed file was is replaced by the file, and what it pointed to is untouched', async () => {
    const out = place('linked-file');
    const elsewhere = place('linked-file-elsewhere');
    await generated(out);
    write(path.join(elsewhere, 'client.ts'), '// mine\n');
    rmSync(path.join(out, 'client.ts'));
    symlinkSync(path.join(elsewhere, 'client.ts'), path.join(out, 'client.ts'));
    const outside = snapshot(elsewhere);
    expect((await run(['--spec', petstore, '--out', out])).code).toBe(0);
    expect(lstatSync(path.join(out, 'client.ts')).isFile()).toBe(true);
    expect(snapshot(elsewhere)).toEqual(outside);
  });

  test('a link given as --out writes into the folder it points to', async () => {
    const dir = place('out-link');
    const real = path.join(dir, 'real');
    await generated(real);
    symlinkSync(real, path.join(dir, 'link'));
    expect((await run(['--spec', petstore, '--out', path.join(dir, 'link')])).code).toBe(0);
    expect(lstatSync(path.join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(real, MANIFEST))).toBe(true);
  });

  test('a manifest that lists a path outside the folder is refused, and that path is untouched', async () => {
    const dir = place('escape');
    const out = path.join(dir, 'out');
    await generated(out);
    writeFileSync(path.join(dir, 'victim.txt'), 'keep me\n');
    const manifest = manifestOf(out);
    writeFileSync(path.join(out, MANIFEST), JSON.stringify({ ...manifest, files: [...manifest.files, '../victim.txt'] }));
    const before = snapshot(dir);
    const { code, stderr } = await run(['--spec', petstore, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\.generated-manifest\.json.*\.\.\/victim\.txt.*outside/);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a manifest that cannot be read is refused', async () => {
    const out = place('bad-manifest');
    await generated(out);
    writeFileSync(path.join(out, MANIFEST), '{ "files": ');
    const before = snapshot(out);
    const { code, stderr } = await run(['--spec', petstore, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\.generated-manifest\.json.*not a manifest/);
    expect(snapshot(out)).toEqual(before);
  });

  test('a failed generation leaves it exactly as it was, user files included', async () => {
    const out = place('failed-run');
    await generated(out);
    write(path.join(out, 'notes.txt'), 'my notes\n');
    write(path.join(out, 'runtime/my-extra.ts'), 'export const mine = 1;\n');
    const before = snapshot(out);
    const spec = fixtureCopy('failed-run', (dir) => writeFileSync(path.join(dir, 'schemas/Pet.yaml'), 'type: object\nproperties:\n  id: [integer\n'));
    const { code, stderr } = await run(['--spec', spec, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('is unchanged');
    expect(snapshot(out)).toEqual(before);
  });
});

describe('a write that fails half-way', () => {
  const files: GeneratedFile[] = [
    { path: 'a.ts', content: 'export const a = 2;\n' },
    { path: 'sub/b.ts', content: 'export const b = 2;\n' },
    { path: 'sub/deeper/c.ts', content: 'export const c = 2;\n' },
    { path: 'new/d.ts', content: 'export const d = 2;\n' },
  ];

  async function prepared(name: string): Promise<string> {
    const out = place(name);
    await writeOutput(out, [
      { path: 'a.ts', content: 'export const a = 1;\n' },
      { path: 'sub/b.ts', content: 'export const b = 1;\n' },
      { path: 'old/e.ts', content: 'export const e = 1;\n' },
    ]);
    write(path.join(out, 'notes.txt'), 'my notes\n');
    write(path.join(out, 'sub/mine.txt'), 'mine\n');
    return out;
  }

  test('while moving files into place is rolled back: the folder is exactly as it was', async () => {
    for (let failAt = 1; failAt <= 8; failAt++) {
      const out = await prepared(`swap-fails-${failAt}`);
      const before = snapshot(out);
      let renames = 0;
      const rename = async (from: string, to: string) => {
        if (++renames === failAt) throw Object.assign(new Error(`EIO: simulated failure, rename '${from}'`), { code: 'EIO' });
        const { promises } = await import('node:fs');
        await promises.rename(from, to);
      };
      await expect(writeOutput(out, files, { rename })).rejects.toThrow(/simulated failure/);
      expect(snapshot(out)).toEqual(before);
    }
  });

  test('while staging (two files that cannot both exist) leaves the folder exactly as it was', async () => {
    const out = await prepared('staging-fails');
    const before = snapshot(out);
    await expect(writeOutput(out, [...files, { path: 'a.ts/x.ts', content: '' }])).rejects.toThrow();
    expect(snapshot(out)).toEqual(before);
  });

  test('an emitter path that leaves the folder is refused before anything is written', async () => {
    const out = await prepared('path-escapes');
    const before = snapshot(out);
    await expect(writeOutput(out, [{ path: '../escaped.ts', content: '' }])).rejects.toThrow(/\.\.\/escaped\.ts/);
    expect(existsSync(path.join(base, 'escaped.ts'))).toBe(false);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('an --out that holds the spec, the repository or everything', () => {
  test('the spec folder itself is refused and the spec survives', async () => {
    const spec = fixtureCopy('out-is-spec');
    const before = snapshot(path.dirname(spec));
    const { code, stderr } = await run(['--spec', spec, '--out', path.dirname(spec)]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/holds the spec/);
    expect(snapshot(path.dirname(spec))).toEqual(before);
  });

  test('a folder that contains the spec folder is refused', async () => {
    const spec = fixtureCopy('out-contains-spec');
    const parent = path.dirname(path.dirname(spec));
    const before = snapshot(parent);
    const { code, stderr } = await run(['--spec', spec, '--out', parent]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/holds the spec/);
    expect(snapshot(parent)).toEqual(before);
  });

  test('a folder inside the spec folder that holds a file the spec reads is refused', async () => {
    const spec = fixtureCopy('out-holds-schema');
    const schemas = path.join(path.dirname(spec), 'schemas');
    const before = snapshot(schemas);
    const { code, stderr } = await run(['--spec', spec, '--out', schemas]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/schemas.*holds .*Pet\.yaml, which the spec is read from/);
    expect(snapshot(schemas)).toEqual(before);
  });

  test('a new folder inside the spec folder is fine', async () => {
    const spec = fixtureCopy('out-inside-spec');
    const { code } = await run(['--spec', spec, '--out', path.join(path.dirname(spec), 'client')]);
    expect(code).toBe(0);
  });

  test.each([
    ['the repository root', () => root],
    ['the repository root, written with ..', () => path.join(root, 'generated', '..')],
    ['the root of the file system', () => '/'],
  ])('%s is refused', async (_name, out) => {
    const { code, stderr } = await run(['--spec', petstore, '--out', out()]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/refused:.*(repository|root of the file system)/);
  });
});

describe('--check', () => {
  test('compares with the manifest: user files are not stale, a missing manifest is, and so is a listed file no longer generated', async () => {
    const out = place('check');
    await generated(out);
    write(path.join(out, 'notes.txt'), 'my notes\n');
    const clean = await run(['--spec', petstore, '--out', out, '--check']);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);

    const manifest = manifestOf(out);
    writeFileSync(path.join(out, MANIFEST), JSON.stringify({ ...manifest, files: [...manifest.files, 'old/gone.ts'] }));
    write(path.join(out, 'old/gone.ts'), '');
    const listed = await run(['--spec', petstore, '--out', out, '--check']);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain('old/gone.ts (no longer generated)');
    expect(listed.stderr).toContain(`${MANIFEST} (differs)`);
    expect(listed.stderr).not.toContain('notes.txt');

    rmSync(path.join(out, MANIFEST));
    const missing = await run(['--spec', petstore, '--out', out, '--check']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${MANIFEST} (missing)`);
  });
});

describe('a folder outside an ES-module package', () => {
  // The generated files are ES modules (validators.js too): in a CommonJS package Node cannot load them.
  test('gets a warning that names the package.json that decides, and what to do', async () => {
    const app = place('commonjs-app');
    write(path.join(app, 'package.json'), '{ "name": "commonjs-app" }\n');
    const out = path.join(app, 'src', 'pinpoint');
    const result = await run(['--spec', petstore, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${path.join('commonjs-app', 'package.json')} has no "type": "module"`);
    expect(result.stderr).toMatch(/ES modules/);
    expect(result.stderr).toMatch(/"type": "module"/);
    expect(manifestOf(out).files).toContain('client.ts');
  });

  test('a package.json Node cannot parse is named as such, not as one without "type"', async () => {
    // Outside test/: jest's crawl of the test folder would stop at a package.json it cannot parse.
    const app = mkdtempSync(path.join(tmpdir(), 'broken-package-app-'));
    try {
      writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "type": "module",');
      const result = await run(['--spec', petstore, '--out', path.join(app, 'src', 'pinpoint')]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`${path.join(app, 'package.json')} is not valid JSON (`);
      expect(result.stderr).not.toContain('has no "type"');
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  test('gets none inside one', async () => {
    const app = place('module-app');
    write(path.join(app, 'package.json'), '{ "name": "module-app", "type": "module" }\n');
    const result = await run(['--spec', petstore, '--out', path.join(app, 'src', 'pinpoint')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
