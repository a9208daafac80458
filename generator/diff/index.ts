// The change report: compares two bundled specs and rates every change by what it does to the
// callers of the generated client (major: their code may break; minor: additions; patch: docs).
import { compareDocument, documentRules } from './document.js';
import { docRules } from './docs.js';
import { mediaRules } from './media.js';
import { levelRank, maxLevel, type FoundChange, type Report, type Rule } from './model.js';
import { compareOperations, matchOperations, operationRules, type Matching, type SpecSide } from './operations.js';
import { parameterRules } from './parameters.js';
import { requestBodyRules } from './request-body.js';
import { responseRules } from './responses.js';
import { schemaRules } from './schema.js';
import { securityRules } from './security.js';

export type { Change, Level, Report, ReportLevel, Rule } from './model.js';
export { DiffInputError, loadFile, loadSide, type LoadedSide } from './sources.js';
export { formatJson, formatMarkdown, formatText, operationLabels, reaches } from './format.js';

/** Every rule, by the OpenAPI object it reads. */
export const RULES: readonly Rule[] = [
  ...Object.values(operationRules),
  ...Object.values(parameterRules),
  ...Object.values(requestBodyRules),
  ...Object.values(responseRules),
  ...Object.values(mediaRules),
  ...Object.values(schemaRules),
  ...Object.values(securityRules),
  ...Object.values(documentRules),
  ...Object.values(docRules),
];

export interface Comparison {
  report: Report;
  /** The changes with whether the compiler check can see each one. */
  found: FoundChange[];
  matching: Matching;
}

export function compareSpecs(base: SpecSide, head: SpecSide): Comparison {
  const matching = matchOperations(base.operations, head.operations);
  const found = [...compareDocument(base.document, head.document), ...compareOperations(base, head, matching)];
  // Stable: the most serious first, then in the order of the documents.
  const sorted = found.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => levelRank(b.level) - levelRank(a.level) || i - j).map(([c]) => c);
  const changes = sorted.map(({ level, kind, operationId, pointer, message }) => ({ level, kind, ...(operationId ? { operationId } : {}), pointer, message }));
  return { report: { level: maxLevel(changes.map((c) => c.level)), changes }, found: sorted, matching };
}
