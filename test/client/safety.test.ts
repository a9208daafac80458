// What the client refuses before sending (path parameters that would change the path, header values
// HTTP cannot carry, unusable credentials), what it never retries (local errors, a bug in a layer),
// and that no credential or signature ever leaks into an error's message, stack, cause chain,
// fields, JSON or inspection, nor into anything logged, on both transports.
import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import * as validators from '../../generated/validators.js';
import * as universal from '../../generated/index.js';
import * as node from '../../generated/index.node.js';
import type { FetchLike, PinpointClientOptions } from '../../generated/index.js';
import { CredentialsError, NetworkError, RedirectError, RequestAbortedError, TimeoutError } from '../../generated/errors.js';
import { encodePathSegment } from '../../generated/runtime/transport.js';
import { freePort } from '../support/prism.js';
import { startScriptedServer, type ScriptedServer, type Step } from '../support/scripted-server.js';

// Fake, and shaped so that no secret scanner takes them for real keys (no AKIA + 16 characters).
const secrets = {
  accessKeyId: 'TESTSECRETKEYID00001',
  secretAccessKey: 'very+secret/AccessKey=0000000000000000000',
  sessionToken: 'SESSION+token/secret==',
};

const entries = { fetch: universal, node } as const;
type Entry = keyof typeof entries;

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function recordingFetch() {
  const urls: string[] = [];
  const fetch: FetchLike = async (request) => {
    urls.push(request.url);
    return new Response('{}', { status: 200 });
  };
  return { fetch, urls };
}

describe('path parameters', () => {
  test.each([
    ['../x', '..%2Fx'],
    ['a/b?c', 'a%2Fb%3Fc'],
    ['#frag', '%23frag'],
    ["it's (ok)*", 'it%27s%20%28ok%29%2A'],
  ])('%j is sent as the single segment %s', async (value, encoded) => {
    expect(encodePathSegment(value)).toBe(encoded);
    const { fetch, urls } = recordingFetch();
    await universal.createPinpointClient({ fetch }).getEndpoint({ path: { 'application-id': value, 'endpoint-id': 'e' } });
    expect(urls).toEqual([`https://pinpoint.us-east-1.amazonaws.com/v1/apps/${encoded}/endpoints/e`]);
  });

  test.each([
    ['.', 'cannot be "."'],
    ['..', 'cannot be ".."'],
    ['', 'is empty'],
    [undefined, 'is missing'],
    [null, 'is null'],
  ])('%j is refused before anything is sent (%s)', async (value, why) => {
    const { fetch, urls } = recordingFetch();
    const call = universal.createPinpointClient({ fetch }).getEndpoint({ path: { 'application-id': value as string, 'endpoint-id': 'e' } });
    await expect(call).rejects.toThrow(new TypeError(`GetEndpoint: the path parameter application-id ${why}; nothing was sent`));
    expect(urls).toEqual([]);
  });

  test('a missing path object is refused too', async () => {
    const { fetch, urls } = recordingFetch();
    // @ts-expect-error the path parameters are required
    await expect(universal.createPinpointClient({ fetch }).getApp({})).rejects.toThrow('GetApp: the path parameter application-id is missing');
    expect(urls).toEqual([]);
  });
});

describe('header values HTTP cannot carry', () => {
  test.each([
    ['a client header', { headers: { 'x-team': `growth\r\nx-injected: 1` } }, {}],
    ['a per-call header', {}, { headers: { 'x-trace': 'id\n1' } }],
    ['a per-call header outside Latin-1', {}, { headers: { 'x-trace': 'naïve…' } }],
  ] as const)('in %s are refused at once, naming the header and not its value', async (_, clientOptions, callOptions) => {
    const { fetch, urls } = recordingFetch();
    const error = await Promise.resolve()
      .then(() => universal.createPinpointClient({ fetch, ...clientOptions }).getApps({}, callOptions))
      .catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^The x-(team|trace) header cannot be sent: its value holds a line break, a control character or a character outside Latin-1$/);
    expect(urls).toEqual([]);
  });
});

describe.each(Object.keys(entries) as Entry[])('local errors on %s', (entry) => {
  const { createPinpointClient } = entries[entry];

  test.each([
    ['a newline in the access key id', { ...secrets, accessKeyId: `${secrets.accessKeyId}\n` }, 'accessKeyId'],
    ["the README's placeholder 'AKIA…'", { accessKeyId: 'AKIA…', secretAccessKey: '…' }, 'accessKeyId'],
    ['a newline in the session token', { ...secrets, sessionToken: `${secrets.sessionToken}\r\n` }, 'sessionToken'],
    ['a space in the secret key', { ...secrets, secretAccessKey: `${secrets.secretAccessKey} ` }, 'secretAccessKey'],
  ])('%s is a CredentialsError at once, nothing sent', async (_, credentials, field) => {
    server = await startScriptedServer([{ status: 200, body: { Item: [] } }]);
    const error = await createPinpointClient({ endpoint: server.url, credentials }).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toBe(
      `the AWS credentials' ${field} holds a character no AWS key has (a space, a line break, or a character outside ASCII such as '…'): is it a placeholder?`,
    );
    expect(server.requests).toHaveLength(0);
  });

  test('a bug in a transport layer is thrown as it is, once, not retried as a network error', async () => {
    server = await startScriptedServer([{ status: 200, body: { Item: [] } }]);
    const bug = new TypeError('layer.log is not a function');
    let calls = 0;
    const client = createPinpointClient({
      endpoint: server.url,
      credentials: secrets,
      transport: [
        () => async () => {
          calls += 1;
          throw bug;
        },
      ],
      retry: { sleep: async () => undefined },
    });
    await expect(client.getApps()).rejects.toBe(bug);
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(0);
  });

  test('a bug in the signing crypto is thrown as it is, not retried', async () => {
    server = await startScriptedServer([{ status: 200, body: { Item: [] } }]);
    const bug = new TypeError('digest is not a function');
    const client = createPinpointClient({
      endpoint: server.url,
      credentials: secrets,
      signingCrypto: { sha256Hex: () => Promise.reject(bug), hmac: () => new Uint8Array(32), importKey: (k) => k, sign: () => '' },
    });
    await expect(client.getApps()).rejects.toBe(bug);
    expect(server.requests).toHaveLength(0);
  });
});

