// The one naming pass over everything the output exports: schema types, error classes, operation
// methods and their types, validators, and the client's own names. Every generated module shares one
// namespace, so that `export *` of all of them never clashes, and no name may shadow what the output
// itself declares or refers to. Rules, in this order:
//   - a name the spec spells as a valid identifier is kept as it is; others are made PascalCase
//     (types, classes) or lowerCamelCase (methods) from their words;
//   - a leading digit gets a `_` prefix (`3DSecure` → `_3DSecure`), a reserved word a `_` suffix
//     (`class` → `class_`);
//   - a name already taken gets the first free number (`FooBar`, then `FooBar2`): the fixed names of
//     the output first, then operations, error classes, schemas, validators, in document order, and
//     within each kind the names the spec spells verbatim before the ones made from words.
import type { OpenApiDocument } from './openapi.js';

/** What the operation naming needs to know of an operation. */
export interface NamedOperation {
  operationId: string;
  /** True when the spec gives no operationId and `operationId` was made from the method and path. */
  generatedId?: boolean;
  requestBody?: { schema?: unknown };
  responses: { status: string; schema?: unknown; contentType?: string }[];
  /** Its documented error responses; those from a response component get a class of their own. */
  errors: { componentName?: string }[];
}

export interface OperationNames {
  /** The client method and the standalone function. */
  method: string;
  /** The prefix of `…Input`, `…Output` and `…Operation`. */
  type: string;
  input: string;
  output: string;
  descriptor: string;
  /** `validate…Request`, when the request body has a schema. */
  requestValidator?: string;
  /** `validate…Response<status>` by status, for every response with a schema. */
  responseValidators: Record<string, string>;
}

export interface ClientIdentifiers {
  /** e.g. `Pinpoint`, from `info.x-client-name` or the title. */
  clientName: string;
  createClient: string;
  createConnection: string;
  clientType: string;
  optionsType: string;
  /** The client's variable in the docs' samples, e.g. `pinpoint`. */
  sampleVariable: string;
}

export interface OutputNames {
  client: ClientIdentifiers;
  /** The exported type of a component schema in types.ts. */
  schemaType(schemaName: string): string;
  /** `validate<Type>` and `is<Type>` of a component schema. */
  schemaValidators(schemaName: string): { validate: string; guard: string };
  /** The error class of a response component that documents an error. */
  errorClass(responseName: string): string;
  operation(operation: NamedOperation): OperationNames;
  /**
   * Names for one module's locals, which no export takes: each call of the function it returns
   * gives a new name (`documentedErrors`, then `documentedErrors2`, …).
   */
  locals(): (wanted: string) => string;
}

// Words no binding may use, and type names TypeScript keeps for itself.
const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval ' +
    'any unknown never number bigint boolean string symbol object undefined require exports module'
  ).split(' '),
);

// Globals the generated modules refer to, or that a reader expects to mean the global: an export of
// the same name would shadow them.
const GLOBALS = [
  'Array', 'ArrayBuffer', 'Awaited', 'Blob', 'Boolean', 'Date', 'Error', 'Exclude', 'Extract', 'FormData',
  'Function', 'Infinity', 'JSON', 'Map', 'Math', 'NaN', 'NonNullable', 'Number', 'Object', 'Omit', 'Parameters',
  'Partial', 'Pick', 'Promise', 'Readonly', 'Record', 'RegExp', 'Required', 'ReturnType', 'Set', 'String',
  'Symbol', 'Uint8Array', 'globalThis',
];

/** What openapi-typescript exports from types.ts. */
export const OPENAPI_TYPESCRIPT_EXPORTS = ['paths', 'webhooks', 'components', 'operations', '$defs'];

/** What errors.ts re-exports from the runtime, values then types. */
export const RUNTIME_ERROR_EXPORTS = [
  'ServiceException',
  'UnexpectedResponseException',
  'InvalidResponseException',
  'RequestFailedError',
  'NetworkError',
  'TimeoutError',
  'RequestAbortedError',
  'RedirectError',
  'CredentialsError',
  'PaginationError',
  'ValidationError',
];
export const RUNTIME_ERROR_TYPE_EXPORTS = ['ServiceErrorDetails', 'ServiceExceptionClass', 'ValidationIssue', 'Violation'];

