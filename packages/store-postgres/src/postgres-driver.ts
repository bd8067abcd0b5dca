/**
 * The PostgreSQL {@link SqlDriver}: one pooled client per transaction (`BEGIN` … `COMMIT` /
 * `ROLLBACK`), an optional schema set with `SET LOCAL search_path`, an advisory lock around
 * migrations, large inserts by `COPY … FROM STDIN`, and errors classified by SQLSTATE. A client
 * that broke is destroyed, not reused.
 * @module
 */
import type { StoreCapabilities, StoreError } from "@kinerja/core";
import type { SqlConnection, SqlCopyTarget, SqlDriver, SqlParam, SqlResult } from "@kinerja/store-sql";
import type { CustomTypesConfig, Pool, PoolClient } from "pg";
import { classifyPostgresError } from "./classify-postgres-error.js";
import { checkPostgresOptions } from "./internal/check-options.js";
import { copyInto, copyPayload } from "./internal/copy-rows.js";
import { postgresDialect, quotePostgresIdentifier } from "./postgres-dialect.js";

/** The isolation level of writing transactions (read-only ones always use a `REPEATABLE READ` snapshot). */
export type PostgresIsolationLevel = "read committed" | "repeatable read" | "serializable";

/** Options of {@link createPostgresDriver}. */
export interface PostgresDriverOptions {
  /** The pool the store borrows clients from (the application owns it and ends it). */
  readonly pool: Pool;
  /** The schema holding the store's tables; default the connection's current schema. */
  readonly schema?: string;
  /** Isolation of writing transactions; default `"read committed"`. */
  readonly isolationLevel?: PostgresIsolationLevel;
}

/** The first half of the advisory-lock key of migrations ("KNJR"); the second is the schema's hash. */
const MIGRATION_LOCK_CLASS = 0x4b4e4a52;

const CAPABILITIES: StoreCapabilities = Object.freeze({ persistent: true, multiProcess: true, parallelWriters: true });

/**
 * Creates the PostgreSQL driver of the shared SQL backend (for `createSqlBackend`; most
 * applications call `createPostgresStore` instead).
 *
 * @example
 * ```ts
 * const backend = createSqlBackend(createPostgresDriver({ pool: new pg.Pool() }));
 * ```
 */
export function createPostgresDriver(options: PostgresDriverOptions): SqlDriver {
  checkPostgresOptions("createPostgresDriver", options);
  const { pool } = options;
  const schema = options.schema;
  const searchPath = schema === undefined ? "" : `; SET LOCAL search_path TO ${quotePostgresIdentifier(schema)}`;
  const writeBegin = `BEGIN ISOLATION LEVEL ${(options.isolationLevel ?? "read committed").toUpperCase()}${searchPath}`;
  const readBegin = `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY${searchPath}`;

  return Object.freeze({
    dialect: postgresDialect,
    capabilities: CAPABILITIES,
    transaction: <T>(work: (connection: SqlConnection) => Promise<T>, txOptions: { readonly readOnly: boolean }): Promise<T> =>
      withClient(pool, async (session) => {
        await begin(session, txOptions.readOnly ? readBegin : writeBegin);
        return inTransaction(session, work);
      }),
    withMigrationLock: <T>(work: (connection: SqlConnection) => Promise<T>): Promise<T> =>
      withClient(pool, async (session) => {
        await begin(session, "BEGIN ISOLATION LEVEL READ COMMITTED");
        return inTransaction(session, async (connection) => {
          await lockAndPrepareSchema(connection, schema);
          return work(connection);
        });
      }),
    classify: (error: unknown): StoreError => classifyPostgresError(error),
  }) satisfies SqlDriver;
}

/** A borrowed client with its query wrapper and whether it broke. */
interface Session {
  readonly connection: SqlConnection;
  /** Runs a statement without parameters (simple protocol: several statements allowed). */
  run(sql: string): Promise<void>;
  /** Marks the client as unusable, so it is destroyed instead of returned to the pool. */
  markBroken(error: unknown): void;
}

