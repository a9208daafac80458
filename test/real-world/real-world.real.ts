// Real-world specs (test/real-world/specs.ts), one after the other: the types and the client the
// generator writes type-check under the strictest flags, and the whole generator gives every
// artifact, which type-checks too. `npm run test:real-world`; minutes, so not part of `npm test`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emitClient } from '../../generator/client.js';
import { generate } from '../../generator/index.js';
import { outputNames } from '../../generator/names.js';
import type { GeneratedFile } from '../../generator/output.js';
import { emitRuntime } from '../../generator/runtime.js';
import { loadSpec } from '../../generator/spec.js';
import { emitTypes } from '../../generator/types.js';
import { strictTypeCheck } from '../generator/strict-tsc.js';
import { root } from '../support/spec.js';
import { scratch } from '../support/tsc.js';
import { REAL_WORLD_SPECS } from './specs.js';

// tsc over the largest outputs (GitHub: 10 MB of TypeScript) needs more than Node's default heap.
const TSC_HEAP_MIB = 8192;

function writeAll(dir: string, files: GeneratedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, 'out', file.path)), { recursive: true });
    writeFileSync(path.join(dir, 'out', file.path), file.content);
  }
}

test('every real-world spec comes from an exactly pinned devDependency', () => {
  const { devDependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  for (const spec of REAL_WORLD_SPECS) expect([spec.package, devDependencies[spec.package]]).toEqual([spec.package, expect.stringMatching(/^\d+\.\d+\.\d+$/)]);
});

describe.each(REAL_WORLD_SPECS)('$name ($file)', (spec) => {
  const file = path.join(root, spec.file);
  const slug = spec.name.toLowerCase();

  test('its types and client type-check under the strictest flags', async () => {
    const { document, operations } = await loadSpec(file);
    expect(operations.length).toBeGreaterThan(0);
    const dir = path.join(scratch, 'real-world', `${slug}-client`);
    writeAll(dir, [...(await emitTypes(document, operations)), ...emitClient(document, operations), ...(await emitRuntime())]);
    const { createClient } = outputNames(document, operations).client;
    const usage = `import { ${createClient} } from './out/client.js';\nexport const client = ${createClient}({ endpoint: 'http://127.0.0.1:1' });\n`;
    const { status, output } = strictTypeCheck(dir, { 'usage.ts': usage }, { maxOldSpaceMiB: TSC_HEAP_MIB });
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test('the generator gives every artifact, and they type-check', async () => {
    const files = await generate(file);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['client.ts', 'types.ts', 'validators.js', 'validators.d.ts', 'mock/openapi.json', 'docs/openapi.yaml']));
    const dir = path.join(scratch, 'real-world', slug);
    writeAll(dir, files);
    const { status, output } = strictTypeCheck(dir, {}, { maxOldSpaceMiB: TSC_HEAP_MIB });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
