// Responses Object rules: what an operation resolves to (its first 2xx) and what it throws.
import type { JsonObject, OpenApiDocument } from '../openapi.js';
import type { OperationModel, ResponseModel } from '../operations.js';
import { asObject, follow, type Collector } from './context.js';
import { compareDocs } from './docs.js';
import { compareContent } from './media.js';
import { defineRules, joinPointer } from './model.js';

export const responseRules = defineRules({
  'response-success-status-changed': {
    level: 'major',
    compilerSees: false,
    why: 'the method resolves to the same type, but code that checks the status, the per-status validators and clients built before it break',
  },
  'response-success-removed': { level: 'major', compilerSees: true, why: 'the method no longer resolves to a body' },
  'response-success-added': { level: 'minor', why: 'the method now resolves to a body' },
  'response-body-removed': { level: 'major', compilerSees: true, why: 'the method resolves to nothing: code that reads the result breaks' },
  'response-body-added': { level: 'minor', why: 'the method now resolves to a body instead of nothing' },
  'response-media-type-changed': {
    level: 'major',
    compilerSees: false,
    why: 'the body arrives in another media type: the client cannot read it as before',
  },
  'response-status-added': { level: 'minor', why: 'another documented answer (an error class to catch)' },
  'response-status-removed': { level: 'minor', why: 'an answer no longer documented; the client still handles any status' },
  'error-class-changed': {
    level: 'major',
    compilerSees: false,
    why: 'a documented error is thrown as another class: `instanceof` checks for the old one stop matching',
  },
});

interface Side {
  document: OpenApiDocument;
  operation: OperationModel;
}

export function compareResponses(out: Collector, base: Side, head: Side, seen: Set<string>): void {
  const bSuccess = base.operation.success;
  const hSuccess = head.operation.success;
  if (bSuccess && hSuccess && bSuccess.status !== hSuccess.status) {
    out.add(
      responseRules['response-success-status-changed'],
      joinPointer(head.operation.pointer, 'responses', hSuccess.status),
      `The success status changed from ${bSuccess.status} to ${hSuccess.status}.`,
    );
  } else if (bSuccess && !hSuccess) {
    out.add(responseRules['response-success-removed'], joinPointer(base.operation.pointer, 'responses', bSuccess.status), `The success response ${bSuccess.status} was removed.`, bSuccess.contentType !== undefined);
  } else if (!bSuccess && hSuccess) {
    out.add(responseRules['response-success-added'], joinPointer(head.operation.pointer, 'responses', hSuccess.status), `A success response ${hSuccess.status} was added.`);
  }
  if (bSuccess && hSuccess) compareResponse(out, base, head, bSuccess, hSuccess, true, seen);

  const paired = new Set([bSuccess?.status, hSuccess?.status]);
  const headByStatus = new Map(head.operation.responses.map((r) => [r.status, r]));
  const baseByStatus = new Map(base.operation.responses.map((r) => [r.status, r]));
  for (const before of base.operation.responses) {
    if (paired.has(before.status) && bSuccess && hSuccess) continue;
    const after = headByStatus.get(before.status);
    if (!after) {
      if (before !== bSuccess) out.add(responseRules['response-status-removed'], joinPointer(base.operation.pointer, 'responses', before.status), `The ${before.status} response is no longer documented.`);
      continue;
    }
    if (before.componentName !== after.componentName && /^[45]/.test(before.status)) {
      out.add(
        responseRules['error-class-changed'],
        joinPointer(head.operation.pointer, 'responses', after.status),
        `The ${after.status} response is now \`${after.componentName ?? 'inline'}\` instead of \`${before.componentName ?? 'inline'}\`: its error class changes.`,
      );
    }
    compareResponse(out, base, head, before, after, false, seen);
  }
  for (const after of head.operation.responses) {
    if (baseByStatus.has(after.status) || (paired.has(after.status) && bSuccess && hSuccess) || after === hSuccess) continue;
    out.add(responseRules['response-status-added'], joinPointer(head.operation.pointer, 'responses', after.status), `A ${after.status} response is documented.`);
  }
}

function compareResponse(
  out: Collector,
  base: Side,
  head: Side,
  before: ResponseModel,
  after: ResponseModel,
  success: boolean,
  seen: Set<string>,
): void {
  const b = follow<JsonObject>(base.document, asObject(base.operation.operation.responses)[before.status], joinPointer(base.operation.pointer, 'responses', before.status));
  const a = follow<JsonObject>(head.document, asObject(head.operation.operation.responses)[after.status], joinPointer(head.operation.pointer, 'responses', after.status));
  const what = `the ${after.status} response`;
  if (success) {
    if (before.contentType && !after.contentType) {
      out.add(responseRules['response-body-removed'], joinPointer(b.pointer, 'content'), `The success response no longer has a body: the method resolves to nothing.`);
      return;
    }
    if (!before.contentType && after.contentType) {
      out.add(responseRules['response-body-added'], joinPointer(a.pointer, 'content'), `The success response now has a \`${after.contentType}\` body.`);
      return;
    }
    if (before.contentType && after.contentType && before.contentType !== after.contentType) {
      out.add(responseRules['response-media-type-changed'], joinPointer(a.pointer, 'content', after.contentType), `The success body is now \`${after.contentType}\` instead of \`${before.contentType}\`.`);
    }
  }
  compareDocs(out, asObject(b.value), asObject(a.value), a.pointer, what, ['content', 'headers', 'links']);
  compareContent(
    out,
    { node: asObject(b.value), pointer: b.pointer, contentType: before.contentType },
    { node: asObject(a.value), pointer: a.pointer, contentType: after.contentType },
    what,
    // Only the success body is typed by the client; error bodies are read through the error classes.
    { direction: 'response', typed: success, seen },
  );
}
