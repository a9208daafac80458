// `npm run build:client` for another spec (the petstore fixture: no x-client-package, no license, no
// signing), with the name and version from flags, and what it refuses. Part of `npm run test:package`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STRICT_FLAGS } from '../../scripts/build-client.js';
import { petstore, snapshot } from '../generator/cli.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';

const generated = path.join(scratch, 'package-petstore/generated');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

function buildClient(args: string[]) {
  return spawnSync(process.execPath, [tsx, 'scripts/build-client.ts', '--generated', generated, ...args], { cwd: root, encoding: 'utf8' });
}

beforeAll(() => {
  rmSync(path.dirname(generated), { recursive: true, force: true });
  const run = spawnSync(process.execPath, [tsx, 'generator/index.ts', '--spec', petstore, '--out', generated], { cwd: root, encoding: 'utf8' });
  expect(run.status).toBe(0);
});

describe('the package of another spec', () => {
  const out = path.join(scratch, 'package-petstore/defaults');
  let manifest: Record<string, unknown>;

  beforeAll(() => {
    const run = buildClient(['--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`(petstore-client@0.1.0)`);
    // npm reads `test/x` as a package name: a relative folder needs its ./
    expect(run.stdout).toContain(`next: npm pack ./${path.relative(root, out)} (or npm publish ./${path.relative(root, out)})`);
    manifest = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as Record<string, unknown>;
  });

  test('is named after its client, at 0.1.0, with the API version of its spec and no license file', () => {
    expect(manifest).toMatchObject({ name: 'petstore-client', version: '0.1.0', apiVersion: '1.0.0', license: 'UNLICENSED' });
    expect(manifest.keywords).not.toContain('sigv4');
    expect(existsSync(path.join(out, 'LICENSE'))).toBe(false);
    // Its code imports no validator formats: only what it imports is a dependency.
    expect(Object.keys(manifest.dependencies as object).sort()).toEqual(
      readFileSync(path.join(generated, 'validators.js'), 'utf8').includes('ajv-formats') ? ['ajv-formats', 'openapi-fetch'] : ['openapi-fetch'],
    );
  });

  test('has a README for its own operations, without signing', () => {
    const readme = readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# petstore-client\n/);
    expect(readme).toContain("import { createPetstoreClient } from 'petstore-client';");
    expect(readme).toContain('The API declares no request signing');
    expect(readme).not.toContain('Signature Version 4');
  });

  test("has README examples that compile against its client (its name mapped to the generated folder)", () => {
    const dir = path.join(scratch, 'package-petstore/readme');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const blocks = [...readFileSync(path.join(out, 'README.md'), 'utf8').matchAll(/```ts\n([^]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    blocks.forEach((code, i) => writeFileSync(path.join(dir, `example${i}.ts`), `${code}\nexport {};\n`));
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'nodenext', lib: ['ES2022'], types: ['node'], typeRoots: [path.join(root, 'node_modules/@types')], noEmit: true, skipLibCheck: true, ...STRICT_FLAGS,
          paths: { 'petstore-client': [path.join(generated, 'index.node.ts')], 'petstore-client/validators': [path.join(generated, 'validators.d.ts')] },
        },
        include: ['*.ts'],
      }),
    );
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: root, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('passes publint --strict', () => {
    const run = spawnSync(path.join(root, 'node_modules/.bin/publint'), ['run', '--strict', out], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toContain('All good!');
    expect(run.status).toBe(0);
  });
});

test('--name and --version win over the spec', () => {
  const out = path.join(scratch, 'package-petstore/flags');
  const run = buildClient(['--out', out, '--name', '@acme/pets', '--version', '2.0.0-beta.1']);
  expect(run.status).toBe(0);
  expect(JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8'))).toMatchObject({ name: '@acme/pets', version: '2.0.0-beta.1' });
});

describe('a refused build leaves the package folder as it was', () => {
  const out = path.join(scratch, 'package-petstore/kept');

  beforeEach(() => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'package.json'), '{ "name": "yesterday" }\n');
  });

  test.each([
    [['--version', '1.0'], '--version: "1.0" is not a semver version'],
    [['--name', 'Pets'], '--name: "Pets" is not an npm package name'],
  ])('%j', (flags, message) => {
    const before = snapshot(out);
    const run = buildClient(['--out', out, ...flags]);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(`Nothing was written: ${path.relative(root, out)}/ is unchanged.`);
    expect(run.status).toBe(1);
    expect(snapshot(out)).toEqual(before);
  });

  test('a generated folder without the client', () => {
    const before = snapshot(out);
    const empty = path.join(scratch, 'package-petstore/empty');
    mkdirSync(empty, { recursive: true });
    const run = spawnSync(process.execPath, [tsx, 'scripts/build-client.ts', '--generated', empty, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toContain(`${path.relative(root, empty)}/openapi.json: missing; run \`npm run generate\` first`);
    expect(run.status).toBe(1);
    expect(snapshot(out)).toEqual(before);
  });

  test('this project or the generated folder as the package folder', () => {
    for (const target of [root, generated, path.dirname(generated)]) {
      const run = buildClient(['--out', target]);
      expect(run.stderr).toContain('refused as the package folder');
      expect(run.status).toBe(1);
    }
    expect(readdirSync(generated)).toContain('client.ts');
  });
});

test('a folder outside the project is shown as npm takes it: absolute, with no ./ before it', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'package-outside-'));
  try {
    const out = path.join(outside, 'dist');
    const run = buildClient(['--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`next: npm pack ${out} (or npm publish ${out})`);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});
