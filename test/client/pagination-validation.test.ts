// Pagination over pages served by a real local server, and body validation on and off.
import * as validators from '../../generated/validators.js';
import { bindOperation, createPinpointClient, createPinpointConnection, getApps, GetAppsOperation, paginate, paginatePages } from '../../generated/client.js';
import { PaginationError, ValidationError } from '../../generated/errors.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

const app = (id: string) => ({ Name: `app ${id}`, Id: id, Arn: `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${id}` });
const pages: Record<string, object> = {
  '': { Item: [app('a1'), app('a2')], NextToken: 't2' },
  t2: { Item: [app('b1')], NextToken: 't3' },
  t3: { Item: [app('c1'), app('c2')] },
};

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer((request) => {
    const token = new URL(request.url, 'http://x').searchParams.get('token') ?? '';
    if (request.url.startsWith('/v1/apps/loop/campaigns')) return { status: 200, body: { Item: [], NextToken: 'same' } };
    if (request.url.startsWith('/v1/apps/bad')) return { status: 200, body: { Name: 42 } };
    if (request.method === 'POST') return { status: 201, body: app('new') };
    return pages[token] ? { status: 200, body: pages[token] } : { status: 400, body: { Message: `unknown token ${token}` } };
  });
});
afterAll(() => server.close());
beforeEach(() => server.requests.splice(0));

test('paginate yields every item of three pages, in order, keeping the caller\'s query', async () => {
  const client = createPinpointClient({ endpoint: server.url });
  const ids: string[] = [];
  for await (const item of paginate(client.getApps, { query: { 'page-size': '2' } })) ids.push(item.Id);
  expect(ids).toEqual(['a1', 'a2', 'b1', 'c1', 'c2']);
  expect(server.requests.map((r) => r.url)).toEqual(['/v1/apps?page-size=2', '/v1/apps?page-size=2&token=t2', '/v1/apps?page-size=2&token=t3']);
});

test('paginatePages yields each page and stops when NextToken is absent', async () => {
  const client = createPinpointClient({ endpoint: server.url });
  const tokens: (string | undefined)[] = [];
  for await (const page of paginatePages(client.getApps, {})) tokens.push(page.NextToken);
  expect(tokens).toEqual(['t2', 't3', undefined]);
});

// The standalone functions keep a bundle to the operations used; bound to a connection they page too.
test('paginate walks an operation function bound to a connection, and says how when it is not bound', async () => {
  const connection = createPinpointConnection({ endpoint: server.url });
  const ids: string[] = [];
  for await (const item of paginate(bindOperation(getApps, GetAppsOperation, connection), { query: { 'page-size': '2' } })) ids.push(item.Id);
  expect(ids).toEqual(['a1', 'a2', 'b1', 'c1', 'c2']);
  // @ts-expect-error an operation function takes its connection first
  const unbound = paginate(getApps, {});
  await expect(unbound.next()).rejects.toThrow("paginate takes a client's method, or an operation function bound to a connection: bindOperation(getApps, <its descriptor>, connection)");
});

test('a paginated operation is marked from the spec; others are refused', async () => {
  const client = createPinpointClient({ endpoint: server.url });
  expect(client.getApps.operation.pagination).toEqual({ inputToken: 'token', outputToken: 'NextToken', items: 'Item' });
  expect(client.getApp.operation.pagination).toBeUndefined();
  // @ts-expect-error getApp answers no NextToken, so it cannot be paginated
  const refused = paginate(client.getApp, { path: { 'application-id': 'x' } });
  await expect(refused.next()).rejects.toThrow('GetApp is not paginated');
});

test('a service handing back the same token is stopped instead of looping', async () => {
  const client = createPinpointClient({ endpoint: server.url });
  const pagesSeen: unknown[] = [];
  const walk = async () => {
    for await (const page of paginatePages(client.getCampaigns, { path: { 'application-id': 'loop' } })) pagesSeen.push(page);
  };
  const error = await walk().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PaginationError);
  expect(error).toMatchObject({ name: 'PaginationError', operationId: 'GetCampaigns', token: 'same', message: 'GetCampaigns returned the NextToken "same" twice' });
  expect(pagesSeen).toHaveLength(2);
});

describe('validation', () => {
  test('is off by default: a bad body is sent and a bad answer returned as is', async () => {
    const client = createPinpointClient({ endpoint: server.url });
    // @ts-expect-error Name must be a string
    await expect(client.createApp({ body: { Name: 5 } })).resolves.toEqual(app('new'));
    await expect(client.getApp({ path: { 'application-id': 'bad' } })).resolves.toEqual({ Name: 42 });
  });

  test('on, a bad request body is refused before anything is sent', async () => {
    const client = createPinpointClient({ endpoint: server.url, validation: { validators } });
    // @ts-expect-error Name must be a string
    const error = await client.createApp({ body: { Name: 5, tags: { a: 1 } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operationId: 'CreateApp', phase: 'request' });
    expect((error as ValidationError).issues.map((i) => `${i.instancePath}: ${i.message}`)).toEqual(['/Name: must be string', '/tags/a: must be string']);
    expect((error as Error).message).toContain('/Name: must be string');
    expect(server.requests).toHaveLength(0);
  });

  test('on, a bad response body is reported with its paths and reasons', async () => {
    const client = createPinpointClient({ endpoint: server.url, validation: { validators } });
    const error = await client.getApp({ path: { 'application-id': 'bad' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).phase).toBe('response');
    expect((error as Error).message).toMatch(/\(root\): must have required property 'Id'[^]*\/Name: must be string/);
  });

  test('on, valid bodies pass both ways, and each direction can be turned off', async () => {
    const client = createPinpointClient({ endpoint: server.url, validation: { validators } });
    await expect(client.createApp({ body: { Name: 'ok' } })).resolves.toEqual(app('new'));
    const lenient = createPinpointClient({ endpoint: server.url, validation: { validators, response: false } });
    await expect(lenient.getApp({ path: { 'application-id': 'bad' } })).resolves.toEqual({ Name: 42 });
  });
});
