/**
 * Policy sets: versions with effective dates, the version in force on a date (both ends
 * inclusive), gaps, and the checks of a set (overlaps, duplicate versions, mixed ids).
 */
import { describe, expect, it } from "vitest";
import { createPolicySet, inForce, KinerjaError, scoreOn, selectVersion, type CompiledPolicy, type PolicySet } from "./index.js";

function version(v: string, from: string, to?: string, options: { id?: string; factor?: number } = {}): Record<string, unknown> {
  return {
    id: options.id ?? "skp",
    version: v,
    effective: to === undefined ? { from } : { from, to },
    title: { id: "SKP", en: "SKP" },
    inputs: { x: { type: "number" } },
    decisions: { r: { kind: "formula", expr: `x * ${options.factor ?? 1}` } },
  };
}

function thrown(fn: () => unknown): KinerjaError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KinerjaError);
    return error as KinerjaError;
  }
  throw new Error("expected a KinerjaError");
}

// 2022 (closed), then a gap in July 2023, then 2023-08 onwards (open-ended); given out of order.
const set: PolicySet = createPolicySet([
  version("2023.2", "2023-08-01", undefined, { factor: 3 }),
  version("2022", "2022-01-01", "2023-06-30", { factor: 2 }),
]);

describe("createPolicySet", () => {
  it("orders the versions by start date and freezes the set", () => {
    expect(set.id).toBe("skp");
    expect(set.versions.map((v) => v.version)).toEqual(["2022", "2023.2"]);
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.versions)).toBe(true);
  });

  it("accepts adjacent periods (one ends the day before the next starts)", () => {
    const adjacent = createPolicySet([version("1", "2022-01-01", "2022-12-31"), version("2", "2023-01-01")]);
    expect(adjacent.versions).toHaveLength(2);
  });

  it("rejects periods that share a day", () => {
    const error = thrown(() => createPolicySet([version("1", "2022-01-01", "2022-12-31"), version("2", "2022-12-31")]));
    expect(error.code).toBe("POLICY_SET_INVALID");
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([["POLICY_SET_INVALID", [1, "effective"]]]);
    expect(error.issues[0]?.message.en).toBe("The effective periods of versions '1' and '2' overlap");
  });

  it("rejects an open-ended version followed by another", () => {
    const error = thrown(() => createPolicySet([version("1", "2022-01-01"), version("2", "2030-01-01")]));
    expect(error.code).toBe("POLICY_SET_INVALID");
  });

  it("reports every overlapping pair, not only neighbours", () => {
    const error = thrown(() =>
      createPolicySet([version("lama", "2022-01-01", "2022-12-31"), version("a", "2022-03-01", "2022-04-01"), version("b", "2022-05-01", "2022-06-01")]),
    );
    expect(error.issues.map((i) => i.message.en)).toEqual([
      "The effective periods of versions 'lama' and 'a' overlap",
      "The effective periods of versions 'lama' and 'b' overlap",
    ]);
    expect(error.issues.map((i) => i.path)).toEqual([
      [1, "effective"],
      [2, "effective"],
    ]);
  });

  it("rejects a duplicate version", () => {
    const error = thrown(() => createPolicySet([version("1", "2022-01-01", "2022-06-30"), version("1", "2022-07-01")]));
    expect(error.code).toBe("POLICY_SET_INVALID");
    expect(error.issues.map((i) => [i.path, i.message.en])).toEqual([[[1, "version"], "Version '1' appears twice"]]);
  });

  it("rejects versions of different policies", () => {
    const error = thrown(() => createPolicySet([version("1", "2022-01-01", "2022-06-30"), version("2", "2022-07-01", undefined, { id: "lain" })]));
    expect(error.code).toBe("POLICY_SET_INVALID");
    expect(error.issues.map((i) => [i.path, i.message.en])).toEqual([[[1, "id"], "A policy set holds one policy id; found skp, lain"]]);
    expect(error.text.id).not.toBe(error.text.en);
  });

  it("rejects an empty set or something that is not a list", () => {
    expect(thrown(() => createPolicySet([])).code).toBe("POLICY_SET_INVALID");
    expect(thrown(() => createPolicySet(null as unknown as unknown[])).code).toBe("POLICY_SET_INVALID");
  });

  it("reports the problems of every invalid document, prefixed with its index", () => {
    const error = thrown(() => createPolicySet([version("1", "2022-01-01", "2022-06-30"), { ...version("2", "2022-07-01"), id: "" }, { ...version("3", "2023-01-01"), decisions: { r: { kind: "formula", expr: "nope" } } }]));
    expect(error.code).toBe("POLICY_INVALID");
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["SCHEMA", [1, "id"]],
      ["UNKNOWN_NAME", [2, "decisions", "r", "expr"]],
    ]);
  });
});

describe("selectVersion", () => {
  it.each([
    ["2022-01-01", "2022"],
    ["2022-07-15", "2022"],
    ["2023-06-30", "2022"],
    ["2023-08-01", "2023.2"],
    ["2099-12-31", "2023.2"],
  ])("on %s picks %s (from and to inclusive)", (date, expected) => {
    expect(selectVersion(set, date).version).toBe(expected);
  });

  it.each(["2021-12-31", "2023-07-01", "2023-07-31"])("on %s (before the first version or in the gap) throws NO_VERSION_IN_FORCE", (date) => {
    const error = thrown(() => selectVersion(set, date));
    expect(error.code).toBe("NO_VERSION_IN_FORCE");
    expect(error.path).toEqual(["date"]);
    expect(error.text.en).toBe(`No version of policy 'skp' is in force on ${date}`);
  });

  it.each(["2023-02-29", "2023-13-01", "20230101", "2023-1-1", ""])("rejects the invalid date %j with INPUT_INVALID", (date) => {
    const error = thrown(() => selectVersion(set, date));
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.path).toEqual(["date"]);
  });

  it("inForce agrees with selectVersion on the boundaries", () => {
    const [v2022, v2023] = set.versions as [CompiledPolicy, CompiledPolicy];
    expect([inForce(v2022, "2023-06-30"), inForce(v2022, "2023-07-01")]).toEqual([true, false]);
    expect([inForce(v2023, "2023-07-31"), inForce(v2023, "2023-08-01")]).toEqual([false, true]);
  });
});

describe("scoreOn", () => {
  it("scores with the version in force and says which one", () => {
    const old = scoreOn(set, "2023-06-30", { x: 5 });
    const current = scoreOn(set, "2023-08-01", { x: 5 });
    expect(old.outputs).toEqual({ r: 10 });
    expect(current.outputs).toEqual({ r: 15 });
    expect(old.policy).toEqual({ id: "skp", version: "2022", hash: set.versions[0]?.hash });
    expect(current.policy.version).toBe("2023.2");
    expect(old.policy.hash).not.toBe(current.policy.hash);
  });

  it("passes the options through and fails like selectVersion", () => {
    expect(scoreOn(set, "2024-01-01", { x: 1 }, { trace: true }).trace?.decisions.map((d) => d.name)).toEqual(["r"]);
    expect(thrown(() => scoreOn(set, "2023-07-15", { x: 1 })).code).toBe("NO_VERSION_IN_FORCE");
    expect(thrown(() => scoreOn(set, "2024-01-01", { x: "1" })).code).toBe("INPUT_INVALID");
  });
});
