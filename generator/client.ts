// Emits the typed client: `errors.ts` (one error class per documented error response), `client.ts`
// (one descriptor, input type and output type per operation, and `create<Name>Client()` whose
// methods call them), on top of the hand-written runtime copied from templates/.
import { Project, VariableDeclarationKind, type SourceFile } from 'ts-morph';
import { resolve, type JsonObject, type OpenApiDocument } from './openapi.js';
import type { OperationModel, ResponseModel } from './operations.js';
import { pascalCase } from './operations.js';
import { HEADER, type GeneratedFile } from './output.js';

export interface ClientNames {
  /** e.g. `Pinpoint`: gives `createPinpointClient`, `PinpointClient`, `PinpointClientOptions`. */
  clientName: string;
}

export function clientNames(document: OpenApiDocument): ClientNames {
  const explicit = document.info['x-client-name'];
  if (typeof explicit === 'string' && explicit) return { clientName: pascalCase(explicit) };
  const fromTitle = pascalCase(document.info.title.replace(/\b(rest|http)?\s*api\b/gi, ''));
  return { clientName: fromTitle || 'Api' };
}

export function emitClient(document: OpenApiDocument, operations: OperationModel[]): GeneratedFile[] {
  const project = new Project({ useInMemoryFileSystem: true });
  const errorClasses = collectErrorClasses(operations);
  return [
    { path: 'errors.ts', content: emitErrors(project, errorClasses) },
    { path: 'client.ts', content: emitClientFile(project, document, operations, errorClasses) },
  ];
}

interface ErrorClass {
  name: string;
  description: string;
}

/** Error classes by status-independent name: one per documented error response component. */
function collectErrorClasses(operations: OperationModel[]): Map<string, ErrorClass> {
  const classes = new Map<string, ErrorClass>();
  for (const operation of operations) {
    for (const error of operation.errors) {
      const name = errorClassName(error);
      if (name && !classes.has(name)) classes.set(name, { name, description: error.description });
    }
  }
  return new Map([...classes].sort(([a], [b]) => a.localeCompare(b)));
}

/** The class of a documented error: its response component's name; inline responses get none. */
function errorClassName(error: ResponseModel): string | undefined {
  if (!error.componentName) return undefined;
  const name = pascalCase(error.componentName);
  return /(Exception|Error)$/.test(name) ? name : `${name}Exception`;
}

function emitErrors(project: Project, classes: Map<string, ErrorClass>): string {
  const file = project.createSourceFile('errors.ts', '', { overwrite: true });
  file.addImportDeclaration({ moduleSpecifier: './runtime/errors.js', namedImports: ['ServiceException'] });
  file.addExportDeclaration({
    moduleSpecifier: './runtime/errors.js',
    namedExports: [
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
    ],
  });
  file.addExportDeclaration({
    moduleSpecifier: './runtime/errors.js',
    isTypeOnly: true,
    namedExports: ['ServiceErrorDetails', 'ServiceExceptionClass', 'ValidationIssue', 'Violation'],
  });
  for (const { name, description } of classes.values()) {
    file.addClass({
      name,
      isExported: true,
      extends: 'ServiceException',
      docs: [description],
      // Set explicitly: a minifier renames classes, and `name` must survive it.
      properties: [{ name: 'name', hasOverrideKeyword: true, initializer: JSON.stringify(name) }],
    });
  }
  return finish(file);
}

