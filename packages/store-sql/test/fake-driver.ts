/**
 * A recording `SqlDriver` for the unit tests: it runs nothing, logs every statement with its
 * parameters, and answers with what the test's responder returns.
 */
import { StoreError } from "@kinerja/core";
import type { SqlCopyTarget, SqlDialect, SqlDriver, SqlParam, SqlResult } from "../src/index.js";

/** A statement the fake driver received. */
export interface LoggedStatement {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/** PostgreSQL-like spelling: `$1` placeholders and double quotes. */
export const PG_LIKE: SqlDialect = {
  name: "postgres",
  placeholder: (i) => `$${i + 1}`,
  quoteIdentifier: (name) => `"${name.replaceAll('"', '""')}"`,
  types: { key: "TEXT", shortText: "VARCHAR(200)", integer: "INTEGER", longText: "TEXT", serialPrimaryKey: "BIGSERIAL PRIMARY KEY" },
  tableSuffix: "",
  maxParameters: 65535,
  maxStatementBytes: 64 * 1024 * 1024,
};

/** MySQL-like spelling: `?` placeholders, backticks, a table suffix and a short tag type. */
export const MYSQL_LIKE: SqlDialect = {
  name: "mysql",
  placeholder: () => "?",
  quoteIdentifier: (name) => `\`${name.replaceAll("`", "``")}\``,
  types: { key: "VARCHAR(700)", shortText: "VARCHAR(200)", integer: "INT", longText: "LONGTEXT", serialPrimaryKey: "BIGINT AUTO_INCREMENT PRIMARY KEY", tag: "VARCHAR(40) CHARACTER SET ascii" },
  tableSuffix: "ENGINE=InnoDB",
  maxParameters: 65535,
  maxStatementBytes: 16 * 1024 * 1024,
};

/** A fake driver, its log, and the events of its transactions. */
export interface FakeDriver extends SqlDriver {
  readonly log: LoggedStatement[];
  readonly events: string[];
}

/**
 * A bulk copy for the fake connection: logs `COPY <table> (<columns>)` with the rows' values
 * flattened as its parameters, and answers what `accept` returns (true: copied; false: declined,
 * nothing sent; an Error: the database refused).
 */
export type FakeCopy = (target: SqlCopyTarget, rows: readonly (readonly SqlParam[])[]) => boolean | Error;

/** Builds a fake driver on `dialect`; `respond` answers each statement (default: no rows, 1 affected); `copy` gives its connection a bulk copy. */
export function fakeDriver(dialect: SqlDialect, respond: (sql: string, params: readonly SqlParam[]) => SqlResult | Error = () => ({ rows: [], affectedRows: 1 }), copy?: FakeCopy): FakeDriver {
  const log: LoggedStatement[] = [];
  const events: string[] = [];
  const connection = {
    query: async (sql: string, params: readonly SqlParam[] = []): Promise<SqlResult> => {
      log.push({ sql, params: [...params] });
      const answer = respond(sql, params);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    ...(copy && {
      copyRows: async (target: SqlCopyTarget, rows: readonly (readonly SqlParam[])[]): Promise<boolean> => {
        const answer = copy(target, rows);
        if (answer instanceof Error) throw answer;
        if (answer) log.push({ sql: `COPY ${target.table} (${target.columns.join(", ")})`, params: rows.flat() });
        return answer;
      },
    }),
  };
  return {
    dialect,
    capabilities: { persistent: true, multiProcess: true, parallelWriters: true },
    log,
    events,
    async transaction(work, options) {
      events.push(options.readOnly ? "BEGIN READ ONLY" : "BEGIN");
      try {
        const result = await work(connection);
        events.push("COMMIT");
        return result;
      } catch (error) {
        events.push("ROLLBACK");
        throw error;
      }
    },
    async withMigrationLock(work) {
      events.push("LOCK");
      try {
        return await work(connection);
      } finally {
        events.push("UNLOCK");
      }
    },
    classify(error) {
      return new StoreError("unknown", { id: "gagal", en: `classified: ${error instanceof Error ? error.message : String(error)}` }, { cause: error });
    },
  };
}

/** Counts the placeholders of a statement (`?` or `$n`). */
export function placeholderCount(sql: string): number {
  return (sql.match(/\?|\$\d+/g) ?? []).length;
}
