// The README stays true (its generated tables, its code, its two commands) and the docs build
// gives one HTML file that needs no network.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadInputs, renderReadme } from '../../scripts/readme.js';
import { operations, root } from '../support/spec.js';
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

test("the README's TypeScript examples compile against the generated client", () => {
  const blocks = [...readme.matchAll(/```ts\n([^]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(0);
  const files = Object.fromEntries(
    blocks.map((code, i) => [`example${i}.ts`, `${code.replace(/'\.\/generated\//g, "'../../../generated/")}\nexport {};\n`]),
  );
  const { status, output } = typeCheck('readme', files);
  expect(output).toBe('');
  expect(status).toBe(0);
});

test('npm run docs writes one self-contained HTML file with every operation', () => {
  const out = path.join(scratch, 'docs');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/docs.ts', '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
  expect(html).not.toMatch(/<link[^>]+href=["']https?:[^>]+stylesheet/);
  expect(html).toContain('Amazon Pinpoint REST API');
  for (const operation of operations) expect(html).toContain(operation.operationId);
});
