// CHANGELOG.md: one entry per release, newest first, written from the change report of the release.
import { groups, HEADINGS, levels, type OperationLabel } from '../diff/format.js';
import type { Change, Level, Report } from '../diff/model.js';
import { ReleaseInputError } from './version.js';

export interface EntryInput {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  level: Level;
  report: Report;
  labels: Map<string, OperationLabel>;
  /** The release compared with: its version and commit. */
  previous: { version: string; commit: string; introduced: boolean };
}

/** `## 0.2.0 — 2026-11-02 (minor)`: how an entry starts; the Changes page and the check read it. */
export const ENTRY_HEADING = /^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2}) \((major|minor|patch)\)$/gm;

export function changelogHeader(packageName: string): string {
  return [
    '# Changelog',
    '',
    `Every release of \`${packageName}\`, the TypeScript client generated from the spec, newest first.`,
    '`npm run release` writes each entry from the change report of `npm run diff` between the last release and the',
    'spec it publishes: **major** when code written for the previous version may break, **minor** for additions and',
    'deprecations, **patch** for documentation only. Each change names the operations it touches, its rule and the',
    'JSON pointer of the place that changed in the bundled spec (`generated/openapi.json`).',
    '',
  ].join('\n');
}

export function renderEntry({ version, date, level, report, labels, previous }: EntryInput): string {
  const total = report.changes.length;
  const byLevel = levels(report).map((l) => `${report.changes.filter((c) => c.level === l).length} ${l}`);
  const since = previous.introduced ? `the first version, ${previous.version}` : previous.version;
  const lines = [
    `## ${version} — ${date} (${level})`,
    '',
    `Since ${since} (commit \`${previous.commit.slice(0, 12)}\`): ${total} ${total === 1 ? 'change' : 'changes'}, ${byLevel.join(', ')}.`,
  ];
  for (const shown of levels(report)) {
    lines.push('', `### ${HEADINGS[shown]}`, '');
    for (const group of groups(report.changes.filter((c) => c.level === shown))) {
      const where = group.operations.length === 0 ? 'The document' : group.operations.map((id) => operationTitle(id, labels)).join(', ');
      if (group.changes.length === 1) lines.push(`- ${where}: ${changeText(group.changes[0]!)}`);
      else lines.push(`- ${where}:`, ...group.changes.map((change) => `  - ${changeText(change)}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

function operationTitle(operationId: string, labels: Map<string, OperationLabel>): string {
  const label = labels.get(operationId);
  return label ? `\`${label.methodName}\` (\`${label.method.toUpperCase()} ${label.path}\`)` : `\`${operationId}\``;
}

function changeText(change: Change): string {
  return `${markdownText(change.message)} (\`${change.kind}\` at \`${change.pointer}\`)`;
}

/** A sentence of the report as Markdown: its code spans kept, the rest unable to start HTML or emphasis. */
function markdownText(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_[\]]/g, '\\$&').replace(/</g, '&lt;')))
    .join('');
}

/** The versions that have an entry, newest first. */
export function entryVersions(changelog: string): string[] {
  return [...changelog.matchAll(ENTRY_HEADING)].map((m) => m[1]!);
}

/**
 * The changelog with `entry` as its newest entry: created with its header when there is none yet.
 * An entry for the same version already there is refused.
 */
export function addEntry(changelog: string | undefined, entry: string, version: string, packageName: string, label: string): string {
  const text = changelog ?? changelogHeader(packageName);
  if (entryVersions(text).includes(version)) throw new ReleaseInputError(`${label}: already has an entry for ${version}`);
  const first = /^## /m.exec(text);
  if (!first) return `${text.trimEnd()}\n\n${entry}`;
  return `${text.slice(0, first.index)}${entry}\n${text.slice(first.index)}`;
}
