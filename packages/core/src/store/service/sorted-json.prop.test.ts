/**
 * The fingerprint text must not change from one release to the next: the fast sorted JSON equals
 * the replacer-based reference on any JSON value, on objects whose keys come in any order
 * (`__proto__`, integer-like and empty keys included), and on what is not plain JSON (`undefined`,
 * functions, dates and other `toJSON` values, null-prototype objects, very deep nesting).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortedJson, sortedJsonByReplacer } from "./sorted-json.js";

const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "0", "10", "2", "", "a", "b", "Z"));
const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined), fc.constant(() => 1), fc.date({ noInvalidDate: true }), fc.constant(Number.NaN), fc.constant(-0));
const tree = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 5 }),
    // Objects built key by key in the generated (usually unsorted) order; an own `__proto__` data key stays one.
    fc.array(fc.tuple(key, tie("node")), { maxLength: 6 }).map((entries) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
    fc.array(fc.tuple(key, tie("node")), { maxLength: 4 }).map((entries) => Object.assign(Object.create(null) as object, Object.fromEntries(entries))),
  ),
}));

describe("sortedJson (idempotency fingerprints)", () => {
  it("writes exactly the reference's text for any value (property)", () => {
    fc.assert(
      fc.property(tree.node, (value) => {
        expect(sortedJson(value)).toBe(sortedJsonByReplacer(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes exactly the reference's text for JSON parsed from text, own __proto__ keys included", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed: unknown = JSON.parse(JSON.stringify(value) ?? "null");
        expect(sortedJson(parsed)).toBe(sortedJsonByReplacer(parsed));
      }),
    );
    const parsed: unknown = JSON.parse('{"z":1,"__proto__":{"b":2,"a":1},"a":[{"y":1,"x":2}]}');
    expect(sortedJson(parsed)).toBe('{"__proto__":{"a":1,"b":2},"a":[{"x":2,"y":1}],"z":1}');
    expect(sortedJsonByReplacer(parsed)).toBe(sortedJson(parsed));
  });

  it("sorts nested keys and leaves the input untouched", () => {
    const input = { b: { d: 1, c: [{ f: 1, e: 2 }] }, a: "x" };
    const before = JSON.stringify(input);
    expect(sortedJson(input)).toBe('{"a":"x","b":{"c":[{"e":2,"f":1}],"d":1}}');
    expect(JSON.stringify(input)).toBe(before);
  });

  it("hands toJSON values and nesting too deep for its walk to the reference", () => {
    const withDate = { when: new Date(0), custom: { toJSON: () => ({ b: 1, a: 2 }) } };
    expect(sortedJson(withDate)).toBe('{"custom":{"a":2,"b":1},"when":"1970-01-01T00:00:00.000Z"}');
    let deep: unknown = 0;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const outcome = (f: (v: unknown) => string): string => {
      try {
        return f(deep);
      } catch (error) {
        return (error as Error).name;
      }
    };
    expect(outcome(sortedJson)).toBe(outcome(sortedJsonByReplacer));
  });
});
