// The npm scripts run only when their file is the program Node started with. A project cloned into a
// folder whose path has a space (or `%`, `#`) or is reached through a symlink must still run them:
// there a file URL escapes the path and Node resolves the symlink, and a naive comparison made every
// script exit 0 having done nothing.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { isEntryPoint } from '../../generator/entry-point.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'entry point %20 #'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('isEntryPoint', () => {
  test('matches the started file when its path has a space, % and #', () => {
    const file = path.join(scratch, 'my scripts', 'lint.ts');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    expect(isEntryPoint(pathToFileURL(file).href, file)).toBe(true);
    expect(isEntryPoint(pathToFileURL(file).href, path.relative(process.cwd(), file))).toBe(true);
  });

  test('matches through a symlink, as Node gives the main module its real path', () => {
    const real = path.join(scratch, 'real');
    mkdirSync(real, { recursive: true });
    writeFileSync(path.join(real, 'docs.ts'), '');
    const link = path.join(scratch, 'linked project');
    symlinkSync(real, link);
    expect(isEntryPoint(pathToFileURL(path.join(real, 'docs.ts')).href, path.join(link, 'docs.ts'))).toBe(true);
  });

  test('does not match another file, a missing one, or no program at all', () => {
    const file = path.join(scratch, 'one.ts');
    writeFileSync(file, '');
    writeFileSync(path.join(scratch, 'other.ts'), '');
    expect(isEntryPoint(pathToFileURL(file).href, path.join(scratch, 'other.ts'))).toBe(false);
    expect(isEntryPoint(pathToFileURL(file).href, path.join(scratch, 'missing.ts'))).toBe(false);
    expect(isEntryPoint(pathToFileURL(file).href, undefined)).toBe(false);
  });
});

describe('the npm scripts from a folder whose path has a space', () => {
  let project: string;
  beforeAll(() => {
    project = path.join(scratch, 'my project');
    symlinkSync(root, project);
  });

  test('`npm run readme -- --check` checks the README', async () => {
    const { stdout } = await run(tsx, [path.join(project, 'scripts/readme.ts'), '--check'], { cwd: project });
    expect(stdout).toContain('README.md is up to date.');
  });

  test('`npm run release:check` checks the release', async () => {
    const { stdout, stderr } = await run(tsx, [path.join(project, 'scripts/release-check.ts'), '--help'], { cwd: project });
    expect(`${stdout}${stderr}`).toContain('usage: npm run release:check');
  });

  test('`npm run diff -- --help` answers', async () => {
    const { stdout } = await run(tsx, [path.join(project, 'scripts/diff.ts'), '--help'], { cwd: project });
    expect(stdout).toContain('usage:');
  });

  test('the generator, run by its module, checks generated/', async () => {
    const { stdout } = await run(tsx, [path.join(project, 'generator/index.ts'), '--check'], { cwd: project });
    expect(stdout).toContain('generated/ is up to date');
  });
});
