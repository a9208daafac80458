// The npm package `npm run build` makes of a generated client (dist/client/): who it is (its name
// and version, from `info.x-client-package` of the spec), its package.json, its README and its
// LICENSE. scripts/build-client.ts compiles the code and gathers the facts these are written from.
import { createRequire } from 'node:module';
import { clientBaseName, outputNames } from './names.js';
import { located, SpecError } from './errors.js';
import { resolve, type JsonObject, type OpenApiDocument } from './openapi.js';
import type { OperationModel } from './operations.js';

/** The extension of `info` that names the package and holds the client's version. */
export const PACKAGE_EXTENSION = 'x-client-package';
/** The version of a client whose spec names none. */
export const DEFAULT_VERSION = '0.1.0';

export interface ClientPackage {
  name: string;
  version: string;
}

// npm's rules for a new package name: lower case, URL-safe, optionally scoped, at most 214 characters.
const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
// Semantic Versioning 2.0.0's own expression.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Why `name` cannot be an npm package name, or undefined when it can. */
export function packageNameProblem(name: string): string | undefined {
  if (name.length > 214) return `"${name}" is longer than the 214 characters npm allows`;
  if (!NPM_NAME.test(name)) return `"${name}" is not an npm package name (lower case letters, digits, - . _ ~, optionally @scope/)`;
  return undefined;
}

/** Why `version` is not a semver version, or undefined when it is. */
export function versionProblem(version: string): string | undefined {
  return SEMVER.test(version) ? undefined : `"${version}" is not a semver version (major.minor.patch, e.g. 0.1.0)`;
}

/**
 * The package's name and version: `info.x-client-package` of the spec, else `<client name>-client`
 * and 0.1.0. `specFile` names the spec's root file in errors (where `info` is).
 */
export function clientPackage(document: OpenApiDocument, specFile: string): ClientPackage {
  const pointer = `/info/${PACKAGE_EXTENSION}`;
  const declared = document.info[PACKAGE_EXTENSION];
  const fallback = { name: defaultPackageName(document), version: DEFAULT_VERSION };
  if (declared === undefined) return fallback;
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared)) {
    throw new SpecError([located(specFile, 'must be a mapping with `name` and `version`', { pointer })]);
  }
  const fields = declared as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(fields)) {
    if (key !== 'name' && key !== 'version') problems.push(located(specFile, `unknown field: only \`name\` and \`version\` are read`, { pointer: `${pointer}/${key}` }));
  }
  const read = (key: keyof ClientPackage, check: (value: string) => string | undefined): string => {
    const value = fields[key];
    if (value === undefined) return fallback[key];
    const problem = typeof value === 'string' ? check(value) : `must be a string, not ${JSON.stringify(value)}`;
    if (problem) problems.push(located(specFile, problem, { pointer: `${pointer}/${key}` }));
    return String(value);
  };
  const identity = { name: read('name', packageNameProblem), version: read('version', versionProblem) };
  if (problems.length > 0) throw new SpecError(problems);
  return identity;
}

/** `Pinpoint` → `pinpoint-client`. */
export function defaultPackageName(document: OpenApiDocument): string {
  const words = clientBaseName(document).replace(/([a-z0-9])([A-Z])/g, '$1-$2');
  return `${words.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'api'}-client`;
}

export interface License {
  /** An SPDX identifier, `SEE LICENSE IN LICENSE` or `UNLICENSED` (no license: all rights reserved). */
  field: string;
  /** The LICENSE file, when there is one. */
  text?: string;
}

interface SpdxLicense {
  name: string;
  licenseText: string;
}

/**
 * The package's license, from `info.license`: its SPDX `identifier` (OpenAPI 3.1) or a `name` that is
 * an SPDX identifier (`Apache 2.0` reads as `Apache-2.0`), with the license's full text; another
 * license is referred to by name and URL; none is UNLICENSED.
 */
