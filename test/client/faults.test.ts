// Retries, timeouts and cancellation against a real local server that misbehaves on cue, before
// and after the headers, on both transports (the global fetch, and node:http of the Node entry).
// Every case asserts the typed outcome and how many attempts reached the server.
import { getEventListeners, setMaxListeners } from 'node:events';
import * as universal from '../../generated/index.js';
import * as node from '../../generated/index.node.js';
import type { PinpointClientOptions } from '../../generated/index.js';
import { InternalServerErrorException, ServiceException, TooManyRequestsException } from '../../generated/errors.js';
import { InvalidResponseException, NetworkError, RequestAbortedError, TimeoutError } from '../../generated/runtime/errors.js';
import { retryAfterMs } from '../../generated/runtime/retry.js';
import { freePort } from '../support/prism.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

const page = { Item: [{ Name: 'n', Id: 'i', Arn: 'a' }] };
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
let server: ScriptedServer | undefined;
afterEach(() => server?.close());

describe.each([
  ['fetch', universal],
  ['node:http', node],
] as const)('on %s', (_, { createPinpointClient }) => {
  // Delays are recorded, not slept: the schedule is what is under test, not the wall clock.
  function client(url: string, delays: number[] = [], extra: PinpointClientOptions = {}) {
    return createPinpointClient({
      endpoint: url,
      credentials,
      ...extra,
      retry: { baseDelayMs: 100, random: () => 0.5, sleep: async (ms) => void delays.push(ms), ...(extra.retry || {}) },
    });
  }

  async function serve(script: Parameters<typeof startScriptedServer>[0]) {
    await server?.close();
    server = await startScriptedServer(script);
    return server;
  }

  async function untilRequests(s: ScriptedServer, count: number) {
    while (s.requests.length < count) await new Promise((r) => setTimeout(r, 5));
  }

  test('429 then success: resolves after 2 attempts, each signed afresh', async () => {
    const s = await serve([{ status: 429, body: { Message: 'slow down' } }, { status: 200, body: page }]);
    let tick = Date.UTC(2026, 10, 24, 12, 0, 0);
    const clock = () => new Date((tick += 1000));
    await expect(client(s.url, [], { clock }).getApps()).resolves.toEqual(page);
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests.map((r) => r.headers);
    expect(first!['x-amz-date']).not.toBe(second!['x-amz-date']);
    expect(first!.authorization).not.toBe(second!.authorization);
  });

  test('503 twice then success: 3 attempts with growing, jittered backoff', async () => {
    const delays: number[] = [];
    const s = await serve([{ status: 503, body: {} }, { status: 503, body: {} }, { status: 200, body: page }]);
    await expect(client(s.url, delays).getApps()).resolves.toEqual(page);
    expect(s.requests).toHaveLength(3);
    expect(delays).toEqual([50, 100]); // random 0.5 × min(cap, 100 × 2^n)
  });

  test('Retry-After is honoured, in seconds and as an HTTP date', async () => {
    const delays: number[] = [];
    const s = await serve([{ status: 429, body: {}, headers: { 'retry-after': '2' } }, { status: 200, body: page }]);
    await client(s.url, delays).getApps();
    expect(delays).toEqual([2000]);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
  });

  test('retries exhausted: the last typed error, with the number of attempts', async () => {
    const s = await serve([{ status: 500, body: { Message: 'a' } }, { status: 500, body: { Message: 'b' } }, { status: 500, body: { Message: 'c', RequestID: 'r3' } }]);
    const error = await client(s.url).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerErrorException);
    expect(error).toMatchObject({ attempts: 3, Message: 'c', RequestID: 'r3' });
    expect(s.requests).toHaveLength(3);
  });

  test('maxAttempts is configurable and retries can be turned off', async () => {
    const s = await serve([{ status: 429, body: {} }, { status: 429, body: {} }, { status: 429, body: {} }, { status: 429, body: {} }, { status: 429, body: {} }, { status: 429, body: {} }]);
    const five = await client(s.url, [], { retry: { maxAttempts: 5 } }).getApps().catch((e: unknown) => e);
    expect(five).toMatchObject({ attempts: 5 });
    const off = await createPinpointClient({ endpoint: s.url, retry: false }).getApps().catch((e: unknown) => e);
    expect(off).toBeInstanceOf(TooManyRequestsException);
    expect(off).toMatchObject({ attempts: 1 });
    expect(s.requests).toHaveLength(6);
  });

  test('errors that are not transient are not retried', async () => {
    const s = await serve([{ status: 404, body: { Message: 'gone' } }]);
    const error = await client(s.url).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).toMatchObject({ status: 404, attempts: 1 });
    expect(s.requests).toHaveLength(1);
  });

  test('a timeout ends each attempt; after the last one a TimeoutError says so', async () => {
    const s = await serve(['hang', 'hang']);
    const error = await client(s.url, [], { timeoutMs: 150, retry: { maxAttempts: 2 } }).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 2, operationId: 'GetApps', timeoutMs: 150 });
    expect((error as Error).message).toBe('GetApps: no response within 150 ms (2 attempts)');
    expect(s.requests).toHaveLength(2);
  });

  test('a timeout followed by success resolves', async () => {
    const s = await serve(['hang', { status: 200, body: page }]);
    await expect(client(s.url, [], { timeoutMs: 150 }).getApps()).resolves.toEqual(page);
    expect(s.requests).toHaveLength(2);
  });

  test("the caller's abort ends the call at once and is not retried", async () => {
    const s = await serve(['hang', 'hang']);
    const controller = new AbortController();
    const call = client(s.url).getApps({}, { signal: controller.signal });
    while (s.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error('user navigated away'));
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as Error).message).toBe('GetApps: the caller aborted the request: user navigated away (1 attempt)');
    expect(s.requests).toHaveLength(1);
  });

  test('a success body that is not JSON gives InvalidResponseException, not a crash', async () => {
    const s = await serve([{ status: 200, body: '<html>maintenance</html>' }]);
    const error = await client(s.url).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseException);
    expect(s.requests).toHaveLength(1);
  });

  test('InvalidResponseException counts the attempts, as the other errors of a call do', async () => {
    const s = await serve([{ status: 500, body: { Message: 'try again' } }, { status: 200, body: '<html>maintenance</html>' }]);
    const error = await client(s.url).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseException);
    expect(error).toMatchObject({ status: 200, attempts: 2 });
    expect(s.requests).toHaveLength(2);
  });

  test('an error body that is not JSON gives the typed error with the text', async () => {
    const s = await serve([{ status: 502, body: 'Bad Gateway' }, { status: 502, body: 'Bad Gateway' }, { status: 502, body: 'Bad Gateway' }]);
    const error = await client(s.url).getApps().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, Message: 'Bad Gateway', attempts: 3 });
  });

  test('a refused connection is retried, then reported as a NetworkError with the attempts', async () => {
    const port = await freePort(); // nothing listens there
    const delays: number[] = [];
    const error = await client(`http://127.0.0.1:${port}`, delays).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3, operationId: 'GetApps' });
    expect(delays).toHaveLength(2);
  });

  test('a reset in the middle of the body is a network failure, retried', async () => {
    const s = await serve([{ status: 200, body: page, partial: 'reset' }, { status: 200, body: page }]);
    await expect(client(s.url).getApps()).resolves.toEqual(page);
    expect(s.requests).toHaveLength(2);
  });

  test('resets on every attempt end in a NetworkError with the attempts', async () => {
    const s = await serve([0, 1, 2].map(() => ({ status: 200, body: page, partial: 'reset' as const })));
    const error = await client(s.url).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3, operationId: 'GetApps' });
    expect(s.requests).toHaveLength(3);
  });

  test('the timeout covers reading the body: a stalled body times out, and is retried', async () => {
    const s = await serve([{ status: 200, body: page, partial: 'hang' }, { status: 200, body: page, partial: 'hang' }]);
    const error = await client(s.url, [], { timeoutMs: 150, retry: { maxAttempts: 2 } }).getApps().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 2, timeoutMs: 150 });
    const recovered = await serve([{ status: 200, body: page, partial: 'hang' }, { status: 200, body: page }]);
    await expect(client(recovered.url, [], { timeoutMs: 150 }).getApps()).resolves.toEqual(page);
    expect(recovered.requests).toHaveLength(2);
  });

  test("the caller's abort while the body streams ends the call, typed, not retried", async () => {
    const s = await serve([{ status: 200, body: page, partial: 'hang' }, { status: 200, body: page }]);
    const controller = new AbortController();
    const call = client(s.url).getApps({}, { signal: controller.signal });
    await untilRequests(s, 1);
    await new Promise((r) => setTimeout(r, 30)); // the headers and half the body are in
    controller.abort(new Error('user navigated away'));
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error).toMatchObject({ attempts: 1, operationId: 'GetApps' });
    expect(s.requests).toHaveLength(1);
  });

  test('with retries off, an abort and a timeout are still typed and counted', async () => {
    const s = await serve(['hang', 'hang']);
    const controller = new AbortController();
    const unretried = createPinpointClient({ endpoint: s.url, credentials, retry: false });
    const call = unretried.getApps({}, { signal: controller.signal });
    await untilRequests(s, 1);
    controller.abort();
    const aborted = await call.catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    expect(aborted).toMatchObject({ attempts: 1 });
    const timedOut = await createPinpointClient({ endpoint: s.url, retry: false, timeoutMs: 100 }).getApps().catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(timedOut).toMatchObject({ attempts: 1 });
    expect(s.requests).toHaveLength(2);
  });

  test('one signal shared by many calls keeps no listener once they end, whatever their outcome', async () => {
    // An app passes one shutdown signal to every call: each call's listeners must go with it.
    const s = await serve((_, index) => (index % 3 === 0 ? { status: 503, body: {} } : index % 3 === 1 ? { status: 404, body: {} } : { status: 200, body: page }));
    const controller = new AbortController();
    setMaxListeners(100, controller.signal); // (Node 20 warns past 10; the count is what is under test)
    // Real (short) backoff sleeps: they listen to the signal too.
    const shared = createPinpointClient({ endpoint: s.url, credentials, retry: { baseDelayMs: 1 } });
    const calls = Array.from({ length: 24 }, () => shared.getApps({}, { signal: controller.signal }).catch((e: unknown) => e));
    await untilRequests(s, 1);
    expect(getEventListeners(controller.signal, 'abort').length).toBeGreaterThan(0);
    await Promise.all(calls);
    expect(s.requests.length).toBeGreaterThan(24); // some were retried
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  test('an abort before the call starts sends nothing', async () => {
    const s = await serve([{ status: 200, body: page }]);
    const error = await client(s.url).getApps({}, { signal: AbortSignal.abort(new Error('too late')) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(s.requests).toHaveLength(0);
  });
});
