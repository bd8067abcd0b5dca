import { describe, expect, it } from "vitest";
import { compilePolicy, type FieldType, type PolicyDocument } from "../index.js";

// Regression: member reads skip Object.hasOwn for speed; a field that is absent must still read
// as null, never as an inherited Object.prototype member (`valueOf`, `toString`, `__proto__`).
const doc: PolicyDocument = {
  id: "member",
  version: "1",
  effective: { from: "2024-01-01" },
  title: { id: "Anggota", en: "Members" },
  inputs: {
    // Built from entries: an object literal with `valueOf` / `toString` keys confuses TypeScript's contextual typing.
    o: { type: "object", fields: Object.fromEntries<FieldType>([["valueOf", { type: "number", optional: true }], ["toString", { type: "string", optional: true }]]) },
    k: { type: "string" },
  },
  constants: { tabel: { a: 1, b: 2 } },
  decisions: {
    v: { kind: "formula", expr: "coalesce(o.valueOf, 7)" },
    s: { kind: "formula", expr: 'coalesce(o.toString, "kosong")' },
    t: { kind: "formula", expr: "coalesce(tabel[k], -1)" },
  },
};

describe("member reads never see Object.prototype", () => {
  const policy = compilePolicy(doc);
  it.each(["toString", "valueOf", "__proto__", "constructor", "hasOwnProperty", "a"])("key %s", (k) => {
    expect(policy.score({ o: {}, k }).outputs).toEqual({ v: 7, s: "kosong", t: k === "a" ? 1 : -1 });
  });
  it("reads own data of the same names", () => {
    expect(policy.score({ o: { valueOf: 3, toString: "ada" }, k: "b" }).outputs).toEqual({ v: 3, s: "ada", t: 2 });
  });
});

describe("inputs that are not plain objects", () => {
  const policy = compilePolicy(doc);
  it("are scored as their own data: prototype fields and accessors do not count", () => {
    class Masukan {
      k = "a";
      o: Record<string, unknown> = Object.create({ valueOf: 5, toString: "warisan" }) as Record<string, unknown>;
      get ekstra(): number {
        return 1;
      }
    }
    expect(policy.score(new Masukan()).outputs).toEqual({ v: 7, s: "kosong", t: 1 });
    const inheritedAll = Object.create({ o: { valueOf: 1 }, k: "b" }) as object;
    expect(policy.safeScore(inheritedAll).ok).toBe(false);
  });
});
