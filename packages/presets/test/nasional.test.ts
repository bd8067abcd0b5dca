import { existsSync } from "node:fs";
import { runGoldenCases, selectVersion } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { NASIONAL_REGIMES, PRESET_IDS, PRESETS, compilePreset, nasional } from "../src/index.js";

describe("the nasional regime set", () => {
  const set = nasional();

  it("picks PP 46/2011 in 2015, PP 30/2019 (with PermenPANRB 8/2021) late in 2021, and PermenPANRB 6/2022 in 2024", () => {
    expect(set.id).toBe("nasional");
    expect(selectVersion(set, "2015-06-30").id).toBe("pp-46-2011");
    expect(selectVersion(set, "2021-12-31").id).toBe("pp-30-2019");
    expect(selectVersion(set, "2024-12-31").id).toBe("permenpanrb-6-2022");
  });

  it("leaves no day uncovered from 1 January 2014 and no day covered twice", () => {
    const docs = NASIONAL_REGIMES.map((id) => PRESETS[id]);
    for (let i = 1; i < docs.length; i++) {
      const previousEnd = new Date(`${docs[i - 1]?.effective.to}T00:00:00Z`);
      const nextStart = new Date(`${docs[i]?.effective.from}T00:00:00Z`);
      expect(nextStart.getTime() - previousEnd.getTime()).toBe(24 * 3600 * 1000);
    }
    expect(docs[0]?.effective.from).toBe("2014-01-01");
    expect(docs[docs.length - 1]?.effective.to).toBeUndefined();
    expect(() => selectVersion(set, "2013-12-31")).toThrow(expect.objectContaining({ code: "NO_VERSION_IN_FORCE" }));
  });
});

describe("every preset", () => {
  it.each(PRESET_IDS)("%s compiles without warnings, with bilingual titles and golden cases", (id) => {
    const policy = compilePreset(id);
    expect(policy.id).toBe(id);
    expect(policy.warnings).toEqual([]);
    expect(policy.document.title.id).not.toBe(policy.document.title.en);
    expect(policy.document.cases?.length ?? 0).toBeGreaterThan(0);
    expect(runGoldenCases(policy).filter((c) => !c.ok)).toEqual([]);
  });

  it.each(PRESET_IDS)("%s has a doc page in Bahasa Indonesia and English", (id) => {
    const page = id.startsWith("contoh-tukin-") ? "contoh-tukin" : id.startsWith("tindak-lanjut-") ? "tindak-lanjut" : id;
    for (const lang of ["id", "en"]) expect(existsSync(new URL(`../../../docs/presets/${lang}/${page}.md`, import.meta.url))).toBe(true);
  });
});
