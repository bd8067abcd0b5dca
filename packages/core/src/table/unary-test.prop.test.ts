/*
 * Laws of unary tests, checked on random tests:
 * (1) print/parse round-trip: parseUnaryTest(printUnaryTest(t)) succeeds and equals t, and printing
 *     is idempotent;
 * (2) testsIntersect(a, b) agrees with brute force over a dense grid of values, for numeric tests
 *     whose boundaries are small integers and halves (unbounded and clipped domains);
 * (3) a matcher's truth is constant between consecutive representatives: any value strictly between
 *     two neighbouring representatives (or beyond the outermost ones) gets the same answer as the
 *     neighbour that is not a boundary point.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  boundaryPoints,
  compileUnaryTest,
  parseUnaryTest,
  printUnaryTest,
  representatives,
  testsIntersect,
  type CompareOp,
  type NameRef,
  type Scalar,
  type UnaryItem,
  type UnaryTest,
} from "./unary-test.js";

const ORDER_OPS: readonly CompareOp[] = ["<", "<=", ">", ">="];
const KEYWORDS = new Set(["true", "false", "null", "not"]);

const arbNumber: fc.Arbitrary<number> = fc
  .oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (n === 0 ? 0 : n));
const arbString: fc.Arbitrary<string> = fc.oneof(fc.string(), fc.string({ unit: "binary" }));
const arbScalar: fc.Arbitrary<Scalar> = fc.oneof(arbNumber, arbString, fc.boolean(), fc.constant(null));
const arbSegment: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/),
  fc.constantFrom("SANGAT_BAIK", "Ñilai_2", "nothing", "notasi", "batas", "sangatBaik", "__proto__"),
);
/** A name: an identifier that is not a keyword, then up to two `.field` segments (which may be keywords). */
const arbName: fc.Arbitrary<string> = fc
  .tuple(
    arbSegment.filter((name) => !KEYWORDS.has(name)),
    fc.array(fc.oneof(arbSegment, fc.constantFrom(...KEYWORDS)), { maxLength: 2 }),
  )
  .map(([first, rest]) => [first, ...rest].join("."));
const arbRef: fc.Arbitrary<NameRef> = arbName.map((name) => ({ name }));

interface ItemSource {
  readonly numbers: fc.Arbitrary<number>;
  readonly strings?: fc.Arbitrary<string>;
  readonly scalars: fc.Arbitrary<Scalar>;
  readonly names: boolean;
}

/**
 * Random items of every kind, respecting what the parser accepts (orderable values, same-typed
 * literal bounds); with `names`, any value or bound may also be a name.
 */
function arbItem(source: ItemSource): fc.Arbitrary<UnaryItem> {
  const { numbers, strings, scalars } = source;
  const orderable: fc.Arbitrary<number | string | NameRef> = strings ? fc.oneof(numbers, strings) : numbers;
  const named = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | NameRef> => (source.names ? fc.oneof(arb, arbRef) : arb);
  const compare = fc.oneof(
    fc.record({ kind: fc.constant("compare" as const), op: fc.constantFrom(...ORDER_OPS), value: named(orderable) }),
    fc.record({ kind: fc.constant("compare" as const), op: fc.constantFrom<CompareOp>("=", "!="), value: named(scalars) }),
  );
  const numberBounds = fc.tuple(numbers, numbers);
  const literalBounds = strings ? fc.oneof(numberBounds, fc.tuple(strings, strings)) : numberBounds;
  const bounds: fc.Arbitrary<[number | string | NameRef, number | string | NameRef]> = source.names
    ? fc.oneof(literalBounds, fc.tuple(arbRef, orderable), fc.tuple(orderable, arbRef), fc.tuple(arbRef, arbRef))
    : literalBounds;
  return fc.oneof(
    compare,
    fc.record({ bounds, lowInclusive: fc.boolean(), highInclusive: fc.boolean() }).map(
      ({ bounds: [low, high], lowInclusive, highInclusive }): UnaryItem => ({ kind: "range", low, high, lowInclusive, highInclusive }),
    ),
  );
}

