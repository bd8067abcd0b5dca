/**
 * The PostgreSQL spelling of the shared SQL schema: `$n` placeholders, `"ident"` quoting, byte-order
 * (`COLLATE "C"`) text keys so keys compare exactly and sort the same as in every other adapter.
 * @module
 */
import type { SqlDialect } from "@kinerja/store-sql";

/**
 * Most parameters one statement binds. The wire protocol allows 65,535; staying well below keeps
 * bulk inserts at a size PostgreSQL plans quickly.
 */
const MAX_PARAMETERS = 30_000;

/**
 * Most bytes one statement holds before a bulk insert is split. The protocol allows 1 GB per
 * message; 32 MiB keeps a chunk's memory bounded on the client and the server.
 */
const MAX_STATEMENT_BYTES = 32 * 1024 * 1024;

/**
 * Rows per bulk insert through `json_array_elements` (all rows in one JSON parameter): a few
 * thousand keep a statement a few megabytes while its fixed cost is spread thin.
 */
const JSON_ROWS = 5_000;

/**
 * The PostgreSQL dialect: `$1`-style placeholders, double-quoted identifiers, bulk inserts
 * that send their rows as one JSON parameter, `varchar` keys with
 * the `"C"` collation (exact, case-sensitive comparison and code-point order whatever the
 * database's locale), `text` documents and a `bigserial` audit sequence.
 */
export const postgresDialect: SqlDialect = Object.freeze({
  name: "postgres",
  placeholder: (index: number): string => `$${index + 1}`,
  quoteIdentifier: quotePostgresIdentifier,
  types: Object.freeze({
    key: 'varchar(700) COLLATE "C"',
    shortText: 'varchar(200) COLLATE "C"',
    integer: "integer",
    longText: "text",
    serialPrimaryKey: "bigserial primary key",
    tag: 'varchar(40) COLLATE "C"',
  }),
  tableSuffix: "",
  jsonRowsInsert: Object.freeze({
    insertSql: (table: string, columns: readonly { readonly name: string; readonly type: string }[]): string =>
      `INSERT INTO ${table} (${columns.map((c) => quotePostgresIdentifier(c.name)).join(", ")}) SELECT ${columns
        .map((c, i) => (c.type === "integer" ? `(r->>${i})::integer` : `r->>${i}`))
        .join(", ")} FROM jsonb_array_elements($1::jsonb) AS r`,
    maxRows: JSON_ROWS,
  }),
  maxParameters: MAX_PARAMETERS,
  maxStatementBytes: MAX_STATEMENT_BYTES,
}) satisfies SqlDialect;

/**
 * Quotes a PostgreSQL identifier: wraps it in double quotes and doubles any double quote inside.
 *
 * @example
 * ```ts
 * quotePostgresIdentifier('kinerja_plan'); // '"kinerja_plan"'
 * ```
 */
export function quotePostgresIdentifier(name: string): string {
  if (typeof name !== "string" || name.length === 0 || name.includes("\u0000")) {
    throw new TypeError(`invalid PostgreSQL identifier: ${JSON.stringify(name)}`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}
