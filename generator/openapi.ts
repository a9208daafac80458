// The few shapes of an OpenAPI 3.0/3.1 document the generator reads, and local `$ref` resolution.
// After bundling, every reference is local (`#/components/...`).

export type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  info: { title: string; version: string } & JsonObject;
  paths?: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, JsonObject>;
    parameters?: Record<string, Parameter | Reference>;
    responses?: Record<string, Response | Reference>;
    requestBodies?: Record<string, RequestBody | Reference>;
    examples?: Record<string, Example | Reference>;
  } & JsonObject;
}

export interface Reference {
  $ref: string;
}

export interface Parameter extends JsonObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonObject;
}

export interface Example extends JsonObject {
  summary?: string;
  value?: unknown;
}

export interface MediaType extends JsonObject {
  schema?: JsonObject;
  example?: unknown;
  examples?: Record<string, Example | Reference>;
}

export interface RequestBody extends JsonObject {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Response extends JsonObject {
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Operation extends JsonObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: (Parameter | Reference)[];
  requestBody?: RequestBody | Reference;
  responses?: Record<string, Response | Reference>;
  security?: Record<string, string[]>[];
}

export type PathItem = {
  parameters?: (Parameter | Reference)[];
} & Partial<Record<HttpMethod, Operation>> &
  JsonObject;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && typeof (value as Reference).$ref === 'string';
}

/** Follows local references until it reaches the object they point to. */
export function resolve<T>(document: OpenApiDocument, value: T | Reference): T {
  let current: unknown = value;
  const seen = new Set<string>();
  while (isReference(current)) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are expected after bundling: ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular reference: ${ref}`);
    seen.add(ref);
    current = pointerGet(document, ref.slice(1));
  }
  return current as T;
}

export function pointerGet(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) {
      throw new Error(`Reference target not found: #${pointer}`);
    }
    node = (node as JsonObject)[key];
  }
  return node;
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A reference that names nothing in the document: a discriminator mapping, or a `$ref` in an extension. */
export interface DanglingReference {
  kind: 'mapping' | 'extension';
  pointer: string;
  value: string;
}

/**
 * What names nothing in the document, found in one walk. A discriminator mapping's value that is
 * neither a local reference that resolves nor a component schema: after bundling it can only point
 * outside (a file, a URL), which openapi-typescript would try to read or fetch. And a local `$ref`
 * inside an `x-` extension, which the linter does not look into but the mock's spec keeps: Prism
 * resolves every `$ref` and would not start.
 */
export function danglingReferences(document: OpenApiDocument): DanglingReference[] {
  const schemas = document.components?.schemas ?? {};
  const found: DanglingReference[] = [];
  const stack: [unknown, string, boolean][] = [[document, '#', false]];
  while (stack.length > 0) {
    const [node, pointer, inExtension] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, value] of Object.entries(node)) {
      const here = `${pointer}/${escapePointerToken(key)}`;
      if (inExtension) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#') && !resolvesLocally(document, {}, value)) {
          found.push({ kind: 'extension', pointer: here, value });
        }
        stack.push([value, here, true]);
        continue;
      }
      // Examples are data: a `discriminator` key in them is not one.
      if (key === 'example' || key === 'examples') continue;
      if (key.startsWith('x-')) {
        stack.push([value, here, true]);
        continue;
      }
      const mapping = key === 'discriminator' ? (value as { mapping?: unknown } | null)?.mapping : undefined;
      if (mapping && typeof mapping === 'object') {
        for (const [name, target] of Object.entries(mapping)) {
          if (typeof target !== 'string' || resolvesLocally(document, schemas, target)) continue;
          found.push({ kind: 'mapping', pointer: `${here}/mapping/${escapePointerToken(name)}`, value: target });
        }
      }
      stack.push([value, here, false]);
    }
  }
  return found.sort((a, b) => a.pointer.localeCompare(b.pointer));
}

function resolvesLocally(document: OpenApiDocument, schemas: Record<string, unknown>, target: string): boolean {
  if (Object.hasOwn(schemas, target)) return true;
  if (!target.startsWith('#/')) return false;
  try {
    pointerGet(document, target.slice(1));
    return true;
  } catch {
    return false;
  }
}
