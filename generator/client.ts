// Emits the typed client: `errors.ts` (one error class per documented error response), `client.ts`
// (one descriptor, input type and output type per operation, and `create<Name>Client()` whose
// methods call them), on top of the hand-written runtime copied from templates/. Each file is built
// as a list of ts-morph structures and printed once (generator/print.ts).
import type { WriterFunction } from 'ts-morph';
import {
  CLIENT_IMPORTS,
  CLIENT_REEXPORTS,
  RUNTIME_ERROR_EXPORTS,
  RUNTIME_ERROR_TYPE_EXPORTS,
  commentText,
  outputNames,
  type OutputNames,
} from './names.js';
import { deprecationNote } from './end-of-support.js';
import { resolve, type JsonObject, type OpenApiDocument } from './openapi.js';
import { isSuccessStatus, queryStyles, type OperationModel, type RequestFormat } from './operations.js';
import { HEADER, type GeneratedFile } from './output.js';
import { printStatements, StructureKind, VariableDeclarationKind, type Statement } from './print.js';

export function emitClient(document: OpenApiDocument, operations: OperationModel[]): GeneratedFile[] {
  const names = outputNames(document, operations);
  const errorClasses = collectErrorClasses(operations, names);
  return [
    { path: 'errors.ts', content: emitErrors(errorClasses) },
    { path: 'client.ts', content: emitClientFile(document, operations, names, errorClasses) },
  ];
}

interface ErrorClass {
  name: string;
  description: string;
}

/** Error classes by response component: one per documented error response component. */
function collectErrorClasses(operations: OperationModel[], names: OutputNames): Map<string, ErrorClass> {
  const classes = new Map<string, ErrorClass>();
  for (const operation of operations) {
    for (const error of operation.errors) {
      if (error.componentName === undefined || classes.has(error.componentName)) continue;
      classes.set(error.componentName, { name: names.errorClass(error.componentName), description: error.description });
    }
  }
  return new Map([...classes].sort(([, a], [, b]) => a.name.localeCompare(b.name)));
}