/** Borrows a client, runs `body`, and releases it (destroying it when it broke). */
async function withClient<T>(pool: Pool, body: (session: Session) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw classifyPostgresError(error);
  }
  let broken: Error | undefined;
  const markBroken = (error: unknown): void => {
    broken ??= error instanceof Error ? error : new Error(String(error));
  };
  // A checked-out client has no pool listener: an unhandled 'error' event would crash the process.
  client.on("error", markBroken);
  const types = schemaTypes(client);
  const session: Session = {
    markBroken,
    run: async (sql) => {
      await guarded(() => client.query(sql), markBroken);
    },
    connection: {
      query: async (sql: string, params: readonly SqlParam[] = []): Promise<SqlResult> => {
        const result = await guarded(() => client.query({ text: sql, values: [...params], types }), markBroken);
        return { rows: result.rows as Record<string, unknown>[], affectedRows: result.rowCount ?? 0 };
      },
      // Large inserts go by COPY: the server parses tab-separated text instead of unpacking jsonb.
      copyRows: async (target: SqlCopyTarget, rows: readonly (readonly SqlParam[])[]): Promise<boolean> => {
        const payload = copyPayload(rows);
        if (payload === undefined) return false;
        await guarded(() => copyInto(client, target, payload), markBroken);
        return true;
      },
    },
  };
  try {
    return await body(session);
  } finally {
    client.off("error", markBroken);
    client.release(broken ?? false);
  }
}

/** Opens the transaction; if a statement after `BEGIN` failed, rolls back so no transaction stays open. */
async function begin(session: Session, sql: string): Promise<void> {
  try {
    await session.run(sql);
  } catch (error) {
    await session.run("ROLLBACK").catch(session.markBroken);
    throw error;
  }
}

/** Runs `work` in the open transaction: COMMIT when it resolves, ROLLBACK (and rethrow) when it rejects. */
async function inTransaction<T>(session: Session, work: (connection: SqlConnection) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work(session.connection);
  } catch (error) {
    await session.run("ROLLBACK").catch(session.markBroken);
    throw error;
  }
  try {
    await session.run("COMMIT");
  } catch (error) {
    await session.run("ROLLBACK").catch(session.markBroken);
    throw classifyPostgresError(error);
  }
  return result;
}

/** Takes the transaction-scoped migration lock of the schema, then creates the schema if missing. */
async function lockAndPrepareSchema(connection: SqlConnection, schema: string | undefined): Promise<void> {
  await connection.query("SELECT pg_advisory_xact_lock($1, hashtext(coalesce($2::text, current_schema(), '')))", [MIGRATION_LOCK_CLASS, schema ?? null]);
  if (schema === undefined) return;
  const quoted = quotePostgresIdentifier(schema);
  const found = await connection.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
  if (found.rows.length === 0) await connection.query(`CREATE SCHEMA ${quoted}`);
  await connection.query(`SET LOCAL search_path TO ${quoted}`);
}

/** Runs a query; classifies its failure and marks the client broken when the connection is lost. */
async function guarded<T>(query: () => Promise<T>, markBroken: (error: unknown) => void): Promise<T> {
  try {
    return await query();
  } catch (error) {
    const classified = classifyPostgresError(error);
    if (classified.reason === "connection") markBroken(error);
    throw classified;
  }
}

/**
 * Fixed parsers for the types the schema reads (integers as numbers, including `bigint`: the
 * audit `seq` and counts; texts as strings), whatever parsers the application set on the client.
 */
function schemaTypes(client: PoolClient): CustomTypesConfig {
  const getTypeParser = ((oid: number, format?: "text" | "binary") => {
    if (INTEGER_OIDS.has(oid)) return toNumber;
    if (TEXT_OIDS.has(oid)) return asText;
    return client.getTypeParser(oid, format);
  }) as CustomTypesConfig["getTypeParser"];
  return { getTypeParser };
}

/** int8, int2, int4. */
const INTEGER_OIDS: ReadonlySet<number> = new Set([20, 21, 23]);
/** text, varchar, bpchar, name. */
const TEXT_OIDS: ReadonlySet<number> = new Set([25, 1043, 1042, 19]);

function toNumber(value: string): number {
  return Number(value);
}

function asText(value: string): string {
  return value;
}
