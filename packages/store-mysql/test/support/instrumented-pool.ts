/**
 * A `mysql2/promise` pool wrapper for fault tests: it records every statement the store sends
 * and, when a predicate matches, kills the transaction's connection for real (`KILL CONNECTION`
 * from a second pool) — either before forwarding the statement, or while the statement runs. No
 * test hook exists in the product code: the store only sees a pool whose connection died.
 */
import type mysql from "mysql2/promise";

/** A statement the store sent: its text and the connection (thread id) it went to. */
export interface SentStatement {
  readonly sql: string;
  readonly threadId: number;
}

/** The kill that happened. */
export interface KillRecord {
  readonly threadId: number;
  /** The statement about to run (`before`) or running (`during`) when the connection was killed. */
  readonly statement: string;
  /** How many statements that connection had completed or started before it. */
  readonly after: number;
}

/** When to kill: the statement it concerns, and whether to kill before it is sent or while it runs. */
export interface KillPlan {
  /** The second pool the kill is sent from. */
  readonly killer: mysql.Pool;
  /** True for the statement concerned (asked once per statement until the kill happened). */
  readonly when: (sql: string, sentOnConnection: number) => boolean;
  /** `before`: kill, wait until the connection saw its end, then send. `during`: send, then kill 30 ms later. */
  readonly timing: "before" | "during";
}

/** The wrapped pool and what it saw. */
export interface InstrumentedPool {
  readonly pool: mysql.Pool;
  readonly sent: SentStatement[];
  /** The kill, once it happened. */
  kill(): KillRecord | undefined;
}

type QueryArgument = string | (mysql.QueryOptions & { sql: string });

/** Wraps `pool`, recording statements and carrying out `plan` (once) when given. */
export function instrumentPool(pool: mysql.Pool, plan?: KillPlan): InstrumentedPool {
  const sent: SentStatement[] = [];
  let record: KillRecord | undefined;
  let armed = plan !== undefined;
  const terminate = async (threadId: number, statement: string, after: number): Promise<void> => {
    await (plan as KillPlan).killer.query(`KILL CONNECTION ${Number(threadId)}`);
    record = { threadId, statement, after };
  };
  const wrapConnection = (connection: mysql.PoolConnection): mysql.PoolConnection => {
    const core = connection.connection as unknown as NodeJS.EventEmitter & { threadId: number };
    const threadId = core.threadId;
    let count = 0;
    const query = async (options: QueryArgument, values?: unknown): Promise<unknown> => {
      const sql = typeof options === "string" ? options : options.sql;
      const fire = armed && plan !== undefined && plan.when(sql, count);
      if (fire) armed = false;
      if (fire && plan.timing === "before") {
        const ended = new Promise<void>((resolve) => core.once("end", () => resolve()));
        await terminate(threadId, sql, count);
        await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      sent.push({ sql, threadId });
      const running = connection.query(options as string, values as mysql.QueryValues);
      if (fire && plan.timing === "during") {
        const killing = new Promise((resolve) => setTimeout(resolve, 30)).then(() => terminate(threadId, sql, count));
        count++;
        return Promise.allSettled([running, killing]).then(([outcome]) => (outcome.status === "fulfilled" ? outcome.value : Promise.reject(outcome.reason)));
      }
      count++;
      return running;
    };
    return new Proxy(connection, { get: (target, property) => (property === "query" ? query : bound(target, property)) });
  };
  const getConnection = async (): Promise<mysql.PoolConnection> => wrapConnection(await pool.getConnection());
  const wrapped = new Proxy(pool, { get: (target, property) => (property === "getConnection" ? getConnection : bound(target, property)) });
  return { pool: wrapped, sent, kill: () => record };
}

function bound(target: object, property: string | symbol): unknown {
  const value: unknown = Reflect.get(target, property, target);
  return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}
