// The fetch over node:http behaves as fetch does for what the client needs, and the Node entry's
// request handler reaches https: endpoints too.
import { createPinpointClient } from '../../generated/client.js';
import * as node from '../../generated/index.node.js';
import { NetworkError } from '../../generated/runtime/errors.js';
import { nodeHttpFetch } from '../../generated/runtime/node/http-fetch.js';
import { freePort } from '../support/prism.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

test('sends method, headers and body, and returns status, headers and body', async () => {
  server = await startScriptedServer([{ status: 201, body: { Name: 'n', Id: 'i', Arn: 'a' }, headers: { 'x-amzn-requestid': 'r-1' } }]);
  const response = await nodeHttpFetch(
    new Request(`${server.url}/v1/apps`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-extra': '1' }, body: '{"Name":"n"}' }),
  );
  expect(response.status).toBe(201);
  expect(response.headers.get('x-amzn-requestid')).toBe('r-1');
  expect(await response.json()).toEqual({ Name: 'n', Id: 'i', Arn: 'a' });
  expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/v1/apps', body: '{"Name":"n"}' });
  expect(server.requests[0]!.headers['x-extra']).toBe('1');
});

test('works as the client\'s fetch, signed, with typed results', async () => {
  server = await startScriptedServer([{ status: 200, body: { Item: [] } }]);
  const client = createPinpointClient({ endpoint: server.url, fetch: nodeHttpFetch, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  await expect(client.getApps()).resolves.toEqual({ Item: [] });
  expect(server.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
});

test('a refused connection is a retried NetworkError, as with fetch', async () => {
  const client = createPinpointClient({ endpoint: `http://127.0.0.1:${await freePort()}`, fetch: nodeHttpFetch, retry: { sleep: async () => undefined } });
  const error = await client.getApps().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NetworkError);
  expect(error).toMatchObject({ attempts: 3 });
});

test('a 204 answer has no body', async () => {
  server = await startScriptedServer([{ status: 204, body: '' }]);
  const response = await nodeHttpFetch(new Request(`${server.url}/x`, { method: 'DELETE' }));
  expect([response.status, response.body]).toEqual([204, null]);
});

test('the Node entry loads node:https for an https: endpoint; a failed TLS handshake is a NetworkError', async () => {
  server = await startScriptedServer([{ status: 200, body: { Item: [] } }]);
  const client = node.createPinpointClient({ endpoint: server.url.replace('http:', 'https:'), retry: { maxAttempts: 2, sleep: async () => undefined } });
  const error = await client.getApps().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NetworkError);
  expect(error).toMatchObject({ attempts: 2 });
  expect((error as Error).message).toMatch(/^GetApps: the connection failed before a complete response: .*(SSL|TLS|wrong version|EPROTO)/i);
});
