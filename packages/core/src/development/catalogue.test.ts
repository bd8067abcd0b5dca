/**
 * validateCatalogue: the Belawan example catalogue loads and validates; every problem of a broken
 * catalogue is reported at once with its path (shape and enum issues, repeated ids, entries
 * without criteria, unusable keywords, `__proto__` keys); zod runs jitless (no `new Function`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DevelopmentCatalogueSchema, JENIS_PENGEMBANGAN, validateCatalogue, type DevelopmentCatalogue } from "./catalogue.js";

const EXAMPLE = new URL("../../../../examples/demo/catalogue/katalog-pengembangan-belawan.json", import.meta.url);
const example = (): unknown => JSON.parse(readFileSync(EXAMPLE, "utf8"));

const entry = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  judul: { id: `Judul ${id}`, en: `Title ${id}` },
  jenis: "PELATIHAN",
  jp: 8,
  untuk: { sumber: ["INDIKATOR"] },
  ...extra,
});

describe("the Belawan example catalogue", () => {
  it("loads and validates", () => {
    const checked = validateCatalogue(example());
    expect(checked.issues).toEqual([]);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const cat: DevelopmentCatalogue = checked.catalogue;
    expect([cat.id, cat.version]).toEqual(["katalog-pengembangan-belawan", "2024.1"]);
    expect(cat.entries.length).toBeGreaterThanOrEqual(8);
    expect(new Set(cat.entries.map((e) => e.id)).size).toBe(cat.entries.length);
    expect(cat.entries.find((e) => e.id === "PEL-TI-KES")?.judul.id).toBe("Pelatihan teknologi informasi dalam pelayanan kesehatan");
    // Every kind of BerAKHLAK coaching the brief names is there.
    const values = new Set(cat.entries.flatMap((e) => e.untuk.nilaiDasar ?? []));
    expect(values.has("KOLABORATIF") && values.has("ADAPTIF")).toBe(true);
  });

  it("survives a JSON round trip unchanged", () => {
    const checked = validateCatalogue(example());
    const again = validateCatalogue(JSON.parse(JSON.stringify(checked.ok ? checked.catalogue : null)));
    expect(again).toEqual(checked);
  });
});

describe("validateCatalogue: every issue with its path", () => {
  it("reports shape, enum, duplicate, empty-criteria and keyword problems together", () => {
    const doc = {
      id: "k",
      version: "1",
      entries: [
        entry("A"),
        entry("A", { jenis: "WORKSHOP" }),
        entry("B", { untuk: {} }),
        entry("C", { untuk: { sumber: ["ATASAN"], nilaiDasar: ["JUJUR"] }, jp: -1, prioritas: 0 }),
        entry("D", { untuk: { kataKunci: ["!!!", "data"], tags: [] }, judul: { id: "D" } }),
        entry("E", { warna: "merah" }),
      ],
    };
    const checked = validateCatalogue(doc);
    expect(checked.ok).toBe(false);
    expect(checked.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["DUPLICATE_NAME", "entries.1.id"],
      ["SCHEMA", "entries.1.jenis"],
      ["SCHEMA", "entries.2.untuk"],
      ["SCHEMA", "entries.3.jp"],
      ["SCHEMA", "entries.3.prioritas"],
      ["SCHEMA", "entries.3.untuk.nilaiDasar.0"],
      ["SCHEMA", "entries.3.untuk.sumber.0"],
      ["SCHEMA", "entries.4.judul.en"],
      ["SCHEMA", "entries.4.untuk.kataKunci.0"],
      ["SCHEMA", "entries.4.untuk.tags"],
      ["SCHEMA", "entries.5"],
    ]);
    const text = (path: string): { id: string; en: string } | undefined => checked.issues.find((i) => i.path.join(".") === path)?.message;
    expect(text("entries.1.id")).toEqual({
      id: "Id entri 'A' dipakai lebih dari sekali (juga di entries[0])",
      en: "The entry id 'A' is used more than once (also at entries[0])",
    });
    expect(text("entries.2.untuk")?.en).toContain("The entry 'B' has no criterion in 'untuk'");
    expect(text("entries.1.jenis")?.en).toContain('"PELATIHAN"');
    expect(text("entries.4.untuk.kataKunci.0")?.id).toBe("Kata kunci '!!!' tidak memuat huruf atau angka sehingga tidak pernah cocok");
    expect(text("entries.5")?.en).toContain("warna");
  });

  it("reports a missing or wrong top level", () => {
    expect(validateCatalogue(null).issues.map((i) => i.path)).toEqual([[]]);
    expect(validateCatalogue({ entries: {} }).issues.map((i) => i.path.join("."))).toEqual(["entries", "id", "version"]);
  });

  it("rejects __proto__ keys as UNSAFE_NAME", () => {
    const doc = JSON.parse('{"id":"k","version":"1","entries":[{"id":"A","judul":{"id":"a","en":"a"},"jenis":"SEMINAR","jp":1,"untuk":{"sumber":["PERILAKU"],"__proto__":{"x":1}}}]}') as unknown;
    const checked = validateCatalogue(doc);
    expect(checked.ok).toBe(false);
    expect(checked.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["UNSAFE_NAME", "entries.0.untuk.__proto__"]]);
  });

  it("knows the six kinds of activity", () => {
    expect(JENIS_PENGEMBANGAN).toEqual(["PELATIHAN", "COACHING", "MENTORING", "E_LEARNING", "MAGANG", "SEMINAR"]);
    for (const jenis of JENIS_PENGEMBANGAN) expect(validateCatalogue({ id: "k", version: "1", entries: [entry("A", { jenis })] }).ok).toBe(true);
  });
});

describe("validateCatalogue runs zod jitless", () => {
  it("never constructs a Function while validating (the fast path would)", () => {
    const original = globalThis.Function;
    let constructed = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args: unknown[]) {
        constructed++;
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      expect(validateCatalogue(example()).ok).toBe(true);
      expect(constructed).toBe(0);
      // Control: zod's default (JIT) parse of the same schema does generate code.
      DevelopmentCatalogueSchema.safeParse(example());
      expect(constructed).toBeGreaterThan(0);
    } finally {
      globalThis.Function = original;
    }
  });
});
