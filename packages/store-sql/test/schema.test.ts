import { ENTITY_KINDS, ENTITY_TABLES } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { allTableNames, initialSchemaStatements, LATEST_SCHEMA_VERSION, SQL_MIGRATIONS, sqlTableNames } from "../src/index.js";
import { MYSQL_LIKE, PG_LIKE } from "./fake-driver.js";

describe("sqlTableNames", () => {
  it("names one table per entity kind plus the audit, idempotency and migrations tables", () => {
    const names = sqlTableNames();
    expect(names.entities.plan).toBe("kinerja_plan");
    expect(names.audit).toBe("kinerja_audit");
    expect(names.idempotency).toBe("kinerja_idempotency");
    expect(names.migrations).toBe("kinerja_migrations");
    expect(allTableNames(names)).toHaveLength(ENTITY_KINDS.length + 3);
  });

  it("applies a prefix to every table", () => {
    const names = sqlTableNames("simpeg_");
    expect(allTableNames(names).every((name) => name.startsWith("simpeg_kinerja_"))).toBe(true);
  });

  it.each(["Simpeg", "1abc", "a-b", "a b", 'x"; DROP TABLE y; --', "a".repeat(21)])("refuses the prefix %j", (prefix) => {
    expect(() => sqlTableNames(prefix)).toThrow(RangeError);
  });
});

describe("initial schema", () => {
  const statements = SQL_MIGRATIONS.flatMap((migration) => migration.statements(PG_LIKE));
  const plan = statements.find((s) => s.startsWith('CREATE TABLE IF NOT EXISTS "kinerja_plan"')) ?? "";

  it("creates an entity table with key, row_version, its indexed columns and data", () => {
    expect(plan).toContain('"key" TEXT NOT NULL PRIMARY KEY');
    expect(plan).toContain('"row_version" INTEGER NOT NULL');
    expect(plan).toContain('"nip" VARCHAR(200)');
    expect(plan).toContain('"tahun" INTEGER,');
    expect(plan).toContain('"data" TEXT NOT NULL');
    expect(plan).toContain('CONSTRAINT "kinerja_plan_nip_tahun_key" UNIQUE ("nip", "tahun")');
  });

  it("creates every declared index with IF NOT EXISTS", () => {
    for (const kind of ENTITY_KINDS) {
      for (const set of ENTITY_TABLES[kind].indexes) {
        const table = ENTITY_TABLES[kind].table;
        expect(statements).toContain(`CREATE INDEX IF NOT EXISTS "${table}_${set.join("_")}_idx" ON "${table}" (${set.map((c) => `"${c}"`).join(", ")})`);
      }
    }
    expect(statements).toContain('CREATE INDEX IF NOT EXISTS "kinerja_audit_entity_entity_key_seq_idx" ON "kinerja_audit" ("entity", "entity_key", "seq")');
  });

  it("creates the audit, idempotency and migrations tables", () => {
    const audit = statements.find((s) => s.includes('"kinerja_audit" (')) ?? "";
    expect(audit).toContain('"seq" BIGSERIAL PRIMARY KEY');
    for (const column of ["at", "actor", "action", "entity", "entity_key"]) expect(audit).toMatch(new RegExp(`"${column}" \\S+(\\(\\d+\\))? NOT NULL`));
    expect(audit).toContain('"before_data" TEXT,');
    expect(statements.some((s) => s.includes('"kinerja_idempotency" (') && s.includes('"fingerprint" VARCHAR(200) NOT NULL'))).toBe(true);
    expect(statements.some((s) => s.includes('"kinerja_migrations" (') && s.includes('"version" INTEGER NOT NULL PRIMARY KEY'))).toBe(true);
  });

  it("keeps every index and constraint name within 63 characters at the longest prefix", () => {
    const longest = initialSchemaStatements(PG_LIKE, sqlTableNames("p".repeat(20)));
    const names = longest.flatMap((s) => [...s.matchAll(/(?:INDEX IF NOT EXISTS|CONSTRAINT) "([^"]+)"/g)].map((m) => m[1] ?? ""));
    expect(names.length).toBeGreaterThan(15);
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(63);
  });

  it("puts MySQL indexes inside CREATE TABLE (MySQL has no CREATE INDEX IF NOT EXISTS) and uses its tag type", () => {
    const mysql = initialSchemaStatements(MYSQL_LIKE, sqlTableNames());
    expect(mysql.every((s) => s.startsWith("CREATE TABLE IF NOT EXISTS"))).toBe(true);
    expect(mysql.every((s) => s.endsWith(") ENGINE=InnoDB"))).toBe(true);
    const evaluation = mysql.find((s) => s.includes("`kinerja_evaluation` (")) ?? "";
    expect(evaluation).toContain("INDEX `kinerja_evaluation_unit_id_tahun_nip_idx` (`unit_id`, `tahun`, `nip`)");
    const audit = mysql.find((s) => s.includes("`kinerja_audit` (")) ?? "";
    expect(audit).toContain("`entity` VARCHAR(40) CHARACTER SET ascii NOT NULL");
  });
});

describe("SQL_MIGRATIONS", () => {
  it("starts at version 1 with the initial schema and increases by one", () => {
    expect(SQL_MIGRATIONS[0]?.version).toBe(1);
    expect(SQL_MIGRATIONS[0]?.name).toBe("initial_schema");
    SQL_MIGRATIONS.forEach((migration, i) => expect(migration.version).toBe(i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(SQL_MIGRATIONS.length);
  });

  it("spells version 1 for a dialect and a prefix", () => {
    const statements = SQL_MIGRATIONS[0]?.statements(PG_LIKE, "app_") ?? [];
    expect(statements).toEqual(initialSchemaStatements(PG_LIKE, sqlTableNames("app_")));
    expect(statements.every((s) => !s.includes('"kinerja_'))).toBe(true);
  });
});
