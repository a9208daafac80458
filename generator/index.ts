// The generator's entry point: spec in, every artifact out, written in one swap or checked.
//   tsx generator/index.ts [--spec spec/openapi.yaml] [--out generated] [--check]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpec, SpecError } from './spec.js';
import { emitTypes } from './types.js';
import { emitClient } from './client.js';
import { emitRuntime } from './runtime.js';
import { emitValidators } from './validators.js';
import { emitMock } from './mock.js';
import { emitDocs, readErrata } from './docs.js';
import { staleFiles, writeOutput, type GeneratedFile } from './output.js';

export interface GenerateOptions {
  spec: string;
  out: string;
}

/** Every generated file for a spec, in a fixed order. */
export async function generate(specPath: string): Promise<GeneratedFile[]> {
  const { document, operations } = await loadSpec(specPath);
  const files = [
    { path: 'openapi.json', content: `${JSON.stringify(document, null, 2)}\n` },
    ...(await emitTypes(document, operations)),
    ...emitClient(document, operations),
    ...(await emitRuntime()),
    ...emitValidators(document, operations),
    ...emitMock(document, operations),
    ...emitDocs(document, operations, readErrata(specPath)),
  ];
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', default: 'spec/openapi.yaml' },
      out: { type: 'string', default: 'generated' },
      check: { type: 'boolean', default: false },
    },
  });
  const spec = values.spec!;
  const out = values.out!;
  let files: GeneratedFile[];
  try {
    files = await generate(spec);
  } catch (error) {
    if (error instanceof SpecError) {
      console.error(`${error.message}\nNothing was written: ${out}/ is unchanged.`);
      return 1;
    }
    throw error;
  }
  if (values.check) {
    const stale = await staleFiles(out, files);
    if (stale.length > 0) {
      console.error(`${out}/ is stale; run \`npm run generate\`:\n${stale.map((s) => `  - ${s}`).join('\n')}`);
      return 1;
    }
    console.log(`${out}/ is up to date with ${spec} (${files.length} files).`);
    return 0;
  }
  await writeOutput(out, files);
  console.log(`Wrote ${files.length} files to ${path.normalize(out)}/ from ${spec}.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
