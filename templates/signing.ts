// AWS Signature Version 4, on every attempt. Credentials are static or come from a provider (the
// shape of the AWS SDK's providers), which is asked again shortly before what it gave expires. The
// signing key is derived once per day (and per secret key); the hashing comes from a SigningCrypto:
// Web Crypto here (browsers, workers, edge), plain JavaScript in the Node entry (runtime/node/).
import { CredentialsError } from './errors.js';
import type { HttpRequest } from './http.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  /** When these credentials stop working; a provider is asked again before then. */
  expiration?: Date | undefined;
}

/** `fromNodeProviderChain()` and the other AWS SDK providers have this shape. */
export type CredentialsProvider = () => Promise<Credentials>;

/** SHA-256 and HMAC-SHA256 as signing needs them; results may be synchronous. */
export interface SigningCrypto {
  /** Lower-case hex SHA-256 of a UTF-8 string or of bytes. */
  sha256Hex(data: string | Uint8Array): string | Promise<string>;
  /** HMAC-SHA256 of a UTF-8 string, as a key for `deriveKey` or `importKey`. */
  hmac(key: string | Uint8Array, data: string): Uint8Array | Promise<Uint8Array>;
  /** Makes a derived key ready for `sign` once, so that signing imports nothing. */
  importKey(key: Uint8Array): unknown;
  /** Lower-case hex HMAC-SHA256 of a UTF-8 string with a key from `importKey`. */
  sign(key: unknown, data: string): string | Promise<string>;
}

export interface SigningOptions {
  credentials: Credentials | CredentialsProvider;
  region: string;
  /** The signing name of the service: `mobiletargeting` for Amazon Pinpoint. */
  service: string;
  /** The clock the signature is dated by (tests, or a corrected skew). */
  clock?: (() => Date) | undefined;
  /** Web Crypto unless given. */
  crypto?: SigningCrypto | undefined;
}

/** Signs a request in place: adds `x-amz-date`, `x-amz-security-token` and `authorization`. */
export type Signer = (request: HttpRequest) => Promise<void>;

// Refresh this long before expiry, so that a signature is never made with credentials about to lapse.
const REFRESH_MARGIN_MS = 5 * 60_000;
// Headers that proxies and clients may change on the way: not signed (as aws4fetch does).
const UNSIGNED_HEADERS = new Set(['authorization', 'content-type', 'content-length', 'user-agent', 'expect', 'x-amzn-trace-id', 'range', 'connection', 'presigned-expires']);
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
// What an access key, a secret key or a session token can hold: visible ASCII only.
const CREDENTIAL_TEXT = /^[\x21-\x7e]+$/;

