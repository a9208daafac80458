// Request Body Object rules: the `body` member of an operation's input.
import type { JsonObject, OpenApiDocument } from '../openapi.js';
import type { OperationModel } from '../operations.js';
import { asObject, follow, type Collector } from './context.js';
import { compareDocs } from './docs.js';
import { compareContent } from './media.js';
import { defineRules, joinPointer } from './model.js';

export const requestBodyRules = defineRules({
  'request-body-added-required': { level: 'major', compilerSees: true, why: 'every existing call lacks it' },
  'request-body-added': { level: 'minor', why: 'an optional addition' },
  'request-body-removed': { level: 'major', compilerSees: true, why: 'calls that send a body no longer compile' },
  'request-body-became-required': { level: 'major', compilerSees: true, why: 'calls without a body no longer compile' },
  'request-body-became-optional': { level: 'minor', why: 'accepts more calls' },
  'request-media-type-changed': {
    level: 'major',
    compilerSees: false,
    why: 'the client sends another media type: a service that expected the old one refuses it',
  },
});

interface Side {
  document: OpenApiDocument;
  operation: OperationModel;
}

export function compareRequestBody(out: Collector, base: Side, head: Side, seen: Set<string>): void {
  const before = locate(base);
  const after = locate(head);
  if (!before && !after) return;
  if (!before) {
    const required = asObject(after!.value).required === true;
    if (required) out.add(requestBodyRules['request-body-added-required'], after!.pointer, 'A required request body was added: every existing call lacks it.');
    else out.add(requestBodyRules['request-body-added'], after!.pointer, 'An optional request body was added.');
    return;
  }
  if (!after) {
    out.add(requestBodyRules['request-body-removed'], before.pointer, 'The request body was removed: calls that send one no longer compile.');
    return;
  }
  const b = asObject(before.value);
  const a = asObject(after.value);
  if ((b.required === true) !== (a.required === true)) {
    if (a.required === true) out.add(requestBodyRules['request-body-became-required'], joinPointer(after.pointer, 'required'), 'The request body became required.');
    else out.add(requestBodyRules['request-body-became-optional'], joinPointer(after.pointer, 'required'), 'The request body became optional.');
  }
  const baseType = base.operation.requestBody?.contentType;
  const headType = head.operation.requestBody?.contentType;
  if (baseType && headType && baseType !== headType) {
    out.add(requestBodyRules['request-media-type-changed'], joinPointer(after.pointer, 'content', headType), `The client now sends \`${headType}\` instead of \`${baseType}\`.`);
  }
  compareDocs(out, b, a, after.pointer, 'the request body', ['required', 'content']);
  compareContent(
    out,
    { node: b, pointer: before.pointer, contentType: baseType },
    { node: a, pointer: after.pointer, contentType: headType },
    'the request body',
    { direction: 'request', typed: true, seen },
  );
}

function locate({ document, operation }: Side) {
  const raw = operation.operation.requestBody;
  return raw === undefined ? undefined : follow<JsonObject>(document, raw, joinPointer(operation.pointer, 'requestBody'));
}
