// Where the two sides of a comparison come from: a spec root file on disk, or the spec as it was
// at a git commit (the whole split spec folder, extracted with `git archive` and bundled).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSpec, SpecError } from '../spec.js';
import type { SpecSide } from './operations.js';

/** Input the report cannot be made from: a missing ref, a spec that does not bundle. */
export class DiffInputError extends Error {}

export interface LoadedSide extends SpecSide {
  /** How the side is shown in messages: a file, or `ref:path`. */
  label: string;
}

/**
 * Loads a side. `source` is a spec root file when it exists on disk, else a git ref (commit, branch,
 * tag, `HEAD~1`) whose copy of `specPath` is read.
 */
export async function loadSide(source: string, specPath: string, cwd = process.cwd()): Promise<LoadedSide> {
  if (existsSync(path.resolve(cwd, source))) return loadFile(path.resolve(cwd, source), source);
  return loadAtRef(source, path.resolve(cwd, specPath));
}

/** Loads a spec root file; a missing file is an input error, not a git ref. */
export async function loadFile(file: string, label = file): Promise<LoadedSide> {
  if (!existsSync(file)) throw new DiffInputError(`${label}: no such file`);
  try {
    return { ...(await loadSpec(file)), label };
  } catch (error) {
    if (error instanceof SpecError) throw new DiffInputError(`${label} does not load:\n${error.problems.map((p) => `  ${p}`).join('\n')}`);
    throw error;
  }
}

function git(args: string[], cwd: string): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, stdout: result.stdout?.trim() ?? '', stderr: result.stderr?.trim() ?? result.error?.message ?? '' };
}

async function loadAtRef(ref: string, specFile: string): Promise<LoadedSide> {
  const top = git(['rev-parse', '--show-toplevel'], path.dirname(specFile));
  if (!top.ok) throw new DiffInputError(`--base ${ref}: not a file, and ${path.dirname(specFile)} is not in a git repository to read a ref from`);
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top.stdout);
  if (!commit.ok) {
    throw new DiffInputError(`--base ${ref}: neither a file nor a commit of the repository at ${top.stdout} (a shallow clone may lack it: fetch more history)`);
  }
  // The whole folder of the root file: its $refs reach the other files of the split spec.
  const specRelative = path.relative(top.stdout, specFile).split(path.sep).join('/');
  const folder = path.posix.dirname(specRelative);
  const label = `${ref}:${specRelative}`;
  const listed = git(['ls-tree', '--name-only', commit.stdout, '--', specRelative], top.stdout);
  if (!listed.ok || listed.stdout === '') throw new DiffInputError(`${label}: the commit ${commit.stdout.slice(0, 12)} has no ${specRelative}`);

  const dir = mkdtempSync(path.join(tmpdir(), 'spec-diff-'));
  try {
    // A root file at the top of the repository may refer to any file of it.
    const archive = execFileSync('git', ['archive', '--format=tar', commit.stdout, ...(folder === '.' ? [] : ['--', folder])], {
      cwd: top.stdout,
      maxBuffer: 512 * 1024 * 1024,
    });
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive });
    if (untar.status !== 0) throw new DiffInputError(`${label}: could not extract the spec: ${untar.stderr?.toString() ?? untar.error?.message}`);
    return await loadFile(path.join(dir, specRelative), label);
  } catch (error) {
    // Name the files of a broken spec as they are in the commit, not in the temporary folder.
    if (!(error instanceof DiffInputError)) throw error;
    const prefixes = [`${path.relative(process.cwd(), dir)}${path.sep}`, `${dir}${path.sep}`];
    throw new DiffInputError(prefixes.reduce((message, prefix) => message.split(prefix).join(`${ref}:`), error.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
