/**
 * Synchronous, dependency-free SHA-256 (FIPS 180-4) over the UTF-8 encoding of a string.
 *
 * The core runs in browsers under a strict CSP and has no I/O, so it cannot use `node:crypto`
 * or the asynchronous WebCrypto `subtle.digest`. This is a plain 32-bit implementation: full
 * input blocks are compressed straight from the encoded bytes, only the final one or two padded
 * blocks are copied into a small tail buffer, and the message schedule is one `Int32Array(64)`
 * reused for every block.
 * @module
 */

/** The 64 round constants: first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K: Int32Array = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** Initial hash value: first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const H0: Int32Array = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const encoder: { encode(input: string): Uint8Array } = new TextEncoder();

/** Compresses the 64-byte block of `bytes` starting at `offset` into the running state `h`. */
function compress(h: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let t = 0; t < 16; t++) {
    const i = offset + t * 4;
    w[t] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
  }
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }

  let a = h[0]!;
  let b = h[1]!;
  let c = h[2]!;
  let d = h[3]!;
  let e = h[4]!;
  let f = h[5]!;
  let g = h[6]!;
  let hh = h[7]!;

  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + K[t]! + w[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }

  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
  h[5] = (h[5]! + f) | 0;
  h[6] = (h[6]! + g) | 0;
  h[7] = (h[7]! + hh) | 0;
}

/**
 * SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits (lone surrogates are
 * encoded as U+FFFD, exactly as `TextEncoder` and Node's `Buffer` do).
 */
export function sha256Hex(text: string): string {
  const bytes = encoder.encode(text);
  const length = bytes.length;
  const h = new Int32Array(H0);
  const w = new Int32Array(64);

  const fullBlocksEnd = length - (length % 64);
  for (let offset = 0; offset < fullBlocksEnd; offset += 64) compress(h, w, bytes, offset);

  // Tail: remaining bytes, the 0x80 marker, zero fill and the 64-bit big-endian bit length.
  // One block when the remainder is at most 55 bytes, two otherwise.
  const remainder = length - fullBlocksEnd;
  const tailLength = remainder < 56 ? 64 : 128;
  const tail = new Uint8Array(tailLength);
  tail.set(bytes.subarray(fullBlocksEnd));
  tail[remainder] = 0x80;
  const bitsHigh = Math.floor(length / 0x20000000); // length * 8 / 2^32, exact for any real length
  const bitsLow = (length << 3) >>> 0;
  tail[tailLength - 8] = bitsHigh >>> 24;
  tail[tailLength - 7] = bitsHigh >>> 16;
  tail[tailLength - 6] = bitsHigh >>> 8;
  tail[tailLength - 5] = bitsHigh;
  tail[tailLength - 4] = bitsLow >>> 24;
  tail[tailLength - 3] = bitsLow >>> 16;
  tail[tailLength - 2] = bitsLow >>> 8;
  tail[tailLength - 1] = bitsLow;
  for (let offset = 0; offset < tailLength; offset += 64) compress(h, w, tail, offset);

  let hex = "";
  for (let i = 0; i < 8; i++) hex += (h[i]! >>> 0).toString(16).padStart(8, "0");
  return hex;
}
