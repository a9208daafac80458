// The README stays true (its generated tables, its code, its two commands), and `npm run docs`
// gives a site that needs no network, or, for a spec that does not lint, no site and a clear reason.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { changesDocument, changesSection } from '../../scripts/docs.js';
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

// Two releases, as npm run release writes them.
const CHANGELOG = [
  '# Changelog',
  '',
  'Every release of `pinpoint-client`, newest first.',
  '',
  '## 0.3.0 — 2027-01-15 (minor)',
  '',
  'Since 0.2.0 (commit `0123456789ab`): 1 change, 1 minor.',
  '',
  '### Minor: additions and deprecations',
  '',
  '- `getApps` (`GET /v1/apps`): `getApps` is deprecated. (`operation-deprecated` at `#/paths/~1v1~1apps/get/deprecated`)',
  '',
  '## 0.2.0 — 2026-11-02 (minor)',
  '',
  'Since the first version, 0.1.0 (commit `abcdef012345`): 1 change, 1 minor.',
  '',
].join('\n');

describe('npm run docs', () => {
  const out = path.join(scratch, 'docs');
  const changelog = path.join(scratch, 'docs-CHANGELOG.md');
  let result: ReturnType<typeof runDocs>;

  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    writeFileSync(changelog, CHANGELOG);
    result = runDocs(['--out', out, '--changelog', changelog]);
  });

  test('writes the page, the Changes page and the bundled spec as JSON and YAML, and nothing else', () => {
    expect(result.stderr).not.toMatch(/no docs were written/);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['changes.html', 'index.html', 'openapi.json', 'openapi.yaml']);
    expect(JSON.parse(readFileSync(path.join(out, 'openapi.json'), 'utf8'))).toEqual(document);
    expect(parseYaml(readFileSync(path.join(out, 'openapi.yaml'), 'utf8'))).toEqual(document);
  });

  test('writes self-contained pages that load nothing from the network', () => {
    for (const page of ['index.html', 'changes.html']) {
      const html = readFileSync(path.join(out, page), 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
      // Redoc's own logo is the one thing it would fetch: it is drawn inline instead.
      expect(html).not.toContain('https://cdn.redoc.ly/redoc/logo');
    }
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<title>Amazon Pinpoint REST API (2016-12-01)</title>');
  });

  test('the Changes page renders the changelog, each release, with the look of the reference and a link back', () => {
    const html = readFileSync(path.join(out, 'changes.html'), 'utf8');
    const version = (document.info['x-client-package'] as { version: string }).version;
    expect(html).toContain(`<title>Amazon Pinpoint REST API: changes (client ${version})</title>`);
    // The document Redoc renders, embedded in the page: the changelog is its introduction.
    const definition = JSON.parse(/^\s*const __redoc_definition = (\{.*\});$/m.exec(html)![1]!) as { info: { description: string } };
    expect(definition.info.description).toBe(`[← Back to the API reference](index.html)\n\n${CHANGELOG.trim()}\n`);
    // Rendered into the page as it is built: each release a heading, the link back a link.
    for (const release of ['0.3.0 — 2027-01-15 (minor)', '0.2.0 — 2026-11-02 (minor)']) expect(html).toMatch(new RegExp(`<h[1-6][^>]*>(?:<[^>]+>)*[^<]*${release.replace(/[().]/g, '\\$&')}<`));
    expect(html).toContain('<a href="index.html">← Back to the API reference</a>');
    // The same theme as the reference page.
    const style = /<style>(\s*:root:root[^]*?)<\/style>/.exec(readFileSync(path.join(out, 'index.html'), 'utf8'))![1]!;
    expect(html).toContain(style);
  });

  test("the reference's introduction links to the Changes page and names the latest release", () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('[the Changes page](changes.html)');
    expect(html).toContain('The latest release is 0.3.0 (minor), of 2027-01-15.');
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

test('before any release, the Changes page says so, and the introduction too', () => {
  const page = changesDocument({ title: 'Things', version: '1' }, undefined);
  expect(page.info).toEqual({
    title: 'Things: changes',
    version: '1',
    description: '[← Back to the API reference](index.html)\n\n# Changelog\n\nNo release yet: `npm run release` writes the first entry of `CHANGELOG.md`.\n',
  });
  expect(page.paths).toEqual({});
  expect(changesSection(undefined)).toContain('There is no release yet.');
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
