// Path parameters cannot change the request path, and credentials never leak into an error's
// message, stack, fields or JSON, nor into anything logged.
import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import * as validators from '../../generated/validators.js';
import { createPinpointClient, type FetchLike, type PinpointClientOptions } from '../../generated/client.js';
import { encodePathSegment } from '../../generated/runtime/transport.js';
import { freePort } from '../support/prism.js';

const secrets = {
  accessKeyId: 'AKIASECRETKEYID00001',
  secretAccessKey: 'very+secret/AccessKey=0000000000000000000',
  sessionToken: 'SESSION+token/secret==',
};

describe('path parameters', () => {
  test.each([
    ['../x', '..%2Fx'],
    ['a/b?c', 'a%2Fb%3Fc'],
    ['#frag', '%23frag'],
    ["it's (ok)*", 'it%27s%20%28ok%29%2A'],
  ])('%j is sent as the single segment %s', async (value, encoded) => {
    expect(encodePathSegment(value)).toBe(encoded);
    const urls: string[] = [];
    const fetch: FetchLike = async (request) => {
      urls.push(request.url);
      return new Response('{}', { status: 200 });
    };
    await createPinpointClient({ fetch }).getEndpoint({ path: { 'application-id': value, 'endpoint-id': 'e' } });
    expect(urls).toEqual([`https://pinpoint.us-east-1.amazonaws.com/v1/apps/${encoded}/endpoints/e`]);
  });

  test.each(['.', '..'])('%j is refused: a URL would resolve it as a step up the path', async (value) => {
    const fetch: FetchLike = async () => new Response('{}', { status: 200 });
    const call = createPinpointClient({ fetch }).getEndpoint({ path: { 'application-id': value, 'endpoint-id': 'e' } });
    await expect(call).rejects.toThrow(`The path parameter application-id cannot be ${JSON.stringify(value)}`);
  });
});

describe('credentials', () => {
  const logged: string[] = [];
  beforeEach(() => {
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => inspect(a, { depth: 8 })).join(' ')));
    }
  });
  afterEach(() => jest.restoreAllMocks());

  function expectNoSecret(text: string) {
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
  }

  async function failure(options: Partial<PinpointClientOptions>, call: (c: ReturnType<typeof createPinpointClient>) => Promise<unknown> = (c) => c.getApps()) {
    const client = createPinpointClient({ credentials: secrets, retry: { maxAttempts: 2, sleep: async () => undefined }, ...options });
    return call(client).then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error as Error,
    );
  }

  const cases: [string, () => Promise<Error>][] = [
    ['a service error', () => failure({ fetch: async () => new Response('{"Message":"denied"}', { status: 403 }) })],
    ['a network error', async () => failure({ endpoint: `http://127.0.0.1:${await freePort()}` })],
    ['a timeout', () => failure({ timeoutMs: 20, fetch: (r) => new Promise((_, reject) => r.signal.addEventListener('abort', () => reject(r.signal.reason))) })],
    ['a validation error', () =>
      failure({ validation: { validators }, fetch: async () => new Response('{}') }, (c) =>
        // @ts-expect-error Name must be a string
        c.createApp({ body: { Name: 1 } }),
      )],
    ['a failing credentials provider', () =>
      failure({ credentials: async () => Promise.reject(new Error('no profile')), fetch: async () => new Response('{}') })],
  ];

  test.each(cases)('never appear in %s', async (_, make) => {
    const error = await make();
    expectNoSecret(error.message);
    expectNoSecret(String(error.stack));
    expectNoSecret(JSON.stringify(error));
    expectNoSecret(inspect(error, { depth: 8 }));
    expectNoSecret(JSON.stringify(Object.entries(error)));
    expectNoSecret(logged.join('\n'));
  });
});
