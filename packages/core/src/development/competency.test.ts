/**
 * summariseCompetency: records grouped by calendar year, decimal-exact totals, a year below the
 * 20 JP minimum (PP 11/2017 Pasal 203(4)), PPPK 24 JP [I], the `minimum` and `tahun` options, years
 * without records, and INPUT_INVALID errors (dates are required and must be real calendar dates).
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { summariseCompetency, type CompetencyInput } from "./competency.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

function thrown(input: unknown): KinerjaError {
  return thrownKinerjaError(() => summariseCompetency(input as CompetencyInput));
}

const records = [
  { tanggal: "2024-11-20", nama: "Keselamatan jalan untuk petugas lapangan", jp: 8, jenis: "PELATIHAN" },
  { tanggal: "2023-05-02", nama: "Pelayanan prima", jp: 12 },
  { tanggal: "2024-03-12", nama: "Manajemen rekayasa lalu lintas", jp: 16, jenis: "PELATIHAN" },
  { tanggal: "2023-09-14", nama: "Seminar keselamatan lalu lintas", jp: 4, jenis: "SEMINAR" },
];

describe("summariseCompetency", () => {
  it("groups by calendar year: 2023 has 16 JP (4 short of 20), 2024 has 24 JP", () => {
    const s = summariseCompetency({ records });
    expect(s.jenisAsn).toBe("PNS");
    expect(s.minimum).toBe(20);
    expect(s.compliant).toBe(false);
    expect(s.perTahun.map((y) => [y.tahun, y.totalJp, y.minimum, y.kekurangan, y.compliant])).toEqual([
      [2023, 16, 20, 4, false],
      [2024, 24, 20, 0, true],
    ]);
    expect(s.perTahun[0]?.records.map((r) => r.nama)).toEqual(["Pelayanan prima", "Seminar keselamatan lalu lintas"]);
    expect(s.perTahun[1]?.records.map((r) => r.tanggal)).toEqual(["2024-03-12", "2024-11-20"]);
    expect(s.perTahun[0]?.message).toEqual({
      id: "Tahun 2023: Pengembangan kompetensi 16 JP belum memenuhi batas minimal 20 JP per tahun (PNS); kurang 4 JP",
      en: "Year 2023: Competency development of 16 JP is below the minimum of 20 JP per year (PNS); 4 JP short",
    });
    expect(s.perTahun[1]?.message.id).toBe("Tahun 2024: Pengembangan kompetensi 24 JP memenuhi batas minimal 20 JP per tahun (PNS)");
  });

  it("totals are decimal-exact and written with a decimal comma in Bahasa Indonesia", () => {
    const s = summariseCompetency({
      records: [
        { tanggal: "2024-01-01", nama: "a", jp: 0.1 },
        { tanggal: "2024-12-31", nama: "b", jp: 0.2 },
        { tanggal: "2024-06-30", nama: "c", jp: 19.4 },
      ],
    });
    expect(s.perTahun[0]).toMatchObject({ totalJp: 19.7, kekurangan: 0.3, compliant: false });
    expect(s.perTahun[0]?.message.id).toContain("19,7 JP");
  });

  it("a year between two recorded years counts as 0 JP", () => {
    const s = summariseCompetency({ records: [records[1], records[0]] as CompetencyInput["records"] });
    expect(s.perTahun.map((y) => [y.tahun, y.totalJp, y.kekurangan])).toEqual([
      [2023, 12, 8],
      [2024, 8, 12],
    ]);
    const gap = summariseCompetency({ records: [{ tanggal: "2021-02-01", nama: "a", jp: 20 }, { tanggal: "2023-02-01", nama: "b", jp: 20 }] });
    expect(gap.perTahun.map((y) => [y.tahun, y.totalJp, y.compliant])).toEqual([
      [2021, 20, true],
      [2022, 0, false],
      [2023, 20, true],
    ]);
  });

  it("PPPK uses 24 JP; `minimum` overrides; `tahun` reports one year even without records", () => {
    expect(summariseCompetency({ records, jenisAsn: "PPPK" }).perTahun.map((y) => [y.minimum, y.compliant])).toEqual([
      [24, false],
      [24, true],
    ]);
    expect(summariseCompetency({ records, minimum: 30 }).perTahun.map((y) => y.kekurangan)).toEqual([14, 6]);
    const one = summariseCompetency({ records, tahun: 2024 });
    expect(one.perTahun.map((y) => y.tahun)).toEqual([2024]);
    expect(one.compliant).toBe(true);
    expect(summariseCompetency({ records, tahun: 2025 }).perTahun[0]).toMatchObject({ tahun: 2025, totalJp: 0, kekurangan: 20, records: [] });
    expect(summariseCompetency({ records: [] })).toEqual({ jenisAsn: "PNS", minimum: 20, perTahun: [], compliant: true });
  });
});

describe("summariseCompetency: validation", () => {
  it("lists every problem with its path", () => {
    const e = thrown({
      records: [
        { nama: "Tanpa tanggal", jp: 8 },
        { tanggal: "2023-02-29", nama: "Bukan tanggal", jp: 8 },
        { tanggal: "2024-1-05", nama: "Format salah", jp: 8 },
        { tanggal: "2024-02-29", nama: "", jp: -1, jenis: 3 },
        "x",
      ],
      jenisAsn: "CPNS",
      minimum: -5,
      tahun: 2024.5,
      periode: "2024",
    });
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.issues.map((i) => i.path.join("."))).toEqual([
      "periode",
      "jenisAsn",
      "minimum",
      "tahun",
      "records.0.tanggal",
      "records.1.tanggal",
      "records.2.tanggal",
      "records.3.nama",
      "records.3.jp",
      "records.3.jenis",
      "records.4",
    ]);
    expect(e.issues[4]?.message).toEqual({
      id: "'records[0].tanggal' wajib diisi: setiap catatan pengembangan kompetensi perlu tanggal YYYY-MM-DD",
      en: "'records[0].tanggal' is required: every competency-development record needs a YYYY-MM-DD date",
    });
    expect(e.issues[5]?.message.en).toBe("'records[1].tanggal' is \"2023-02-29\", not a real YYYY-MM-DD calendar date");
  });

  it("rejects training lists without dates", () => {
    const e = thrown({ records: [{ nama: "Manajemen rekayasa lalu lintas", jp: 16 }, { nama: "Keselamatan jalan", jp: 8 }] });
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["records.0.tanggal", "records.1.tanggal"]);
    expect(thrown(null).issues).toHaveLength(1);
    expect(thrown({}).issues.map((i) => i.path)).toEqual([["records"]]);
  });
});