function emitErrors(classes: Map<string, ErrorClass>): string {
  const statements: Statement[] = [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/errors.js', namedExports: RUNTIME_ERROR_EXPORTS },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/errors.js', isTypeOnly: true, namedExports: RUNTIME_ERROR_TYPE_EXPORTS },
  ];
  // The classes extend ServiceException; a spec without documented error components has none to extend it.
  if (classes.size > 0) statements.unshift({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/errors.js', namedImports: ['ServiceException'] }, blankLine);
  for (const { name, description } of classes.values()) {
    statements.push({
      kind: StructureKind.Class,
      name,
      isExported: true,
      extends: 'ServiceException',
      docs: [commentText(description)],
      // Set explicitly: a minifier renames classes, and `name` must survive it.
      properties: [{ name: 'name', hasOverrideKeyword: true, initializer: JSON.stringify(name) }],
    });
  }
  return print(statements);
}

function emitClientFile(document: OpenApiDocument, operations: OperationModel[], names: OutputNames, errorClasses: Map<string, ErrorClass>): string {
  const { createClient, createConnection, clientType, optionsType } = names.client;
  const local = names.locals();
  const typeImports = ['operations', ...(operations.some((o) => o.generatedId) ? ['paths'] : [])];
  const statements: Statement[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true, namedImports: typeImports },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/call.js',
      namedImports: [...CLIENT_IMPORTS.call, ...CLIENT_IMPORTS.callTypes.map((name) => `type ${name}`)],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/transport.js',
      namedImports: [...CLIENT_IMPORTS.transport, ...CLIENT_IMPORTS.transportTypes.map((name) => `type ${name}`)],
    },
  ];
  const bodies = bodiesImports(operations);
  if (bodies.length > 0) statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/bodies.js', namedImports: bodies });
  if (errorClasses.size > 0) {
    const classNames = [...errorClasses.values()].map((c) => c.name);
    statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './errors.js', namedImports: classNames });
  }
  statements.push(blankLine);
  const reexport = (module: string, namedExports: string[], isTypeOnly: boolean): Statement => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: `./runtime/${module}.js`,
    isTypeOnly,
    namedExports,
  });
  statements.push(
    reexport('call', CLIENT_REEXPORTS.call, true),
    reexport('call', CLIENT_REEXPORTS.callValues, false),
    reexport('transport', CLIENT_REEXPORTS.transport, true),
    reexport('signing', CLIENT_REEXPORTS.signing, true),
    reexport('retry', CLIENT_REEXPORTS.retry, true),
    reexport('paginate', CLIENT_REEXPORTS.paginate, false),
    blankLine,
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Where the service is, and how its requests are signed.'],
      declarations: [{ name: 'service', type: 'ServiceInfo', initializer: serviceLiteral(document) }],
    },
  );

  const errorMaps = new Map<string, string>();
  for (const operation of operations) {
    const opNames = names.operation(operation);
    const entries = operation.errors
      .filter((e) => e.componentName !== undefined && /^\d+$/.test(e.status))
      .map((e) => [e.status, names.errorClass(e.componentName!)] as const);
    const literal = `{ ${entries.map(([status, name]) => `${status}: ${name}`).join(', ')} }`;
    if (!errorMaps.has(literal)) {
      const name = local('documentedErrors');
      errorMaps.set(literal, name);
      statements.push({ kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name, initializer: literal }] });
    }
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [commentText(`\`${operation.method.toUpperCase()} ${operation.path}\``)],
      declarations: [{ name: opNames.descriptor, type: 'OperationDescriptor', initializer: descriptorLiteral(document, operation, names, errorMaps.get(literal)!) }],
    });
    statements.push(...operationTypes(operation, names));
    const input = inputShape(operation);
    statements.push({
      kind: StructureKind.Function,
      name: opNames.method,
      isExported: true,
      docs: [jsDocText(operation, names)],
      parameters: [
        { name: 'connection', type: 'Connection' },
        { name: 'input', type: opNames.input, initializer: input.required ? undefined : '{}' },
        { name: 'options', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${opNames.output}>`,
      statements: `return callOperation<${opNames.output}>(connection, ${opNames.descriptor}, input, options);`,
    });
  }

  // The factories' own parameter and variable: named so that no method of the same name is shadowed.
  const options = local('options');
  const connection = local('connection');
  statements.push(
    {
      kind: StructureKind.Interface,
      name: optionsType,
      isExported: true,
      extends: ['TransportOptions'],
      docs: ['How the client reaches the service; see the README for every option.'],
    },
    {
      kind: StructureKind.Function,
      name: createConnection,
      isExported: true,
      docs: [`A connection for the operation functions (\`${operations[0]?.methodName ?? 'operation'}(connection, input)\`): import only the operations you call.`],
      parameters: [{ name: options, type: optionsType, initializer: '{}' }],
      returnType: 'Connection',
      statements: `return createConnection(${options}, service);`,
    },
    {
      kind: StructureKind.Function,
      name: createClient,
      isExported: true,
      docs: [commentText(`A client with one method per operation of ${document.info.title}.`)],
      parameters: [{ name: options, type: optionsType, initializer: '{}' }],
      statements: [
        `const ${connection} = ${createConnection}(${options});`,
        (writer) => {
          writer.write('return ').inlineBlock(() => {
            for (const operation of operations) {
              const { method, descriptor } = names.operation(operation);
              writer.writeLine(jsDoc(operation, names));
              writer.writeLine(`${method}: bindOperation(${method}, ${descriptor}, ${connection}),`);
            }
          });
          writer.write(';');
        },
      ],
    },
    { kind: StructureKind.TypeAlias, name: clientType, isExported: true, type: `ReturnType<typeof ${createClient}>` },
  );
  return print(statements);
}

// Between groups of imports and exports, as a reader expects.
const blankLine: WriterFunction = (writer) => void writer.blankLineIfLastNot();

function print(statements: Statement[]): string {
  return printStatements([`// ${HEADER}\n`, ...statements]);
}

function serviceLiteral(document: OpenApiDocument): string {
  const service: { server: ReturnType<typeof serverTemplate>; signingName?: string } = { server: serverTemplate(document) };
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, { 'x-amazon-signing-name'?: string }>;
  const signingName = Object.values(schemes).find((scheme) => scheme['x-amazon-signing-name'])?.['x-amazon-signing-name'];
  if (signingName) service.signingName = signingName;
  return inlineLiteral(service);
}

/** A JSON value on one line with spaces inside braces: `{ "a": [1, 2] }`. */
function inlineLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(', ')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inlineLiteral(item)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** A status as an object key: bare when it is a number. */
function statusKey(status: string): string {
  return /^\d+$/.test(status) ? status : JSON.stringify(status.toUpperCase());
}

function successResponses(operation: OperationModel) {
  return operation.responses.filter((r) => isSuccessStatus(r.status));
}

/** The encoder of each request format that is not JSON (templates/bodies.ts). */
const ENCODERS: Record<Exclude<RequestFormat, 'json'>, string> = {
  form: 'encodeFormBody',
  multipart: 'encodeMultipartBody',
  text: 'encodeTextBody',
  binary: 'encodeBinaryBody',
};

/** What client.ts imports of runtime/bodies.ts: the encoders its operations name, and the body types. */
function bodiesImports(operations: OperationModel[]): string[] {
  const used = new Set<string>();
  for (const operation of operations) {
    if (queryStyles(operation)) used.add('encodeStyledQuery');
    const { requestBody } = operation;
    if (!requestBody || requestBody.format === 'json') continue;
    used.add(ENCODERS[requestBody.format]);
    if (requestBody.format === 'binary') used.add('type BinaryBody');
    if (requestBody.binaryProperties) used.add('type WithBinaryParts');
  }
  const order = [...CLIENT_IMPORTS.bodies, ...CLIENT_IMPORTS.bodiesTypes.map((name) => `type ${name}`)];
  return order.filter((name) => used.has(name));
}

function descriptorLiteral(document: OpenApiDocument, operation: OperationModel, names: OutputNames, errors: string): string {
  const opNames = names.operation(operation);
  const success = successResponses(operation).map((r) => `${statusKey(r.status)}: ${JSON.stringify(r.kind ?? 'none')}`);
  const fields = [
    `operationId: ${JSON.stringify(operation.operationId)}`,
    `method: ${JSON.stringify(operation.method)}`,
    `path: ${JSON.stringify(operation.path)}`,
    `errors: ${errors}`,
    `success: { ${success.join(', ')} }`,
  ];
  const validators: string[] = [];
  // Bytes are not validated: the schema can only say "a string".
  if (opNames.requestValidator && operation.requestBody?.format !== 'binary') validators.push(`request: ${JSON.stringify(opNames.requestValidator)}`);
  const responses = successResponses(operation)
    .filter((r) => /^\d+$/.test(r.status) && opNames.responseValidators[r.status])
    .map((r) => `${r.status}: ${JSON.stringify(opNames.responseValidators[r.status])}`);
  if (responses.length > 0) validators.push(`responses: { ${responses.join(', ')} }`);
  if (validators.length > 0) fields.push(`validators: { ${validators.join(', ')} }`);
  const pagination = paginationOf(document, operation);
  if (pagination) fields.push(`pagination: ${inlineLiteral(pagination)}`);
  const styles = queryStyles(operation);
  if (styles) fields.push(`query: { encode: encodeStyledQuery, styles: ${inlineLiteral(styles)} }`);
  const body = operation.requestBody;
  if (body && body.format !== 'json') {
    const format = [`mediaType: ${JSON.stringify(body.contentType)}`, `encode: ${ENCODERS[body.format]}`];
    if (body.encoding) format.push(`encoding: ${inlineLiteral(body.encoding)}`);
    fields.push(`body: { ${format.join(', ')} }`);
  }
  return `{ ${fields.join(', ')} }`;
}

/** An operation is paginated when it takes a page token and its success body hands the next one back. */
function paginationOf(document: OpenApiDocument, operation: OperationModel) {
  const inputToken = operation.parameters.find((p) => p.in === 'query' && /^(page[-_]?)?token$|^next[-_]?token$/i.test(p.name))?.name;
  if (!inputToken || !operation.success?.schema || operation.success.kind !== 'json') return undefined;
  const schema = resolve<JsonObject>(document, operation.success.schema as JsonObject);
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const outputToken = Object.keys(properties).find((name) => /^next[-_]?token$/i.test(name));
  if (!outputToken) return undefined;
  const items = Object.keys(properties).find((name) => resolve<JsonObject>(document, properties[name]!).type === 'array');
  return { inputToken, outputToken, ...(items ? { items } : {}) };
}

interface InputShape {
  required: boolean;
  members: { name: string; optional: boolean; type: string }[];
}

function inputShape(operation: OperationModel): InputShape {
  const op = operation.typesRef;
  const members: InputShape['members'] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    const parameters = operation.parameters.filter((p) => p.in === location);
    if (parameters.length === 0) continue;
    const optional = location !== 'path' && !parameters.some((p) => p.required);
    members.push({ name: location, optional, type: `NonNullable<${op}["parameters"][${JSON.stringify(location)}]>` });
  }
  const body = operation.requestBody;
  if (body) {
    // Bytes take what the runtime sends, where openapi-typescript says `string`; so do binary parts.
    let type = body.format === 'binary' ? 'BinaryBody' : `NonNullable<${op}["requestBody"]>["content"][${JSON.stringify(body.contentType)}]`;
    if (body.binaryProperties) type = `WithBinaryParts<${type}, ${body.binaryProperties.map((name) => JSON.stringify(name)).join(' | ')}>`;
    members.push({ name: 'body', optional: !body.required, type });
  }
  return { required: members.some((m) => !m.optional), members };
}

