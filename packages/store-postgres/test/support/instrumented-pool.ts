/**
 * A `pg.Pool` wrapper for fault tests: it records every statement the store sends and, when a
 * predicate matches, kills the transaction's backend for real (`pg_terminate_backend` from a
 * second pool) — either before forwarding the statement, or while the statement runs. No test hook
 * exists in the product code: the store only sees a pool whose connection died.
 */
import type pg from "pg";

/** A statement the store sent: its text and the backend (pid) it went to. */
export interface SentStatement {
  readonly sql: string;
  readonly pid: number;
}

/** The kill that happened. */
export interface KillRecord {
  readonly pid: number;
  /** The statement about to run (`before`) or running (`during`) when the backend was killed. */
  readonly statement: string;
  /** How many statements that client had completed or started before it. */
  readonly after: number;
  /** `pg_terminate_backend`'s answer. */
  readonly terminated: boolean;
}

/** When to kill: the statement it concerns, and whether to kill before it is sent or while it runs. */
export interface KillPlan {
  /** The second pool the kill is sent from. */
  readonly killer: pg.Pool;
  /** True for the statement concerned (asked once per statement until the kill happened). */
  readonly when: (sql: string, sentOnClient: number) => boolean;
  /** `before`: kill, wait until the client saw its connection end, then send. `during`: send, then kill 30 ms later. */
  readonly timing: "before" | "during";
}

/** The wrapped pool and what it saw. */
export interface InstrumentedPool {
  readonly pool: pg.Pool;
  readonly sent: SentStatement[];
  /** The kill, once it happened. */
  kill(): KillRecord | undefined;
  /** Resolves when a kill that was started has been answered (a `during` kill of a COPY lands in the background). */
  settled(): Promise<void>;
}

/** Wraps `pool`, recording statements and carrying out `plan` (once) when given. */
export function instrumentPool(pool: pg.Pool, plan?: KillPlan): InstrumentedPool {
  const sent: SentStatement[] = [];
  let record: KillRecord | undefined;
  let armed = plan !== undefined;
  let pending: Promise<unknown> = Promise.resolve();
  const terminate = async (pid: number, statement: string, after: number): Promise<void> => {
    const answer = await (plan as KillPlan).killer.query<{ ok: boolean }>("SELECT pg_terminate_backend($1) AS ok", [pid]);
    record = { pid, statement, after, terminated: answer.rows[0]?.ok === true };
  };
  const wrapClient = (client: pg.PoolClient): pg.PoolClient => {
    const pid = (client as unknown as { processID: number }).processID;
    let count = 0;
    const query = async (config: string | pg.QueryConfig | CopyQuery, values?: unknown[]): Promise<unknown> => {
      const sql = typeof config === "string" ? config : config.text;
      // A COPY (a submittable stream): handed back at once so the store can stream into it.
      const streaming = typeof config === "object" && typeof (config as CopyQuery).submit === "function";
      const fire = armed && plan !== undefined && plan.when(sql, count);
      if (fire) armed = false;
      if (fire && plan.timing === "before") {
        const ended = new Promise<void>((resolve) => client.once("end", () => resolve()));
        await terminate(pid, sql, count);
        await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      sent.push({ sql, pid });
      const running = values === undefined ? client.query(config as pg.QueryConfig) : client.query(config as string, values);
      if (fire && plan.timing === "during") {
        const killing = new Promise((resolve) => setTimeout(resolve, 30)).then(() => terminate(pid, sql, count));
        pending = killing;
        count++;
        if (streaming) return running;
        return Promise.allSettled([running, killing]).then(([outcome]) => (outcome.status === "fulfilled" ? outcome.value : Promise.reject(outcome.reason)));
      }
      count++;
      return running;
    };
    return new Proxy(client, { get: (target, property) => (property === "query" ? query : bound(target, property)) });
  };
  const connect = async (): Promise<pg.PoolClient> => wrapClient(await pool.connect());
  const wrapped = new Proxy(pool, { get: (target, property) => (property === "connect" ? connect : bound(target, property)) });
  return { pool: wrapped, sent, kill: () => record, settled: () => pending.then(() => undefined) };
}

/** What `pg-copy-streams` hands to `client.query`: a stream with a `text` and a `submit`. */
interface CopyQuery {
  readonly text: string;
  submit(connection: unknown): void;
}

function bound(target: object, property: string | symbol): unknown {
  const value: unknown = Reflect.get(target, property, target);
  return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}
