// The Node entry's plain-JavaScript SHA-256 and HMAC-SHA256 (runtime/node/sha256.ts) give what
// node:crypto gives, at every padding boundary, over many blocks and on seeded random inputs; and its
// SigningCrypto hashes a large payload with node:crypto, loaded then.
import { createHash, createHmac } from 'node:crypto';
import { hmacSha256, hmacSha256Key, sha256 } from '../../generated/runtime/node/sha256.js';
import { LARGE_PAYLOAD, nodeSigningCrypto } from '../../generated/runtime/node/signing-crypto.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const expectedHash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const expectedHmac = (key: Uint8Array | string, data: Uint8Array | string) => createHmac('sha256', key).update(data).digest('hex');

// A seeded generator (mulberry32), so that a failure repeats.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}
function randomBytes(next: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

// Around one and two blocks: where the length no longer fits the last block (55/56), and whole blocks.
const BOUNDARIES = [0, 1, 3, 31, 32, 54, 55, 56, 57, 62, 63, 64, 65, 118, 119, 120, 121, 127, 128, 129, 191, 192, 193];

describe('sha256', () => {
  test('the FIPS 180-4 examples', () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(hex(sha256(ascii('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(ascii('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test.each(BOUNDARIES)('%i bytes, as node:crypto hashes them', (length) => {
    const data = randomBytes(random(length + 1), length);
    expect(hex(sha256(data))).toBe(expectedHash(data));
  });

  test('many blocks: 1 MiB and a million "a"s', () => {
    const data = randomBytes(random(7), 1024 * 1024 + 13);
    expect(hex(sha256(data))).toBe(expectedHash(data));
    const as = new Uint8Array(1_000_000).fill(0x61);
    expect(hex(sha256(as))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  test('500 seeded random inputs of 0 to 4,096 bytes', () => {
    const next = random(2026);
    for (let i = 0; i < 500; i++) {
      const data = randomBytes(next, Math.floor(next() * 4097));
      expect([data.length, hex(sha256(data))]).toEqual([data.length, expectedHash(data)]);
    }
  });

  test('a view into a larger buffer hashes only its own bytes', () => {
    const buffer = randomBytes(random(3), 300);
    const view = buffer.subarray(17, 17 + 130);
    expect(hex(sha256(view))).toBe(expectedHash(view));
  });
});

describe('hmacSha256', () => {
  // Keys shorter than a block, a block long, and longer (then hashed first).
  const KEY_LENGTHS = [0, 1, 20, 32, 63, 64, 65, 100, 200];

  test.each(KEY_LENGTHS)('a key of %i bytes, at every boundary length of data', (keyLength) => {
    const key = randomBytes(random(keyLength + 100), keyLength);
    const prepared = hmacSha256Key(key);
    for (const length of BOUNDARIES) {
      const data = randomBytes(random(length + 1000), length);
      const expected = expectedHmac(key, data);
      expect([length, hex(hmacSha256(key, data))]).toEqual([length, expected]);
      expect([length, hex(hmacSha256(prepared, data))]).toEqual([length, expected]);
    }
  });

  test('a prepared key is reused unchanged', () => {
    const key = hmacSha256Key(new Uint8Array(32).fill(9));
    const data = new Uint8Array(100).fill(1);
    const first = hex(hmacSha256(key, data));
    expect(hex(hmacSha256(key, new Uint8Array(3)))).toBe(expectedHmac(new Uint8Array(32).fill(9), new Uint8Array(3)));
    expect(hex(hmacSha256(key, data))).toBe(first);
  });

  test('300 seeded random keys and inputs', () => {
    const next = random(42);
    for (let i = 0; i < 300; i++) {
      const key = randomBytes(next, Math.floor(next() * 150));
      const data = randomBytes(next, Math.floor(next() * 2000));
      expect([key.length, data.length, hex(hmacSha256(key, data))]).toEqual([key.length, data.length, expectedHmac(key, data)]);
    }
  });

  test('the SigV4 signing key of the AWS documentation', () => {
    // docs.aws.amazon.com, "Examples of how to derive a signing key for Signature Version 4".
    const utf8 = (text: string) => new TextEncoder().encode(text);
    let key = hmacSha256(utf8('AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'), utf8('20120215'));
    for (const part of ['us-east-1', 'iam', 'aws4_request']) key = hmacSha256(key, utf8(part));
    expect(hex(key)).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });
});

describe("the Node entry's SigningCrypto", () => {
  test('hashes strings as UTF-8 and bytes as they are, synchronously', () => {
    for (const text of ['', 'GET\n/v1/apps\n\nhost:pinpoint.us-east-1.amazonaws.com\n', '{"Name":"Café ☕ 𝄞"}', 'x'.repeat(LARGE_PAYLOAD)]) {
      expect(nodeSigningCrypto.sha256Hex(text)).toBe(expectedHash(text));
      const bytes = Buffer.from(text);
      if (bytes.length <= LARGE_PAYLOAD) expect(nodeSigningCrypto.sha256Hex(bytes)).toBe(expectedHash(bytes));
    }
  });

  test('hashes a payload above LARGE_PAYLOAD with node:crypto, asynchronously', async () => {
    const next = random(5);
    for (const length of [LARGE_PAYLOAD + 1, 3 * LARGE_PAYLOAD + 17]) {
      const bytes = randomBytes(next, length);
      const hashed = nodeSigningCrypto.sha256Hex(bytes);
      expect(hashed).toBeInstanceOf(Promise);
      await expect(hashed).resolves.toBe(expectedHash(bytes));
      const text = 'é'.repeat(length);
      await expect(nodeSigningCrypto.sha256Hex(text)).resolves.toBe(expectedHash(text));
    }
  });

  test('derives, imports and signs as node:crypto does', () => {
    const secret = 'AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
    const kDate = nodeSigningCrypto.hmac(secret, '20261124') as Uint8Array;
    expect(hex(kDate)).toBe(expectedHmac(secret, '20261124'));
    const kRegion = nodeSigningCrypto.hmac(kDate, 'eu-west-1') as Uint8Array;
    expect(hex(kRegion)).toBe(expectedHmac(kDate, 'eu-west-1'));
    const key = nodeSigningCrypto.importKey(kRegion);
    const stringToSign = `AWS4-HMAC-SHA256\n20261124T123456Z\n20261124/eu-west-1/mobiletargeting/aws4_request\n${'ab'.repeat(32)}`;
    expect(nodeSigningCrypto.sign(key, stringToSign)).toBe(expectedHmac(kRegion, stringToSign));
    expect(nodeSigningCrypto.sign(key, 'ü')).toBe(expectedHmac(kRegion, 'ü'));
  });
});
