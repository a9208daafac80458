// Reads the Paths Object into a flat, ordered list of operations with their parameters, request
// body, responses and examples resolved: the one model every emitter works from.
import {
  HTTP_METHODS,
  escapePointerToken,
  isReference,
  resolve,
  type HttpMethod,
  type JsonObject,
  type MediaType,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type RequestBody,
  type Response,
} from './openapi.js';
import { SpecError } from './errors.js';

export interface NamedExample {
  /** The example's component name, or its key in the media type. */
  name: string;
  summary?: string;
  value: unknown;
}

export interface BodyModel {
  contentType: string;
  schema?: JsonObject;
  examples: NamedExample[];
}

export interface ResponseModel extends Partial<BodyModel> {
  status: string;
  description: string;
  /** The response component it came from, e.g. `NotFoundException`. */
  componentName?: string;
}

export interface OperationModel {
  operationId: string;
  /** lowerCamelCase of the operationId: the client's method name. */
  methodName: string;
  /** PascalCase of the operationId: the prefix of the operation's type and validator names. */
  typeName: string;
  method: HttpMethod;
  path: string;
  pointer: string;
  operation: Operation;
  parameters: Parameter[];
  requestBody?: BodyModel & { required: boolean };
  success?: ResponseModel;
  errors: ResponseModel[];
  responses: ResponseModel[];
}

const JSON_MEDIA = /^application\/(.+\+)?json$/;

export function collectOperations(document: OpenApiDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  const problems: string[] = [];
  const byMethodName = new Map<string, OperationModel>();

  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve(document, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const pointer = `#/paths/${escapePointerToken(path)}/${method}`;
      const operationId = operation.operationId ?? fallbackOperationId(method, path);
      const model: OperationModel = {
        operationId,
        methodName: lowerCamelCase(operationId),
        typeName: pascalCase(operationId),
        method,
        path,
        pointer,
        operation,
        parameters: mergeParameters(document, pathItem.parameters ?? [], operation.parameters ?? []),
        requestBody: readRequestBody(document, operation.requestBody),
        errors: [],
        responses: readResponses(document, operation.responses ?? {}),
      };
      model.success = model.responses.find((r) => /^2\d\d$/.test(r.status));
      model.errors = model.responses.filter((r) => /^[45]\d\d$/.test(r.status));

      if (!/^[A-Za-z]/.test(model.methodName)) {
        problems.push(`${pointer}/operationId: "${operationId}" does not give a usable method name`);
      }
      const clash = byMethodName.get(model.methodName);
      if (clash) {
        problems.push(
          `${pointer}/operationId: "${operationId}" gives the method name ${model.methodName}, ` +
            `already taken by ${clash.pointer} ("${clash.operationId}")`,
        );
      }
      byMethodName.set(model.methodName, model);
      operations.push(model);
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return operations;
}

function mergeParameters(
  document: OpenApiDocument,
  pathLevel: (Parameter | { $ref: string })[],
  operationLevel: (Parameter | { $ref: string })[],
): Parameter[] {
  // Operation-level parameters override path-level ones with the same name and location.
  const merged = new Map<string, Parameter>();
  for (const raw of [...pathLevel, ...operationLevel]) {
    const parameter = resolve<Parameter>(document, raw);
    merged.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...merged.values()];
}

function readRequestBody(
  document: OpenApiDocument,
  raw: RequestBody | { $ref: string } | undefined,
): (BodyModel & { required: boolean }) | undefined {
  if (!raw) return undefined;
  const body = resolve<RequestBody>(document, raw);
  const media = pickJsonMedia(body.content);
  if (!media) return undefined;
  return { required: body.required === true, ...readMedia(document, media[0], media[1]) };
}

function readResponses(document: OpenApiDocument, responses: Record<string, Response | { $ref: string }>) {
  return Object.entries(responses).map(([status, raw]): ResponseModel => {
    const componentName = isReference(raw) ? raw.$ref.split('/').pop() : undefined;
    const response = resolve<Response>(document, raw);
    const media = pickJsonMedia(response.content);
    return {
      status,
      description: response.description ?? '',
      componentName,
      ...(media ? readMedia(document, media[0], media[1]) : {}),
    };
  });
}

function pickJsonMedia(content: Record<string, MediaType> | undefined): [string, MediaType] | undefined {
  const entries = Object.entries(content ?? {});
  return entries.find(([type]) => JSON_MEDIA.test(type)) ?? entries[0];
}

function readMedia(document: OpenApiDocument, contentType: string, media: MediaType): BodyModel {
  const examples: NamedExample[] = Object.entries(media.examples ?? {}).map(([key, raw]) => {
    const name = isReference(raw) ? (raw.$ref.split('/').pop() ?? key) : key;
    const example = resolve(document, raw);
    return { name, summary: example.summary, value: example.value };
  });
  if (examples.length === 0 && media.example !== undefined) examples.push({ name: 'example', value: media.example });
  return { contentType, schema: media.schema, examples };
}

function fallbackOperationId(method: string, path: string): string {
  return `${method} ${path.replace(/[{}]/g, '')}`;
}

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

export function pascalCase(text: string): string {
  return words(text)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function lowerCamelCase(text: string): string {
  const pascal = pascalCase(text);
  // Keep a leading acronym readable: "SMSChannel" → "smsChannel", "GetApps" → "getApps".
  const lead = /^[A-Z]+(?=[A-Z][a-z]|\d|$)/.exec(pascal)?.[0] ?? pascal[0] ?? '';
  return lead.toLowerCase() + pascal.slice(lead.length);
}
