// Generated from the OpenAPI spec by templates/retry.ts by generator/. Do not edit: run `npm run generate`.
// Retries with capped exponential backoff and full jitter on throttling and transient failures, and a
// timeout on each attempt. Each attempt goes down the rest of the chain, so it is signed afresh.
import { NetworkError, RequestAbortedError, RequestFailedError, TimeoutError } from './errors.js';
import type { FetchLike, TransportLayer } from './transport.js';

export interface RetryOptions {
  /** Attempts in all, the first included (default 3); 1 turns retries off. */
  maxAttempts?: number;
  /** The backoff before the second attempt is drawn from [0, baseDelayMs]; it doubles each time. */
  baseDelayMs?: number;
  /** No wait is longer than this, `Retry-After` included (default 20 s). */
  maxDelayMs?: number;
  /** HTTP statuses worth another attempt. */
  retryableStatuses?: readonly number[];
  /** Waits; replaceable so that tests and schedulers can see the delays. */
  sleep?: (ms: number, signal: AbortSignal | null) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

export interface AttemptOptions extends RetryOptions {
  /** Each attempt is abandoned after this many milliseconds. */
  timeoutMs?: number | undefined;
}

export const DEFAULT_RETRYABLE_STATUSES: readonly number[] = [429, 500, 502, 503, 504];

// How many attempts produced a response, for the error built from it further up.
const attemptsByResponse = new WeakMap<Response, number>();
export function attemptsOf(response: Response): number {
  return attemptsByResponse.get(response) ?? 1;
}

export function retryLayer(options: AttemptOptions = {}): TransportLayer {
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 3));
  const baseDelayMs = options.baseDelayMs ?? 100;
  const maxDelayMs = options.maxDelayMs ?? 20_000;
  const retryable = new Set(options.retryableStatuses ?? DEFAULT_RETRYABLE_STATUSES);
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;

  return (next: FetchLike): FetchLike =>
    async (request) => {
      // Buffered once, so that every attempt sends the same bytes.
      const body = request.body === null ? undefined : await request.arrayBuffer();
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await attemptOnce(next, request, body, options.timeoutMs);
        } catch (error) {
          const transient = error instanceof NetworkError || error instanceof TimeoutError;
          if (!transient || attempt >= maxAttempts) throw withAttempts(error, attempt);
          await sleep(backoff(attempt), request.signal).catch((e) => {
            throw withAttempts(e, attempt);
          });
          continue;
        }
        if (!retryable.has(response.status) || attempt >= maxAttempts) {
          attemptsByResponse.set(response, attempt);
          return response;
        }
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt);
        await response.body?.cancel().catch(() => undefined);
        await sleep(Math.min(wait, maxDelayMs), request.signal).catch((e) => {
          throw withAttempts(e, attempt);
        });
      }
    };

  function backoff(attempt: number): number {
    return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
  }
}

async function attemptOnce(
  next: FetchLike,
  request: Request,
  body: ArrayBuffer | undefined,
  timeoutMs: number | undefined,
): Promise<Response> {
  const caller = request.signal;
  if (caller?.aborted) throw new RequestAbortedError(caller.reason);
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  const signal = timeout ? AbortSignal.any([caller, timeout]) : caller;
  try {
    return await next(new Request(request.url, { method: request.method, headers: request.headers, body: body ?? null, signal }));
  } catch (error) {
    if (caller?.aborted) throw new RequestAbortedError(caller.reason);
    if (timeout?.aborted) throw new TimeoutError(timeoutMs!);
    // fetch rejects with a TypeError when no response came (checked by name: it may come from
    // another realm); anything else is not ours to retry.
    if ((error as Error | null)?.name === 'TypeError') throw new NetworkError(error);
    throw error;
  }
}

function withAttempts(error: unknown, attempts: number): unknown {
  if (error instanceof RequestFailedError) error.attempts = attempts;
  return error;
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
