// Emits the package's two entries: `index.ts` for every runtime (fetch and Web Crypto), and
// `index.node.ts`, the same exports but with clients and connections that send with node:http and
// sign in plain JavaScript by default (chosen by a `node` export condition). The Node entry's own
// factories shadow the ones `export *` brings. Its one statement at load brands this package's error
// classes, so that `instanceof` holds across its ES module and CommonJS copies; index.ts has none.
import type { OpenApiDocument } from './openapi.js';
import { outputNames, type NamedOperation } from './names.js';
import { clientPackage } from './package.js';
import { HEADER, type GeneratedFile } from './output.js';

export function emitEntries(document: OpenApiDocument, operations: readonly NamedOperation[]): GeneratedFile[] {
  const { createClient: client, createConnection: connection, clientType, optionsType: options } = outputNames(document, operations).client;
  const index = [
    `// ${HEADER}`,
    `// The entry for every runtime (browsers, workers, edge runtimes, Deno, Bun, Node): ${client}(),`,
    '// every operation function with its input and output types, the errors, pagination, and the',
    '// named schema types. Requests go out with fetch and are signed with Web Crypto.',
    "export * from './client.js';",
    "export * from './errors.js';",
    "export type * from './types.js';",
    '',
  ].join('\n');
  const node = [
    `// ${HEADER}`,
    '// The entry in Node: everything index.ts exports, but clients and connections send with node:http',
    '// (keep-alive, no undici) and sign in plain JavaScript (nodeSigningCrypto: no node:crypto to load',
    '// unless a payload is large), unless `fetch` or `requestHandler` is given.',
    `import { ${client} as createFetchClient, ${connection} as createFetchConnection, type ${clientType}, type ${options} } from './client.js';`,
    "import type { Connection } from './runtime/transport.js';",
    "import { nodeRequestHandler } from './runtime/node/http-handler.js';",
    "import { nodeSigningCrypto } from './runtime/node/signing-crypto.js';",
    "import { recognizeErrorsAcrossCopies } from './runtime/node/error-classes.js';",
    "import * as errorClasses from './errors.js';",
    '',
    "export * from './index.js';",
    // Reserved by the naming pass (NODE_ENTRY_EXPORTS), so that no generated export is shadowed here.
    "export { createNodeRequestHandler, nodeRequestHandler, type NodeRequestHandlerOptions } from './runtime/node/http-handler.js';",
    "export { nodeSigningCrypto } from './runtime/node/signing-crypto.js';",
    "export { nodeHttpFetch } from './runtime/node/http-fetch.js';",
    '',
    "// An app may load both builds of the package (ES module and CommonJS): `instanceof` holds across them.",
    `recognizeErrorsAcrossCopies(${JSON.stringify(clientPackage(document, 'openapi.json').name)}, errorClasses);`,
    '',
    `function inNode(options: ${options}): ${options} {`,
    '  const transport = options.fetch || options.requestHandler ? {} : { requestHandler: nodeRequestHandler };',
    '  return { ...transport, signingCrypto: nodeSigningCrypto, ...options };',
    '}',
    '',
    `/** A connection for the operation functions, over node:http. */`,
    `export function ${connection}(options: ${options} = {}): Connection {`,
    '  return createFetchConnection(inNode(options));',
    '}',
    '',
    `/** A client with one method per operation, over node:http. */`,
    `export function ${client}(options: ${options} = {}): ${clientType} {`,
    '  return createFetchClient(inNode(options));',
    '}',
    '',
  ].join('\n');
  return [
    { path: 'index.ts', content: index },
    { path: 'index.node.ts', content: node },
  ];
}
