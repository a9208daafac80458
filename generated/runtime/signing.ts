// Generated from the OpenAPI spec by templates/signing.ts by generator/. Do not edit: run `npm run generate`.
// AWS Signature Version 4 on every attempt, with aws4fetch (Web Crypto: Node, browsers, edge).
// Credentials are static or come from a provider (the shape of the AWS SDK's providers), which is
// asked again shortly before what it gave expires.
import { AwsV4Signer } from 'aws4fetch';
import { CredentialsError } from './errors.js';
import type { FetchLike, TransportLayer } from './transport.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When these credentials stop working; a provider is asked again before then. */
  expiration?: Date;
}

/** `fromNodeProviderChain()` and the other AWS SDK providers have this shape. */
export type CredentialsProvider = () => Promise<Credentials>;

export interface SigningOptions {
  credentials: Credentials | CredentialsProvider;
  region: string;
  /** The signing name of the service: `mobiletargeting` for Amazon Pinpoint. */
  service: string;
  /** The clock the signature is dated by (tests, or a corrected skew). */
  clock?: (() => Date) | undefined;
}

// Refresh this long before expiry, so that a signature is never made with credentials about to lapse.
const REFRESH_MARGIN_MS = 5 * 60_000;

/** Memoises a provider until shortly before the credentials it gave expire. */
export function credentialsResolver(source: Credentials | CredentialsProvider, clock: () => Date): () => Promise<Credentials> {
  if (typeof source !== 'function') return async () => source;
  let current: Promise<Credentials> | undefined;
  return async () => {
    const cached = current && (await current.catch(() => undefined));
    const fresh = cached && (!cached.expiration || cached.expiration.getTime() - REFRESH_MARGIN_MS > clock().getTime());
    if (!fresh) {
      current = source();
      current.catch(() => (current = undefined)); // a failed lookup is retried on the next request
    }
    return current!;
  };
}

export function signingLayer(options: SigningOptions): TransportLayer {
  const clock = options.clock ?? (() => new Date());
  const resolveCredentials = credentialsResolver(options.credentials, clock);
  const cache = new Map<string, ArrayBuffer>(); // derived signing keys, per day
  return (next: FetchLike): FetchLike =>
    async (request) => {
      const { accessKeyId, secretAccessKey, sessionToken } = await resolveCredentials().catch((error: unknown) => {
        throw new CredentialsError(error);
      });
      const body = request.body === null ? undefined : await request.clone().arrayBuffer();
      const headers = new Headers(request.headers);
      // Signed fresh on every attempt: drop what an earlier attempt added.
      for (const name of ['authorization', 'x-amz-date', 'x-amz-security-token']) headers.delete(name);
      const signed = await new AwsV4Signer({
        method: request.method,
        url: request.url,
        headers,
        body: body ?? null,
        accessKeyId,
        secretAccessKey,
        ...(sessionToken === undefined ? {} : { sessionToken }),
        service: options.service,
        region: options.region,
        cache,
        datetime: clock().toISOString().replace(/[:-]|\.\d{3}/g, ''),
      }).sign();
      return next(new Request(signed.url, { method: signed.method, headers: signed.headers, body: body ?? null, signal: request.signal }));
    };
}