/** What a success status resolves to: its JSON type, a string, bytes, or nothing. */
function successType(operation: OperationModel, response: ReturnType<typeof successResponses>[number]): string {
  switch (response.kind) {
    case 'json':
      return `${operation.typesRef}["responses"][${statusKey(response.status)}]["content"][${JSON.stringify(response.contentType)}]`;
    case 'text':
      return 'string';
    case 'bytes':
      return 'Uint8Array';
    default:
      return 'undefined';
  }
}

function operationTypes(operation: OperationModel, names: OutputNames): Statement[] {
  const { method, input, output } = names.operation(operation);
  const successes = successResponses(operation);
  const types = [...new Set(successes.map((r) => successType(operation, r)))];
  const statuses = successes.map((r) => r.status);
  const http = statuses.length > 1 ? `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}` : statuses[0];
  return [
    {
      kind: StructureKind.Interface,
      name: input,
      isExported: true,
      docs: [`What \`${method}\` takes: the spec's own parameter names, by location.`],
      properties: inputShape(operation).members.map((m) => ({ name: m.name, hasQuestionToken: m.optional, type: m.type })),
    },
    {
      kind: StructureKind.TypeAlias,
      name: output,
      isExported: true,
      docs: [`What \`${method}\` resolves to${http ? ` (HTTP ${http})` : ''}.`],
      // Without a documented success status, nothing is known of the body.
      type: types.length > 0 ? types.join(' | ') : 'unknown',
    },
  ];
}

