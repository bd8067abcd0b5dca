import Database from "better-sqlite3";
import { createMemoryStore } from "@kinerja/store-memory";
import { createSqliteStore } from "@kinerja/store-sqlite";
import type { KinerjaStore } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { belawanPolicy, loadUnits, scorePlans } from "./demo.js";
import { renderStoreSummary, storeDemo, TAHUN } from "./store.js";

// `pnpm demo` keeps the Belawan cycle in a store (SQLite by default): these tests pin what it
// writes, on the reference memory store and on SQLite, and that both hold the same.
const policy = belawanPolicy();
const outcomes = scorePlans(policy);

async function stored(store: KinerjaStore) {
  const summary = await storeDemo(store, policy, loadUnits(), outcomes);
  return { store, summary };
}

describe.each([
  ["memory", () => createMemoryStore()],
  ["sqlite", () => createSqliteStore({ database: new Database(":memory:") })],
])("the Belawan cycle in the %s store", (_name, open) => {
  it("stores the units, heads, employees, cascaded plans and four evaluations, and refuses the plan whose weights sum to 90", async () => {
    const { summary } = await stored(open());
    expect({ ...summary, refused: summary.refused.map((r) => [r.file, r.code]) }).toEqual({
      units: 4,
      employees: 8,
      plans: 7,
      evaluations: 4,
      planAuditEntries: 18,
      refused: [["04-kecamatan-data-tidak-lengkap.json", "INPUT_INVALID"]],
    });
    expect(summary.refused[0]?.message.en).toBe("Indicator weights sum to 90; they must sum to 100");
  });

  it("keeps each unit's cohort with the engine's predikat, the policy hash and the trace", async () => {
    const { store } = await stored(open());
    const cohort = await store.listCohort({ unitId: "DINAS-KESEHATAN-PUSKESMAS-BELAWAN", tahun: TAHUN, withTrace: true });
    expect(cohort.items.map((e) => [e.nip, e.predikat])).toEqual([
      ["199003152019032008", "SANGAT_BAIK"],
      ["199407142019032001", "BAIK"],
    ]);
    expect(cohort.items.every((e) => e.policy.hash === policy.hash && e.trace !== null)).toBe(true);
    const predikat = await store.getUnitPredikat({ unitId: "DINAS-KESEHATAN-PUSKESMAS-BELAWAN", tahun: TAHUN });
    expect(predikat?.predikat).toBe("ISTIMEWA");
  });

  it("links every employee to the unit head, whose team view shows the evaluated plans", async () => {
    const { store } = await stored(open());
    const team = await store.listTeam({ atasanNip: "197501012000031001", tahun: TAHUN });
    expect(team.items.map((m) => [m.employee.nama, m.plan?.status])).toEqual([["Rahmat Siregar", "EVALUATED"]]);
    const plan = team.items[0]?.plan;
    expect(plan?.rhk.map((r) => r.parentRhkId)).toEqual(["DISHUB-2024-RHK-3", "DISHUB-2024-RHK-3", "DISHUB-2024-RHK-5"]);
    const audit = await store.listAudit({ entity: "plan", entityKey: plan?.planId ?? "" });
    expect(audit.items.map((a) => [a.action, (a.after as { status: string }).status])).toEqual([
      ["CREATE", "DRAFT"],
      ["TRANSITION", "AGREED"],
      ["TRANSITION", "EVALUATED"],
    ]);
    expect((await store.listActivities({ planId: plan?.planId ?? "" })).items).toHaveLength(11);
    expect(await store.listRealisations({ planId: plan?.planId ?? "", periode: "2024-06" })).toHaveLength(2);
  });
});

describe("renderStoreSummary", () => {
  it("says where the results are and what was refused, in both languages", async () => {
    const { summary } = await stored(createMemoryStore());
    expect(renderStoreSummary(summary, "/tmp/demo.sqlite", "en")).toBe(
      [
        "Stored in SQLite: /tmp/demo.sqlite",
        "  4 units, 8 employees, 7 work plans for 2024, 4 evaluations with their traces, 18 plan audit entries",
        "  Refused: 04-kecamatan-data-tidak-lengkap.json — INPUT_INVALID: Indicator weights sum to 90; they must sum to 100",
      ].join("\n"),
    );
    expect(renderStoreSummary(summary, "x", "id").split("\n")[0]).toBe("Disimpan di SQLite: x");
  });
});