function emitClientFile(
  project: Project,
  document: OpenApiDocument,
  operations: OperationModel[],
  errorClasses: Map<string, ErrorClass>,
): string {
  const { clientName } = clientNames(document);
  const file = project.createSourceFile('client.ts', '', { overwrite: true });
  file.addImportDeclaration({ moduleSpecifier: './types.js', isTypeOnly: true, namedImports: ['operations'] });
  file.addImportDeclaration({
    moduleSpecifier: './runtime/call.js',
    namedImports: ['bindOperation', 'callOperation', 'type CallOptions', 'type OperationDescriptor'],
  });
  file.addImportDeclaration({
    moduleSpecifier: './runtime/transport.js',
    namedImports: ['createConnection', 'type Connection', 'type ServiceInfo', 'type TransportOptions'],
  });
  if (errorClasses.size > 0) {
    file.addImportDeclaration({ moduleSpecifier: './errors.js', namedImports: [...errorClasses.keys()] });
  }
  file.addExportDeclaration({ moduleSpecifier: './runtime/call.js', isTypeOnly: true, namedExports: ['CallOptions', 'OperationDescriptor'] });
  file.addExportDeclaration({
    moduleSpecifier: './runtime/transport.js',
    isTypeOnly: true,
    namedExports: ['Connection', 'FetchLike', 'HeadersLike', 'HttpRequest', 'HttpResponse', 'MockPreferences', 'RequestHandler', 'ServerTemplate', 'ServiceInfo', 'TransportLayer', 'TransportOptions', 'ValidationOptions'],
  });
  file.addExportDeclaration({ moduleSpecifier: './runtime/signing.js', isTypeOnly: true, namedExports: ['Credentials', 'CredentialsProvider', 'SigningCrypto'] });
  file.addExportDeclaration({ moduleSpecifier: './runtime/retry.js', isTypeOnly: true, namedExports: ['RetryOptions'] });
  file.addExportDeclaration({ moduleSpecifier: './runtime/paginate.js', namedExports: ['paginate', 'paginatePages'] });

  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Where the service is, and how its requests are signed.'],
    declarations: [{ name: 'service', type: 'ServiceInfo', initializer: serviceLiteral(document) }],
  });

  const errorMaps = new Map<string, string>();
  for (const operation of operations) {
    const entries = operation.errors
      .map((e) => [e.status, errorClassName(e)] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== undefined && /^\d+$/.test(entry[0]));
    const literal = `{ ${entries.map(([status, name]) => `${status}: ${name}`).join(', ')} }`;
    if (!errorMaps.has(literal)) {
      const name = errorMaps.size === 0 ? 'documentedErrors' : `documentedErrors${errorMaps.size + 1}`;
      errorMaps.set(literal, name);
      file.addVariableStatement({ declarationKind: VariableDeclarationKind.Const, declarations: [{ name, initializer: literal }] });
    }
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`\`${operation.method.toUpperCase()} ${operation.path}\``],
      declarations: [{ name: `${operation.typeName}Operation`, type: 'OperationDescriptor', initializer: descriptorLiteral(document, operation, errorMaps.get(literal)!) }],
    });
    addOperationTypes(file, operation);
    const input = inputShape(operation);
    file.addFunction({
      name: operation.methodName,
      isExported: true,
      docs: [jsDocText(operation)],
      parameters: [
        { name: 'connection', type: 'Connection' },
        { name: 'input', type: `${operation.typeName}Input`, initializer: input.required ? undefined : '{}' },
        { name: 'options', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${operation.typeName}Output>`,
      statements: `return callOperation<${operation.typeName}Output>(connection, ${operation.typeName}Operation, input, options);`,
    });
  }

  file.addInterface({
    name: `${clientName}ClientOptions`,
    isExported: true,
    extends: ['TransportOptions'],
    docs: ['How the client reaches the service; see the README for every option.'],
  });
  file.addFunction({
    name: `create${clientName}Connection`,
    isExported: true,
    docs: [`A connection for the operation functions (\`${operations[0]?.methodName ?? 'operation'}(connection, input)\`): import only the operations you call.`],
    parameters: [{ name: 'options', type: `${clientName}ClientOptions`, initializer: '{}' }],
    returnType: 'Connection',
    statements: 'return createConnection(options, service);',
  });
  file.addFunction({
    name: `create${clientName}Client`,
    isExported: true,
    docs: [`A client with one method per operation of ${document.info.title}.`],
    parameters: [{ name: 'options', type: `${clientName}ClientOptions`, initializer: '{}' }],
    statements: [
      `const connection = create${clientName}Connection(options);`,
      (writer) => {
        writer.write('return').block(() => {
          for (const operation of operations) {
            writer.writeLine(jsDoc(operation));
            writer.writeLine(`${operation.methodName}: bindOperation(${operation.methodName}, ${operation.typeName}Operation, connection),`);
          }
        });
        writer.write(';');
      },
    ],
  });
  file.addTypeAlias({
    name: `${clientName}Client`,
    isExported: true,
    type: `ReturnType<typeof create${clientName}Client>`,
  });
  return finish(file);
}

function serviceLiteral(document: OpenApiDocument): string {
  const service: { server: ReturnType<typeof serverTemplate>; signingName?: string } = { server: serverTemplate(document) };
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, { 'x-amazon-signing-name'?: string }>;
  const signingName = Object.values(schemes).find((scheme) => scheme['x-amazon-signing-name'])?.['x-amazon-signing-name'];
  if (signingName) service.signingName = signingName;
  return JSON.stringify(service);
}

function descriptorLiteral(document: OpenApiDocument, operation: OperationModel, errors: string): string {
  const fields = [
    `operationId: ${JSON.stringify(operation.operationId)}`,
    `method: ${JSON.stringify(operation.method)}`,
    `path: ${JSON.stringify(operation.path)}`,
    `errors: ${errors}`,
    `success: { ${successKinds(operation)} }`,
  ];
  const validators: string[] = [];
  if (operation.requestBody?.schema) validators.push(`request: ${JSON.stringify(`validate${operation.typeName}Request`)}`);
  const responses = operation.responses
    .filter((r) => /^2\d\d$/.test(r.status) && r.schema && r.contentType)
    .map((r) => `${r.status}: ${JSON.stringify(`validate${operation.typeName}Response${r.status}`)}`);
  if (responses.length > 0) validators.push(`responses: { ${responses.join(', ')} }`);
  if (validators.length > 0) fields.push(`validators: { ${validators.join(', ')} }`);
  const pagination = paginationOf(document, operation);
  if (pagination) fields.push(`pagination: ${JSON.stringify(pagination)}`);
  return `{ ${fields.join(', ')} }`;
}

/** How the runtime reads each documented success status: JSON, text, bytes, or no content. */
function successKinds(operation: OperationModel): string {
  return operation.responses
    .filter((r) => /^2(\d\d|XX)$/i.test(r.status))
    .map((r) => {
      const media = r.contentType?.split(';')[0]!.trim().toLowerCase();
      const kind = !media ? 'none' : /^application\/json$|\/[^/]*\+json$/.test(media) ? 'json' : media.startsWith('text/') ? 'text' : 'bytes';
      return `${JSON.stringify(r.status.toUpperCase())}: ${JSON.stringify(kind)}`;
    })
    .join(', ');
}

/** An operation is paginated when it takes a page token and its success body hands the next one back. */
function paginationOf(document: OpenApiDocument, operation: OperationModel) {
  const inputToken = operation.parameters.find((p) => p.in === 'query' && /^(page[-_]?)?token$|^next[-_]?token$/i.test(p.name))?.name;
  if (!inputToken || !operation.success?.schema) return undefined;
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
  const op = `operations[${JSON.stringify(operation.operationId)}]`;
  const members: InputShape['members'] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    const parameters = operation.parameters.filter((p) => p.in === location);
    if (parameters.length === 0) continue;
    const optional = location !== 'path' && !parameters.some((p) => p.required);
    members.push({ name: location, optional, type: `NonNullable<${op}["parameters"][${JSON.stringify(location)}]>` });
  }
  const body = operation.requestBody;
  if (body) {
    members.push({
      name: 'body',
      optional: !body.required,
      type: `NonNullable<${op}["requestBody"]>["content"][${JSON.stringify(body.contentType)}]`,
    });
  }
  return { required: members.some((m) => !m.optional), members };
}

