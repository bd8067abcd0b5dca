/**
 * The memory backend's own rules, below `createStore`: atomic transactions (a rejected one
 * leaves nothing), primary keys and unique column sets, optimistic updates, keyset queries in
 * code-point order, the audit log, idempotency records, serialization and migrations.
 */
import { ENTITY_TABLES, isStoreError, type BackendTransaction, type ColumnValue, type EntityKind, type EntityRow } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { createMemoryBackend } from "../src/index.js";

/** A row of `kind` with every indexed column (null unless given). */
function row(kind: EntityKind, key: string, columns: Record<string, ColumnValue> = {}, rowVersion = 1): EntityRow {
  const all = Object.fromEntries(Object.keys(ENTITY_TABLES[kind].columns).map((c) => [c, columns[c] ?? null]));
  return { key, rowVersion, columns: all, data: JSON.stringify({ key, rowVersion }) };
}

const audit = (entityKey: string, action: "CREATE" | "UPDATE" = "CREATE") => ({
  at: "2025-01-01T00:00:00.000Z",
  actor: "tester",
  action,
  entity: "unit" as const,
  entityKey,
  before: null,
  after: "{}",
  idempotencyKey: null,
});

const write = <T>(backend = createMemoryBackend(), work: (tx: BackendTransaction) => Promise<T>) => backend.transaction(work, { readOnly: false });
const read = <T>(backend: ReturnType<typeof createMemoryBackend>, work: (tx: BackendTransaction) => Promise<T>) => backend.transaction(work, { readOnly: true });

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isStoreError(error) ? error.reason : `not a StoreError: ${String(error)}`;
  }
  return "resolved";
}

