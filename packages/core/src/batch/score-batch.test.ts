/**
 * scoreBatch / scoreEach: envelopes in input order, item-prefixed error paths, ids, per-item
 * feedback, counts, and any iterable as input.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../index.js";
import { KinerjaError } from "../errors.js";
import { WEIGHTED_SKP } from "../compiler/fixtures/weighted-skp.js";
import { scoreBatch, scoreEach, type BatchItem } from "./index.js";

const policy = compilePolicy(WEIGHTED_SKP);

const good = (realisasi: number, nip = "199001012015011001") => ({ nip, indikator: [{ target: 100, realisasi, bobot: 100, polaritas: "NAIK" }] });
const badRealisasi = { nip: "199202022016022002", indikator: [{ target: 100, realisasi: -5, bobot: 100, polaritas: "NAIK" }] };
const zeroWeights = { nip: "199303032017033003", indikator: [{ target: 100, realisasi: 50, bobot: 0, polaritas: "NAIK" }] };

function failed(item: BatchItem | undefined): KinerjaError {
  if (!item || item.ok) throw new Error("expected a failed envelope");
  return item.error;
}

describe("scoreBatch", () => {
  it("returns one envelope per item, in input order, with the counts and the policy", () => {
    const batch = scoreBatch(policy, [good(95), badRealisasi, good(120), null]);
    expect(batch.items.map((i) => [i.index, i.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(batch.items[0]).toEqual({ index: 0, ok: true, result: policy.score(good(95)) });
    expect(batch.items[2]?.ok && batch.items[2].result.outputs["nilai"]).toBe(120);
    expect({ total: batch.total, ok: batch.ok, failed: batch.failed }).toEqual({ total: 4, ok: 2, failed: 2 });
    expect(batch.policy).toEqual({ id: "skp-berbobot", version: policy.version, hash: policy.hash });
  });

  it("prefixes the error path and every issue path with the item index, keeping codes and messages", () => {
    const batch = scoreBatch(policy, [good(95), good(90), good(80), badRealisasi]);
    const error = failed(batch.items[3]);
    const direct = policy.safeScore(badRealisasi);
    if (direct.ok) throw new Error("fixture should fail");
    expect(error).toBeInstanceOf(KinerjaError);
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.path).toEqual([3, "indikator", 0, "realisasi"]);
    expect(error.issues.map((i) => i.path)).toEqual(direct.error.issues.map((i) => [3, ...i.path]));
    expect(error.issues.map((i) => i.message)).toEqual(direct.error.issues.map((i) => i.message));
    expect(error.text).toEqual(direct.error.text);
    expect(error.cause).toEqual(direct.error);
  });

  it("prefixes scoring errors (a decision path) the same way", () => {
    const direct = policy.safeScore(zeroWeights);
    if (direct.ok) throw new Error("fixture should fail");
    const error = failed(scoreBatch(policy, [good(1), zeroWeights]).items[1]);
    expect(error.code).toBe(direct.error.code);
    expect(error.path).toEqual([1, ...direct.error.path]);
    expect(error.path[1]).toBe("decisions");
  });

  it("carries the id from the extractor (strings and numbers only)", () => {
    const batch = scoreBatch(policy, [good(95, "A"), badRealisasi, { ...good(1), nip: 7 }, { ...good(1), nip: { x: 1 } }], {
      id: (item) => (item as { nip?: string | number }).nip,
    });
    expect(batch.items.map((i) => i.id)).toEqual(["A", "199202022016022002", 7, undefined]);
    expect(Object.hasOwn(batch.items[3] as object, "id")).toBe(false);
  });

  it("an extractor that throws fails only its item (INTERNAL, with the thrown value as cause)", () => {
    const boom = new Error("no nip");
    const batch = scoreBatch(policy, [good(95), null, good(80)], {
      id: (item, index) => {
        if (item === null) throw boom;
        return `row-${index}`;
      },
    });
    expect(batch.items.map((i) => [i.ok, i.id])).toEqual([
      [true, "row-0"],
      [false, undefined],
      [true, "row-2"],
    ]);
    const error = failed(batch.items[1]);
    expect(error.code).toBe("INTERNAL");
    expect(error.path).toEqual([1]);
    expect((error.cause as KinerjaError).cause).toBe(boom);
  });

  it("passes each item's own feedback and the trace option through", () => {
    const feedback = [{ rhk: "R1", periode: "2024-03", tanggal: "2024-03-05", teks: "Pertahankan" }];
    const batch = scoreBatch(policy, [good(95), good(80)], { trace: true, feedback: (_item, index) => (index === 0 ? feedback : undefined) });
    const [first, second] = batch.items;
    expect(first?.ok && first.result.trace?.feedback).toEqual(feedback);
    expect(second?.ok && second.result.trace).toBeDefined();
    expect(second?.ok && second.result.trace?.feedback).toBeUndefined();
    expect(first?.ok && first.result).toEqual(policy.score(good(95), { trace: true, feedback }));
  });

  it("reports malformed per-item feedback as that item's INPUT_INVALID at [index, 'feedback', …]", () => {
    const batch = scoreBatch(policy, [good(95), good(80)], { feedback: (_item, index) => (index === 1 ? ([{ rhk: "R1" }] as never) : undefined) });
    expect(batch.items[0]?.ok).toBe(true);
    const error = failed(batch.items[1]);
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.issues.every((i) => i.path[0] === 1 && i.path[1] === "feedback")).toBe(true);
  });

  it("accepts any iterable (a generator, a Set) and an empty batch", () => {
    function* plans() {
      yield good(10);
      yield good(20);
    }
    expect(scoreBatch(policy, plans()).items.map((i) => i.ok && i.result.outputs["nilai"])).toEqual([10, 20]);
    expect(scoreBatch(policy, new Set([good(30)])).ok).toBe(1);
    expect(scoreBatch(policy, [])).toMatchObject({ items: [], total: 0, ok: 0, failed: 0 });
  });

  it("scores the holes of a sparse array as missing input, keeping indexes", () => {
    const batch = scoreBatch(policy, [good(10), , good(30)]);
    expect(batch.items.map((i) => [i.index, i.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    expect(failed(batch.items[1]).code).toBe("INPUT_INVALID");
  });
});

describe("scoreEach", () => {
  it("is lazy: it pulls one item per envelope", () => {
    let pulled = 0;
    function* plans() {
      for (let i = 1; i <= 3; i++) {
        pulled++;
        yield good(i * 10);
      }
    }
    const each = scoreEach(policy, plans());
    expect(pulled).toBe(0);
    const first = each.next();
    expect(pulled).toBe(1);
    expect(first.value).toMatchObject({ index: 0, ok: true });
    expect([...each].map((i) => i.index)).toEqual([1, 2]);
    expect(pulled).toBe(3);
  });
});