/** What client.ts imports from the runtime and re-exports, by runtime module. */
export const CLIENT_IMPORTS = {
  call: ['bindOperation', 'callOperation'],
  callTypes: ['CallOptions', 'OperationDescriptor'],
  transport: ['createConnection'],
  transportTypes: ['Connection', 'ServiceInfo', 'TransportOptions'],
  // Imported only by a client with a request body that is not JSON or a query parameter with a style;
  // reserved in every client, so that adding one to a spec renames nothing.
  bodies: ['encodeBinaryBody', 'encodeFormBody', 'encodeMultipartBody', 'encodeStyledQuery', 'encodeTextBody'],
  bodiesTypes: ['BinaryBody', 'WithBinaryParts'],
};
export const CLIENT_REEXPORTS = {
  call: ['CallOptions', 'OperationDescriptor'],
  // So that `paginate` takes an operation function too: bindOperation(getApps, GetAppsOperation, connection).
  callValues: ['bindOperation'],
  transport: ['Connection', 'FetchLike', 'HeadersLike', 'HttpRequest', 'HttpResponse', 'MockPreferences', 'RequestHandler', 'ServerTemplate', 'ServiceInfo', 'TransportLayer', 'TransportOptions', 'ValidationOptions'],
  signing: ['Credentials', 'CredentialsProvider', 'SigningCrypto'],
  retry: ['RetryOptions'],
  paginate: ['paginate', 'paginatePages'],
};
/** Names client.ts declares besides the per-operation ones and the client's own. */
const CLIENT_DECLARES = ['service'];
/** What the Node entry (index.node.ts) exports besides everything index.ts does. */
export const NODE_ENTRY_EXPORTS = ['createNodeRequestHandler', 'nodeRequestHandler', 'NodeRequestHandlerOptions', 'nodeSigningCrypto', 'nodeHttpFetch'];
/** What validators.js / .d.ts declare besides the validators. */
const VALIDATORS_DECLARES = ['formatIssues', 'ValidationIssue', 'ValidationResult', 'types'];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