function jsDoc(operation: OperationModel, names: OutputNames): string {
  return ['/**', ...jsDocText(operation, names).split('\n').map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}

function jsDocText(operation: OperationModel, names: OutputNames): string {
  const lines: string[] = [];
  const { summary, description, deprecated } = operation.operation;
  if (summary) lines.push(summary, '');
  if (description && description !== summary) lines.push(...description.trim().split('\n'), '');
  lines.push(`\`${operation.method.toUpperCase()} ${operation.path}\` (operation \`${operation.operationId}\`)`);
  if (operation.success) lines.push(`@returns HTTP ${operation.success.status}: ${operation.success.description}`);
  for (const error of operation.errors) {
    const errorClass = error.componentName === undefined ? 'ServiceException' : names.errorClass(error.componentName);
    lines.push(`@throws {${errorClass}} HTTP ${error.status}: ${error.description}`);
  }
  if (deprecated) lines.push(['@deprecated', deprecationNote(operation)].filter(Boolean).join(' '));
  return lines.map(commentText).join('\n');
}

function serverTemplate(document: OpenApiDocument): { url: string; variables: Record<string, string> } {
  const servers = document.servers as { url?: string; variables?: Record<string, { default?: string }> }[] | undefined;
  const first = servers?.[0];
  const variables: Record<string, string> = {};
  for (const [name, variable] of Object.entries(first?.variables ?? {})) variables[name] = String(variable.default ?? '');
  return { url: (first?.url ?? '').replace(/\/+$/, ''), variables };
}
