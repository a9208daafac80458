// Wire compatibility: every operation, called with its documented request example through this
// client and through @aws-sdk/client-pinpoint, puts the same method, path (encoding included),
// query string and JSON body on the wire.
import * as sdk from '@aws-sdk/client-pinpoint';
import { createPinpointClient, type FetchLike } from '../../generated/client.js';
import { document, operations, sampleInput } from '../support/spec.js';
import type { OperationModel } from '../../generator/operations.js';
import { resolve, type JsonObject } from '../../generator/openapi.js';

interface Wire {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

// How the SDK names what the REST API puts in the path and the query.
const SDK_MEMBER: Record<string, string> = {
  'application-id': 'ApplicationId',
  'campaign-id': 'CampaignId',
  'segment-id': 'SegmentId',
  'endpoint-id': 'EndpointId',
  'user-id': 'UserId',
  'job-id': 'JobId',
  version: 'Version',
  'page-size': 'PageSize',
  token: 'Token',
};

/** The input of a call: the documented body, path values with characters that need encoding, and paging. */
function inputFor(operation: OperationModel) {
  const input: { path?: Record<string, string>; query?: Record<string, string>; body?: unknown } = sampleInput(operation);
  if (input.path) input.path = Object.fromEntries(Object.keys(input.path).map((name) => [name, name === 'version' ? '7' : `${name} a/b+c`]));
  const query = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  if (query.length > 0) input.query = Object.fromEntries(query.map((name) => [name, name === 'page-size' ? '25' : 'next token/=']));
  return input;
}

async function ourWire(operation: OperationModel, input: ReturnType<typeof inputFor>): Promise<Wire> {
  let wire: Wire | undefined;
  const fetch: FetchLike = async (request) => {
    const url = new URL(request.url);
    const text = request.body === null ? '' : await request.text();
    wire = { method: request.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: text ? JSON.parse(text) : undefined };
    return new Response('{}', { status: 200 });
  };
  const client = createPinpointClient({ region: 'us-east-1', credentials, fetch }) as unknown as Record<string, (input: object) => Promise<unknown>>;
  await client[operation.methodName]!(input);
  return wire!;
}

/** The SDK takes binary members (`format: byte` on the wire) as bytes and base64-encodes them itself. */
function bytesForSdk(schema: unknown, value: unknown): unknown {
  if (schema === undefined || value === null || typeof value !== 'object') {
    const node = schema === undefined ? undefined : resolve<JsonObject>(document, schema as JsonObject);
    return node?.format === 'byte' && typeof value === 'string' ? Uint8Array.from(Buffer.from(value, 'base64')) : value;
  }
  const node = resolve<JsonObject>(document, schema as JsonObject);
  if (Array.isArray(value)) return value.map((item) => bytesForSdk(node.items, item));
  const properties = (node.properties ?? {}) as JsonObject;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      bytesForSdk(properties[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined), child),
    ]),
  );
}

async function sdkWire(operation: OperationModel, input: ReturnType<typeof inputFor>): Promise<Wire> {
  let wire: Wire | undefined;
  const client = new sdk.PinpointClient({
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { method: string; path: string; query?: Record<string, string | string[] | null>; body?: string | Uint8Array }) => {
        const text = request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : request.body;
        const body = text ? JSON.parse(text) : undefined;
        wire = { method: request.method, path: request.path, query: Object.fromEntries(Object.entries(request.query ?? {}).map(([k, v]) => [k, String(v)])), body };
        throw new Error('captured');
      },
    },
  });
  const sdkInput: Record<string, unknown> = {};
  for (const [name, value] of Object.entries({ ...input.path, ...input.query })) sdkInput[SDK_MEMBER[name]!] = value;
  if (input.body !== undefined) {
    const schemaName = (operation.requestBody!.schema as { $ref: string }).$ref.split('/').pop()!;
    sdkInput[schemaName] = bytesForSdk(operation.requestBody!.schema, input.body);
  }
  const Command = (sdk as unknown as Record<string, new (input: object) => sdk.PinpointClient['send'] extends (c: infer C) => unknown ? C : never>)[
    `${operation.operationId}Command`
  ];
  if (!Command) throw new Error(`the AWS SDK has no ${operation.operationId}Command`);
  await client.send(new Command(sdkInput)).catch((error: Error) => {
    if (error.message !== 'captured') throw error;
  });
  return wire!;
}

test.each(operations.map((o) => [o.operationId, o] as const))('%s puts the same request on the wire as the AWS SDK', async (_, operation) => {
  const input = inputFor(operation);
  const [ours, theirs] = await Promise.all([ourWire(operation, input), sdkWire(operation, input)]);
  expect(ours).toEqual(theirs);
});