function arbTest(item: fc.Arbitrary<UnaryItem>): fc.Arbitrary<UnaryTest> {
  const listTest = fc.record({
    kind: fc.constant("list" as const),
    negated: fc.boolean(),
    items: fc.array(item, { minLength: 1, maxLength: 4 }),
  });
  return fc.oneof({ arbitrary: fc.constant<UnaryTest>({ kind: "any" }), weight: 1 }, { arbitrary: listTest, weight: 6 });
}

/** Any test the parser can produce. */
const arbAnyTest: fc.Arbitrary<UnaryTest> = arbTest(
  arbItem({ numbers: arbNumber, strings: arbString, scalars: arbScalar, names: true }),
);

/** Numeric tests whose boundaries are integers and halves in [-5, 5]. */
const arbHalf: fc.Arbitrary<number> = fc.integer({ min: -10, max: 10 }).map((n) => (n === 0 ? 0 : n / 2));
const arbNumericTest: fc.Arbitrary<UnaryTest> = arbTest(arbItem({ numbers: arbHalf, scalars: arbHalf, names: false }));

/** Every quarter in [-7, 7]: hits every boundary and every open cell between halves in [-5, 5], and beyond. */
const GRID: readonly number[] = Array.from({ length: 57 }, (_, i) => -7 + i / 4);

function bruteIntersect(a: UnaryTest, b: UnaryTest, values: readonly number[]): boolean {
  const matchA = compileUnaryTest(a);
  const matchB = compileUnaryTest(b);
  return values.some((v) => matchA(v) && matchB(v));
}

describe("unary-test laws", () => {
  it("(1) printing then parsing gives back the same test", () => {
    fc.assert(
      fc.property(arbAnyTest, (test) => {
        const text = printUnaryTest(test);
        const parsed = parseUnaryTest(text);
        expect(parsed).toEqual({ ok: true, test });
        if (parsed.ok) expect(printUnaryTest(parsed.test)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("(2) testsIntersect agrees with brute force over a dense grid (unbounded domain)", () => {
    fc.assert(
      fc.property(arbNumericTest, arbNumericTest, (a, b) => {
        expect(testsIntersect(a, b, { kind: "number" })).toBe(bruteIntersect(a, b, GRID));
      }),
      { numRuns: 1000 },
    );
  });

  it("(2) testsIntersect agrees with brute force over a dense grid (clipped domain)", () => {
    const arbDomain = fc.tuple(arbHalf, arbHalf).map(([x, y]) => ({ min: Math.min(x, y), max: Math.max(x, y) }));
    fc.assert(
      fc.property(arbNumericTest, arbNumericTest, arbDomain, (a, b, { min, max }) => {
        const inDomain = GRID.filter((v) => v >= min && v <= max);
        expect(testsIntersect(a, b, { kind: "number", min, max })).toBe(bruteIntersect(a, b, inDomain));
      }),
      { numRuns: 1000 },
    );
  });

  it("(3) a matcher's truth is constant between consecutive representatives", () => {
    const arbValue = fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), fc.integer({ min: -40, max: 40 }).map((n) => n / 4));
    fc.assert(
      fc.property(fc.array(arbNumericTest, { minLength: 1, maxLength: 4 }), fc.array(arbValue, { maxLength: 20 }), (tests, values) => {
        const reps = representatives(tests, { kind: "number" }).filter((r): r is number => typeof r === "number");
        expect(reps).toEqual([...reps].sort((x, y) => x - y));
        expect(new Set(reps).size).toBe(reps.length);
        const boundaries = new Set(boundaryPoints(tests).numbers);
        const matchers = tests.map(compileUnaryTest);
        for (const x of values) {
          const neighbour = openCellRepresentative(reps, boundaries, x);
          if (neighbour === undefined) continue;
          for (const match of matchers) expect(match(x), `x=${x}, neighbour=${neighbour}`).toBe(match(neighbour));
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** The representative of the open cell holding `x` (the non-boundary neighbour), or undefined when `x` is a representative. */
function openCellRepresentative(reps: readonly number[], boundaries: ReadonlySet<number>, x: number): number | undefined {
  if (reps.includes(x)) return undefined;
  const above = reps.findIndex((r) => r > x);
  const candidates = above === -1 ? [reps[reps.length - 1]] : [reps[above - 1], reps[above]];
  const inner = candidates.filter((r): r is number => r !== undefined && !boundaries.has(r));
  expect(inner.length, `x=${x} between ${String(candidates)}`).toBe(1);
  return inner[0];
}
