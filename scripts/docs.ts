// `npm run docs`: lints the spec (a spec that does not lint gets no docs), then renders the bundled
// spec with Redoc into one self-contained HTML file that opens offline: dist/docs/index.html.
//   npm run docs -- [--out dist/docs]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lintSpec } from './lint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const redocly = path.join(root, 'node_modules/.bin/redocly');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/docs' }, spec: { type: 'string', default: 'spec/openapi.yaml' } } });
const outDir = path.resolve(values.out!);

function run(args: string[], what: string): void {
  const result = spawnSync(redocly, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm run docs: ${what} failed (exit ${result.status ?? result.signal}); no docs were written.`);
    process.exit(1);
  }
}

if (!(await lintSpec(values.spec!))) {
  console.error(`\nnpm run docs: ${values.spec} does not lint; no docs were written.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
run(
  [
    'build-docs', 'generated/openapi.json',
    '--inlineBundle',
    '--output', path.join(outDir, 'index.html'),
    '--title', 'Amazon Pinpoint REST API',
  ],
  'rendering generated/openapi.json',
);
console.log(`Docs: ${path.relative(process.cwd(), path.join(outDir, 'index.html'))} (self-contained, opens offline).`);
