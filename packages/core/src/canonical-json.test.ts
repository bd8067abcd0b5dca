import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./canonical-json.js";

/** The IEEE 754 double with the given 64-bit pattern (as RFC 8785 Appendix B lists them). */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe("canonicalJson: RFC 8785 examples", () => {
  it("sorts keys by UTF-16 code units (section 3.2.3)", () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it("sorts by code units, not code points or locale: U+1F600 (D83D DE00) before U+FB33", () => {
    expect(canonicalJson({ "\ufb33": 1, "\u{1f600}": 2 })).toBe('{"\u{1f600}":2,"\ufb33":1}');
    expect(canonicalJson({ b: 1, B: 2, a: 3, A: 4, ä: 5 })).toBe('{"A":4,"B":2,"a":3,"b":1,"ä":5}');
  });

  it("sorts integer-like keys as strings, not numerically", () => {
    expect(canonicalJson({ 2: "b", 10: "a", 1: "c" })).toBe('{"1":"c","10":"a","2":"b"}');
  });

  it("canonicalizes the section 3.2.2 sample", () => {
    const input = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`) as unknown;
    expect(canonicalJson(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it("prints numbers in ECMAScript shortest form (Appendix B)", () => {
    const table: ReadonlyArray<readonly [string, string]> = [
      ["0000000000000000", "0"],
      ["8000000000000000", "0"], // -0
      ["0000000000000001", "5e-324"],
      ["8000000000000001", "-5e-324"],
      ["7fefffffffffffff", "1.7976931348623157e+308"],
      ["ffefffffffffffff", "-1.7976931348623157e+308"],
      ["4340000000000000", "9007199254740992"],
      ["c340000000000000", "-9007199254740992"],
      ["4430000000000000", "295147905179352830000"],
      ["44b52d02c7e14af5", "9.999999999999997e+22"],
      ["44b52d02c7e14af6", "1e+23"],
      ["44b52d02c7e14af7", "1.0000000000000001e+23"],
      ["444b1ae4d6e2ef4e", "999999999999999700000"],
      ["444b1ae4d6e2ef4f", "999999999999999900000"],
      ["444b1ae4d6e2ef50", "1e+21"],
      ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
      ["3eb0c6f7a0b5ed8d", "0.000001"],
      ["41b3de4355555553", "333333333.3333332"],
      ["41b3de4355555554", "333333333.33333325"],
      ["41b3de4355555555", "333333333.3333333"],
      ["41b3de4355555556", "333333333.3333334"],
      ["41b3de4355555557", "333333333.33333343"],
      ["becbf647612f3696", "-0.0000033333333333333333"],
      ["43143ff3c1cb0959", "1424953923781206.2"],
    ];
    for (const [bits, expected] of table) {
      expect(canonicalJson(fromBits(bits)), bits).toBe(expected);
    }
  });

  it("prints the common number forms as JSON.stringify does", () => {
    expect(canonicalJson(1e21)).toBe("1e+21");
    expect(canonicalJson(1e20)).toBe("100000000000000000000");
    expect(canonicalJson(1e-7)).toBe("1e-7");
    expect(canonicalJson(1e-6)).toBe("0.000001");
    expect(canonicalJson(0.1)).toBe("0.1");
    expect(canonicalJson(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(canonicalJson(-0)).toBe("0");
    expect(canonicalJson([-0, { x: -0 }])).toBe('[0,{"x":0}]');
    expect(canonicalJson(1e30)).toBe("1e+30");
    expect(canonicalJson(4.5)).toBe("4.5");
    expect(canonicalJson(-12)).toBe("-12");
    for (const n of [1e21, 1e-7, 0.1, 1e30, 123.456, -1.5e-300]) {
      expect(canonicalJson(n)).toBe(JSON.stringify(n));
    }
  });
});

describe("canonicalJson: structure", () => {
  it("encodes primitives", () => {
    expect(canonicalJson(null)).toBe("null");
    expect(canonicalJson(true)).toBe("true");
    expect(canonicalJson(false)).toBe("false");
    expect(canonicalJson("")).toBe('""');
    expect(canonicalJson('a"b\\c\n\u0001\u007f')).toBe('"a\\"b\\\\c\\n\\u0001\u007f"');
  });

  it("escapes lone surrogates, so the output is always well-formed UTF-16", () => {
    expect(canonicalJson("\ud800")).toBe('"\\ud800"');
    expect(canonicalJson({ "\udfff": 1 })).toBe('{"\\udfff":1}');
    expect(contentHash("\ud800")).not.toBe(contentHash("\ufffd"));
  });

  it("encodes nested structures with no whitespace, keeping array order", () => {
    const policy = {
      version: 2,
      name: "SKP 2024",
      components: [
        { weight: 0.7, id: "hasil", rules: [{ when: "x > 1", then: [3, 2, 1] }] },
        { id: "perilaku", weight: 0.3, rules: [] },
      ],
      meta: { tags: ["b", "a"], empty: {} },
    };
    expect(canonicalJson(policy)).toBe(
      '{"components":[{"id":"hasil","rules":[{"then":[3,2,1],"when":"x > 1"}],"weight":0.7},' +
        '{"id":"perilaku","rules":[],"weight":0.3}],"meta":{"empty":{},"tags":["b","a"]},"name":"SKP 2024","version":2}',
    );
  });

  it("omits undefined-valued object properties, like JSON.stringify", () => {
    expect(canonicalJson({ a: 1, b: undefined, c: { d: undefined } })).toBe('{"a":1,"c":{}}');
    expect(canonicalJson({ a: undefined })).toBe("{}");
    expect(contentHash({ a: 1, b: undefined })).toBe(contentHash({ a: 1 }));
  });

  it("accepts null-prototype objects and shared (non-cyclic) references", () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare["z"] = 1;
    bare["a"] = [true];
    expect(canonicalJson(bare)).toBe('{"a":[true],"z":1}');
    const shared = { k: 1 };
    expect(canonicalJson([shared, shared, { s: shared }])).toBe('[{"k":1},{"k":1},{"s":{"k":1}}]');
  });

  it("keeps a __proto__ key as ordinary data and never touches the prototype", () => {
    const parsed = JSON.parse('{"b":2,"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"polluted":true},"a":1,"b":2}');
    const defined: Record<string, unknown> = {};
    Object.defineProperty(defined, "__proto__", { value: [1], enumerable: true, configurable: true, writable: true });
    expect(canonicalJson(defined)).toBe('{"__proto__":[1]}');
    expect(JSON.parse(canonicalJson(parsed))).toEqual(parsed);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    // A literal `__proto__:` sets the prototype (here: null) instead of creating a key.
    expect(canonicalJson({ __proto__: null, a: 1 })).toBe('{"a":1}');
  });

  it("ignores symbol-keyed and non-enumerable properties, as JSON does", () => {
    const value: Record<string | symbol, unknown> = { a: 1, [Symbol("s")]: 2 };
    Object.defineProperty(value, "hidden", { value: 3, enumerable: false });
    expect(canonicalJson(value)).toBe('{"a":1}');
  });
});

describe("canonicalJson: rejected values", () => {
  const cases: ReadonlyArray<readonly [string, unknown, RegExp]> = [
    ["NaN", { a: [1, Number.NaN] }, /NaN at \$\.a\[1\]/],
    ["Infinity", { a: { b: Number.POSITIVE_INFINITY } }, /Infinity at \$\.a\.b/],
    ["-Infinity", [Number.NEGATIVE_INFINITY], /-Infinity at \$\[0\]/],
    ["bigint", { n: 1n }, /bigint at \$\.n/],
    ["function", { f: () => 1 }, /function at \$\.f/],
    ["symbol", { s: Symbol("x") }, /symbol at \$\.s/],
    ["Date", { meta: { created: new Date(0) } }, /Date object at \$\.meta\.created/],
    ["Map", { m: new Map() }, /Map object at \$\.m/],
    ["class instance", [{ x: new (class Point {})() }], /Point object at \$\[0\]\.x/],
    ["boxed number", { n: new Number(1) }, /Number object at \$\.n/],
    ["typed array", { bytes: new Uint8Array(2) }, /Uint8Array object at \$\.bytes/],
    ["RegExp", { "two words": /x/ }, /RegExp object at \$\["two words"\]/],
    ["undefined root", undefined, /undefined at \$:/],
    ["undefined array item", { xs: [1, undefined] }, /undefined at \$\.xs\[1\]/],
    // eslint-disable-next-line no-sparse-arrays
    ["array hole", [1, , 3], /undefined at \$\[1\]: sparse array hole/],
  ];

  for (const [name, value, message] of cases) {
    it(`throws a TypeError naming the path for ${name}`, () => {
      expect(() => canonicalJson(value)).toThrow(TypeError);
      expect(() => canonicalJson(value)).toThrow(message);
      expect(() => contentHash(value)).toThrow(TypeError);
    });
  }

  it("throws on cycles, through objects and arrays", () => {
    const a: Record<string, unknown> = { x: 1 };
    a["self"] = a;
    expect(() => canonicalJson(a)).toThrow(/cyclic reference/);
    expect(() => canonicalJson(a)).toThrow(/at \$\.self/);
    const list: unknown[] = [1];
    list.push({ back: list });
    expect(() => canonicalJson(list)).toThrow(TypeError);
    expect(() => canonicalJson(list)).toThrow(/at \$\[1\]\.back/);
  });
});

describe("contentHash", () => {
  it("is the lowercase hex SHA-256 of the UTF-8 canonical JSON", () => {
    const value = { z: "ñ€😀", a: [1.5, -0, null], m: { y: true, x: false } };
    const expected = createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
    expect(contentHash(value)).toBe(expected);
    expect(contentHash({})).toBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });

  it("ignores key order and number spelling, but not array order or values", () => {
    expect(contentHash({ b: 1, a: [true, null] })).toBe(contentHash(JSON.parse('{ "a": [true, null], "b": 1.0 }')));
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: "1" }));
  });
});
