// Emits the typed client: `errors.ts` (one error class per documented error response), `client.ts`
// (one descriptor, input type and output type per operation, and `create<Name>Client()` whose
// methods call them), on top of the hand-written runtime copied from templates/.
import { Project, VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { OpenApiDocument } from './openapi.js';
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
    namedExports: ['ServiceException', 'UnexpectedResponseException', 'InvalidResponseException'],
  });
  file.addExportDeclaration({
    moduleSpecifier: './runtime/errors.js',
    isTypeOnly: true,
    namedExports: ['ServiceErrorDetails', 'ServiceExceptionClass', 'Violation'],
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
  file.addImportDeclaration({ moduleSpecifier: './types.js', isTypeOnly: true, namedImports: ['operations', 'paths'] });
  file.addImportDeclaration({
    moduleSpecifier: './runtime/call.js',
    namedImports: ['callOperation', 'type CallOptions', 'type OperationDescriptor'],
  });
  file.addImportDeclaration({
    moduleSpecifier: './runtime/transport.js',
    namedImports: ['createHttpClient', 'type ServerTemplate', 'type TransportOptions'],
  });
  if (errorClasses.size > 0) {
    file.addImportDeclaration({ moduleSpecifier: './errors.js', namedImports: [...errorClasses.keys()] });
  }
  file.addExportDeclaration({ moduleSpecifier: './runtime/call.js', isTypeOnly: true, namedExports: ['CallOptions', 'OperationDescriptor'] });
  file.addExportDeclaration({
    moduleSpecifier: './runtime/transport.js',
    isTypeOnly: true,
    namedExports: ['FetchLike', 'MockPreferences', 'TransportLayer', 'TransportOptions', 'ServerTemplate'],
  });

  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The server requests go to unless `endpoint` says otherwise.'],
    declarations: [{ name: 'server', type: 'ServerTemplate', initializer: JSON.stringify(serverTemplate(document)) }],
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
      file.addVariableStatement({
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name, initializer: literal }],
      });
    }
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`\`${operation.method.toUpperCase()} ${operation.path}\``],
      declarations: [
        {
          name: `${operation.typeName}Operation`,
          type: 'OperationDescriptor',
          initializer: `{ operationId: ${JSON.stringify(operation.operationId)}, method: ${JSON.stringify(operation.method)}, path: ${JSON.stringify(operation.path)}, errors: ${errorMaps.get(literal)} }`,
        },
      ],
    });
    addOperationTypes(file, operation);
  }

  file.addInterface({
    name: `${clientName}ClientOptions`,
    isExported: true,
    extends: ['TransportOptions'],
    docs: ['How the client reaches the service; see the README for every option.'],
  });
  file.addFunction({
    name: `create${clientName}Client`,
    isExported: true,
    docs: [`A client with one method per operation of ${document.info.title}.`],
    parameters: [{ name: 'options', type: `${clientName}ClientOptions`, initializer: '{}' }],
    statements: [
      'const http = createHttpClient<paths>(options, server);',
      (writer) => {
        writer.write('return').block(() => {
          for (const operation of operations) {
            writer.writeLine(jsDoc(operation));
            const input = inputShape(operation);
            const param = input.required ? `input: ${operation.typeName}Input` : `input: ${operation.typeName}Input = {}`;
            writer.writeLine(
              `${operation.methodName}: (${param}, options?: CallOptions): Promise<${operation.typeName}Output> =>`,
            );
            writer.indent().write(`callOperation<${operation.typeName}Output>(http, ${operation.typeName}Operation, input, options),`).newLine();
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
  return ['/**', ...lines.map((l) => (l ? ` * ${l.replace(/\*\//g, '*\\/')}` : ' *')), ' */'].join('\n');
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

