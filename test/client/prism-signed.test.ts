// The production client configuration (SigV4 signing, retries, validation both ways) against the
// Prism mock, for every operation: the documented example comes back, typed and validated.
import * as validators from '../../generated/validators.js';
import { createPinpointClient, paginatePages, type CallOptions, type PinpointClient } from '../../generated/client.js';
import { PaginationError, TooManyRequestsException, ServiceException } from '../../generated/errors.js';
import { operations, sampleInput } from '../support/spec.js';
import { startPrism, type RunningPrism } from '../support/prism.js';

let prism: RunningPrism;
let client: PinpointClient;
const authorizations: string[] = [];
const delays: number[] = [];

beforeAll(async () => {
  prism = await startPrism();
  client = createPinpointClient({
    endpoint: prism.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'token' },
    validation: { validators },
    retry: { sleep: async (ms) => void delays.push(ms) },
    middleware: [
      {
        onResponse({ response }) {
          if (response.headers.get('sl-violations')) throw new Error(`Prism found violations: ${response.headers.get('sl-violations')}`);
        },
      },
    ],
    fetch: async (request) => {
      authorizations.push(request.headers.get('authorization') ?? '');
      return fetch(request);
    },
  });
});
afterAll(() => prism?.stop());

type Call = (input?: object, options?: CallOptions) => Promise<unknown>;
const methodOf = (name: string) => (client as unknown as Record<string, Call>)[name]!;

describe.each(operations.map((o) => [o.operationId, o] as const))('%s', (_, operation) => {
  test('signed, validated both ways, answers the documented example', async () => {
    const before = authorizations.length;
    await expect(methodOf(operation.methodName)(sampleInput(operation))).resolves.toEqual(operation.success!.examples![0]!.value);
    expect(authorizations.slice(before)).toEqual([expect.stringMatching(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/mobiletargeting\/aws4_request, SignedHeaders=[^,]*x-amz-security-token[^,]*, Signature=[0-9a-f]{64}$/)]);
  });

  test('a throttled answer is retried, then thrown typed with the attempts', async () => {
    const before = authorizations.length;
    const error = await methodOf(operation.methodName)(sampleInput(operation), { mock: { code: 429 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequestsException);
    expect(error).toMatchObject({ attempts: 3, status: 429 });
    expect(authorizations.length - before).toBe(3);
  });
});

test('paginated operations walk the mock until it repeats its token', async () => {
  const paginated = operations.filter((o) => methodOf(o.methodName) && (client as unknown as Record<string, { operation: { pagination?: object } }>)[o.methodName]!.operation.pagination);
  expect(paginated.map((o) => o.operationId).sort()).toEqual(
    ['GetApps', 'GetCampaignActivities', 'GetCampaignVersions', 'GetCampaigns', 'GetExportJobs', 'GetImportJobs', 'GetSegmentExportJobs', 'GetSegmentImportJobs', 'GetSegmentVersions', 'GetSegments'].sort(),
  );
  for (const operation of paginated) {
    const pages: unknown[] = [];
    const method = (client as unknown as Record<string, Parameters<typeof paginatePages>[0]>)[operation.methodName]!;
    const walk = async () => {
      for await (const page of paginatePages(method, { ...sampleInput(operation), query: {} })) pages.push(page);
    };
    // Prism answers every page with the documented example: one with a NextToken repeats it forever.
    const example = operation.success!.examples![0]!.value as { NextToken?: string };
    if (example.NextToken === undefined) {
      await walk();
      expect(pages).toEqual([example]);
    } else {
      const error = await walk().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaginationError);
      expect(error).toMatchObject({ operationId: operation.operationId, token: example.NextToken });
      expect(pages).toEqual([example, example]);
    }
  }
});

test('a documented error is not retried', async () => {
  const error = await client.getApp({ path: { 'application-id': 'x' } }, { mock: { code: 404 } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceException);
  expect(error).toMatchObject({ status: 404, attempts: 1 });
});
