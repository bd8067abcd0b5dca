/**
 * The competency-development minimum: PNS 20 JP (PP 11/2017 Pasal 203(4)), PPPK 24 JP [I], the
 * `minimum` override, the shortfall, the bilingual verdict and the INPUT_INVALID errors.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { JP_MINIMUM, checkJpMinimum, type JpMinimumInput } from "./kompetensi.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

function thrown(input: unknown): KinerjaError {
  return thrownKinerjaError(() => checkJpMinimum(input as JpMinimumInput));
}

describe("JP_MINIMUM", () => {
  it("is 20 JP for PNS and 24 JP for PPPK, frozen", () => {
    expect(JP_MINIMUM).toEqual({ PNS: 20, PPPK: 24 });
    expect(Object.isFrozen(JP_MINIMUM)).toBe(true);
  });
});

describe("checkJpMinimum", () => {
  it("jp-1 / jp-2: 18 JP is short of 20, 20 JP complies (PNS by default)", () => {
    expect(checkJpMinimum({ jamPelajaran: 18 })).toMatchObject({ compliant: false, minimum: 20, kekurangan: 2 });
    expect(checkJpMinimum({ jamPelajaran: 20 })).toMatchObject({ compliant: true, minimum: 20, kekurangan: 0 });
  });

  it("PPPK uses 24 JP", () => {
    expect(checkJpMinimum({ jamPelajaran: 20, jenisAsn: "PPPK" })).toMatchObject({ compliant: false, minimum: 24, kekurangan: 4 });
    expect(checkJpMinimum({ jamPelajaran: 24, jenisAsn: "PPPK" })).toMatchObject({ compliant: true, minimum: 24 });
    expect(checkJpMinimum({ jamPelajaran: 20, jenisAsn: "PNS" })).toMatchObject({ compliant: true, minimum: 20 });
  });

  it("minimum overrides the table", () => {
    expect(checkJpMinimum({ jamPelajaran: 30, minimum: 40 })).toMatchObject({ compliant: false, minimum: 40, kekurangan: 10 });
    expect(checkJpMinimum({ jamPelajaran: 0, jenisAsn: "PPPK", minimum: 0 })).toMatchObject({ compliant: true, minimum: 0 });
  });

  it("the shortfall is decimal-exact", () => {
    expect(checkJpMinimum({ jamPelajaran: 18.3 }).kekurangan).toBe(1.7);
    expect(checkJpMinimum({ jamPelajaran: 19.9 }).kekurangan).toBe(0.1);
    expect(checkJpMinimum({ jamPelajaran: 0 }).kekurangan).toBe(20);
    expect(checkJpMinimum({ jamPelajaran: 500 }).kekurangan).toBe(0);
  });

  it("the verdict is bilingual, with a decimal comma in Bahasa Indonesia", () => {
    expect(checkJpMinimum({ jamPelajaran: 18.5 }).message).toEqual({
      id: "Pengembangan kompetensi 18,5 JP belum memenuhi batas minimal 20 JP per tahun (PNS); kurang 1,5 JP",
      en: "Competency development of 18.5 JP is below the minimum of 20 JP per year (PNS); 1.5 JP short",
    });
    expect(checkJpMinimum({ jamPelajaran: 24, jenisAsn: "PPPK" }).message).toEqual({
      id: "Pengembangan kompetensi 24 JP memenuhi batas minimal 24 JP per tahun (PPPK)",
      en: "Competency development of 24 JP meets the minimum of 24 JP per year (PPPK)",
    });
  });

  it("rejects a negative, non-finite or non-number jamPelajaran with INPUT_INVALID at its path", () => {
    for (const jamPelajaran of [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, "20", null, undefined, 10n]) {
      const e = thrown({ jamPelajaran });
      expect(e.code).toBe("INPUT_INVALID");
      expect(e.path).toEqual(["jamPelajaran"]);
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]?.message.id).toContain("jamPelajaran");
    }
  });

  it("rejects an unknown jenisAsn and a bad minimum, listing every issue", () => {
    const e = thrown({ jamPelajaran: -3, jenisAsn: "HONORER", minimum: Number.NaN });
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.path).toEqual(["jamPelajaran"]);
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["jamPelajaran", "jenisAsn", "minimum"]);
    expect(e.issues[1]?.message.en).toContain('"HONORER"');
    expect(thrown({ jamPelajaran: 5, minimum: -1 }).path).toEqual(["minimum"]);
  });

  it("rejects a non-object input", () => {
    for (const input of [null, 20, "20", [20]]) expect(thrown(input).path).toEqual([]);
  });
});
