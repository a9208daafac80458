// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
// The entry for every runtime (browsers, workers, edge runtimes, Deno, Bun, Node): createPinpointClient(),
// every operation function with its input and output types, the errors, pagination, and the
// named schema types. Requests go out with fetch and are signed with Web Crypto.
export * from './client.js';
export * from './errors.js';
export type * from './types.js';
