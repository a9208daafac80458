// Generated from the OpenAPI spec by templates/retry.ts by generator/. Do not edit: run `npm run generate`.
// Attempts: each one sends the request and reads the whole answer within the timeout, and the
// caller's signal ends it at once. Throttling and transient failures are retried with capped
// exponential backoff and full jitter.
//
// What keeps a timeout or an abort able to fire: the attempt's AbortController is held by the timer
// (a ref'd setTimeout is a GC root until it fires or is cleared) and by a listener on the caller's
// signal, and the attempt races the transport against it, so that the call ends even where the
// transport's own link to the signal is weak (Node 20 holds signals linked by `new Request()` and
// `AbortSignal.any()` weakly). No AbortSignal.timeout or AbortSignal.any is used.
import { NetworkError, RedirectError, RequestAbortedError, RequestFailedError, TimeoutError } from './errors.js';
import type { HttpRequest, HttpResponse } from './http.js';

export interface RetryOptions {
  /** Attempts in all, the first included (default 3); 1 turns retries off. */
  maxAttempts?: number | undefined;
  /** The backoff before the second attempt is drawn from [0, baseDelayMs]; it doubles each time. */
  baseDelayMs?: number | undefined;
  /** No wait is longer than this, `Retry-After` included (default 20 s). */
  maxDelayMs?: number | undefined;
  /** HTTP statuses worth another attempt. */
  retryableStatuses?: readonly number[] | undefined;
  /** Waits; replaceable so that tests and schedulers can see the delays. */
  sleep?: ((ms: number, signal: AbortSignal | null) => Promise<void>) | undefined;
  /** Jitter source in [0, 1). */
  random?: (() => number) | undefined;
}

export interface AttemptOptions extends RetryOptions {
  /** Each attempt is abandoned after this many milliseconds, reading the body included. */
  timeoutMs?: number | undefined;
}

/** An answer, with how many attempts it took. */
export interface AttemptedResponse extends HttpResponse {
  attempts: number;
}

/** One attempt: the request (its own copy of the headers) with the attempt's signal. */
export type Attempt = (request: HttpRequest) => Promise<HttpResponse>;

export type Sender = (request: HttpRequest, signal: AbortSignal | undefined) => Promise<AttemptedResponse>;

export const DEFAULT_RETRYABLE_STATUSES: readonly number[] = [429, 500, 502, 503, 504];

/** Sends `request` through `attempt` until it succeeds, fails for good, or runs out of attempts. */
export function retrying(attempt: Attempt, options: AttemptOptions = {}): Sender {
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 3));
  const baseDelayMs = options.baseDelayMs ?? 100;
  const maxDelayMs = options.maxDelayMs ?? 20_000;
  const retryable = new Set(options.retryableStatuses ?? DEFAULT_RETRYABLE_STATUSES);
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs;
  const backoff = (n: number) => Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)));

  return async (request, signal) => {
    for (let n = 1; ; n++) {
      let response: HttpResponse;
      try {
        if (signal?.aborted) throw new RequestAbortedError(signal.reason);
        // Each attempt signs its own copy of the headers.
        response = await attemptOnce(attempt, { ...request, headers: { ...request.headers } }, signal, timeoutMs);
        if ((response.status >= 300 && response.status < 400) || response.status === 0) {
          throw new RedirectError(response.status, response.headers.get('location') ?? undefined);
        }
      } catch (error) {
        if (error instanceof RequestFailedError) error.attempts = n;
        const transient = error instanceof NetworkError || error instanceof TimeoutError;
        if (!transient || n >= maxAttempts) throw error;
        await pause(backoff(n), n);
        continue;
      }
      if (!retryable.has(response.status) || n >= maxAttempts) return { ...response, attempts: n };
      await pause(Math.min(retryAfterMs(response.headers.get('retry-after')) ?? backoff(n), maxDelayMs), n);
    }

    async function pause(ms: number, attempts: number): Promise<void> {
      try {
        await sleep(ms, signal ?? null);
        if (signal?.aborted) throw new RequestAbortedError(signal.reason);
      } catch (error) {
        if (error instanceof RequestFailedError) error.attempts = attempts;
        throw error;
      }
    }
  };
}

async function attemptOnce(
  attempt: Attempt,
  request: HttpRequest,
  caller: AbortSignal | undefined,
  timeoutMs: number | undefined,
): Promise<HttpResponse> {
  // Nothing can end this attempt early: no signal to keep alive.
  if (!caller && timeoutMs === undefined) return attempt({ ...request, signal: undefined });

  const controller = new AbortController();
  let ended: ((error: RequestFailedError) => void) | undefined;
  let outcome: RequestFailedError | undefined;
  const end = (error: RequestFailedError) => {
    if (outcome) return;
    outcome = error;
    controller.abort(error);
    ended?.(error);
  };
  const onAbort = () => end(new RequestAbortedError(caller!.reason));
  caller?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => end(new TimeoutError(timeoutMs)), timeoutMs);
  const stopped = new Promise<never>((_, reject) => (ended = reject));
  try {
    return await Promise.race([attempt({ ...request, signal: controller.signal }), stopped]);
  } catch (error) {
    // The transport fails in its own way once aborted; what ended the attempt is what happened.
    throw outcome ?? error;
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onAbort);
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function abortableSleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new RequestAbortedError(signal.reason));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RequestAbortedError(signal!.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
