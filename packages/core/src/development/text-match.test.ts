/**
 * Keyword matching: case-insensitive, whole words in sequence, punctuation and hyphens separate
 * words, NFKC-normalised; values (tags, aspects) compare whole and case-insensitively.
 */
import { describe, expect, it } from "vitest";
import { containsKeyword, isUsableKeyword, matchingKeywords, matchingValues, words } from "./text-match.js";

describe("words", () => {
  it("lower-cases and splits on anything but letters and digits", () => {
    expect(words("Persentase layanan berbasis Teknologi-Informasi (TI), 2024")).toEqual(["persentase", "layanan", "berbasis", "teknologi", "informasi", "ti", "2024"]);
    expect(words("  ")).toEqual([]);
    expect(words("ＴＩ")).toEqual(["ti"]); // full-width letters fold under NFKC
  });
});

describe("containsKeyword / matchingKeywords", () => {
  const text = words("Persentase layanan kesehatan berbasis teknologi informasi");

  it("matches whole words in sequence, ignoring case", () => {
    expect(containsKeyword(text, "Teknologi Informasi")).toBe(true);
    expect(containsKeyword(text, "berbasis teknologi")).toBe(true);
    expect(containsKeyword(text, "informasi teknologi")).toBe(false);
    expect(containsKeyword(text, "teknologi-informasi")).toBe(true);
    expect(containsKeyword(text, "layan")).toBe(false);
    expect(containsKeyword(words("Jumlah pasien"), "ti")).toBe(false);
    expect(containsKeyword(text, "!!!")).toBe(false);
  });

  it("returns the matching keywords in the catalogue's order", () => {
    expect(matchingKeywords("Dinas Kesehatan — Puskesmas Belawan", ["puskesmas", "rumah sakit", "kesehatan"])).toEqual(["puskesmas", "kesehatan"]);
  });

  it("a keyword without letters or digits is unusable", () => {
    expect(isUsableKeyword("—")).toBe(false);
    expect(isUsableKeyword("e-learning")).toBe(true);
  });
});

describe("matchingValues", () => {
  it("compares whole values, ignoring case and surrounding spaces", () => {
    expect(matchingValues(["KUALITAS"], ["kualitas ", "WAKTU"])).toEqual(["kualitas "]);
    expect(matchingValues(["digital"], ["digit"])).toEqual([]);
  });
});
