// Reads the Paths Object into a flat, ordered list of operations with their parameters, request
// body, responses and examples resolved: the one model every emitter works from.
import {
  HTTP_METHODS,
  danglingReferences,
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
import { outputNames } from './names.js';

// Kept here for the callers that import them with the operations.
export { lowerCamelCase, pascalCase } from './names.js';

export interface NamedExample {
  /** The example's component name, or its key in the media type. */
  name: string;
  summary?: string;
  value: unknown;
}

/** How a body is read or written: JSON, text, raw bytes, or no body at all. */
export type BodyKind = 'json' | 'text' | 'bytes' | 'none';

export interface BodyModel {
  /** The media type the client uses: the first JSON one, else the first one listed. */
  contentType: string;
  kind: Exclude<BodyKind, 'none'>;
  schema?: JsonObject;
  examples: NamedExample[];
}

/** How the client writes a request body: JSON (the runtime's default), or an encoder of templates/bodies.ts. */
export type RequestFormat = 'json' | 'form' | 'multipart' | 'text' | 'binary';

/** How a query parameter, or a property of a form, is written (RFC 6570 styles). */
export interface ParameterStyleModel {
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
}

/** The fields of an Encoding Object the runtime reads. */
export interface PropertyEncodingModel extends ParameterStyleModel {
  contentType?: string;
}

export interface RequestBodyModel extends BodyModel {
  required: boolean;
  format: RequestFormat;
  /** The Encoding Object of each property that has one (form and multipart bodies). */
  encoding?: Record<string, PropertyEncodingModel>;
  /** The top-level properties of a multipart body that are binary: they take bytes or files. */
  binaryProperties?: string[];
}

export interface ResponseModel extends Partial<BodyModel> {
  status: string;
  description: string;
  /** The response component it came from, e.g. `NotFoundException`. */
  componentName?: string;
}

export interface OperationModel {
  /** The spec's operationId, or one made from the method and path when it has none. */
  operationId: string;
  /** True when the spec gives no operationId. */
  generatedId: boolean;
  /** The client's method name (see generator/names.ts). */
  methodName: string;
  /** The prefix of the operation's type names (`…Input`, `…Output`, `…Operation`). */
  typeName: string;
  /** The operation's type in types.ts: `operations["GetApps"]`, or `paths["/x"]["get"]` without an operationId. */
  typesRef: string;
  method: HttpMethod;
  path: string;
  pointer: string;
  operation: Operation;
  parameters: Parameter[];
  requestBody?: RequestBodyModel;
  success?: ResponseModel;
  errors: ResponseModel[];
  responses: ResponseModel[];
}

// application/json and any `+json` type, with or without parameters.
const JSON_MEDIA = /^(application\/json|[^/\s;]+\/[^;\s]*\+json)\s*(;.*)?$/i;
const TEXT_MEDIA = /^text\//i;

export function bodyKind(contentType: string): Exclude<BodyKind, 'none'> {
  if (JSON_MEDIA.test(contentType)) return 'json';
  return TEXT_MEDIA.test(contentType) ? 'text' : 'bytes';
}

/** Whether a client needs runtime/bodies.ts: some request body is not JSON, or some query parameter has a style. */
export function needsBodies(operations: readonly Pick<OperationModel, 'requestBody' | 'parameters'>[]): boolean {
  return operations.some((operation) => (operation.requestBody !== undefined && operation.requestBody.format !== 'json') || queryStyles(operation) !== undefined);
}

/** The documented success statuses: 2xx, and the 2XX range. */
export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/**
 * The operations in document order. Names come from the one naming pass (generator/names.ts), so
 * two operations never share a method name: the later spelling gets a number. Refuses a document
 * whose discriminator mappings name nothing in it (what they name would be read or fetched), or whose
 * extensions hold a local `$ref` to nothing.
 */
export function collectOperations(document: OpenApiDocument): OperationModel[] {
  const dangling = danglingReferences(document);
  if (dangling.length > 0) {
    throw new SpecError(
      dangling.map(({ kind, pointer, value }) =>
        kind === 'mapping'
          ? `${pointer}: the discriminator maps to ${JSON.stringify(value)}, which is no schema of this document`
          : `${pointer}: $ref ${JSON.stringify(value)} names nothing in this document (an extension, kept in the mock's spec: Prism could not load it)`,
      ),
    );
  }
  const operations: OperationModel[] = [];

  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve(document, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const pointer = `#/paths/${escapePointerToken(path)}/${method}`;
      const generatedId = typeof operation.operationId !== 'string';
      const operationId = generatedId ? fallbackOperationId(method, path) : operation.operationId!;
      const model: OperationModel = {
        operationId,
        generatedId,
        methodName: '',
        typeName: '',
        typesRef: generatedId ? `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]` : `operations[${JSON.stringify(operationId)}]`,
        method,
        path,
        pointer,
        operation,
        parameters: mergeParameters(document, pathItem.parameters ?? [], operation.parameters ?? []),
        requestBody: readRequestBody(document, operation.requestBody),
        errors: [],
        responses: readResponses(document, operation.responses ?? {}),
      };
      model.success = model.responses.find((r) => isSuccessStatus(r.status));
      model.errors = model.responses.filter((r) => /^[45]\d\d$/.test(r.status));
      operations.push(model);
    }
  }
  const names = outputNames(document, operations);
  for (const model of operations) {
    const { method, type } = names.operation(model);
    model.methodName = method;
    model.typeName = type;
  }
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

function readRequestBody(document: OpenApiDocument, raw: RequestBody | { $ref: string } | undefined): RequestBodyModel | undefined {
  if (!raw) return undefined;
  const body = resolve<RequestBody>(document, raw);
  const media = pickJsonMedia(body.content);
  if (!media) return undefined;
  const read = readMedia(document, media[0], media[1]);
  const model: RequestBodyModel = { required: body.required === true, ...read, format: requestFormat(document, read.contentType, read.schema) };
  if (model.format === 'form' || model.format === 'multipart') {
    const encoding = readEncoding(media[1]?.encoding);
    if (encoding) model.encoding = encoding;
  }
  if (model.format === 'multipart' && model.schema) {
    const binary = binaryProperties(document, model.schema);
    if (binary.length > 0) model.binaryProperties = binary;
  }
  return model;
}

// How a request body of this media type is written. A wildcard (`*/*`, `application/*`) stays JSON,
// what the client always sent and what such APIs take (Kubernetes), unless its schema is bytes.
function requestFormat(document: OpenApiDocument, contentType: string, schema: JsonObject | undefined): RequestFormat {
  const base = contentType.split(';')[0]!.trim().toLowerCase();
  if (JSON_MEDIA.test(contentType)) return 'json';
  if (base === 'application/x-www-form-urlencoded') return 'form';
  if (base.startsWith('multipart/')) return 'multipart';
  if (TEXT_MEDIA.test(base)) return 'text';
  if (base === '*/*' || base === 'application/*') return schema && isBinarySchema(document, schema) ? 'binary' : 'json';
  return 'binary';
}

/** A string of bytes: `format: binary`, or (OpenAPI 3.1) a `contentMediaType` without a `contentEncoding`. */
function isBinarySchema(document: OpenApiDocument, raw: unknown): boolean {
  const schema = resolveQuietly(document, raw);
  if (!schema) return false;
  const type = schema.type;
  const stringy = type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
  return stringy && (schema.format === 'binary' || (typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined));
}

/** The properties (its own and its allOf members') whose schema is bytes, or an array of bytes. */
function binaryProperties(document: OpenApiDocument, raw: JsonObject): string[] {
  const found = new Set<string>();
  const visit = (node: unknown, depth: number) => {
    const schema = depth > 8 ? undefined : resolveQuietly(document, node);
    if (!schema) return;
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
      const items = resolveQuietly(document, property)?.items;
      if (isBinarySchema(document, property) || isBinarySchema(document, items)) found.add(name);
    }
    for (const member of (schema.allOf ?? []) as unknown[]) visit(member, depth + 1);
  };
  visit(raw, 0);
  return [...found];
}

