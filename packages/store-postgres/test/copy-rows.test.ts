/**
 * The COPY path of the PostgreSQL adapter: the text-format escaping, the values it declines (lone
 * surrogates, NUL, non-integer numbers), and, against the real server, a property: any
 * well-formed strings in every column of a large insert come back exactly as written — through
 * COPY — and a bulk write whose rows it declines still goes through by statements.
 */
import { COPY_MIN_ROWS, createSqlBackend } from "@kinerja/store-sql";
import type { EntityRow } from "@kinerja/core";
import fc from "fast-check";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDriver } from "../src/index.js";
import { copyPayload, copyTextValue } from "../src/internal/copy-rows.js";
import { instrumentPool } from "./support/instrumented-pool.js";
import { createSchema, dropSchema, newPool, testSchemaName } from "./support/postgres.js";

describe("COPY text values", () => {
  it("spells null, numbers and strings, escaping backslash, newline, carriage return and tab", () => {
    expect(copyTextValue(null)).toBe("\\N");
    expect(copyTextValue(2026)).toBe("2026");
    expect(copyTextValue("Budi Śantoso 🌾")).toBe("Budi Śantoso 🌾");
    expect(copyTextValue("a\\b\nc\rd\te")).toBe("a\\\\b\\nc\\rd\\te");
    expect(copyTextValue("\\.")).toBe("\\\\.");
    expect(copyTextValue("\\N")).toBe("\\\\N");
    expect(copyTextValue("🌾\t")).toBe("🌾\\t");
    expect(copyTextValue("a\ud800")).toBeUndefined();
    expect(copyTextValue("\u0000")).toBeUndefined();
    expect(copyTextValue(0.5)).toBeUndefined();
  });

  it("lays rows out as tab-separated lines", () => {
    const payload = copyPayload([
      ["k1", 1, null, "x\ty"],
      ["k2", 2, "", "z"],
    ]);
    expect(payload?.map((b) => b.toString("utf8")).join("")).toBe("k1\t1\t\\N\tx\\ty\nk2\t2\t\tz\n");
  });

  it("declines a lone surrogate, a NUL character or a number that is not a safe integer", () => {
    expect(copyPayload([["ok", "\ud800"]])).toBeUndefined();
    expect(copyPayload([["ok", "a\udc00b"]])).toBeUndefined();
    expect(copyPayload([["ok", "a\u0000b"]])).toBeUndefined();
    expect(copyPayload([["ok", 1.5]])).toBeUndefined();
    expect(copyPayload([["ok", 2 ** 60]])).toBeUndefined();
    expect(copyPayload([["ok", "🌾", 3]])).toHaveLength(1);
  });
});

describe("COPY against the real PostgreSQL server", () => {
  const schema = testSchemaName();
  let pool: pg.Pool;

  beforeAll(async () => {
    await createSchema(schema);
    pool = newPool(2);
    await createSqlBackend(createPostgresDriver({ pool, schema })).migrate();
  }, 60_000);

  afterAll(async () => {
    await pool.end();
    await dropSchema(schema);
  }, 60_000);

  // Any well-formed text without NUL: what PostgreSQL text columns hold.
  const text = fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) => !s.includes("\u0000"));
  const tricky = fc.oneof(text, fc.constantFrom("\\", "\\.", "\\N", "\t", "\n", "\r\n", "a\\tb", "", " "));

  it(
    "gives back every column exactly as written (property: 15 bulk inserts of 300 rows)",
    async () => {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(tricky, tricky, tricky, fc.integer({ min: -1_000_000, max: 1_000_000 }), tricky), { minLength: COPY_MIN_ROWS, maxLength: 300 }), async (values) => {
          const spy = instrumentPool(pool);
          const backend = createSqlBackend(createPostgresDriver({ pool: spy.pool, schema }));
          const prefix = `r${round++}-`;
          const rows: EntityRow[] = values.map(([nip, unit, periode, tahun, data], i) => ({ key: `${prefix}${i}`, rowVersion: 1, columns: { plan_id: `${prefix}${i}`, nip, unit_id: unit, tahun, periode }, data }));
          await backend.transaction((tx) => tx.insert("evaluation", rows), { readOnly: false });
          expect(spy.sent.filter((s) => s.sql.startsWith('COPY "kinerja_evaluation"'))).toHaveLength(1);
          expect(spy.sent.some((s) => s.sql.startsWith("INSERT"))).toBe(false);
          const back = await backend.transaction((tx) => tx.getMany("evaluation", rows.map((r) => r.key)), { readOnly: true });
          const byKey = new Map(back.map((r) => [r.key, r]));
          for (const row of rows) expect(byKey.get(row.key)).toEqual(row);
        }),
        { numRuns: 15 },
      );
    },
    120_000,
  );

  it(
    "writes rows it cannot copy with statements instead (a lone surrogate in a column)",
    async () => {
      const spy = instrumentPool(pool);
      const backend = createSqlBackend(createPostgresDriver({ pool: spy.pool, schema }));
      const rows: EntityRow[] = Array.from({ length: COPY_MIN_ROWS }, (_, i) => ({ key: `s-${i}`, rowVersion: 1, columns: { plan_id: `s-${i}`, nip: i === 7 ? "nip\ud800" : "nip", unit_id: "U", tahun: 2026, periode: "2026" }, data: "{}" }));
      const outcome = await backend.transaction((tx) => tx.insert("evaluation", rows), { readOnly: false }).then(
        () => "written",
        (error: unknown) => error,
      );
      expect(spy.sent.some((s) => s.sql.startsWith("COPY"))).toBe(false);
      expect(spy.sent.some((s) => s.sql.startsWith('INSERT INTO "kinerja_evaluation"'))).toBe(true);
      // The statement path treats it as it always has (the jsonb parameter refuses a lone surrogate).
      expect(outcome === "written" || (outcome as { name?: string }).name === "StoreError").toBe(true);
    },
    60_000,
  );
});

