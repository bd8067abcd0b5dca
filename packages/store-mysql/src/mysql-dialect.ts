/**
 * The MySQL / MariaDB spelling of the shared SQL schema: `?` placeholders, backtick quoting,
 * InnoDB tables in utf8mb4, and `VARBINARY` keys so keys compare byte for byte.
 * @module
 */
import type { SqlDialect } from "@kinerja/store-sql";

/** The default of {@link createMysqlDialect}'s `maxStatementBytes`: 4 MiB, below every server's default `max_allowed_packet`. */
export const DEFAULT_MYSQL_MAX_STATEMENT_BYTES: number = 4 * 1024 * 1024;

/** Most parameters one statement binds (they are escaped into the text by mysql2, so the limit is the packet). */
const MAX_PARAMETERS = 30_000;

/**
 * Builds the MySQL / MariaDB dialect.
 *
 * Keys and indexed texts are `VARBINARY` holding UTF-8: they compare exactly (case-sensitive, and
 * without the trailing-space padding of `utf8mb4_bin`, a PAD SPACE collation in MySQL and MariaDB)
 * and sort by code point like every other adapter. A key of 700 characters takes at most 2800
 * bytes, under InnoDB's 3072-byte index limit (`ROW_FORMAT=DYNAMIC`). Documents are `LONGTEXT` in
 * utf8mb4 with a binary collation, so emoji round-trip.
 *
 * @example
 * ```ts
 * createMysqlDialect({ maxStatementBytes: 8 * 1024 * 1024 }).placeholder(0); // "?"
 * ```
 */
export function createMysqlDialect(options: { readonly maxStatementBytes?: number } = {}): SqlDialect {
  const maxStatementBytes = options.maxStatementBytes ?? DEFAULT_MYSQL_MAX_STATEMENT_BYTES;
  if (!Number.isSafeInteger(maxStatementBytes) || maxStatementBytes < 64 * 1024) {
    throw new RangeError(`maxStatementBytes must be an integer of at least 65536, got ${String(maxStatementBytes)}`);
  }
  return Object.freeze({
    name: "mysql",
    placeholder: (): string => "?",
    quoteIdentifier: quoteMysqlIdentifier,
    types: Object.freeze({
      key: "varbinary(2800)",
      shortText: "varbinary(800)",
      integer: "int",
      longText: "longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
      serialPrimaryKey: "bigint NOT NULL AUTO_INCREMENT PRIMARY KEY",
      tag: "varbinary(40)",
    }),
    tableSuffix: "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin ROW_FORMAT=DYNAMIC",
    maxParameters: MAX_PARAMETERS,
    maxStatementBytes,
  }) satisfies SqlDialect;
}

/** The MySQL / MariaDB dialect with the default 4 MiB statement size. */
export const mysqlDialect: SqlDialect = createMysqlDialect();

/**
 * Quotes a MySQL identifier: wraps it in backticks and doubles any backtick inside.
 *
 * @example
 * ```ts
 * quoteMysqlIdentifier("kinerja_plan"); // "`kinerja_plan`"
 * ```
 */
export function quoteMysqlIdentifier(name: string): string {
  if (typeof name !== "string" || name.length === 0 || name.includes("\u0000")) {
    throw new TypeError(`invalid MySQL identifier: ${JSON.stringify(name)}`);
  }
  return `\`${name.replaceAll("`", "``")}\``;
}
