// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
// The entry in Node: everything index.ts exports, but clients and connections send with node:http
// (keep-alive, no undici) and sign in plain JavaScript (nodeSigningCrypto: no node:crypto to load
// unless a payload is large), unless `fetch` or `requestHandler` is given.
import { createPinpointClient as createFetchClient, createPinpointConnection as createFetchConnection, type PinpointClient, type PinpointClientOptions } from './client.js';
import type { Connection } from './runtime/transport.js';
import { nodeRequestHandler } from './runtime/node/http-handler.js';
import { nodeSigningCrypto } from './runtime/node/signing-crypto.js';
import { recognizeErrorsAcrossCopies } from './runtime/node/error-classes.js';
import * as errorClasses from './errors.js';

export * from './index.js';
export { createNodeRequestHandler, nodeRequestHandler, type NodeRequestHandlerOptions } from './runtime/node/http-handler.js';
export { nodeSigningCrypto } from './runtime/node/signing-crypto.js';
export { nodeHttpFetch } from './runtime/node/http-fetch.js';

// An app may load both builds of the package (ES module and CommonJS): `instanceof` holds across them.
recognizeErrorsAcrossCopies("pinpoint-client", errorClasses);

function inNode(options: PinpointClientOptions): PinpointClientOptions {
  const transport = options.fetch || options.requestHandler ? {} : { requestHandler: nodeRequestHandler };
  return { ...transport, signingCrypto: nodeSigningCrypto, ...options };
}

/** A connection for the operation functions, over node:http. */
export function createPinpointConnection(options: PinpointClientOptions = {}): Connection {
  return createFetchConnection(inNode(options));
}

/** A client with one method per operation, over node:http. */
export function createPinpointClient(options: PinpointClientOptions = {}): PinpointClient {
  return createFetchClient(inNode(options));
}
