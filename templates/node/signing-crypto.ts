// SHA-256 and HMAC for SigV4 with node:crypto: synchronous, and no Web Crypto to load.
import * as nodeCrypto from 'node:crypto';
import type { SigningCrypto } from '../signing.js';

// `crypto.hash` (Node 20.12+) hashes small inputs in one call.
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string }).hash;

export const nodeSigningCrypto: SigningCrypto = {
  sha256Hex: oneShot ? (data) => oneShot('sha256', data, 'hex') : (data) => nodeCrypto.createHash('sha256').update(data).digest('hex'),
  hmac: (key, data) => nodeCrypto.createHmac('sha256', key).update(data).digest(),
  importKey: (key) => nodeCrypto.createSecretKey(key),
  sign: (key, data) => nodeCrypto.createHmac('sha256', key as nodeCrypto.KeyObject).update(data).digest('hex'),
};