/** Memoises a provider until shortly before the credentials it gave expire, and checks what it gives. */
export function credentialsResolver(source: Credentials | CredentialsProvider, clock: () => Date): () => Promise<Credentials> {
  if (typeof source !== 'function') {
    let checked: Promise<Credentials> | undefined;
    return () => (checked ??= Promise.resolve().then(() => checkCredentials(source)));
  }
  let current: Promise<Credentials> | undefined;
  return async () => {
    const cached = current && (await current.catch(() => undefined));
    const fresh = cached && (!cached.expiration || cached.expiration.getTime() - REFRESH_MARGIN_MS > clock().getTime());
    if (!fresh) {
      current = Promise.resolve()
        .then(source)
        .then(checkCredentials, (error: unknown) => {
          throw new CredentialsError(`could not get AWS credentials: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        });
      current.catch(() => (current = undefined)); // a failed lookup is retried on the next request
    }
    return current!;
  };
}

// A placeholder such as 'AKIA…', or a key read with its line break, is a mistake to report at once,
// naming the field but never showing its value.
function checkCredentials(credentials: Credentials): Credentials {
  for (const name of ['accessKeyId', 'secretAccessKey', 'sessionToken'] as const) {
    const value: unknown = credentials?.[name];
    if (name === 'sessionToken' && (value === undefined || value === null || value === '')) continue;
    if (typeof value !== 'string' || value === '') throw new CredentialsError(`the AWS credentials have no ${name}`);
    if (!CREDENTIAL_TEXT.test(value)) {
      throw new CredentialsError(
        `the AWS credentials' ${name} holds a character no AWS key has (a space, a line break, or a character outside ASCII such as '…'): is it a placeholder?`,
      );
    }
  }
  return credentials;
}

export function createSigner(options: SigningOptions): Signer {
  const clock = options.clock ?? (() => new Date());
  const crypto = options.crypto ?? webSigningCrypto;
  const resolveCredentials = credentialsResolver(options.credentials, clock);
  const { region, service } = options;
  // One derived key at a time: it changes once a day, or when the credentials rotate.
  let cached: { secret: string; date: string; key: Promise<unknown> } | undefined;

  const signingKey = (secret: string, date: string): Promise<unknown> => {
    if (cached?.secret === secret && cached.date === date) return cached.key;
    const key = (async () => {
      const kDate = await crypto.hmac(`AWS4${secret}`, date);
      const kRegion = await crypto.hmac(kDate, region);
      const kService = await crypto.hmac(kRegion, service);
      return crypto.importKey(await crypto.hmac(kService, 'aws4_request'));
    })();
    cached = { secret, date, key };
    key.catch(() => (cached = undefined));
    return key;
  };

  return async (request) => {
    const { accessKeyId, secretAccessKey, sessionToken } = await resolveCredentials();
    const datetime = clock().toISOString().replace(/[:-]|\.\d{3}/g, '');
    const date = datetime.slice(0, 8);
    const headers = request.headers;
    headers['x-amz-date'] = datetime;
    if (sessionToken) headers['x-amz-security-token'] = sessionToken;
    else delete headers['x-amz-security-token'];
    delete headers['authorization'];

    // As the request goes out: URL gives the Host header's form (no default port) and the path as sent.
    const { host, pathname, search } = new URL(request.url);
    const names = ['host'];
    for (const name in headers) if (!UNSIGNED_HEADERS.has(name)) names.push(name);
    names.sort();
    let canonicalHeaders = '';
    for (const name of names) canonicalHeaders += `${name}:${name === 'host' ? host : headers[name]!.replace(/\s+/g, ' ')}\n`;
    const signedHeaders = names.join(';');
    const body = request.body;
    const payloadHash = body === undefined || body.length === 0 ? EMPTY_SHA256 : await crypto.sha256Hex(body);
    const canonicalRequest = `${request.method}\n${canonicalPath(pathname)}\n${canonicalQuery(search.slice(1))}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`;
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = `AWS4-HMAC-SHA256\n${datetime}\n${scope}\n${await crypto.sha256Hex(canonicalRequest)}`;
    const signature = await crypto.sign(await signingKey(secretAccessKey, date), stringToSign);
    headers['authorization'] = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  };
}

// Each segment of the (already encoded) path is encoded once more; empty and "." segments go, as
// the AWS SDKs' signers do for every service but S3.
function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return `/${segments.map(uriEncode).join('/')}${trailing}`;
}

function canonicalQuery(query: string): string {
  if (query === '') return '';
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decode(equals === -1 ? part : part.slice(0, equals));
    const value = equals === -1 ? '' : decode(part.slice(equals + 1));
    pairs.push([uriEncode(name), uriEncode(value)]);
  }
  pairs.sort(([k1, v1], [k2, v2]) => (k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** RFC 3986 encoding: everything but `A-Z a-z 0-9 - _ . ~`. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const encoder = /* @__PURE__ */ new TextEncoder();
const toBytes = (data: string | Uint8Array): Uint8Array<ArrayBuffer> =>
  (typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data)) as Uint8Array<ArrayBuffer>;

/** Lower-case hex of bytes. */
export function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
  return out;
}

const importHmacKey = (key: string | Uint8Array) => crypto.subtle.importKey('raw', toBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
// Named through `crypto`, not as the DOM library's global CryptoKey: Node apps compile without that library.
type HmacKey = Awaited<ReturnType<typeof importHmacKey>>;
const hmacBytes = async (key: HmacKey, data: string) => new Uint8Array(await crypto.subtle.sign('HMAC', key, toBytes(data)));

/** Web Crypto (`crypto.subtle`): browsers, workers, edge runtimes, Deno, Bun, Node. */
export const webSigningCrypto: SigningCrypto = {
  sha256Hex: async (data) => hex(new Uint8Array(await crypto.subtle.digest('SHA-256', toBytes(data)))),
  hmac: async (key, data) => hmacBytes(await importHmacKey(key), data),
  importKey: importHmacKey,
  sign: async (key, data) => hex(await hmacBytes(key as HmacKey, data)),
};
