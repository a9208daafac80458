// Writes a complete set of generated files into the output folder in one swap, so that a failed
// run never leaves a half-written folder, and compares a set with what is on disk for --check.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  content: string;
}

export const HEADER = 'Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.';

/** Replaces `outDir` with exactly `files`: written beside it first, then swapped in. */
export async function writeOutput(outDir: string, files: readonly GeneratedFile[]): Promise<void> {
  const target = path.resolve(outDir);
  const staging = `${target}.staging-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const destination = path.join(staging, file.path);
      await fs.mkdir(path.dirname(destination), { recursive: true });
      await fs.writeFile(destination, file.content);
    }
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
  const hadPrevious = await exists(target);
  if (hadPrevious) await fs.rename(target, previous);
  try {
    await fs.rename(staging, target);
  } catch (error) {
    if (hadPrevious) await fs.rename(previous, target);
    throw error;
  }
  if (hadPrevious) await fs.rm(previous, { recursive: true, force: true });
}

/** Names every file that differs from `files`: changed, missing, or there but no longer generated. */
export async function staleFiles(outDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  const expected = new Map(files.map((f) => [f.path, f.content]));
  for (const [relative, content] of expected) {
    const actual = await fs.readFile(path.join(outDir, relative), 'utf8').catch(() => undefined);
    if (actual === undefined) stale.push(`${relative} (missing)`);
    else if (actual !== content) stale.push(`${relative} (differs)`);
  }
  for (const relative of await listFiles(outDir)) {
    if (!expected.has(relative)) stale.push(`${relative} (no longer generated)`);
  }
  return stale.sort();
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(path.join(dir, entry.name), relative)));
    else found.push(relative);
  }
  return found;
}

async function exists(target: string): Promise<boolean> {
  return fs.stat(target).then(
    () => true,
    () => false,
  );
}
