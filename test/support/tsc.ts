// Runs the TypeScript compiler over a folder of type tests written by a test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './spec.js';

export const scratch = path.join(root, 'test/.generated');

/** A new, empty folder under test/.generated, which a fresh clone does not have until some test makes it. */
export function scratchFolder(prefix: string): string {
  mkdirSync(scratch, { recursive: true });
  return mkdtempSync(path.join(scratch, prefix));
}

/** Writes `files` into a fresh folder under test/.generated and type-checks them with the project's settings. */
export function typeCheck(folder: string, files: Record<string, string>): { status: number | null; output: string } {
  const dir = path.join(scratch, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../../tsconfig.json', include: ['./*.ts'], exclude: [] }, null, 2),
  );
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