export function licenseOf(document: OpenApiDocument): License {
  const license = document.info.license as { name?: string; identifier?: string; url?: string } | undefined;
  if (!license) return { field: 'UNLICENSED' };
  const list = createRequire(import.meta.url)('spdx-license-list/full.js') as Record<string, SpdxLicense>;
  const byKey = new Map(Object.keys(list).map((id) => [id.toLowerCase(), id]));
  const candidates = [license.identifier, license.name, license.name?.trim().replace(/\s+/g, '-')];
  const id = candidates.map((c) => c && byKey.get(c.toLowerCase())).find((c) => c !== undefined);
  if (id) return { field: id, text: `${list[id]!.licenseText.trimEnd()}\n` };
  const described = [license.name, license.url].filter(Boolean).join('\n');
  return described ? { field: 'SEE LICENSE IN LICENSE', text: `${described}\n` } : { field: 'UNLICENSED' };
}

/** Where an entry's files are in the package. */
export interface EntryFiles {
  types: string;
  default: string;
}

export interface PackageLayout {
  /** The entry for every runtime (fetch, Web Crypto), as ES module and as CommonJS. */
  universal: { import: EntryFiles; require: EntryFiles };
  /** The Node entry (node:http, signing in plain JavaScript). */
  node: { import: EntryFiles; require: EntryFiles };
  /** `./validators`. */
  validators: { import: EntryFiles; require: EntryFiles };
  /** What `files` lists. */
  files: string[];
}

/** The layout scripts/build-client.ts writes: ESM in esm/, CommonJS in cjs/, the TypeScript sources in src/. */
export const LAYOUT: PackageLayout = {
  universal: {
    import: { types: './esm/index.d.ts', default: './esm/index.js' },
    require: { types: './cjs/index.d.ts', default: './cjs/index.js' },
  },
  node: {
    import: { types: './esm/index.node.d.ts', default: './esm/index.node.js' },
    require: { types: './cjs/index.node.d.ts', default: './cjs/index.node.js' },
  },
  validators: {
    import: { types: './esm/validators.d.ts', default: './esm/validators.js' },
    require: { types: './cjs/validators.d.ts', default: './cjs/validators.js' },
  },
  files: ['esm', 'cjs', 'src', 'validators'],
};

/**
 * Runtimes that also match `node` but have a fetch and Web Crypto of their own, and tools that build
 * for browsers or workers: they take the entry for every runtime. Node matches none of them.
 */
export const NOT_NODE_CONDITIONS = ['browser', 'worker', 'deno', 'bun'] as const;

export interface PackageJsonInput {
  document: OpenApiDocument;
  identity: ClientPackage;
  license: License;
  /** Runtime dependencies: name → version range. */
  dependencies: Record<string, string>;
  /** The Node versions the client runs on. */
  node: string;
  /** Whether requests are signed with SigV4 (keywords). */
  signed: boolean;
}