// A dangling $ref is no schema here: the validators name it.
function resolveQuietly(document: OpenApiDocument, node: unknown): JsonObject | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  try {
    return resolve<JsonObject>(document, node as JsonObject);
  } catch {
    return undefined;
  }
}

const STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/** The Encoding Objects of a form or multipart media type, each cut to the fields the runtime reads. */
function readEncoding(raw: unknown): Record<string, PropertyEncodingModel> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const encoding: Record<string, PropertyEncodingModel> = {};
  for (const [name, value] of Object.entries(raw as Record<string, JsonObject>)) {
    if (typeof value !== 'object' || value === null) continue;
    const read: PropertyEncodingModel = readStyle(value);
    if (typeof value.contentType === 'string') read.contentType = value.contentType;
    if (Object.keys(read).length > 0) encoding[name] = read;
  }
  return Object.keys(encoding).length > 0 ? encoding : undefined;
}

/** `style`, `explode` and `allowReserved`, as an Encoding Object or a Parameter Object gives them. */
function readStyle(value: JsonObject): ParameterStyleModel {
  const read: ParameterStyleModel = {};
  if (typeof value.style === 'string' && STYLES.has(value.style)) read.style = value.style;
  if (typeof value.explode === 'boolean') read.explode = value.explode;
  if (typeof value.allowReserved === 'boolean') read.allowReserved = value.allowReserved;
  return read;
}

/**
 * The query parameters the runtime's default (style form, exploded: `a=1&a=2`, an object as its
 * own names) would write wrongly: another style (Stripe's `created[gte]=1` is deepObject), explode
 * false, or allowReserved.
 */
export function queryStyles(operation: Pick<OperationModel, 'parameters'>): Record<string, ParameterStyleModel> | undefined {
  const styles: Record<string, ParameterStyleModel> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query') continue;
    const style = readStyle(parameter);
    if ((style.style ?? 'form') !== 'form' || style.explode === false || style.allowReserved === true) styles[parameter.name] = style;
  }
  return Object.keys(styles).length > 0 ? styles : undefined;
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

function readMedia(document: OpenApiDocument, contentType: string, media: MediaType | undefined): BodyModel {
  media ??= {}; // `content: { "text/plain": {} }` and `content: { "text/plain": null }` alike
  const examples: NamedExample[] = Object.entries(media.examples ?? {}).map(([key, raw]) => {
    const name = isReference(raw) ? (raw.$ref.split('/').pop() ?? key) : key;
    const example = resolve(document, raw);
    return { name, summary: example.summary, value: example.value };
  });
  if (examples.length === 0 && media.example !== undefined) examples.push({ name: 'example', value: media.example });
  return { contentType, kind: bodyKind(contentType), schema: media.schema, examples };
}

function fallbackOperationId(method: string, path: string): string {
  return `${method} ${path.replace(/[{}]/g, '')}`;
}
