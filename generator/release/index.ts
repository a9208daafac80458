// Releases of the client package: `npm run release` (bump the version by the change report's level,
// write the changelog entry, regenerate) and its CI gate (the version shows a bump as big as the
// change since the last release needs).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, parseDocument } from 'yaml';
import { compareSpecs, DiffInputError, loadFile, loadSide, operationLabels, type LoadedSide, type Report } from '../diff/index.js';
import type { OperationLabel } from '../diff/format.js';
import type { Level, ReportLevel } from '../diff/model.js';
import { addEntry, entryVersions, renderEntry } from './changelog.js';
import { describeCommit, findRepository, readReleases, type Release, type Repository } from './history.js';
import { bumpOf, checkVersion, covers, nextVersion, readClientPackage, ReleaseInputError, VERSION_PATH, type ClientPackage } from './version.js';

export { ReleaseInputError } from './version.js';

/** A release asked for when the spec has not changed since the last one. */
export class NothingToRelease extends Error {}

export interface Comparison {
  base: LoadedSide;
  head: LoadedSide;
  report: Report;
  labels: Map<string, OperationLabel>;
}

async function loadHead(specFile: string, label: string): Promise<LoadedSide> {
  try {
    return await loadFile(specFile, label);
  } catch (error) {
    if (error instanceof DiffInputError) throw new ReleaseInputError(error.message);
    throw error;
  }
}

async function compareWith(release: Release, repo: Repository, head: LoadedSide): Promise<Comparison> {
  let base: LoadedSide;
  try {
    base = await loadSide(release.commit, path.join(repo.top, repo.specPath), repo.top);
  } catch (error) {
    if (error instanceof DiffInputError) throw new ReleaseInputError(`the release ${release.version} (${release.commit.slice(0, 12)}): ${error.message}`);
    throw error;
  }
  base.label = `${release.version} (${release.commit.slice(0, 12)})`;
  const { report } = compareSpecs(base, head);
  return { base, head, report, labels: operationLabels(base.operations, head.operations) };
}

function checkedReleases(repo: Repository, count: number): Release[] {
  const releases = readReleases(repo, count);
  for (const release of releases) checkVersion(release.version, `${release.commit.slice(0, 12)}:${repo.specPath}#/info/x-client-package/version`);
  return releases;
}

export interface ReleasePlan {
  package: ClientPackage;
  last: Release;
  level: Level;
  next: string;
  comparison: Comparison;
  /** The root file and the changelog before and after; `before` undefined: the file is new. */
  spec: { file: string; before: string; after: string };
  changelog: { file: string; before: string | undefined; after: string };
  entry: string;
}

/**
 * What `npm run release` would do: the last release, the report since, the next version, the
 * changelog entry. Refused (ReleaseInputError) when the spec does not load, the history is
 * unknown or the version was edited by hand; NothingToRelease when nothing changed.
 */
export async function planRelease(options: { specFile: string; changelogFile: string; date: string; specLabel?: string; changelogLabel?: string }): Promise<ReleasePlan> {
  const specLabel = options.specLabel ?? options.specFile;
  const head = await loadHead(options.specFile, specLabel);
  const current = readClientPackage(head.document, specLabel);
  const repo = findRepository(options.specFile);
  const [last] = checkedReleases(repo, 1);
  if (!last) throw new ReleaseInputError(`${specLabel}: no commit has info.x-client-package yet; commit it first: that commit is the baseline of the first release`);
  if (last.version !== current.version) {
    throw new ReleaseInputError(
      `${specLabel}#/info/x-client-package/version: ${current.version} in the working tree, but the last release (${last.commit.slice(0, 12)}) is ${last.version}; ` +
        `npm run release sets the version itself: put ${last.version} back (or commit the version you chose, and let npm run release:check judge it)`,
    );
  }
  const comparison = await compareWith(last, repo, head);
  const { level } = comparison.report;
  if (level === 'none') throw new NothingToRelease(`Nothing to release: the spec has not changed for the client's callers since ${last.version} (${last.commit.slice(0, 12)}).`);
  const next = nextVersion(current.version, level);
  const entry = renderEntry({ version: next, date: options.date, level, report: comparison.report, labels: comparison.labels, previous: last });
  const before = readFileSync(options.specFile, 'utf8');
  const changelogBefore = existsSync(options.changelogFile) ? readFileSync(options.changelogFile, 'utf8') : undefined;
  return {
    package: current,
    last,
    level,
    next,
    comparison,
    spec: { file: options.specFile, before, after: setVersion(before, next, specLabel) },
    changelog: { file: options.changelogFile, before: changelogBefore, after: addEntry(changelogBefore, entry, next, current.name, options.changelogLabel ?? options.changelogFile) },
    entry,
  };
}

