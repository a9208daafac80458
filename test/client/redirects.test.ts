// The service never redirects API calls: an answer with a 3xx status is refused with a typed error
// and never followed, so that no signed request (its session token, its signature) and no body
// reaches another origin. A second local server stands for the other origin and records any visit.
import * as universal from '../../generated/index.js';
import * as node from '../../generated/index.node.js';
import { RedirectError } from '../../generated/errors.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'TESTSECRETKEY/ExampleOnly+0000000000000', sessionToken: 'TESTSESSIONTOKEN' };
let service: ScriptedServer;
let stranger: ScriptedServer;

beforeAll(async () => {
  stranger = await startScriptedServer(() => ({ status: 200, body: { Item: [{ Name: 'not yours', Id: 'x', Arn: 'x' }] } }));
  service = await startScriptedServer((request) => {
    const status = Number(new URL(request.url, 'http://x').searchParams.get('page-size') ?? '302');
    return { status, body: {}, headers: { location: `${stranger.url}/v1/apps` } };
  });
});
afterAll(async () => {
  await service.close();
  await stranger.close();
});
beforeEach(() => {
  service.requests.splice(0);
  stranger.requests.splice(0);
});

const clients = {
  'the global fetch': () => universal.createPinpointClient({ endpoint: service.url, credentials }),
  'node:http (the Node entry)': () => node.createPinpointClient({ endpoint: service.url, credentials }),
  'a fetch given as an option': () => universal.createPinpointClient({ endpoint: service.url, credentials, fetch: (request) => fetch(request) }),
  'nodeHttpFetch given as an option': () => universal.createPinpointClient({ endpoint: service.url, credentials, fetch: node.nodeHttpFetch }),
};

describe.each(Object.entries(clients))('with %s', (_, make) => {
  test.each(['301', '302', '303', '307', '308'])('HTTP %s to another origin is a RedirectError, not followed, not retried', async (status) => {
    const error = await make()
      .getApps({ query: { 'page-size': status } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: Number(status), location: `${stranger.url}/v1/apps`, attempts: 1, operationId: 'GetApps' });
    expect((error as Error).message).toBe(`GetApps: the service answered with a redirect (HTTP ${status} to ${stranger.url}/v1/apps), which is not followed (1 attempt)`);
    expect(service.requests).toHaveLength(1);
    expect(stranger.requests).toEqual([]);
  });
});

test('a POST with a body is not replayed either', async () => {
  const error = await node
    .createPinpointClient({ endpoint: service.url, credentials })
    .createApp({ body: { Name: 'secret project' } })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RedirectError);
  expect(stranger.requests).toEqual([]);
});
