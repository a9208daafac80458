// The README stays true (its generated tables, its code, its two commands), and `npm run docs`
// gives a site that needs no network, or, for a spec that does not lint, no site and a clear reason.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { loadInputs, renderReadme } from '../../scripts/readme.js';
import { document, operations, root } from '../support/spec.js';
import { scratch, typeCheck } from '../support/tsc.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

test("the README's generated sections match the spec and the errata", () => {
  const { document, errata } = loadInputs();
  expect(renderReadme(readme, document, errata)).toBe(readme);
});

test('the README starts with the two commands of the contract', () => {
  const firstBlock = /```sh\n([^]*?)```/.exec(readme)![1]!;
  const commands = firstBlock.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  expect(commands).toEqual(['npm ci && npm run build', 'npm test']);
});

test("the README's TypeScript examples import the client package and compile against the generated client", () => {
  const blocks = [...readme.matchAll(/```ts\n([^]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(0);
  const imported = new Set(blocks.flatMap((code) => [...code.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]!)));
  expect([...imported].sort()).toEqual(['pinpoint-client', 'pinpoint-client/validators']);
  // As printed: tsconfig's `paths` maps the package's name to generated/ (what dist/client/ is built from).
  const files = Object.fromEntries(blocks.map((code, i) => [`example${i}.ts`, `${code}\nexport {};\n`]));
  const { status, output } = typeCheck('readme', files);
  expect(output).toBe('');
  expect(status).toBe(0);
});

function runDocs(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/docs.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('npm run docs', () => {
  const out = path.join(scratch, 'docs');
  let result: ReturnType<typeof runDocs>;

  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    result = runDocs(['--out', out]);
  });

  test('writes the page and the bundled spec as JSON and YAML, and nothing else', () => {
    expect(result.stderr).not.toMatch(/no docs were written/);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'openapi.json', 'openapi.yaml']);
    expect(JSON.parse(readFileSync(path.join(out, 'openapi.json'), 'utf8'))).toEqual(document);
    expect(parseYaml(readFileSync(path.join(out, 'openapi.yaml'), 'utf8'))).toEqual(document);
  });

  test('writes one self-contained page that loads nothing from the network', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
    // Redoc's own logo is the one thing it would fetch: it is drawn inline instead.
    expect(html).not.toContain('https://cdn.redoc.ly/redoc/logo');
    expect(html).toContain('<title>Amazon Pinpoint REST API (2016-12-01)</title>');
  });

  test('renders the docs-ready spec: every operation with its samples, and the errata', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    for (const operation of operations) {
      expect(html).toContain(operation.operationId);
      expect(html).toContain(`pinpoint.${operation.methodName}(`);
    }
    expect(html).toContain('Errata of the examples');
    expect(html).toContain('"downloadUrls":[{"title":"openapi.json","url":"openapi.json"},{"title":"openapi.yaml","url":"openapi.yaml"}]');
  });
});

describe('npm run docs on a spec that does not lint', () => {
  const spec = path.join(scratch, 'docs-broken-spec');
  const out = path.join(scratch, 'docs-broken-out');

  beforeAll(() => {
    rmSync(spec, { recursive: true, force: true });
    cpSync(path.join(root, 'spec'), spec, { recursive: true });
    // One tag without its description: the lint's tag-description rule fails it.
    const rootFile = path.join(spec, 'openapi.yaml');
    const parsed = parseYaml(readFileSync(rootFile, 'utf8')) as { tags: { name: string; description?: string }[] };
    delete parsed.tags[0]!.description;
    writeFileSync(rootFile, toYaml(parsed));
    rmSync(out, { recursive: true, force: true });
  });

  test('exits non-zero, says why, and writes no docs', () => {
    const result = runDocs(['--spec', path.join(spec, 'openapi.yaml'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`npm run docs: ${path.join(spec, 'openapi.yaml')} does not lint; no docs were written.`);
    expect(`${result.stdout}${result.stderr}`).toContain('tag-description');
    expect(existsSync(out)).toBe(false);
  });

  test('leaves docs built before exactly as they were', () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'the docs of yesterday');
    const result = runDocs(['--spec', path.join(spec, 'openapi.yaml'), '--out', out]);
    expect(result.status).toBe(1);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the docs of yesterday');
  });
});
