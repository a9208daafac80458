// Writes the generated files into the output folder without ever losing a file that is not ours.
// The folder carries a manifest of what the generator wrote; only those files are replaced or
// removed, every other file stays. A folder without the manifest is taken only when it is empty or
// holds nothing but files this run would write byte for byte. New files are staged inside the folder
// first, then moved into place; a failure on the way moves everything back, so the folder is either
// fully updated or exactly as it was. `--check` compares with the same manifest.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath, OutputRefused } from './errors.js';

export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  content: string;
}

export const HEADER = 'Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.';

/** The list of what the generator wrote, kept in the output folder. */
export const MANIFEST = '.generated-manifest.json';
/** Where a run stages its files inside the output folder; it exists only while a run writes. */
export const STAGING = '.generated-staging';

/** This project's root: never an output folder, nor inside one. */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The manifest for a set of files: their sorted paths, and nothing that changes from run to run. */
export function manifestFile(files: readonly GeneratedFile[]): GeneratedFile {
  const manifest = {
    about: 'Files written by the generator (generator/index.ts). It replaces or removes only these; any other file in this folder is left alone.',
    files: files.map((f) => f.path).sort(),
  };
  return { path: MANIFEST, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

export interface OutputReport {
  /** The folder written, after following links. */
  folder: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

export interface ProtectedPaths {
  /** The root file of the spec: its folder may not be, or be inside, the output folder. */
  spec?: string;
  /** Every file the spec was read from. */
  specFiles?: readonly string[];
}

export interface WriteOptions extends ProtectedPaths {
  /** How a file is moved into or out of place; a parameter so that tests can make one move fail. */
  rename?: (from: string, to: string) => Promise<void>;
}

/**
 * Where the output goes, after following links, or OutputRefused: not a folder, the root of the file
 * system, this project's folder or one above it, or a folder that holds the spec or a file of it.
 */
export async function checkOutputFolder(outDir: string, protect: ProtectedPaths = {}): Promise<string> {
  const given = path.resolve(outDir);
  const shown = displayPath(given);
  const stat = await fs.lstat(given).catch(() => undefined);
  if (stat?.isSymbolicLink()) {
    const target = await fs.readlink(given);
    if (!(await fs.stat(given).catch(() => undefined))) throw new OutputRefused([`${shown}: is a symbolic link to ${target}, which does not exist`]);
  }
  const folder = await realPath(given);
  const real = stat ? await fs.stat(folder) : undefined;
  if (real && !real.isDirectory()) throw new OutputRefused([`${shown}: is a file, not a folder`]);

  const refuse = (reason: string) => new OutputRefused([`${shown}: refused: ${reason}`]);
  if (path.parse(folder).root === folder) throw refuse('it is the root of the file system');
  const project = await realPath(PROJECT_ROOT);
  if (contains(folder, project)) throw refuse(`it ${folder === project ? 'is' : 'holds'} this project's repository (${project})`);
  if (protect.spec) {
    const specFolder = await realPath(path.dirname(path.resolve(protect.spec)));
    if (contains(folder, specFolder)) throw refuse(`it ${folder === specFolder ? 'is the folder that holds' : 'holds'} the spec (${displayPath(protect.spec)})`);
  }
  for (const file of protect.specFiles ?? []) {
    if (contains(folder, await realPath(file))) throw refuse(`it holds ${displayPath(file)}, which the spec is read from`);
  }
  return folder;
}

/** Writes `files` (and the manifest) into `outDir`, replacing and removing only what is ours. */
export async function writeOutput(outDir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): Promise<OutputReport> {
  for (const file of files) checkRelative(file.path, `the generator's file ${JSON.stringify(file.path)}`);
  const folder = await checkOutputFolder(outDir, options);
  const plan = await planOutput(folder, displayPath(path.resolve(outDir)), [...files, manifestFile(files)]);
  await applyPlan(folder, plan, options.rename ?? ((from, to) => fs.rename(from, to)));
  const report = (list: string[]) => list.filter((p) => p !== MANIFEST);
  return { folder, added: report(plan.added), changed: report(plan.changed), removed: report(plan.removed), unchanged: report(plan.unchanged) };
}

interface Plan {
  exists: boolean;
  /** Files to write: new ones and those whose bytes change. */
  writes: GeneratedFile[];
  /** Files of ours that are on disk and are replaced or removed: moved away first. */
  moves: string[];
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

async function planOutput(folder: string, shown: string, files: GeneratedFile[]): Promise<Plan> {
  const plan: Plan = { exists: false, writes: [], moves: [], added: [], changed: [], removed: [], unchanged: [] };
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat) {
    plan.writes = files;
    plan.added = files.map((f) => f.path);
    return plan;
  }
  plan.exists = true;
  const entries = await fs.readdir(folder);
  if (entries.includes(STAGING)) {
    throw new OutputRefused([`${shown}/${STAGING}: left by a run that was interrupted or is still going; remove it once no generation is running`]);
  }
  const listed = entries.includes(MANIFEST) ? await readManifest(folder, shown) : undefined;
  const ours = new Set(listed ? [...listed, MANIFEST] : []);
  const wanted = new Set(files.map((f) => f.path));
  const problems: string[] = [];

  if (!listed && entries.length > 0) {
    const strangers = await filesNotOurs(folder, files);
    if (strangers.length > 0) {
      const shownList = strangers.length > 20 ? [...strangers.slice(0, 20), `… and ${strangers.length - 20} more`] : strangers;
      throw new OutputRefused([
        `${shown}: not empty and has no ${MANIFEST}, so the generator did not make it; it would not overwrite or delete these files, which are not ours:`,
        ...shownList.map((s) => `  ${s}`),
        'Choose a new or empty folder for --out, or move these files away.',
      ]);
    }
  }

  for (const file of files) {
    for (const ancestor of ancestors(file.path)) {
      const found = await lstatOrUndefined(path.join(folder, ancestor));
      if (!found) break;
      if (found.isSymbolicLink()) problems.push(`${shown}/${ancestor}: is a symbolic link where the generator writes a folder; it does not write through links`);
      else if (!found.isDirectory() && !ours.has(ancestor)) problems.push(`${shown}/${ancestor}: not ours (not in ${MANIFEST}), and the generator needs a folder there`);
      if (!found.isDirectory()) break;
    }
    const found = await lstatOrUndefined(path.join(folder, file.path));
    if (!found) {
      plan.writes.push(file);
      plan.added.push(file.path);
    } else if (found.isDirectory()) {
      problems.push(`${shown}/${file.path}: is a folder where the generator writes a file`);
    } else if (found.isFile() && (await sameBytes(path.join(folder, file.path), file.content))) {
      plan.unchanged.push(file.path);
    } else if (ours.has(file.path)) {
      plan.writes.push(file);
      plan.moves.push(file.path);
      plan.changed.push(file.path);
    } else {
      const what = found.isSymbolicLink() ? 'a symbolic link' : 'a file';
      problems.push(`${shown}/${file.path}: not ours (${what} not in ${MANIFEST}) and not what this run writes; move it away or delete it`);
    }
  }
  for (const old of [...ours].filter((p) => !wanted.has(p)).sort()) {
    const found = await lstatOrUndefined(path.join(folder, old));
    if (!found) continue;
    if (found.isDirectory()) problems.push(`${shown}/${old}: listed in ${MANIFEST} as a file, but is a folder`);
    else {
      plan.moves.push(old);
      plan.removed.push(old);
    }
  }
  if (problems.length > 0) throw new OutputRefused(problems);
  return plan;
}

/** The manifest's list, checked: relative paths inside the folder, or OutputRefused. */
async function readManifest(folder: string, shown: string): Promise<string[]> {
  const where = `${shown}/${MANIFEST}`;
  let files: unknown;
  try {
    files = (JSON.parse(await fs.readFile(path.join(folder, MANIFEST), 'utf8')) as { files?: unknown }).files;
  } catch (error) {
    throw new OutputRefused([`${where}: not a manifest of the generator (${(error as Error).message}); delete the folder's generated files and the manifest by hand`]);
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) {
    throw new OutputRefused([`${where}: not a manifest of the generator (no list of files); delete the folder's generated files and the manifest by hand`]);
  }
  const problems: string[] = [];
  for (const file of files as string[]) {
    try {
      checkRelative(file, JSON.stringify(file));
    } catch (error) {
      problems.push(`${where}: lists ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new OutputRefused(problems);
  return files as string[];
}

/** Throws unless `file` is a plain relative path that stays inside the folder. */
function checkRelative(file: string, what: string): void {
  const normal = path.posix.normalize(file);
  if (!file || path.posix.isAbsolute(file) || normal !== file || normal === '.' || normal.split('/').includes('..') || file.includes('\\') || file.includes('\0')) {
    throw new Error(`${what}, which is outside the folder or not a plain relative path`);
  }
  if (file === STAGING || file.startsWith(`${STAGING}/`)) throw new Error(`${what}, which is the generator's staging folder`);
}

/** Files and links of a folder without a manifest that this run would not write with the same bytes. */
async function filesNotOurs(folder: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const content = new Map(files.map((f) => [f.path, f.content]));
  const strangers: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of (await fs.readdir(path.join(folder, relative), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(name);
      else if (!entry.isFile() || !content.has(name) || !(await sameBytes(path.join(folder, name), content.get(name)!))) strangers.push(name);
    }
  };
  await walk('');
  return strangers;
}

type Step = { kind: 'created-folder'; folder: string } | { kind: 'moved-away'; file: string } | { kind: 'placed'; file: string };

async function applyPlan(folder: string, plan: Plan, rename: (from: string, to: string) => Promise<void>): Promise<void> {
  if (plan.writes.length === 0 && plan.moves.length === 0) return;
  const journal: Step[] = [];
  const staging = path.join(folder, STAGING);
  const next = (file: string) => path.join(staging, 'next', file);
  const previous = (file: string) => path.join(staging, 'previous', file);
  const target = (file: string) => path.join(folder, file);
  const createdRoot = plan.exists ? undefined : await fs.mkdir(folder, { recursive: true });
  try {
    await fs.mkdir(staging); // never recursive: a staging folder that exists is another run's
  } catch (error) {
    if (createdRoot) await fs.rm(createdRoot, { recursive: true, force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OutputRefused([`${displayPath(staging)}: another generation into this folder started meanwhile`]);
    }
    throw error;
  }

  try {
    for (const file of plan.writes) {
      await fs.mkdir(path.dirname(next(file.path)), { recursive: true });
      await fs.writeFile(next(file.path), file.content);
    }
    // Ours out of the way first, so that a file of ours may become a folder.
    for (const file of plan.moves) {
      await fs.mkdir(path.dirname(previous(file)), { recursive: true });
      await rename(target(file), previous(file));
      journal.push({ kind: 'moved-away', file });
    }
    for (const file of plan.writes) {
      for (const ancestor of ancestors(file.path)) {
        if (await lstatOrUndefined(target(ancestor))) continue;
        await fs.mkdir(target(ancestor));
        journal.push({ kind: 'created-folder', folder: ancestor });
      }
      await rename(next(file.path), target(file.path));
      journal.push({ kind: 'placed', file: file.path });
    }
  } catch (error) {
    const unrestored = await rollBack(journal, { next, previous, target }, rename);
    if (unrestored.length > 0) {
      // Never delete what could not be put back: the previous files stay in the staging folder.
      throw new Error(
        `${(error as Error).message}; then putting the folder back failed too (${unrestored.join('; ')}): the previous files are in ${displayPath(path.join(staging, 'previous'))}`,
      );
    }
    await fs.rm(staging, { recursive: true, force: true });
    if (createdRoot) await fs.rm(createdRoot, { recursive: true, force: true });
    throw error;
  }
  await fs.rm(staging, { recursive: true, force: true });
  // Only once all is in place (a failure before leaves every folder as it was): the folders that
  // removing files left empty go too. One that is not empty any more is someone's: it stays.
  for (const file of plan.removed) {
    for (const ancestor of ancestors(file).reverse()) {
      const left = await fs.readdir(target(ancestor)).catch(() => undefined);
      if (left === undefined) continue; // gone already, with another file of the same folder
      if (left.length > 0 || !(await fs.rmdir(target(ancestor)).then(() => true, () => false))) break;
    }
  }
}

async function rollBack(
  journal: Step[],
  at: { next: (f: string) => string; previous: (f: string) => string; target: (f: string) => string },
  rename: (from: string, to: string) => Promise<void>,
): Promise<string[]> {
  const failures: string[] = [];
  for (const step of [...journal].reverse()) {
    try {
      if (step.kind === 'placed') await rename(at.target(step.file), at.next(step.file));
      else if (step.kind === 'created-folder') await fs.rmdir(at.target(step.folder));
      else await rename(at.previous(step.file), at.target(step.file));
    } catch (error) {
      failures.push(`${step.kind} ${'file' in step ? step.file : step.folder}: ${(error as Error).message}`);
    }
  }
  return failures;
}

/** Names every file that differs from `files` and its manifest: changed, missing, or listed but no longer generated. */
export async function staleFiles(outDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  const all = [...files, manifestFile(files)];
  const expected = new Map(all.map((f) => [f.path, f.content]));
  for (const [relative, content] of expected) {
    const actual = await fs.readFile(path.join(outDir, relative), 'utf8').catch(() => undefined);
    if (actual === undefined) stale.push(`${relative} (missing)`);
    else if (actual !== content) stale.push(`${relative} (differs)`);
  }
  const listed = await fs
    .readFile(path.join(outDir, MANIFEST), 'utf8')
    .then((text) => (JSON.parse(text) as { files?: unknown }).files)
    .catch(() => undefined);
  for (const relative of Array.isArray(listed) ? listed : []) {
    if (typeof relative === 'string' && !expected.has(relative) && (await lstatOrUndefined(path.join(outDir, relative)))) {
      stale.push(`${relative} (no longer generated)`);
    }
  }
  return stale.sort();
}

/** `a/b/c.ts` → `a`, `a/b`. */
function ancestors(file: string): string[] {
  const parts = file.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

function contains(folder: string, inner: string): boolean {
  const relative = path.relative(folder, inner);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The real path of a file or folder, or of the nearest existing folder above it joined with the rest. */
async function realPath(target: string): Promise<string> {
  const missing: string[] = [];
  let at = target;
  for (;;) {
    try {
      return path.join(await fs.realpath(at), ...missing.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return target;
      missing.push(path.basename(at));
      at = parent;
    }
  }
}

async function sameBytes(file: string, content: string): Promise<boolean> {
  return Buffer.from(content).equals(await fs.readFile(file));
}

async function lstatOrUndefined(target: string): Promise<Stats | undefined> {
  return fs.lstat(target).catch(() => undefined);
}

/**
 * A warning when `outDir` is not in an ES-module package: the generated files are ES modules
 * (`validators.js` as it is), and Node reads a `.js` file by the nearest package.json's "type".
 */
export async function moduleScopeWarning(outDir: string): Promise<string | undefined> {
  for (let dir = path.resolve(outDir); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const found = await packageJson(file);
    if (found && 'invalid' in found) {
      return `warning: ${displayPath(file)} is not valid JSON (${found.invalid}): Node refuses to load any module under it, the generated files in ${displayPath(outDir)}/ included. Repair it, with "type": "module".`;
    }
    if (found) {
      if (found.type === 'module') return undefined;
      return `warning: ${displayPath(outDir)}/ is in a CommonJS package (${displayPath(file)} has no "type": "module"), but the generated files are ES modules: Node cannot load them there. Add "type": "module" to that package.json, generate into an ES-module package, or install the client as a package (npm run build makes dist/client, ESM and CommonJS).`;
    }
    if (path.dirname(dir) === dir) {
      return `warning: ${displayPath(outDir)}/ is in no package (no package.json above it), so Node reads its .js files as CommonJS, but the generated files are ES modules. Add a package.json with "type": "module", or install the client as a package (npm run build makes dist/client).`;
    }
  }
}

/** A package.json's "type", why it cannot be parsed, or undefined when there is no such file (the parent folder decides). */
async function packageJson(file: string): Promise<{ type: unknown } | { invalid: string } | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return { type: (JSON.parse(text) as { type?: unknown }).type };
  } catch (error) {
    return { invalid: (error as Error).message };
  }
}
