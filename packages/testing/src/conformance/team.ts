/**
 * `listTeam`: a supervisor's direct reports or everyone below them, ordered by NIP, with depth
 * and each member's plan of the year (or `null`).
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { formatNip, type StoredEmployee, type StoredPlan } from "@kinerja/core";
import { randomNip } from "../builders/nip.js";
import { rhkInput } from "../builders/org.js";
import { collectPages, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition, type SuiteContext } from "./context.js";
import { newEmployee, newUnit, sortedBy } from "./fixtures.js";

/** listTeam. */
export const team: AreaDefinition = defineArea("team", (area) => {
  area.test("scope direct: the direct reports ordered by NIP, depth 1, with their plan of the year or null", async (ctx) => {
    const t = await tree(ctx);
    const page = await ctx.store.listTeam({ atasanNip: t.head.nip, tahun: 2024 });
    assert.deepEqual(page, {
      items: sortedBy([t.s1, t.s2], (e) => e.nip).map((employee) => ({ employee, plan: t.plans.get(employee.nip) ?? null, depth: 1 })),
      nextCursor: null,
    });
    assert.deepEqual(await ctx.store.listTeam({ atasanNip: formatNip(t.head.nip), tahun: 2024, scope: "direct" }), page);
  });

  area.test("scope all: everyone below, ordered by NIP, with their depth", async (ctx) => {
    const t = await tree(ctx);
    const depth = new Map([t.s1, t.s2].map((e) => [e.nip, 1]));
    for (const e of [t.e1, t.e2, t.e3]) depth.set(e.nip, 2);
    depth.set(t.f1.nip, 3);
    const everyone = sortedBy([t.s1, t.s2, t.e1, t.e2, t.e3, t.f1], (e) => e.nip);
    const page = await ctx.store.listTeam({ atasanNip: t.head.nip, tahun: 2024, scope: "all" });
    assert.deepEqual(page, {
      items: everyone.map((employee) => ({ employee, plan: t.plans.get(employee.nip) ?? null, depth: depth.get(employee.nip) })),
      nextCursor: null,
    });
    const walked = await collectPages((cursor) => ctx.store.listTeam({ atasanNip: t.head.nip, tahun: 2024, scope: "all", limit: 2, ...(cursor ? { cursor } : {}) }), { limit: 2 });
    assert.deepEqual(walked, page.items);
    const below = await ctx.store.listTeam({ atasanNip: t.s1.nip, tahun: 2024, scope: "all" });
    assert.deepEqual(below.items.map((m) => [m.employee.nip, m.depth]), sortedBy([t.e1, t.e2, t.f1], (e) => e.nip).map((e) => [e.nip, e === t.f1 ? 2 : 1]));
  });

  area.test("plans are those of the year asked for", async (ctx) => {
    const t = await tree(ctx);
    const page = await ctx.store.listTeam({ atasanNip: t.s1.nip, tahun: 2023 });
    assert.deepEqual(page.items.map((m) => m.plan), [null, null]);
    const in2024 = await ctx.store.listTeam({ atasanNip: t.s1.nip, tahun: 2024 });
    assert.deepEqual(
      in2024.items.map((m) => m.plan?.planId ?? null),
      sortedBy([t.e1, t.e2], (e) => e.nip).map((e) => t.plans.get(e.nip)?.planId ?? null),
    );
  });

  area.test("a member without reports has an empty team; an unknown supervisor is not_found", async (ctx) => {
    const t = await tree(ctx);
    assert.deepEqual(await ctx.store.listTeam({ atasanNip: t.f1.nip, tahun: 2024, scope: "all" }), { items: [], nextCursor: null });
    await expectStoreError(ctx.store.listTeam({ atasanNip: randomNip(), tahun: 2024 }), { reason: "not_found" });
  });
});

interface Tree {
  head: StoredEmployee;
  s1: StoredEmployee;
  s2: StoredEmployee;
  e1: StoredEmployee;
  e2: StoredEmployee;
  e3: StoredEmployee;
  f1: StoredEmployee;
  /** Plans of 2024 by NIP (s1, e2 and f1 have one). */
  plans: Map<string, StoredPlan>;
}

/** head → s1 → (e1 → f1, e2); head → s2 → e3; plans of 2024 for s1, e2, f1 (and e1 in 2022). */
async function tree(ctx: SuiteContext): Promise<Tree> {
  const unit = await newUnit(ctx);
  const add = (atasanNip: string | null) => newEmployee(ctx, unit.unitId, { atasanNip });
  const head = await add(null);
  const [s1, s2] = [await add(head.nip), await add(head.nip)];
  const [e1, e2, e3] = [await add(s1.nip), await add(s1.nip), await add(s2.nip)];
  const f1 = await add(e1.nip);
  const plans = new Map<string, StoredPlan>();
  for (const e of [s1, e2, f1]) plans.set(e.nip, await ctx.store.createPlan({ actor: ctx.actor, nip: e.nip, tahun: 2024, rhk: rhkInput() }));
  await ctx.store.createPlan({ actor: ctx.actor, nip: e1.nip, tahun: 2022, rhk: rhkInput() });
  return { head, s1, s2, e1, e2, e3, f1, plans };
}
