/**
 * Number writing and bilingual templates: decimal comma in Bahasa Indonesia, explicit sign with
 * U+2212 for gaps, per-language parameters, short renderings of odd values.
 */
import { describe, expect, it } from "vitest";
import { fillBoth, joinBoth, numberText, show, signedText } from "./format.js";

describe("numberText / signedText", () => {
  it("writes a decimal comma in Bahasa Indonesia and a point in English", () => {
    expect(numberText(62.5)).toEqual({ id: "62,5", en: "62.5" });
    expect(numberText(1e-7)).toEqual({ id: "0,0000001", en: "0.0000001" });
    expect(numberText(100)).toEqual({ id: "100", en: "100" });
  });

  it("signs gaps: plus, the minus sign U+2212, and a bare zero", () => {
    expect(signedText(12.5)).toEqual({ id: "+12,5", en: "+12.5" });
    expect(signedText(-37.5)).toEqual({ id: "\u221237,5", en: "\u221237.5" });
    expect(signedText(0)).toEqual({ id: "0", en: "0" });
  });
});

describe("fillBoth / joinBoth", () => {
  it("fills each language with its own rendering of numbers, texts and lists", () => {
    const t = fillBoth({ id: "{a} {b} {c} {d} {x}", en: "{a} {b} {c} {d} {x}" }, { a: 2.5, b: { id: "dua", en: "two" }, c: "tetap", d: ["p", { id: "q", en: "Q" }] });
    expect(t).toEqual({ id: "2,5 dua tetap p, q {x}", en: "2.5 two tetap p, Q {x}" });
  });

  it("joins bilingual parts with a bilingual separator", () => {
    expect(joinBoth([{ id: "a", en: "A" }, { id: "b", en: "B" }], { id: " dan ", en: " and " })).toEqual({ id: "a dan b", en: "A and B" });
  });
});

describe("show", () => {
  it("renders any value briefly and safely", () => {
    expect([show(undefined), show(null), show(3), show("x"), show(5n), show(() => 1)]).toEqual(["undefined", "null", "3", '"x"', "5n", "function"]);
    expect(show("a".repeat(100))).toHaveLength(60);
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(show(cyclic)).toBe("object");
  });
});
