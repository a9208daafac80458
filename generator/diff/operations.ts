// Operation Object rules: which methods the client has, what they are called and where they go.
// Operations are matched by method and path (path parameter names aside), then by operationId, so
// that a renamed operationId and a moved path are both seen as what they are.
import type { OpenApiDocument } from '../openapi.js';
import type { OperationModel } from '../operations.js';
import { asObject, Collector } from './context.js';
import { compareDocs } from './docs.js';
import { defineRules, joinPointer, type FoundChange } from './model.js';
import { compareParameters, locateParameters } from './parameters.js';
import { compareRequestBody } from './request-body.js';
import { compareResponses } from './responses.js';
import { compareSecurity } from './security.js';

export const operationRules = defineRules({
  'operation-removed': { level: 'major', compilerSees: true, why: 'the client loses the method and its types' },
  'operation-added': { level: 'minor', why: 'a new method' },
  'operation-id-changed': {
    level: 'major',
    compilerSees: true,
    why: 'the method and its `…Input`/`…Output` types are renamed (unless the new id gives the same names)',
  },
  'operation-path-changed': {
    level: 'major',
    compilerSees: false,
    why: 'same method and types, another URL or HTTP method: clients built before it call the old one',
  },
  'operation-deprecated': { level: 'minor', why: 'a deprecation: the method still works and is flagged `@deprecated`' },
  'operation-deprecation-withdrawn': { level: 'minor', why: 'no longer flagged' },
});

export interface SpecSide {
  document: OpenApiDocument;
  operations: OperationModel[];
}

export interface OperationPair {
  base: OperationModel;
  head: OperationModel;
}

export interface Matching {
  pairs: OperationPair[];
  removed: OperationModel[];
  added: OperationModel[];
}

function routeKey(operation: OperationModel): string {
  return `${operation.method} ${operation.path.replace(/\{[^}]*\}/g, '{}')}`;
}

export function matchOperations(base: OperationModel[], head: OperationModel[]): Matching {
  const pairs: OperationPair[] = [];
  const unmatchedHead = new Map(head.map((operation) => [operation, true]));
  const headByRoute = new Map(head.map((operation) => [routeKey(operation), operation]));
  const leftover: OperationModel[] = [];
  for (const operation of base) {
    const match = headByRoute.get(routeKey(operation));
    if (match) {
      pairs.push({ base: operation, head: match });
      unmatchedHead.delete(match);
    } else leftover.push(operation);
  }
  const removed: OperationModel[] = [];
  for (const operation of leftover) {
    const match = [...unmatchedHead.keys()].find((candidate) => candidate.operationId === operation.operationId);
    if (match) {
      pairs.push({ base: operation, head: match });
      unmatchedHead.delete(match);
    } else removed.push(operation);
  }
  return { pairs, removed, added: [...unmatchedHead.keys()] };
}

/** Every change to operations, each tagged with the operationId callers know (the base one). */
export function compareOperations(base: SpecSide, head: SpecSide, matching: Matching): FoundChange[] {
  const changes: FoundChange[] = [];
  const tag = (operationId: string, found: FoundChange[]) => found.map((c) => ({ ...c, operationId }));

  for (const operation of matching.removed) {
    const out = new Collector(base.document, head.document);
    out.add(operationRules['operation-removed'], operation.pointer, `${describe(operation)} was removed: the client no longer has \`${operation.methodName}\`.`);
    changes.push(...tag(operation.operationId, out.changes));
  }
  for (const pair of matching.pairs) {
    const out = new Collector(base.document, head.document);
    compareOperation(out, base, head, pair);
    changes.push(...tag(pair.base.operationId, out.changes));
  }
  for (const operation of matching.added) {
    const out = new Collector(base.document, head.document);
    out.add(operationRules['operation-added'], operation.pointer, `${describe(operation)} was added: the client has a new method \`${operation.methodName}\`.`);
    changes.push(...tag(operation.operationId, out.changes));
  }
  return changes;
}

function describe(operation: OperationModel): string {
  return `\`${operation.method.toUpperCase()} ${operation.path}\` (\`${operation.operationId}\`)`;
}

function compareOperation(out: Collector, base: SpecSide, head: SpecSide, { base: before, head: after }: OperationPair): void {
  if (before.operationId !== after.operationId) {
    const renamed = before.methodName !== after.methodName || before.typeName !== after.typeName;
    out.add(
      operationRules['operation-id-changed'],
      joinPointer(after.pointer, 'operationId'),
      `The operationId \`${before.operationId}\` became \`${after.operationId}\`` +
        (renamed ? `: the method \`${before.methodName}\` is now \`${after.methodName}\`, and its types \`${before.typeName}Input\`/\`${before.typeName}Output\` are renamed.` : '.'),
      renamed,
    );
  }
  if (before.method !== after.method || before.path !== after.path) {
    if (routeKey(before) !== routeKey(after)) {
      out.add(operationRules['operation-path-changed'], after.pointer, `\`${before.methodName}\` moved from \`${before.method.toUpperCase()} ${before.path}\` to \`${after.method.toUpperCase()} ${after.path}\`.`);
    }
  }
  const b = before.operation;
  const a = after.operation;
  if (a.deprecated === true && b.deprecated !== true) {
    out.add(operationRules['operation-deprecated'], joinPointer(after.pointer, 'deprecated'), `\`${before.methodName}\` is deprecated.`);
  } else if (b.deprecated === true && a.deprecated !== true) {
    out.add(operationRules['operation-deprecation-withdrawn'], joinPointer(after.pointer, 'deprecated'), `\`${before.methodName}\` is no longer deprecated.`);
  }
  compareDocs(out, asObject(b), asObject(a), after.pointer, `\`${before.methodName}\``, ['operationId', 'deprecated']);
  compareSecurity(out, asObject(b), asObject(a), after.pointer);
  const seenRequest = new Set<string>();
  compareParameters(out, locateParameters(base.document, before.path, before.method), locateParameters(head.document, after.path, after.method), seenRequest);
  compareRequestBody(out, { document: base.document, operation: before }, { document: head.document, operation: after }, seenRequest);
  compareResponses(out, { document: base.document, operation: before }, { document: head.document, operation: after }, new Set());
}
