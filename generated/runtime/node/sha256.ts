// Generated from the OpenAPI spec by templates/node/sha256.ts by generator/. Do not edit: run `npm run generate`.
// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) in plain JavaScript, over bytes. The Node entry
// signs with these: loading node:crypto costs a cold start 2 to 3 ms, while hashing the 27 blocks of a
// first signature here takes under 1 ms. Larger payloads are left to node:crypto (signing-crypto.ts).

// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = /* @__PURE__ */ Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
// The message schedule, reused by every block (hashing is synchronous).
const W = /* @__PURE__ */ new Int32Array(64);

/** Folds the 64-byte block of `data` at `offset` into `state`. */
function compress(state: Int32Array, data: Uint8Array, offset: number): void {
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!, e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  // The message schedule is computed as the rounds go (fewer operations: most of a cold start's hashing runs unoptimised).
  for (let i = 0; i < 64; i++) {
    let w: number;
    if (i < 16) {
      w = (data[offset]! << 24) | (data[offset + 1]! << 16) | (data[offset + 2]! << 8) | data[offset + 3]!;
      offset += 4;
    } else {
      const x = W[i - 15]!;
      const y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    W[i] = w;
    // Ch(e, f, g) = g ^ (e & (f ^ g)) and Maj(a, b, c) = (a & b) | (c & (a | b)): the usual forms, one operation shorter.
    const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[i]! + w) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** Hashes `data` on from `state`, which has taken `before` bytes (whole blocks) already; returns the digest. */
function finish(state: Int32Array, before: number, data: Uint8Array): Uint8Array {
  const whole = data.length - (data.length % 64);
  for (let offset = 0; offset < whole; offset += 64) compress(state, data, offset);
  // The rest, 0x80, zeros, and the length in bits as 64 bits big-endian: one block or two.
  const rest = data.length - whole;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(data.subarray(whole));
  tail[rest] = 0x80;
  const bits = (before + data.length) * 8;
  const high = Math.floor(bits / 0x1_0000_0000);
  for (let i = 0; i < 4; i++) {
    tail[tail.length - 8 + i] = high >>> (24 - 8 * i);
    tail[tail.length - 4 + i] = bits >>> (24 - 8 * i);
  }
  for (let offset = 0; offset < tail.length; offset += 64) compress(state, tail, offset);
  const digest = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = state[i]!;
    digest[4 * i] = word >>> 24;
    digest[4 * i + 1] = word >>> 16;
    digest[4 * i + 2] = word >>> 8;
    digest[4 * i + 3] = word;
  }
  return digest;
}

export function sha256(data: Uint8Array): Uint8Array {
  return finish(Int32Array.from(INITIAL), 0, data);
}

/** A key ready for HMAC: the states after its inner and outer padded blocks, so that each use hashes two blocks fewer. */
export interface HmacSha256Key {
  readonly inner: Int32Array;
  readonly outer: Int32Array;
}

export function hmacSha256Key(key: Uint8Array): HmacSha256Key {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  for (let i = 0; i < 64; i++) block[i]! ^= 0x36;
  const inner = Int32Array.from(INITIAL);
  compress(inner, block, 0);
  for (let i = 0; i < 64; i++) block[i]! ^= 0x36 ^ 0x5c;
  const outer = Int32Array.from(INITIAL);
  compress(outer, block, 0);
  return { inner, outer };
}

export function hmacSha256(key: HmacSha256Key | Uint8Array, data: Uint8Array): Uint8Array {
  const { inner, outer } = key instanceof Uint8Array ? hmacSha256Key(key) : key;
  return finish(outer.slice(), 64, finish(inner.slice(), 64, data));
}
