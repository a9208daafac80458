// Type-checks a generated folder with the strictest settings a user may have: strict, plus the
// flags `strict` leaves off. Unlike test/support/tsc.ts it does not inherit the project's settings.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../support/spec.js';

export const STRICT_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: ['node'], // for node/, the Node-only helpers; nothing else may need Node's types
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitOverride: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  // Apps that lint with these compile the generated files too: no import or local left unused.
  noUnusedLocals: true,
  noUnusedParameters: true,
  skipLibCheck: true,
  noEmit: true,
};

/**
 * Writes `files` into `dir` (which holds the generated output in `out/`) and type-checks them and
 * everything they import. `maxOldSpaceMiB` is for the largest real-world specs.
 */
export function strictTypeCheck(
  dir: string,
  files: Record<string, string>,
  { maxOldSpaceMiB }: { maxOldSpaceMiB?: number } = {},
): { status: number | null; output: string } {
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: STRICT_OPTIONS, include: ['./*.ts', './out/**/*.ts'], exclude: [] }, null, 2),
  );
  const node = maxOldSpaceMiB ? [`--max-old-space-size=${maxOldSpaceMiB}`] : [];
  const result = spawnSync(process.execPath, [...node, path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
