// The client's SigV4 Authorization header equals what an independent implementation (the AWS SDK's
// @smithy/signature-v4) computes for the same request, time and credentials: signed with Web Crypto
// (the entry for every runtime) and with the Node entry's SigningCrypto (plain JavaScript, node:crypto
// for a large payload).
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { createPinpointClient, type Credentials, type FetchLike } from '../../generated/client.js';
import { webSigningCrypto, type SigningCrypto } from '../../generated/runtime/signing.js';
import { LARGE_PAYLOAD, nodeSigningCrypto } from '../../generated/runtime/node/signing-crypto.js';

const NOW = new Date('2026-11-24T12:34:56.000Z');
const STATIC = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const WITH_TOKEN = { ...STATIC, sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//token+with/odd=chars' };
// The headers the client leaves unsigned (as aws4fetch and the SDKs do); the reference signer is told the same.
const UNSIGNED = ['authorization', 'content-type', 'content-length', 'user-agent', 'presigned-expires', 'expect', 'x-amzn-trace-id', 'range', 'connection'];

async function capture(credentials: Credentials, call: (client: ReturnType<typeof createPinpointClient>) => Promise<unknown>, signingCrypto: SigningCrypto) {
  const sent: Request[] = [];
  const fetch: FetchLike = async (request) => {
    sent.push(request.clone());
    return new Response('{}', { status: 200 });
  };
  await call(createPinpointClient({ region: 'eu-west-1', credentials, fetch, clock: () => NOW, signingCrypto }));
  return sent[0]!;
}

async function referenceAuthorization(request: Request, credentials: Credentials): Promise<string> {
  const url = new URL(request.url);
  const headers: Record<string, string> = { host: url.host };
  request.headers.forEach((value, name) => {
    if (!['authorization', 'x-amz-date', 'x-amz-security-token'].includes(name)) headers[name] = value;
  });
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, name) => (query[name] = value));
  const body = request.body === null ? undefined : await request.text();
  const signer = new SignatureV4({ service: 'mobiletargeting', region: 'eu-west-1', credentials, sha256: Sha256, applyChecksum: false });
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, protocol: url.protocol, hostname: url.hostname, path: url.pathname, query, headers, body }),
    { signingDate: NOW, unsignableHeaders: new Set(UNSIGNED) },
  );
  return signed.headers.authorization as string;
}

const calls = {
  GET: (c: ReturnType<typeof createPinpointClient>) => c.getApps({ query: { 'page-size': '50', token: 'a b+c/d' } }),
  PUT: (c: ReturnType<typeof createPinpointClient>) =>
    c.updateEndpoint({ path: { 'application-id': 'app 1', 'endpoint-id': 'dev/ice*1' }, body: { ChannelType: 'GCM', Address: 'token' } }),
  POST: (c: ReturnType<typeof createPinpointClient>) => c.createApp({ body: { Name: 'My app', tags: { team: 'growth' } } }),
  DELETE: (c: ReturnType<typeof createPinpointClient>) => c.deleteApp({ path: { 'application-id': '0123abcd' } }),
  'POST with text outside ASCII': (c: ReturnType<typeof createPinpointClient>) => c.createApp({ body: { Name: 'Café ☕ 𝄞', tags: { ü: 'ß' } } }),
  // Above LARGE_PAYLOAD: the Node entry hashes it with node:crypto.
  'POST with a large payload': (c: ReturnType<typeof createPinpointClient>) => c.createApp({ body: { Name: 'é'.repeat(LARGE_PAYLOAD) } }),
};

describe.each([
  ['static credentials', 'Web Crypto', STATIC, webSigningCrypto],
  ['a session token', 'Web Crypto', WITH_TOKEN, webSigningCrypto],
  ['static credentials', "the Node entry's SigningCrypto", STATIC, nodeSigningCrypto],
  ['a session token', "the Node entry's SigningCrypto", WITH_TOKEN, nodeSigningCrypto],
] as const)('with %s, signed with %s', (_, __, credentials, signingCrypto) => {
  test.each(Object.keys(calls) as (keyof typeof calls)[])('%s is signed as the reference signer signs it', async (call) => {
    const request = await capture(credentials, calls[call], signingCrypto);
    expect(request.method).toBe(call.split(' ')[0]);
    const authorization = request.headers.get('authorization')!;
    expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261124\/eu-west-1\/mobiletargeting\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/);
    expect(authorization).toBe(await referenceAuthorization(request, credentials));
    expect(request.headers.get('x-amz-date')).toBe('20261124T123456Z');
    expect(request.headers.get('x-amz-security-token')).toBe((credentials as Credentials).sessionToken ?? null);
  });
});

test('a credentials provider is called again when its credentials are about to expire', async () => {
  let calls = 0;
  let now = NOW.getTime();
  const provider = async (): Promise<Credentials> => {
    calls += 1;
    return { ...STATIC, accessKeyId: `AKID${calls}`, expiration: new Date(now + 10 * 60_000) };
  };
  const keys: string[] = [];
  const fetch: FetchLike = async (request) => {
    keys.push(/Credential=(\w+)\//.exec(request.headers.get('authorization')!)![1]!);
    return new Response('{"Item":[]}', { status: 200 });
  };
  const client = createPinpointClient({ credentials: provider, fetch, clock: () => new Date(now) });
  await client.getApps();
  await client.getApps(); // still fresh: cached
  now += 6 * 60_000; // within five minutes of expiry: refreshed
  await client.getApps();
  expect(keys).toEqual(['AKID1', 'AKID1', 'AKID2']);
  expect(calls).toBe(2);
});

test('a provider that fails is asked again on the next call', async () => {
  let calls = 0;
  const provider = async (): Promise<Credentials> => {
    calls += 1;
    if (calls === 1) throw new Error('metadata service unreachable');
    return STATIC;
  };
  const fetch: FetchLike = async () => new Response('{"Item":[]}', { status: 200 });
  const client = createPinpointClient({ credentials: provider, fetch });
  await expect(client.getApps()).rejects.toThrow('could not get AWS credentials: metadata service unreachable');
  await expect(client.getApps({}, {})).resolves.toEqual({ Item: [] });
});
