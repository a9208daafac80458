// Listings end against the mock: every operation the generator marks as paginated, walked with the
// client's `paginate` as the README prints it, with documented examples and with generated data,
// ends after a bounded number of pages, the same for the same seed; each token the mock hands out
// leads to the next page, and the last page has no NextToken.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import * as generatedClient from '../../generated/client.js';
import { createPinpointClient, paginate, type CallOptions, type OperationDescriptor, type PinpointClient } from '../../generated/client.js';
import { BadRequestException, NotFoundException } from '../../generated/errors.js';
import type { MockConfig } from '../../generator/mock.js';
import { pageToken } from '../../scripts/mock-server.js';
import { startPrism, type RunningPrism } from '../support/prism.js';
import { operations, root, sampleInput } from '../support/spec.js';

const config = JSON.parse(readFileSync(path.join(root, 'generated/mock/prism.json'), 'utf8')) as MockConfig;
/** The client's operation descriptors that the generator marked as paginated. */
const descriptors = Object.values(generatedClient).filter(
  (value): value is OperationDescriptor => typeof value === 'object' && value !== null && 'operationId' in value && 'pagination' in value,
);
const listings = operations.filter((o) => descriptors.some((d) => d.operationId === o.operationId));
/** What the README promises: documented examples end after 3 pages, generated data after 1 to 4. */
const EXAMPLE_PAGES = 3;
const MAX_PAGES = 4;
const SEEDS = ['1', '2', '3', '4', '5', '6', '7', '8'];
/** A walk that has not ended after this many pages never will. */
const RUNAWAY = 50;

interface Exchange {
  url: URL;
  status: number;
  body: Record<string, unknown>;
}

let prism: RunningPrism;
let client: PinpointClient;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  prism = await startPrism();
  client = createPinpointClient({
    endpoint: prism.url,
    retry: false,
    fetch: async (request) => {
      const response = await fetch(request);
      exchanges.push({ url: new URL(request.url), status: response.status, body: (await response.clone().json().catch(() => undefined)) as Record<string, unknown> });
      return response;
    },
  });
});
afterAll(() => prism?.stop());

type Paginated = Parameters<typeof paginate>[0];
const methodOf = (name: string) => (client as unknown as Record<string, Paginated>)[name]!;

interface Walk {
  pages: Record<string, unknown>[];
  /** The token each request sent (null for the first). */
  sent: (string | null)[];
  items: unknown[];
}

/** Walks a listing with the client's `paginate`, as the README does, and records every page. */
async function walk(operationId: string, options?: CallOptions, query: Record<string, string> = { 'page-size': '50' }): Promise<Walk> {
  const operation = operations.find((o) => o.operationId === operationId)!;
  const before = exchanges.length;
  const items: unknown[] = [];
  for await (const item of paginate(methodOf(operation.methodName), { ...sampleInput(operation), query }, options)) {
    items.push(item);
    if (exchanges.length - before > RUNAWAY) throw new Error(`${operationId} did not end within ${RUNAWAY} pages`);
  }
  const mine = exchanges.slice(before);
  return { pages: mine.map((e) => e.body), sent: mine.map((e) => e.url.searchParams.get('token')), items };
}

/** What every walk must show: each token leads to the next request, the last page has none. */
function expectChained({ pages, sent }: Walk): void {
  expect(sent[0]).toBeNull();
  for (let i = 1; i < pages.length; i += 1) expect(sent[i]).toBe(pages[i - 1]!.NextToken);
  expect(pages.at(-1)).not.toHaveProperty('NextToken');
}

test('the mock config marks the same ten listings as the client, with the same parameters', () => {
  const fromClient = Object.fromEntries(descriptors.map((d) => [d.operationId, d.pagination]));
  const fromMock = Object.fromEntries(
    config.operations.filter((o) => o.pagination).map((o) => [o.operationId, { inputToken: o.pagination!.inputToken, outputToken: o.pagination!.outputToken, items: o.pagination!.items }]),
  );
  expect(Object.keys(fromMock)).toHaveLength(10);
  expect(fromMock).toEqual(fromClient);
  expect(config.pages).toEqual({ examples: EXAMPLE_PAGES, max: MAX_PAGES });
});

test('the README loop ends: paginate(pinpoint.getApps, { query: { page-size: 50 } })', async () => {
  const names: unknown[] = [];
  for await (const app of paginate(client.getApps, { query: { 'page-size': '50' } })) names.push(app.Name);
  expect(names).toEqual(['string', 'string', 'string']);
});

