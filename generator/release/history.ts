// Where the releases are: read from git, so that they are found the same way in any full clone.
// A release is a commit of the first-parent history of HEAD (the branch's own line; on the main
// line, its merges) where `info.x-client-package.version` in the spec's root file took a new value.
// The oldest one is the commit that introduced the field: the baseline before any real release.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ReleaseInputError } from './version.js';

export interface Release {
  commit: string;
  version: string;
  /** The commit that introduced `x-client-package`: a baseline, not a version change. */
  introduced: boolean;
}

export interface Repository {
  /** The top folder of the git work tree. */
  top: string;
  /** The spec's root file, relative to `top`, with `/`. */
  specPath: string;
}

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(args: string[], cwd: string, input?: string): GitResult {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr?.toString().trim() || result.error?.message || '' };
}

function gitText(args: string[], cwd: string): string | undefined {
  const result = git(args, cwd);
  return result.ok ? result.stdout.toString().trim() : undefined;
}

/** The repository that holds the spec's root file; refused when there is none, or no commit yet. */
export function findRepository(specFile: string): Repository {
  const dir = path.dirname(path.resolve(specFile));
  const top = gitText(['rev-parse', '--show-toplevel'], dir);
  if (top === undefined) throw new ReleaseInputError(`${specFile}: not in a git repository; the releases are read from its history`);
  if (gitText(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], top) === undefined) {
    throw new ReleaseInputError(`${top}: the repository has no commit yet; commit the spec with info.x-client-package first`);
  }
  return { top, specPath: path.relative(top, path.resolve(specFile)).split(path.sep).join('/') };
}

/** The version a root file's text holds (undefined without one), or `parsed: false` when it is not YAML. */
function versionIn(text: string): { parsed: boolean; version?: string } {
  try {
    const version = (parseYaml(text) as { info?: { 'x-client-package'?: { version?: unknown } } } | null)?.info?.['x-client-package']?.version;
    return { parsed: true, ...(version === undefined || version === null ? {} : { version: String(version) }) };
  } catch {
    return { parsed: false };
  }
}

/** The root file's text at each commit, read in one `git cat-file --batch`. */
function rootFileAt(repo: Repository, commits: string[]): (string | undefined)[] {
  if (commits.length === 0) return [];
  const batch = git(['cat-file', '--batch'], repo.top, commits.map((c) => `${c}:${repo.specPath}\n`).join(''));
  if (!batch.ok) throw new ReleaseInputError(`${repo.top}: git cat-file failed: ${batch.stderr}`);
  const out = batch.stdout;
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < commits.length; i++) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString();
    at = end + 1;
    const found = /^\S+ blob (\d+)$/.exec(header);
    if (!found) {
      texts.push(undefined); // "missing": the file is not at that commit
      continue;
    }
    const size = Number(found[1]);
    texts.push(out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}

function shallowCommits(repo: Repository): Set<string> {
  const file = gitText(['rev-parse', '--path-format=absolute', '--git-path', 'shallow'], repo.top);
  return new Set(file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

/**
 * The newest `count` releases, newest first (fewer when the history has fewer, the introduction of
 * the field last). Commits whose root file is not YAML are passed over: no release is made from a
 * spec that does not load. A shallow clone that ends before the answer is known is refused.
 */
export function readReleases(repo: Repository, count = Infinity): Release[] {
  const log = gitText(['log', '--first-parent', '--format=%H', 'HEAD', '--', repo.specPath], repo.top);
  if (log === undefined) throw new ReleaseInputError(`${repo.top}: git log failed`);
  const commits = log === '' ? [] : log.split('\n');
  const shallow = shallowCommits(repo);
  const releases: Release[] = [];
  // Read in slices from the newest: a long history is read only as far as needed.
  const SLICE = 64;
  let entries: { commit: string; version: string | undefined }[] = [];
  let read = 0;
  const ensure = (index: number): boolean => {
    while (entries.length <= index && read < commits.length) {
      const slice = commits.slice(read, read + SLICE);
      read += slice.length;
      const texts = rootFileAt(repo, slice);
      entries = entries.concat(
        slice.flatMap((commit, i) => {
          const text = texts[i];
          if (text === undefined) return [{ commit, version: undefined }];
          const { parsed, version } = versionIn(text);
          // A root file that does not parse says nothing about the version: passed over.
          return parsed ? [{ commit, version }] : [];
        }),
      );
    }
    return entries.length > index;
  };

  for (let i = 0; ensure(i) && releases.length < count; i++) {
    const { commit, version } = entries[i]!;
    if (version === undefined) break; // older than the field: nothing more to find
    const hasOlder = ensure(i + 1);
    if (!hasOlder && shallow.has(commit)) {
      throw new ReleaseInputError(
        `${repo.top}: a shallow clone: the history before ${commit.slice(0, 12)} is missing, so the release it belongs to is unknown; fetch the whole history (git fetch --unshallow) and run again`,
      );
    }
    const older = hasOlder ? entries[i + 1]!.version : undefined;
    if (older === undefined) {
      releases.push({ commit, version, introduced: true });
      break;
    }
    if (older !== version) releases.push({ commit, version, introduced: false });
  }
  return releases;
}

/** `abc1234def56` and the commit's date, for messages and the changelog. */
export function describeCommit(repo: Repository, commit: string): { short: string; date: string } {
  const shown = gitText(['show', '-s', '--format=%h %cs', commit], repo.top) ?? commit.slice(0, 12);
  const [short, date] = shown.split(' ');
  return { short: short!, date: date ?? '' };
}