/** The root file's text with a new version: only the version's own characters change (comments, order, quotes stay). */
export function setVersion(text: string, version: string, label: string): string {
  const node = parseDocument(text).getIn([...VERSION_PATH], true);
  if (!isScalar(node) || !node.range) throw new ReleaseInputError(`${label}#/info/x-client-package/version: not a plain value that a release can set`);
  const [start, end] = node.range;
  const old = text.slice(start, end);
  const quote = /^['"]/.test(old) ? old[0]! : '';
  return `${text.slice(0, start)}${quote}${version}${quote}${text.slice(end)}`;
}

export type Verdict = 'pass' | 'fail';

export interface GateResult {
  verdict: Verdict;
  /** What was compared, and the verdict, one sentence a line. */
  lines: string[];
  /** The comparison the verdict rests on, for the report printed with it. */
  comparison?: Comparison;
}

/**
 * The CI gate: the version in the working tree must show a bump at least as big as what changed
 * since the release before it, and nothing may have changed since the release of that version.
 */
export async function checkRelease(options: { specFile: string; changelogFile: string; specLabel?: string; changelogLabel?: string }): Promise<GateResult> {
  const specLabel = options.specLabel ?? options.specFile;
  const changelogLabel = options.changelogLabel ?? options.changelogFile;
  const head = await loadHead(options.specFile, specLabel);
  const { name, version } = readClientPackage(head.document, specLabel);
  const repo = findRepository(options.specFile);
  const releases = checkedReleases(repo, 2);
  const [last, before] = releases;
  if (!last) throw new ReleaseInputError(`${specLabel}: no commit has info.x-client-package yet; commit it first`);
  const shown = (release: Release) => {
    const { short, date } = describeCommit(repo, release.commit);
    return `${release.version} (${short}, ${date}${release.introduced ? ', where x-client-package was introduced' : ''})`;
  };
  const lines = [`${name} ${version} in ${specLabel}; last release: ${shown(last)}${before ? `, before it ${shown(before)}` : ''}.`];

  let baseline: Release;
  if (version === last.version) {
    // Released as it is: nothing may have changed since, and the release itself must cover its changes.
    const since = await compareWith(last, repo, head);
    if (since.report.level !== 'none') {
      const needed = since.report.level;
      lines.push(`FAIL: the spec changed since ${last.version} was released, but the version did not: the change is ${needed}, it needs a ${needed} bump to ${nextVersion(version, needed)} (npm run release).`);
      return { verdict: 'fail', lines, comparison: since };
    }
    lines.push(`No change since ${last.version} was released.`);
    if (!before) {
      lines.push(`PASS: ${version} is the first version, and nothing has changed since.`);
      return { verdict: 'pass', lines, comparison: since };
    }
    baseline = before;
  } else baseline = last;

  const comparison = await compareWith(baseline, repo, head);
  const needed = comparison.report.level;
  const bump = bumpOf(baseline.version, version);
  if (bump === 'down') {
    lines.push(`FAIL: the version went down, from ${baseline.version} to ${version}.`);
    return { verdict: 'fail', lines, comparison };
  }
  const neededText = needed === 'none' ? 'no change since, so no bump is needed' : `the change is ${needed}: it needs at least a ${needed} bump (${baseline.version} → ${nextVersion(baseline.version, needed)})`;
  if (!covers(bump, needed)) {
    lines.push(`FAIL: from ${baseline.version} to ${version} is ${bumpText(bump)}, but ${neededText}.`);
    return { verdict: 'fail', lines, comparison };
  }
  const listed = existsSync(options.changelogFile) ? entryVersions(readFileSync(options.changelogFile, 'utf8')) : [];
  if (!listed.includes(version)) {
    lines.push(`FAIL: ${changelogLabel} has no entry for ${version}; npm run release writes it.`);
    return { verdict: 'fail', lines, comparison };
  }
  lines.push(`PASS: from ${baseline.version} to ${version} is ${bumpText(bump)}, and ${neededText}.`);
  return { verdict: 'pass', lines, comparison };
}

function bumpText(bump: ReportLevel): string {
  return bump === 'none' ? 'no bump' : `a ${bump} bump`;
}
