/**
 * The SQLite spelling of the shared relational schema.
 * @module
 */
import type { SqlDialect } from "@kinerja/store-sql";

/**
 * SQLite: `?` placeholders, `"double-quoted"` identifiers, TEXT / INTEGER columns (SQLite does not
 * enforce lengths), `INTEGER PRIMARY KEY` (the rowid) for the audit sequence. 32,766 parameters
 * per statement is SQLite's default `SQLITE_MAX_VARIABLE_NUMBER`; values are not part of the SQL
 * text, so the byte limit only bounds the memory one statement binds.
 */
export const SQLITE_DIALECT: SqlDialect = Object.freeze({
  name: "sqlite",
  placeholder: (): string => "?",
  quoteIdentifier: (name: string): string => `"${name.replaceAll('"', '""')}"`,
  types: Object.freeze({
    key: "TEXT",
    shortText: "TEXT",
    integer: "INTEGER",
    longText: "TEXT",
    serialPrimaryKey: "INTEGER PRIMARY KEY",
  }),
  tableSuffix: "",
  maxParameters: 32766,
  maxStatementBytes: 64 * 1024 * 1024,
});
