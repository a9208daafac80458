// Emits `mock/`: what Prism needs to serve the spec as a mock. `mock/openapi.json` is the bundled
// spec made ready for Prism; `mock/prism.json` holds the options `npm run mock` starts Prism with.
import { HTTP_METHODS, type OpenApiDocument } from './openapi.js';
import type { OperationModel } from './operations.js';
import type { GeneratedFile } from './output.js';

export interface MockConfig {
  /** The spec Prism serves, relative to this file. */
  spec: string;
  host: string;
  port: number;
  /** Serve generated data instead of the documented examples. */
  dynamic: boolean;
  /** Answer Prism's validation errors for requests that break the spec. */
  errors: boolean;
  cors: boolean;
  operations: { operationId: string; method: string; path: string; status: string | null }[];
}

export function emitMock(document: OpenApiDocument, operations: OperationModel[]): GeneratedFile[] {
  const config: MockConfig = {
    spec: 'openapi.json',
    host: '127.0.0.1',
    port: 4010,
    dynamic: false,
    errors: false,
    cors: true,
    operations: operations.map((o) => ({
      operationId: o.operationId,
      method: o.method.toUpperCase(),
      path: o.path,
      status: o.success?.status ?? null,
    })),
  };
  return [
    { path: 'mock/openapi.json', content: `${JSON.stringify(mockDocument(document), null, 2)}\n` },
    { path: 'mock/prism.json', content: `${JSON.stringify(config, null, 2)}\n` },
  ];
}

/** The spec as Prism should see it. */
export function mockDocument(document: OpenApiDocument): OpenApiDocument {
  const mock = structuredClone(document);
  // A mock checks no signatures: unsigned requests are accepted as well as signed ones.
  const security = mock.security as Record<string, string[]>[] | undefined;
  if (security?.length && !security.some((requirement) => Object.keys(requirement).length === 0)) {
    mock.security = [...security, {}];
  }
  for (const pathItem of Object.values(mock.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      if (operation.security?.length && !operation.security.some((r) => Object.keys(r).length === 0)) {
        operation.security.push({});
      }
      // Prism answers a request that breaks the spec with the first of 422 or 400 it finds. A bare
      // 422 makes it answer 422 with its violations (in the `sl-violations` header) while
      // `Prefer: code=400` still serves the documented 400.
      operation.responses ??= {};
      operation.responses['422'] ??= { description: 'Mock only: the request breaks the spec; see the sl-violations header.' };
    }
  }
  return mock;
}