export function packageJson(input: PackageJsonInput): Record<string, unknown> {
  const { document, identity, license, dependencies, node, signed } = input;
  const clientName = clientBaseName(document);
  const apiVersion = String(document.info.version);
  const universal = LAYOUT.universal;
  const forRuntimes = Object.fromEntries(NOT_NODE_CONDITIONS.map((condition) => [condition, universal]));
  return {
    name: identity.name,
    version: identity.version,
    description: `TypeScript client for the ${document.info.title} (API version ${apiVersion}), generated from its OpenAPI description.`,
    keywords: [...new Set([clientName.toLowerCase(), ...(signed ? ['aws', 'sigv4'] : []), 'openapi', 'api-client', 'typescript', `api-${apiVersion}`])],
    // The version of the API this client speaks; `version` is the client's own.
    apiVersion,
    license: license.field,
    type: 'module',
    sideEffects: false,
    engines: { node },
    exports: {
      '.': { ...forRuntimes, node: LAYOUT.node, ...universal, default: universal.import.default },
      './validators': { ...LAYOUT.validators, default: LAYOUT.validators.import.default },
      './package.json': './package.json',
    },
    // For tools that do not read `exports` (TypeScript's node10 resolution, old bundlers).
    main: universal.require.default,
    types: universal.require.types,
    files: LAYOUT.files,
    dependencies: Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** What the README of the package is written from: the spec, and facts read from the built client. */
export interface ReadmeFacts {
  document: OpenApiDocument;
  identity: ClientPackage;
  license: License;
  operations: readonly OperationModel[];
  /** operationIds of the operations `paginate` walks. */
  paginated: ReadonlySet<string>;
  /** The error classes of the documented error responses, by HTTP status. */
  errorClasses: ReadonlyMap<number, string>;
  /** SigV4 signing name, when requests are signed. */
  signingName: string | undefined;
  /** The default server URL. */
  serverUrl: string;
  /** The region used when the caller gives none (the server's `region` variable, else us-east-1). */
  defaultRegion: string;
  dependencies: Record<string, string>;
  node: string;
}

const MOCK_URL = 'http://127.0.0.1:4010';

export function packageReadme(facts: ReadmeFacts): string {
  const { document, identity, license, operations } = facts;
  const names = outputNames(document, operations);
  const { createClient: create, createConnection: connect, sampleVariable: client } = names.client;
  const name = identity.name;
  const apiVersion = String(document.info.version);
  const signed = facts.signingName !== undefined;
  const credentials = signed ? `, credentials: { accessKeyId: 'TESTKEYID', secretAccessKey: 'TESTSECRET' }` : '';
  const region = signed ? `region: 'us-east-1'` : '';
  const options = (extra: string) => `{ ${[region, extra].filter(Boolean).join(', ')}${credentials} }`.replace('{  }', '{}');

  const simple = (o: OperationModel) => !hasRequired(o, 'path') && !hasRequired(o, 'query') && !hasRequired(o, 'header') && !o.requestBody?.required;
  const first = operations.find((o) => o.method === 'get' && simple(o)) ?? operations.find(simple) ?? operations[0];
  const withPath = operations.find((o) => o.method === 'get' && hasRequired(o, 'path') && !hasRequired(o, 'query') && !hasRequired(o, 'header'));
  const paginated = operations.find((o) => facts.paginated.has(o.operationId) && !hasRequired(o, 'query') && !hasRequired(o, 'header'));
  const notFound = facts.errorClasses.get(404);
  const documentedErrors = [...facts.errorClasses.values()];

  const lines: string[] = [
    `# ${name}`,
    '',
    `A TypeScript client for the ${document.info.title}, API version ${apiVersion}: ${operations.length} operations, each a typed method and a`,
    'standalone function, generated from the OpenAPI description of the API. ES modules and CommonJS, types',
    `for every input, output and schema, ${signed ? 'SigV4 signing, ' : ''}retries, typed errors, pagination and optional validation.`,
    '',
    '## Install',
    '',
    '```sh',
    `npm install ${name}`,
    '```',
    '',
    `Node ${facts.node.replace(/^>=\s*/, '')} or later, browsers, workers, Deno and Bun. In Node the package's \`node\` export condition`,
    'picks the Node entry, which sends with node:http (keep-alive) and signs in plain JavaScript (node:crypto,',
    'loaded when first needed, hashes payloads over 1 KiB), so that a cold start loads neither; every other',
    'runtime (and bundlers building for browsers) gets the entry that uses the global `fetch` and Web Crypto.',
    'Both work with `import` and `require` and export the same API; the Node entry adds its transport',
    '(`nodeHttpFetch`, `createNodeRequestHandler`) for code that wants to use it elsewhere. Its declarations',
    "use Node's own types (`node:http`'s agents): a TypeScript app in Node needs `@types/node`, as it does",
    'for the AWS SDK.',
    '',
  ];
  if (first) {
    lines.push(
      '## First call',
      '',
      '```ts',
      `import { ${create} } from '${name}';`,
      '',
      `const ${client} = ${create}(${options('')});`,
      `const result = await ${client}.${first.methodName}(${sampleInput(document, first)});`,
      'console.log(result);',
      '```',
      '',
      `One method per operation, named after its \`operationId\` (\`${first.operationId}\` → \`${first.methodName}\`), taking`,
      "`{ path, query, header, body }` with the spec's own parameter names and resolving to the typed success",
      'body. From CommonJS:',
      '',
      '```js',
      `const { ${create} } = require('${name}');`,
      '```',
      '',
      'The ES module and the CommonJS build are separate copies, and an app may load both (its own `import`,',
      "a dependency's `require`). In Node, `instanceof` holds across them: an error of one build is an",
      "instance of the other's class of the same name and of its ancestors.",
      '',
      'Every method is also a function of its own that takes a connection, so that a bundle carries only',
      'the operations it calls:',
      '',
      '```ts',
      `import { ${connect}, ${first.methodName} } from '${name}';`,
      '',
      `const connection = ${connect}(${options('')});`,
      `console.log(await ${first.methodName}(connection, ${sampleInput(document, first) || '{}'}));`,
      '```',
      '',
      `Types: \`${first.typeName}Input\` and \`${first.typeName}Output\` for every operation, and one named type per schema,`,
      `all exported from \`${name}\`.`,
      '',
    );
  }
  lines.push('## Credentials', '');
  if (signed) {
    lines.push(
      `Requests are signed with AWS Signature Version 4 (signing name \`${facts.signingName}\`) when the client has`,
      '`credentials`: `{ accessKeyId, secretAccessKey, sessionToken? }`, or an async function that returns them',
      "(called again five minutes before the `expiration` it returned). The AWS SDK's providers have that",
      'shape:',
      '',
      '```ts',
      `import { ${create} } from '${name}';`,
      '',
      `const ${client} = ${create}({`,
      "  region: 'eu-west-1',",
      "  credentials: async () => ({ accessKeyId: process.env['AWS_ACCESS_KEY_ID'] ?? '', secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY'] ?? '' }),",
      '});',
      `console.log(typeof ${client});`,
      '```',
      '',
      `\`region\` (default \`${facts.defaultRegion}\`) picks the regional endpoint (\`${facts.serverUrl}\`) and the signing region; \`endpoint\``,
      'overrides the URL (a proxy, a mock). Without `credentials` requests go unsigned. No error message,',
      'log line or serialized error carries the credentials or the signature.',
      '',
    );
  } else {
    lines.push(`The API declares no request signing: requests go to \`${facts.serverUrl}\` (\`endpoint\` overrides it) with the \`headers\` you give the client.`, '');
  }
  lines.push(
    '## Errors',
    '',
    `Every documented error response rejects with its own class${documentedErrors.length > 0 ? ` (${documentedErrors.map((e) => `\`${e}\``).join(', ')})` : ''},`,
    'any other error status with `UnexpectedResponseException`; all are `ServiceException`s with `status`,',
    "`errorType`, `Message`, `RequestID`, `body` and the number of `attempts`. Throttling and transient failures",
    'are retried (3 attempts by default; `retry` tunes it, `timeoutMs` bounds each attempt). No answer is a',
    '`NetworkError`, a timeout a `TimeoutError`, an aborted call a `RequestAbortedError`, a redirect (never',
    'followed) a `RedirectError`.',
    '',
  );
  if (withPath) {
    const errorClass = notFound ?? 'ServiceException';
    lines.push(
      '```ts',
      `import { ${create}, ${errorClass === 'ServiceException' ? '' : `${errorClass}, `}ServiceException } from '${name}';`,
      '',
      `const ${client} = ${create}(${options('')});`,
      'try {',
      `  await ${client}.${withPath.methodName}(${sampleInput(document, withPath)});`,
      '} catch (error) {',
      `  if (error instanceof ${errorClass}) console.log('not found:', error.Message, error.RequestID);`,
      ...(errorClass === 'ServiceException' ? [] : ['  else if (error instanceof ServiceException) console.log(error.status, error.errorType, error.attempts);']),
      '  else throw error;',
      '}',
      '```',
      '',
    );
  }
  if (paginated) {
    const input = sampleInput(document, paginated) || '{}';
    const { method, descriptor } = names.operation(paginated);
    lines.push(
      '## Pagination',
      '',
      `\`paginate(method, input)\` walks the items of a listing page by page (${[...facts.paginated].length} operations list pages),`,
      '`paginatePages` the pages themselves; both stop at the last page.',
      '',
      '```ts',
      `import { ${create}, paginate } from '${name}';`,
      '',
      `const ${client} = ${create}(${options('')});`,
      `for await (const item of paginate(${client}.${method}, ${input})) console.log(item);`,
      '```',
      '',
      'A standalone function takes its connection first: bind it to one, and `paginate` walks it the same way.',
      '',
      '```ts',
      `import { bindOperation, ${connect}, ${method}, ${descriptor}, paginate } from '${name}';`,
      '',
      `const connection = ${connect}(${options('')});`,
      `for await (const item of paginate(bindOperation(${method}, ${descriptor}, connection), ${input})) console.log(item);`,
      '```',
      '',
    );
  }
  lines.push(
    '## Validation',
    '',
    `\`${name}/validators\` holds a JSON Schema validator per schema and per operation (compiled ahead of time`,
    'with ajv: no schema compiler at run time). Given to the client, they check request bodies before sending',
    'and response bodies on arrival; a failure is a `ValidationError` listing each place and reason.',
    '',
    '```ts',
    `import * as validators from '${name}/validators';`,
    `import { ${create} } from '${name}';`,
    '',
    `const checked = ${create}(${options('validation: { validators, request: true, response: true }')});`,
    'console.log(typeof checked, Object.keys(validators).length);',
    '```',
    '',
    '## Mock server',
    '',
    `The toolchain that generated this package serves the API as a mock (Prism: \`npm run mock\` in its repository, on ${MOCK_URL}).`,
    'Point the client at it with `endpoint`; `mock` asks it for a documented error, a named example or generated data,',
    'per client or per call:',
    '',
    '```ts',
    `import { ${create} } from '${name}';`,
    '',
    `const mock = ${create}({ endpoint: '${MOCK_URL}', mock: { dynamic: true } });`,
    ...(first ? [`console.log(await mock.${first.methodName}(${sampleInput(document, first) ? `${sampleInput(document, first)}, ` : 'undefined, '}{ mock: { code: ${facts.errorClasses.has(404) ? 404 : 500} } }).catch((error: unknown) => error));`] : []),
    '```',
    '',
    '## Versions',
    '',
    `\`${identity.version}\` is the version of this client, in semver: a major version when code written against the previous one`,
    'may break, a minor version for additions and deprecations, a patch for documentation. The version of the',
    `API it speaks, \`${apiVersion}\`, is \`apiVersion\` in package.json.`,
    '',
    '## Dependencies',
    '',
    ...Object.entries(facts.dependencies)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([dep, range]) => `- \`${dep}\` ${range}: ${DEPENDENCY_REASONS[dep] ?? 'imported by the generated code'}.`),
    '',
    '## License',
    '',
    license.field === 'UNLICENSED' ? 'The API description declares no license.' : `${license.field}: see LICENSE.`,
    '',
  );
  return lines.join('\n');
}

const DEPENDENCY_REASONS: Record<string, string> = {
  'ajv-formats': 'the string formats (date-time, email, …) that the precompiled validators check; loaded only by `/validators`',
  'openapi-fetch': 'for its types only (the `Middleware` type of the `middleware` option); never loaded at run time',
};

function hasRequired(operation: OperationModel, where: 'path' | 'query' | 'header'): boolean {
  return operation.parameters.some((p) => p.in === where && (p.required === true || where === 'path'));
}

/**
 * The smallest input a sample can pass: a value for each path parameter (a placeholder such as
 * `'APPLICATION_ID'` for a string, 1 for a number); '' when none is needed.
 */
function sampleInput(document: OpenApiDocument, operation: OperationModel): string {
  const path = operation.parameters.filter((p) => p.in === 'path');
  if (path.length === 0) return '';
  const key = (n: string) => (/^[A-Za-z_$][\w$]*$/.test(n) ? n : `'${n}'`);
  const value = (name: string, schema: JsonObject | undefined) => {
    const type = schema ? resolve<JsonObject>(document, schema).type : undefined;
    if (type === 'integer' || type === 'number') return '1';
    if (type === 'boolean') return 'true';
    return `'${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}'`;
  };
  return `{ path: { ${path.map((p) => `${key(p.name)}: ${value(p.name, p.schema)}`).join(', ')} } }`;
}
