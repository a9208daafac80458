// The generated spec and its operations, as every contract test sees them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectOperations, type NamedExample, type OperationModel } from '../../generator/operations.js';
import type { OpenApiDocument } from '../../generator/openapi.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const document = JSON.parse(readFileSync(path.join(root, 'generated/openapi.json'), 'utf8')) as OpenApiDocument;
export const operations = collectOperations(document);

/** Every documented example, with where it is attached. */
export interface AttachedExample {
  operation: OperationModel;
  /** `request`, or the response status. */
  part: string;
  example: NamedExample;
}

export const attachedExamples: AttachedExample[] = operations.flatMap((operation) => [
  ...(operation.requestBody?.examples ?? []).map((example) => ({ operation, part: 'request', example })),
  ...operation.responses.flatMap((r) => (r.examples ?? []).map((example) => ({ operation, part: r.status, example }))),
]);

/** A value for every path parameter, distinct per parameter so a mix-up would show. */
export function samplePath(operation: OperationModel): Record<string, string> {
  return Object.fromEntries(
    operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.name === 'version' ? '3' : `my-${p.name}`]),
  );
}

/** The request a contract test sends: sample path parameters and the documented request body. */
export function sampleInput(operation: OperationModel): { path?: Record<string, string>; body?: unknown } {
  const input: { path?: Record<string, string>; body?: unknown } = {};
  const pathParams = samplePath(operation);
  if (Object.keys(pathParams).length > 0) input.path = pathParams;
  if (operation.requestBody) input.body = operation.requestBody.examples[0]?.value;
  return input;
}

export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}
