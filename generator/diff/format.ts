// The report as people and programs read it: a terminal summary, Markdown for a pull request, JSON.
import type { OperationModel } from '../operations.js';
import { levelRank, type Change, type Level, type Report } from './model.js';

export interface OperationLabel {
  methodName: string;
  method: string;
  path: string;
}

/** Labels by operationId, base first: changes name the operation callers know. */
export function operationLabels(base: OperationModel[], head: OperationModel[]): Map<string, OperationLabel> {
  const labels = new Map<string, OperationLabel>();
  for (const operation of [...head, ...base]) labels.set(operation.operationId, operation);
  return labels;
}

export const HEADINGS: Record<Level, string> = {
  major: 'Major: code that worked with the old client may break',
  minor: 'Minor: additions and deprecations',
  patch: 'Patch: documentation only',
};

export interface Group {
  /** The operations the changes apply to (empty: the document itself). */
  operations: string[];
  changes: Change[];
}

/**
 * Changes of one level, grouped by operation; a change found identically in several operations
 * (a shared schema) is shown once, under all of them.
 */
export function groups(changes: Change[]): Group[] {
  const byChange = new Map<string, { change: Change; operations: string[] }>();
  for (const change of changes) {
    const key = `${change.kind}\n${change.pointer}\n${change.message}`;
    const entry = byChange.get(key) ?? { change, operations: [] };
    if (change.operationId) entry.operations.push(change.operationId);
    byChange.set(key, entry);
  }
  const byOperations = new Map<string, Group>();
  for (const { change, operations } of byChange.values()) {
    const key = operations.join(',');
    const group = byOperations.get(key) ?? { operations, changes: [] };
    group.changes.push(change);
    byOperations.set(key, group);
  }
  return [...byOperations.values()];
}

export function levels(report: Report): Level[] {
  return (['major', 'minor', 'patch'] as const).filter((level) => report.changes.some((c) => c.level === level));
}

export function counts(report: Report): string {
  return levels(report)
    .map((level) => `${report.changes.filter((c) => c.level === level).length} ${level}`)
    .join(', ');
}

function operationTitle(operationId: string, labels: Map<string, OperationLabel>, code: (s: string) => string): string {
  const label = labels.get(operationId);
  return label ? `${code(label.methodName)} (${code(`${label.method.toUpperCase()} ${label.path}`)})` : code(operationId);
}

export function formatText(report: Report, labels: Map<string, OperationLabel>, sides: { base: string; head: string }): string {
  const plain = (s: string) => s;
  const lines = [`${sides.base} → ${sides.head}: ${report.level === 'none' ? 'no changes' : `${report.level.toUpperCase()} (${counts(report)})`}`];
  for (const level of levels(report)) {
    lines.push('', HEADINGS[level]);
    for (const group of groups(report.changes.filter((c) => c.level === level))) {
      lines.push(`  ${group.operations.length === 0 ? 'the document' : group.operations.map((id) => operationTitle(id, labels, plain)).join(', ')}`);
      for (const change of group.changes) lines.push(`    - ${change.message.replace(/`/g, '')} [${change.kind}]`, `      ${change.pointer}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatMarkdown(report: Report, labels: Map<string, OperationLabel>, sides: { base: string; head: string }): string {
  const code = (s: string) => `\`${s}\``;
  const lines = [`## API changes: ${report.level === 'none' ? 'none' : `**${report.level}**`}`, '', `\`${sides.base}\` → \`${sides.head}\`${report.level === 'none' ? ': nothing changed.' : `: ${counts(report)}.`}`];
  for (const level of levels(report)) {
    lines.push('', `### ${HEADINGS[level]}`, '');
    for (const group of groups(report.changes.filter((c) => c.level === level))) {
      lines.push(`- ${group.operations.length === 0 ? 'The document' : group.operations.map((id) => operationTitle(id, labels, code)).join(', ')}`);
      for (const change of group.changes) lines.push(`  - ${change.message} <sub>${code(change.kind)} at ${code(change.pointer)}</sub>`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function reaches(level: Report['level'], threshold: Level): boolean {
  return levelRank(level) >= levelRank(threshold);
}