describe.each(Object.keys(entries) as Entry[])('credentials on %s', (entry) => {
  const { createPinpointClient } = entries[entry];
  const logged: string[] = [];
  beforeEach(() => {
    logged.splice(0);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => inspect(a, { depth: 8 })).join(' ')));
    }
  });
  afterEach(() => jest.restoreAllMocks());

  async function failure(options: Partial<PinpointClientOptions>, call: (c: universal.PinpointClient) => Promise<unknown> = (c) => c.getApps()) {
    const client = createPinpointClient({ credentials: secrets, retry: { maxAttempts: 2, sleep: async () => undefined }, ...options });
    return call(client).then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error as Error,
    );
  }

  async function served(step: Step | Step[], options: Partial<PinpointClientOptions> = {}, call?: (c: universal.PinpointClient) => Promise<unknown>) {
    server = await startScriptedServer(Array.isArray(step) ? step : () => step);
    return failure({ endpoint: server.url, ...options }, call);
  }

  // Every row names the class it expects: jest would take a missing third argument for `done`.
  const cases: [string, () => Promise<Error>, new (...args: never[]) => Error][] = [
    ['a service error', () => served({ status: 403, body: { Message: 'denied' } }), universal.ForbiddenException],
    ['a network error', async () => failure({ endpoint: `http://127.0.0.1:${await freePort()}` }), NetworkError],
    ['a timeout', () => served('hang', { timeoutMs: 50 }), TimeoutError],
    ['a reset mid-body', () => served({ status: 200, body: { Item: [], NextToken: 'x'.repeat(500) }, partial: 'reset' }), NetworkError],
    ['a redirect to another origin', () => served({ status: 302, body: {}, headers: { location: 'http://127.0.0.1:9/steal' } }), RedirectError],
    ['an abort', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('stop')), 50);
      return served('hang', {}, (c) => c.getApps({}, { signal: controller.signal }));
    }, RequestAbortedError],
    ['a validation error', () =>
      served({ status: 200, body: {} }, { validation: { validators } }, (c) =>
        // @ts-expect-error Name must be a string
        c.createApp({ body: { Name: 1 } }),
      ), universal.ValidationError],
    ['a failing credentials provider', () => served({ status: 200, body: {} }, { credentials: async () => Promise.reject(new Error('no profile')) }), CredentialsError],
    ['a newline in the access key id', () => served({ status: 200, body: {} }, { credentials: { ...secrets, accessKeyId: `${secrets.accessKeyId}\n` } }), CredentialsError],
    ['a character outside Latin-1 in the access key id', () => served({ status: 200, body: {} }, { credentials: { ...secrets, accessKeyId: `${secrets.accessKeyId}…` } }), CredentialsError],
    ['a newline in the session token', () => served({ status: 200, body: {} }, { credentials: { ...secrets, sessionToken: `${secrets.sessionToken}\n` } }), CredentialsError],
    ['a layer that fails after seeing the request', () =>
      served({ status: 200, body: {} }, { transport: [() => async (request) => Promise.reject(new Error(`refused ${request.url}`))] }), Error],
  ];

  function texts(error: unknown, depth = 0): string[] {
    if (depth > 5 || error === undefined || error === null) return [];
    const e = error as Error & { cause?: unknown };
    return [String(e.message), String(e.stack), ...texts(e.cause, depth + 1)];
  }

  test.each(cases)('never appear in %s', async (_, make, ErrorClass) => {
    const error = await make();
    expect(error).toBeInstanceOf(ErrorClass);
    const everything = [
      ...texts(error),
      JSON.stringify(error),
      JSON.stringify(Object.entries(error)),
      inspect(error, { depth: 8 }),
      inspect(error, { depth: 8, showHidden: true }),
      logged.join('\n'),
    ].join('\n');
    for (const secret of Object.values(secrets)) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/Signature=[0-9a-f]{64}/);
    expect(everything).not.toMatch(/AWS4-HMAC-SHA256 Credential/);
  });
});

test('no fake key in the repository looks like a real one to secret scanners', async () => {
  const { execFileSync } = await import('node:child_process');
  const { readFileSync } = await import('node:fs');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|js|md|ya?ml|json)$/.test(f) && !f.startsWith('generated/') && !f.includes('node_modules'));
  const offenders = files.filter((file) => {
    try {
      return /AKIA[0-9A-Z]{16}/.test(readFileSync(file, 'utf8'));
    } catch {
      return false;
    }
  });
  expect(offenders).toEqual([]);
});
