/**
 * The module's public API: exactly these runtime exports (types are checked by the compiler), each
 * usable through the module index.
 */
import { describe, expect, it } from "vitest";
import * as development from "./index.js";

describe("development/index", () => {
  it("re-exports the public functions and constants, nothing internal", () => {
    expect(Object.keys(development).sort()).toEqual([
      "DEFAULT_BATAS",
      "DEFAULT_JUMLAH",
      "DevelopmentCatalogueSchema",
      "JENIS_PENGEMBANGAN",
      "KRITERIA",
      "NILAI_DASAR",
      "RATING_EKSPEKTASI",
      "analyseStrengths",
      "recommendDevelopment",
      "strengthsFromScore",
      "summariseCompetency",
      "validateCatalogue",
    ]);
  });

  it("the constants are frozen", () => {
    for (const value of [development.DEFAULT_BATAS, development.JENIS_PENGEMBANGAN, development.KRITERIA, development.NILAI_DASAR, development.RATING_EKSPEKTASI]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(development.NILAI_DASAR).toHaveLength(7);
    expect(development.DEFAULT_JUMLAH).toBe(3);
  });
});