describe.each(listings.map((o) => [o.operationId, o] as const))('%s', (operationId, operation) => {
  const documented = operation.success!.examples![0]!.value as Record<string, unknown>;

  test('documented examples: the documented page first, then pages up to the last, without NextToken', async () => {
    const result = await walk(operationId);
    const expected = documented.NextToken === undefined ? 1 : EXAMPLE_PAGES;
    expect(result.pages).toHaveLength(expected);
    expect(result.pages[0]).toEqual(documented);
    expectChained(result);
    // Later pages repeat the documented items: the mock has no others to show.
    for (const page of result.pages.slice(1)) expect({ ...page, NextToken: undefined }).toEqual({ ...documented, NextToken: undefined });
    expect(result.items).toEqual(Array.from({ length: expected }, () => documented.Item).flat());
  });

  test(`generated data: ends after 1 to ${MAX_PAGES} pages, the same walk for the same seed, new data on every page`, async () => {
    for (const seed of SEEDS) {
      const options = { headers: { Prefer: `dynamic=true, seed=${seed}` } };
      const first = await walk(operationId, options);
      expect(first.pages.length).toBeGreaterThanOrEqual(1);
      expect(first.pages.length).toBeLessThanOrEqual(MAX_PAGES);
      expectChained(first);
      expect(await walk(operationId, options)).toEqual(first);
      // Each page is drawn with a seed of its own: no page repeats the one before.
      const items = first.pages.map((page) => JSON.stringify(page.Item));
      for (let i = 1; i < items.length; i += 1) expect(items[i]).not.toBe(items[i - 1]);
    }
  });

  test('generated data without a seed (Prefer: dynamic=true) ends too', async () => {
    for (let run = 0; run < 4; run += 1) {
      const result = await walk(operationId, { mock: { dynamic: true } });
      expect(result.pages.length).toBeLessThanOrEqual(MAX_PAGES);
      expectChained(result);
    }
  });
});

test('the number of pages of generated data depends on the seed and the listing, within the bound', async () => {
  const counts = new Map<string, number>();
  for (const operation of listings) {
    for (const seed of SEEDS) {
      const { pages } = await walk(operation.operationId, { headers: { Prefer: `dynamic=true, seed=${seed}` } });
      counts.set(`${operation.operationId} ${seed}`, pages.length);
    }
  }
  const seen = new Set(counts.values());
  expect([...seen].sort()).toEqual([1, 2, 3, 4]);
});

test('page-size caps the items of every page', async () => {
  for (const operation of listings) {
    const result = await walk(operation.operationId, { headers: { Prefer: 'dynamic=true, seed=3' } }, { 'page-size': '1' });
    for (const page of result.pages) expect((page.Item as unknown[] | undefined)?.length ?? 0).toBeLessThanOrEqual(1);
  }
});

describe('tokens the mock did not hand out', () => {
  test('an unknown token is the documented 400, saying so', async () => {
    const thrown = await client.getApps({ query: { token: 'not-a-token' } }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(BadRequestException);
    expect(thrown).toMatchObject({ status: 400, Message: 'token "not-a-token" was not handed out by this mock' });
  });

  test("another listing's token is refused", async () => {
    const { pages } = await walk('GetApps');
    const token = pages[1]!.NextToken as string;
    const thrown = await client.getSegments({ path: { 'application-id': 'my-app' }, query: { token } }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(BadRequestException);
    expect((thrown as BadRequestException).Message).toBe(`token ${JSON.stringify(token)} belongs to GetApps, not GetSegments`);
  });

  test('a token for a page beyond any listing is refused', async () => {
    const token = pageToken('GetApps', 2, 1000);
    const thrown = await client.getApps({ query: { token } }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(BadRequestException);
    expect((thrown as BadRequestException).Message).toBe(`token ${JSON.stringify(token)} was not handed out by this mock`);
  });

  test('an error asked for with Prefer: code is served whatever the token', async () => {
    const thrown = await client.getApps({ query: { token: 'not-a-token' } }, { mock: { code: 404 } }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(NotFoundException);
  });
});

test("raw requests: Prism's query form of the preferences (__dynamic, __seed) pages the same as the Prefer header", async () => {
  const rawWalk = async (first: string, headers: Record<string, string> = {}) => {
    const pages = [(await (await fetch(`${prism.url}${first}`, { headers })).json()) as Record<string, unknown>];
    while (typeof pages.at(-1)!.NextToken === 'string' && pages.length <= RUNAWAY) {
      const url = new URL(`${prism.url}${first}`);
      url.searchParams.set('token', pages.at(-1)!.NextToken as string);
      pages.push((await (await fetch(url, { headers })).json()) as Record<string, unknown>);
    }
    return pages;
  };
  for (const seed of SEEDS.slice(0, 4)) {
    const byQuery = await rawWalk(`/v1/apps/my-app/segments?__dynamic=true&__seed=${seed}`);
    const byHeader = await rawWalk('/v1/apps/my-app/segments', { Prefer: `dynamic=true, seed=${seed}` });
    expect(byQuery.length).toBeLessThanOrEqual(MAX_PAGES);
    expect(byQuery.map((p) => p.Item)).toEqual(byHeader.map((p) => p.Item));
  }
});

test('raw requests: curl follows the tokens to the last page, as the README shows', async () => {
  const curl = async (url: string) => JSON.parse((await promisify(execFile)('curl', ['--silent', '--show-error', url])).stdout) as Record<string, unknown>;
  const pages = [await curl(`${prism.url}/v1/apps`)];
  while (typeof pages.at(-1)!.NextToken === 'string' && pages.length <= RUNAWAY) {
    pages.push(await curl(`${prism.url}/v1/apps?token=${encodeURIComponent(pages.at(-1)!.NextToken as string)}`));
  }
  expect(pages.map((p) => p.NextToken)).toEqual(['string', expect.any(String), undefined]);
});
