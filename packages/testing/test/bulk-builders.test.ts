/**
 * The bulk builders of @kinerja/testing: `seedAgreedPlans` writes one agreed plan per employee
 * and year, at most `parallel` writes at a time; `evaluationsFor` takes every period of every
 * plan in order and refuses to make up more than there are; `inParallel` keeps the input order.
 */
import type { KinerjaStore, StoredPlan } from "@kinerja/core";
import { parseNip } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { evaluationsFor, inParallel, periodsOf, seedAgreedPlans } from "../src/index.js";

describe("periodsOf", () => {
  it("lists the year, its four quarters and its twelve months, in that order", () => {
    const periods = periodsOf(2025);
    expect(periods).toHaveLength(17);
    expect(periods.slice(0, 6)).toEqual(["2025", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025-01"]);
    expect(periods.at(-1)).toBe("2025-12");
  });
});

describe("evaluationsFor", () => {
  const plans = [plan("p1", 2024), plan("p2", 2025)];

  it("builds one evaluation per plan and period, in plan order, up to count", () => {
    const items = evaluationsFor(plans, 20);
    expect(items.map((e) => `${e.planId}/${e.periode}`)).toEqual([...periodsOf(2024).map((p) => `p1/${p}`), "p2/2025", "p2/2025-Q1", "p2/2025-Q2"]);
    expect(items.every((e) => e.trace === null && e.evaluatedAt === "2026-01-15T08:00:00.000Z")).toBe(true);
    expect(evaluationsFor(plans, 34)).toHaveLength(34);
  });

  it("throws a RangeError when the plans have fewer periods than count", () => {
    expect(() => evaluationsFor(plans, 35)).toThrow(new RangeError("only 34 plan periods for 35 evaluations"));
  });
});

describe("inParallel", () => {
  it("keeps the order of the items and never runs more than limit at a time", async () => {
    let running = 0;
    let most = 0;
    const results = await inParallel([5, 1, 4, 2, 3, 0], 2, async (ms) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return ms * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
    expect(await inParallel([], 4, async () => 1)).toEqual([]);
  });
});

describe("seedAgreedPlans", () => {
  it("writes a unit, the employees with valid NIPs and an AGREED plan of each for each year", async () => {
    const { store, calls, most } = fakeStore();
    const plans = await seedAgreedPlans(store, { employees: 5, years: [2024, 2025], parallel: 3 });
    expect(calls.filter((c) => c.method === "putUnit")).toHaveLength(1);
    const employees = calls.filter((c) => c.method === "putEmployee");
    expect(employees).toHaveLength(5);
    expect(employees.every((c) => parseNip(String(c.input["nip"])).valid)).toBe(true);
    expect(plans).toHaveLength(10);
    expect(plans.every((p) => p.status === "AGREED")).toBe(true);
    expect(plans.map((p) => p.tahun)).toEqual([2024, 2025, 2024, 2025, 2024, 2025, 2024, 2025, 2024, 2025]);
    expect(plans.map((p) => p.nip)).toEqual(employees.flatMap((c) => [c.input["nip"], c.input["nip"]]));
    expect(calls.every((c) => c.input["actor"] === "fault-test")).toBe(true);
    expect(most()).toBe(3);
  });
});

function plan(planId: string, tahun: number): StoredPlan {
  return { planId, tahun } as StoredPlan;
}

/** A store with only the four methods `seedAgreedPlans` calls, recording them and the most in flight. */
function fakeStore(): { store: KinerjaStore; calls: { method: string; input: Record<string, unknown> }[]; most: () => number } {
  const calls: { method: string; input: Record<string, unknown> }[] = [];
  let running = 0;
  let most = 0;
  const created = new Map<unknown, Record<string, unknown>>();
  const call = async <R>(method: string, input: Record<string, unknown>, result: R): Promise<R> => {
    calls.push({ method, input });
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    running--;
    return result;
  };
  const store = {
    putUnit: (input: Record<string, unknown>) => call("putUnit", input, { unitId: input["unitId"] }),
    putEmployee: (input: Record<string, unknown>) => call("putEmployee", input, { nip: input["nip"] }),
    createPlan: (input: Record<string, unknown>) => {
      const plan = { planId: `plan-${created.size}`, nip: input["nip"], tahun: input["tahun"], rowVersion: 1, status: "DRAFT" };
      created.set(plan.planId, plan);
      return call("createPlan", input, plan);
    },
    transitionPlan: (input: Record<string, unknown>) => call("transitionPlan", input, { ...created.get(input["planId"]), rowVersion: 2, status: input["to"] }),
  };
  return { store: store as unknown as KinerjaStore, calls, most: () => most };
}
