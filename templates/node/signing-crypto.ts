// SHA-256 and HMAC for SigV4 in Node: synchronous and in plain JavaScript (sha256.ts), so that a
// cold start loads neither node:crypto nor Web Crypto. A payload above LARGE_PAYLOAD is hashed by
// node:crypto, loaded then (once): plain JavaScript hashes about 8 µs a KiB once warm (node:crypto
// under 1 µs), and much slower in a cold process.
import { hex, type SigningCrypto } from '../signing.js';
import { hmacSha256, hmacSha256Key, sha256, type HmacSha256Key } from './sha256.js';

type NodeCrypto = typeof import('node:crypto');

/** Payloads longer than this (in bytes, or UTF-16 units of a string) are hashed by node:crypto. */
export const LARGE_PAYLOAD = 1024;

const encoder = /* @__PURE__ */ new TextEncoder();
const toBytes = (data: string | Uint8Array) => (typeof data === 'string' ? encoder.encode(data) : data);
let loadingCrypto: Promise<NodeCrypto> | undefined;

export const nodeSigningCrypto: SigningCrypto = {
  sha256Hex: (data) =>
    data.length > LARGE_PAYLOAD
      ? (loadingCrypto ??= import('node:crypto')).then((nodeCrypto) => nodeCrypto.createHash('sha256').update(data).digest('hex'))
      : hex(sha256(toBytes(data))),
  hmac: (key, data) => hmacSha256(toBytes(key), toBytes(data)),
  importKey: (key) => hmacSha256Key(key),
  sign: (key, data) => hex(hmacSha256(key as HmacSha256Key, toBytes(data))),
};