function addOperationTypes(file: SourceFile, operation: OperationModel): void {
  const op = `operations[${JSON.stringify(operation.operationId)}]`;
  file.addInterface({
    name: `${operation.typeName}Input`,
    isExported: true,
    docs: [`What \`${operation.methodName}\` takes: the spec's own parameter names, by location.`],
    properties: inputShape(operation).members.map((m) => ({ name: m.name, hasQuestionToken: m.optional, type: m.type })),
  });
  const success = operation.success;
  const status = success ? (/^\d+$/.test(success.status) ? success.status : JSON.stringify(success.status)) : undefined;
  file.addTypeAlias({
    name: `${operation.typeName}Output`,
    isExported: true,
    docs: [`What \`${operation.methodName}\` resolves to${success ? ` (HTTP ${success.status})` : ''}.`],
    type:
      success?.contentType && status
        ? `${op}["responses"][${status}]["content"][${JSON.stringify(success.contentType)}]`
        : 'void',
  });
}

function jsDoc(operation: OperationModel): string {
  return ['/**', ...jsDocText(operation).split('\n').map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}

function jsDocText(operation: OperationModel): string {
  const lines: string[] = [];
  const { summary, description, deprecated } = operation.operation;
  if (summary) lines.push(summary, '');
  if (description && description !== summary) lines.push(...description.trim().split('\n'), '');
  lines.push(`\`${operation.method.toUpperCase()} ${operation.path}\` (operation \`${operation.operationId}\`)`);
  if (operation.success) lines.push(`@returns HTTP ${operation.success.status}: ${operation.success.description}`);
  for (const error of operation.errors) {
    lines.push(`@throws {${errorClassName(error) ?? 'ServiceException'}} HTTP ${error.status}: ${error.description}`);
  }
  if (deprecated) lines.push('@deprecated');
  return lines.map((l) => l.replace(/\*\//g, '*\\/')).join('\n');
}

function serverTemplate(document: OpenApiDocument): { url: string; variables: Record<string, string> } {
  const servers = document.servers as { url?: string; variables?: Record<string, { default?: string }> }[] | undefined;
  const first = servers?.[0];
  const variables: Record<string, string> = {};
  for (const [name, variable] of Object.entries(first?.variables ?? {})) variables[name] = String(variable.default ?? '');
  return { url: (first?.url ?? '').replace(/\/+$/, ''), variables };
}

function finish(file: SourceFile): string {
  file.insertStatements(0, `// ${HEADER}\n`);
  file.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return file.getFullText();
}