export function isReservedWord(text: string): boolean {
  return RESERVED_WORDS.has(text);
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

/** A usable identifier from a candidate: `_` before a leading digit, a fallback for nothing at all. */
function identifierFrom(candidate: string, fallback: string): string {
  const name = candidate || fallback;
  return /^\d/.test(name) ? `_${name}` : name;
}

function upperFirst(text: string): string {
  return text.startsWith('_') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Hands out names from one namespace: each name once, never a reserved word or a global. */
class Namespace {
  constructor(private readonly taken = new Set<string>(GLOBALS)) {}

  copy(): Namespace {
    return new Namespace(new Set(this.taken));
  }

  reserve(names: Iterable<string>): void {
    for (const name of names) this.taken.add(name);
  }

  /**
   * Claims the names `derive(base)` gives for the first free variant of `base` (the base itself,
   * then `base2`, `base3`, …; `base_2`, … when it ends in a digit), all of them or none.
   */
  claim(base: string, derive: (variant: string) => string[] = (variant) => [variant]): string[] {
    for (let n = 1; ; n++) {
      const variant = n === 1 ? base : `${base}${/\d$/.test(base) ? '_' : ''}${n}`;
      const names = derive(variant).map((name) => (RESERVED_WORDS.has(name) ? `${name}_` : name));
      if (names.every((name) => !this.taken.has(name)) && new Set(names).size === names.length) {
        this.reserve(names);
        return names;
      }
    }
  }
}

/** The client's base name: `info.x-client-name`, else the title without "API". */
export function clientBaseName(document: OpenApiDocument): string {
  const explicit = document.info['x-client-name'];
  if (typeof explicit === 'string' && explicit) return identifierFrom(pascalCase(explicit), 'Api');
  const fromTitle = pascalCase(String(document.info.title ?? '').replace(/\b(rest|http)?\s*api\b/gi, ''));
  return identifierFrom(fromTitle, 'Api');
}

const cache = new WeakMap<object, OutputNames>();

/**
 * Names every export of the output. Deterministic: the same document and operations give the same
 * names. Remembered per operations list, so that every emitter sees the same names.
 */
export function outputNames(document: OpenApiDocument, operations: readonly NamedOperation[]): OutputNames {
  let names = cache.get(operations);
  if (!names) {
    names = computeNames(document, operations);
    cache.set(operations, names);
  }
  return names;
}

function computeNames(document: OpenApiDocument, operations: readonly NamedOperation[]): OutputNames {
  const namespace = new Namespace();
  namespace.reserve(OPENAPI_TYPESCRIPT_EXPORTS);
  namespace.reserve([...RUNTIME_ERROR_EXPORTS, ...RUNTIME_ERROR_TYPE_EXPORTS]);
  namespace.reserve(Object.values(CLIENT_IMPORTS).flat());
  namespace.reserve(Object.values(CLIENT_REEXPORTS).flat());
  namespace.reserve([...CLIENT_DECLARES, ...NODE_ENTRY_EXPORTS, ...VALIDATORS_DECLARES]);

  const base = clientBaseName(document);
  const [createClient, createConnection, clientType, optionsType] = namespace.claim(base, (b) => [
    `create${b}Client`,
    `create${b}Connection`,
    `${b}Client`,
    `${b}ClientOptions`,
  ]) as [string, string, string, string];
  const clientName = clientType.slice(0, -'Client'.length);
  const lowered = lowerCamelCase(clientName) || 'api';
  const sampleVariable = RESERVED_WORDS.has(lowered) || lowered === 'result' ? `${lowered}Client` : lowered;

  // Operations: the method and its three types as one group, verbatim operationIds first.
  const byOperation = new Map<NamedOperation, OperationNames>();
  const operationBases = operations.map((operation) => {
    const type = identifierFrom(pascalCase(operation.operationId), 'Operation');
    const method = identifierFrom(lowerCamelCase(operation.operationId), 'operation');
    const verbatim = !operation.generatedId && (operation.operationId === method || operation.operationId === type);
    return { operation, type, method, verbatim };
  });
  for (const { operation, type, method } of verbatimFirst(operationBases)) {
    const suffix = (variant: string) => variant.slice(type.length);
    const [methodName, input, output, descriptor] = namespace.claim(type, (variant) => [
      `${method}${suffix(variant)}`,
      `${variant}Input`,
      `${variant}Output`,
      `${variant}Operation`,
    ]) as [string, string, string, string];
    byOperation.set(operation, {
      method: methodName,
      type: input.slice(0, -'Input'.length),
      input,
      output,
      descriptor,
      responseValidators: {},
    });
  }

  // Error classes: one per response component that documents an error, named after it.
  const errorClasses = new Map<string, string>();
  for (const { componentName } of operations.flatMap((o) => o.errors)) {
    if (componentName === undefined || errorClasses.has(componentName)) continue;
    const pascal = identifierFrom(pascalCase(componentName), 'Response');
    const wanted = /(Exception|Error)$/.test(pascal) ? pascal : `${pascal}Exception`;
    errorClasses.set(componentName, namespace.claim(wanted)[0]!);
  }

  // Schema types, verbatim names first.
  const schemaTypes = new Map<string, string>();
  const schemaBases = Object.keys(document.components?.schemas ?? {}).map((name) => {
    const verbatim = isIdentifier(name);
    return { name, verbatim, type: verbatim ? name : identifierFrom(pascalCase(name), 'Schema') };
  });
  for (const { name, type } of verbatimFirst(schemaBases)) schemaTypes.set(name, namespace.claim(type)[0]!);

  // Validators: the schemas' first (users call them), then the operations' (the client calls them).
  const schemaValidators = new Map<string, { validate: string; guard: string }>();
  for (const [name, type] of schemaTypes) {
    const [validate, guard] = namespace.claim(upperFirst(type), (variant) => [`validate${variant}`, `is${variant}`]) as [string, string];
    schemaValidators.set(name, { validate, guard });
  }
  for (const operation of operations) {
    const names = byOperation.get(operation)!;
    const type = upperFirst(names.type);
    if (operation.requestBody?.schema) names.requestValidator = namespace.claim(`validate${type}Request`)[0];
    for (const response of operation.responses) {
      if (!response.schema || !response.contentType) continue;
      names.responseValidators[response.status] = namespace.claim(`validate${type}Response${response.status.replace(/\W/g, '')}`)[0]!;
    }
  }

  return {
    client: { clientName, createClient, createConnection, clientType, optionsType, sampleVariable },
    schemaType: (name) => known(schemaTypes.get(name), 'schema', name),
    schemaValidators: (name) => known(schemaValidators.get(name), 'schema', name),
    errorClass: (name) => known(errorClasses.get(name), 'response', name),
    operation: (operation) => known(byOperation.get(operation), 'operation', operation.operationId),
    locals: () => {
      const module = namespace.copy();
      return (wanted) => module.claim(wanted)[0]!;
    },
  };
}

function verbatimFirst<T extends { verbatim: boolean }>(items: T[]): T[] {
  return [...items.filter((i) => i.verbatim), ...items.filter((i) => !i.verbatim)];
}

function known<T>(value: T | undefined, kind: string, name: string): T {
  if (value === undefined) throw new Error(`No name was given to the ${kind} ${name}`);
  return value;
}

/** Text made safe inside a `/** … *\/` comment: a `*\/` in it would end the comment. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
