import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256.js";

/** Any code point, or any single UTF-16 code unit (so lone surrogates occur too). */
const anyCodeUnitOrPoint = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
);

/** Reference digest from Node's OpenSSL binding (allowed in tests, never in shipped code). */
function nodeSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

describe("sha256Hex known vectors (FIPS 180-4 / NIST examples)", () => {
  it("hashes the empty string", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it('hashes "abc" (one block)', () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the 448-bit message (56 bytes: padding spills into a second block)", () => {
    const message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    expect(message).toHaveLength(56);
    expect(sha256Hex(message)).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("hashes the 896-bit message (112 bytes)", () => {
    const message =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    expect(sha256Hex(message)).toBe("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  });

  it("hashes one million 'a'", () => {
    expect(sha256Hex("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("hashes the quick brown fox", () => {
    expect(sha256Hex("The quick brown fox jumps over the lazy dog")).toBe(
      "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592",
    );
  });

  it("hashes Unicode text as UTF-8 (2-, 3- and 4-byte sequences)", () => {
    const text = "Kinerja — penilaian kinerja ASN 🇮🇩 ñ 日本語";
    // Regression vector, cross-checked against node:crypto when written.
    expect(sha256Hex(text)).toBe("a5f92a57e615d612200173dc74148c1c13b0dbe89353f9d0813c9e854af3a818");
    expect(sha256Hex(text)).toBe(nodeSha256(text));
    expect(sha256Hex("é")).not.toBe(sha256Hex("e\u0301")); // no Unicode normalization
  });

  it("encodes lone surrogates as U+FFFD, like TextEncoder and Buffer", () => {
    expect(sha256Hex("a\ud800b")).toBe(sha256Hex("a\ufffdb"));
    expect(sha256Hex("a\ud800b")).toBe(nodeSha256("a\ud800b"));
  });

  it("returns 64 lowercase hex digits", () => {
    expect(sha256Hex("x")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("sha256Hex against node:crypto", () => {
  it("agrees for every ASCII length 0..300 (covers the 55/56/63/64/65/119/120/128-byte boundaries)", () => {
    let text = "";
    for (let length = 0; length <= 300; length++) {
      expect(sha256Hex(text), `length ${length}`).toBe(nodeSha256(text));
      text += String.fromCharCode(32 + ((length * 7) % 95));
    }
  });

  it("agrees for every byte length 0..300 built from multi-byte characters", () => {
    // Mix 1-, 2-, 3- and 4-byte UTF-8 characters, checking each prefix whose byte length is new.
    const pieces = ["a", "é", "€", "😀", "z", "ß", "日"];
    let text = "";
    let i = 0;
    while (Buffer.byteLength(text, "utf8") <= 300) {
      expect(sha256Hex(text), `bytes ${Buffer.byteLength(text, "utf8")}`).toBe(nodeSha256(text));
      text += pieces[i++ % pieces.length];
    }
  });

  it("agrees exactly at the padding boundaries 55, 56, 64 bytes and their multiples", () => {
    for (const base of [55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 183, 184, 192]) {
      const text = "\u00e9".repeat(Math.floor(base / 2)) + "x".repeat(base % 2); // 2-byte chars
      expect(Buffer.byteLength(text, "utf8")).toBe(base);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it("agrees for arbitrary strings, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnitOrPoint, maxLength: 400 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees on long inputs spanning many blocks", () => {
    const text = Array.from({ length: 5000 }, (_, k) => `${k}:${"αβγ".repeat(k % 5)};`).join("");
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });
});