describe("transactions", () => {
  it("commit keeps every change; a rejected transaction leaves nothing behind", async () => {
    const backend = createMemoryBackend();
    await write(backend, async (tx) => {
      await tx.insert("unit", [row("unit", "a")]);
      await tx.appendAudit([audit("a")]);
    });
    const failure = new Error("boom");
    const outcome = write(backend, async (tx) => {
      await tx.insert("unit", [row("unit", "b"), row("unit", "c", { parent_id: "b" })]);
      expect(await tx.update("unit", row("unit", "a", { parent_id: "b" }, 2), 1)).toBe(true);
      await tx.appendAudit([audit("b"), audit("a", "UPDATE")]);
      await tx.putIdempotency({ key: "putUnit:k", fingerprint: "f", response: "{}", createdAt: "2025-01-01T00:00:00.000Z" });
      expect((await tx.get("unit", "b"))?.key).toBe("b");
      throw failure;
    });
    await expect(outcome).rejects.toBe(failure);
    await read(backend, async (tx) => {
      expect(await tx.get("unit", "b")).toBeUndefined();
      expect(await tx.get("unit", "c")).toBeUndefined();
      expect(await tx.get("unit", "a")).toEqual(row("unit", "a"));
      expect(await tx.find("unit", { where: [], orderBy: [] })).toHaveLength(1);
      expect(await tx.findAudit({ entity: "unit", entityKey: "b", limit: 10 })).toEqual([]);
      expect((await tx.findAudit({ entity: "unit", entityKey: "a", limit: 10 })).map((e) => [e.seq, e.action])).toEqual([[1, "CREATE"]]);
      expect(await tx.getIdempotency("putUnit:k")).toBeUndefined();
    });
    await write(backend, (tx) => tx.appendAudit([audit("a", "UPDATE")]));
    const entries = await read(backend, (tx) => tx.findAudit({ entity: "unit", entityKey: "a", limit: 10 }));
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it("a rollback restores the unique index of an updated row", async () => {
    const backend = createMemoryBackend();
    await write(backend, (tx) => tx.insert("plan", [row("plan", "p1", { nip: "1", tahun: 2024 })]));
    await expect(
      write(backend, async (tx) => {
        await tx.update("plan", row("plan", "p1", { nip: "1", tahun: 2025 }, 2), 1);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await reasonOf(write(backend, (tx) => tx.insert("plan", [row("plan", "p2", { nip: "1", tahun: 2024 })])))).toBe("constraint");
    await write(backend, (tx) => tx.insert("plan", [row("plan", "p3", { nip: "1", tahun: 2025 })]));
  });

  it("runs transactions one at a time, first come first served", async () => {
    const backend = createMemoryBackend();
    const events: string[] = [];
    const slow = write(backend, async (tx) => {
      events.push("A start");
      for (let i = 0; i < 5; i++) await Promise.resolve();
      await tx.insert("unit", [row("unit", "a")]);
      events.push("A end");
    });
    const fast = read(backend, async (tx) => {
      events.push("B start");
      const found = await tx.get("unit", "a");
      events.push(`B sees ${found ? "a" : "nothing"}`);
    });
    await Promise.all([slow, fast]);
    expect(events).toEqual(["A start", "A end", "B start", "B sees a"]);
  });

  it("refuses writes in a read-only transaction and any call after the end", async () => {
    const backend = createMemoryBackend();
    expect(await reasonOf(read(backend, (tx) => tx.insert("unit", [row("unit", "a")])))).toBe("unknown");
    let escaped: BackendTransaction | undefined;
    await write(backend, async (tx) => {
      escaped = tx;
    });
    expect(await reasonOf((escaped as BackendTransaction).get("unit", "a"))).toBe("unknown");
  });
});

describe("keys and unique column sets", () => {
  it("rejects a duplicate key, in the table or within one insert, with reason constraint", async () => {
    const backend = createMemoryBackend();
    await write(backend, (tx) => tx.insert("unit", [row("unit", "a")]));
    expect(await reasonOf(write(backend, (tx) => tx.insert("unit", [row("unit", "a")])))).toBe("constraint");
    expect(await reasonOf(write(backend, (tx) => tx.insert("unit", [row("unit", "x"), row("unit", "x")])))).toBe("constraint");
  });

  it("enforces every unique set of ENTITY_TABLES; an insert is all or nothing; nulls never collide", async () => {
    const backend = createMemoryBackend();
    const evaluation = (key: string, planId: string | null, periode: string) =>
      row("evaluation", key, { plan_id: planId, periode, nip: "n", unit_id: "u", tahun: 2024 });
    await write(backend, (tx) => tx.insert("evaluation", [evaluation("e1", "p", "2024")]));
    expect(await reasonOf(write(backend, (tx) => tx.insert("evaluation", [evaluation("e2", "p", "2024")])))).toBe("constraint");
    await write(backend, async (tx) => {
      const batch = [evaluation("e3", "p", "2024-Q1"), evaluation("e4", "p", "2024-Q1")];
      expect(await reasonOf(tx.insert("evaluation", batch))).toBe("constraint");
      expect(await tx.get("evaluation", "e3")).toBeUndefined();
      await tx.insert("evaluation", [evaluation("e5", null, "2024"), evaluation("e6", null, "2024")]);
    });
    await write(backend, (tx) => tx.insert("behaviour", [row("behaviour", "b1", { plan_id: "p", periode: "2024" })]));
    expect(await reasonOf(write(backend, (tx) => tx.insert("behaviour", [row("behaviour", "b2", { plan_id: "p", periode: "2024" })])))).toBe("constraint");
  });

  it("rejects an update that would break a unique set", async () => {
    const backend = createMemoryBackend();
    await write(backend, (tx) => tx.insert("plan", [row("plan", "p1", { nip: "1", tahun: 2024 }), row("plan", "p2", { nip: "1", tahun: 2025 })]));
    expect(await reasonOf(write(backend, (tx) => tx.update("plan", row("plan", "p2", { nip: "1", tahun: 2024 }, 2), 1)))).toBe("constraint");
    expect(await write(backend, (tx) => tx.update("plan", row("plan", "p1", { nip: "1", tahun: 2024, unit_id: "u" }, 2), 1))).toBe(true);
  });

  it("updates only at the expected version", async () => {
    const backend = createMemoryBackend();
    await write(backend, (tx) => tx.insert("unit", [row("unit", "a")]));
    expect(await write(backend, (tx) => tx.update("unit", row("unit", "a", {}, 2), 2))).toBe(false);
    expect(await write(backend, (tx) => tx.update("unit", row("unit", "missing", {}, 2), 1))).toBe(false);
    expect(await write(backend, (tx) => tx.update("unit", row("unit", "a", { parent_id: "z" }, 2), 1))).toBe(true);
    expect((await read(backend, (tx) => tx.get("unit", "a")))?.columns).toEqual({ parent_id: "z" });
  });

  it("stores frozen copies, so a caller cannot change a stored row", async () => {
    const backend = createMemoryBackend();
    const mutable = { key: "a", rowVersion: 1, columns: { parent_id: null as string | null }, data: "{}" };
    await write(backend, (tx) => tx.insert("unit", [mutable]));
    mutable.columns.parent_id = "changed";
    const stored = await read(backend, (tx) => tx.get("unit", "a"));
    expect(stored?.columns).toEqual({ parent_id: null });
    expect(Object.isFrozen(stored)).toBe(true);
  });
});

describe("queries", () => {
  const backend = createMemoryBackend();
  // key, plan_id, periode, tanggal
  const fixture: readonly (readonly [string, string, string, string])[] = [
    ["k05", "p", "2024-Q1", "2024-01-01"],
    ["k01", "q", "2024-Q2", "2024-02-01"],
    ["k04", "p", "2024-Q3", "2024-03-01"],
    ["k02", "q", "2024-Q4", "2024-01-01"],
    ["k03", "p", "2024-Q1", "2024-02-01"],
    ["k06", "q", "2024-Q2", "2024-03-01"],
    ["k07", "p", "2024-Q3", "2024-01-01"],
  ];
  const ready = write(backend, (tx) =>
    tx.insert("feedback", fixture.map(([key, plan_id, periode, tanggal]) => row("feedback", key, { plan_id, periode, tanggal }))),
  );
  const find = async (query: Parameters<BackendTransaction["find"]>[1]) => {
    await ready;
    return (await read(backend, (tx) => tx.find("feedback", query))).map((r) => r.key);
  };

  it("orders by the orderBy columns then the key, and walks pages with `after` without gaps", async () => {
    const all = await find({ where: [], orderBy: ["tanggal"] });
    expect(all).toEqual(["k02", "k05", "k07", "k01", "k03", "k04", "k06"]);
    const walked: string[] = [];
    let after: (string | number)[] | undefined;
    for (;;) {
      const page = await read(backend, (tx) => tx.find("feedback", { where: [], orderBy: ["tanggal"], limit: 3, ...(after ? { after } : {}) }));
      walked.push(...page.map((r) => r.key));
      const last = page[page.length - 1];
      if (page.length < 3 || !last) break;
      after = [last.columns["tanggal"] as string, last.key];
    }
    expect(walked).toEqual(all);
  });

  it("filters with =, in, ranges and is-null", async () => {
    expect(await find({ where: [{ column: "plan_id", op: "=", value: "q" }], orderBy: [] })).toEqual(["k01", "k02", "k06"]);
    expect(await find({ where: [{ column: "periode", op: "in", value: ["2024-Q1", "2024-Q4"] }], orderBy: [] })).toEqual(["k02", "k03", "k05"]);
    expect(await find({ where: [{ column: "tanggal", op: ">=", value: "2024-02-01" }, { column: "tanggal", op: "<", value: "2024-03-01" }], orderBy: [] })).toEqual(["k01", "k03"]);
    expect(await find({ where: [{ column: "tanggal", op: ">", value: "2024-02-01" }], orderBy: [] })).toEqual(["k04", "k06"]);
    expect(await find({ where: [{ column: "tanggal", op: "<=", value: "2024-01-01" }], orderBy: [] })).toEqual(["k02", "k05", "k07"]);
    expect(await find({ where: [{ column: "plan_id", op: "is-null" }], orderBy: [] })).toEqual([]);
    expect(await find({ where: [], orderBy: [], limit: 2 })).toEqual(["k01", "k02"]);
  });

  it("sorts text by code point, as a binary SQL collation does", async () => {
    const b = createMemoryBackend();
    const texts = ["\uFFFD", "😀", "a", "Z", "é"];
    await write(b, (tx) => tx.insert("unit", texts.map((t, i) => row("unit", `${i}`, { parent_id: t }))));
    const rows = await read(b, (tx) => tx.find("unit", { where: [], orderBy: ["parent_id"] }));
    expect(rows.map((r) => r.columns["parent_id"])).toEqual(["Z", "a", "é", "\uFFFD", "😀"]);
  });

  it("refuses unknown columns and kinds with reason unknown", async () => {
    await ready;
    expect(await reasonOf(read(backend, (tx) => tx.find("feedback", { where: [{ column: "nope", op: "=", value: 1 }], orderBy: [] })))).toBe("unknown");
    expect(await reasonOf(read(backend, (tx) => tx.get("nope" as EntityKind, "a")))).toBe("unknown");
    expect(await reasonOf(write(backend, (tx) => tx.insert("unit", [{ key: "a", rowVersion: 1, columns: {}, data: "{}" }])))).toBe("unknown");
  });
});

describe("audit log, idempotency and migrations", () => {
  it("lists one entity's entries after a seq, oldest first", async () => {
    const backend = createMemoryBackend();
    await write(backend, (tx) => tx.appendAudit([audit("a"), audit("b"), audit("a", "UPDATE"), audit("a", "UPDATE")]));
    const page = await read(backend, (tx) => tx.findAudit({ entity: "unit", entityKey: "a", afterSeq: 1, limit: 1 }));
    expect(page.map((e) => [e.seq, e.action, e.entityKey])).toEqual([[3, "UPDATE", "a"]]);
    const rest = await read(backend, (tx) => tx.findAudit({ entity: "unit", entityKey: "a", afterSeq: 3, limit: 10 }));
    expect(rest.map((e) => e.seq)).toEqual([4]);
  });

  it("keeps one record per idempotency key", async () => {
    const backend = createMemoryBackend();
    const record = { key: "op:k", fingerprint: "f", response: '{"x":1}', createdAt: "2025-01-01T00:00:00.000Z" };
    await write(backend, (tx) => tx.putIdempotency(record));
    expect(await reasonOf(write(backend, (tx) => tx.putIdempotency({ ...record, fingerprint: "g" })))).toBe("constraint");
    expect(await read(backend, (tx) => tx.getIdempotency("op:k"))).toEqual(record);
  });

  it("applies version 1 once", async () => {
    const backend = createMemoryBackend();
    expect(await backend.migrate()).toEqual({ applied: [{ version: 1, name: "initial" }], version: 1 });
    expect(await backend.migrate()).toEqual({ applied: [], version: 1 });
    expect(backend.capabilities).toEqual({ persistent: false, multiProcess: false, parallelWriters: false });
    expect(backend.name).toBe("memory");
  });
});
