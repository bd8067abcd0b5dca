/**
 * Strengths, weaknesses and development: rank the indicators and BerAKHLAK values furthest above
 * and below expectation, recommend activities from a development catalogue for the weaknesses,
 * and track competency-development records against the yearly JP minimum.
 * @module
 */
export { analyseStrengths } from "./strengths.js";
export { strengthsFromScore, type StrengthsFieldNames, type StrengthsFromScoreOptions } from "./strengths-from-score.js";
export {
  DEFAULT_BATAS,
  DEFAULT_JUMLAH,
  NILAI_DASAR,
  RATING_EKSPEKTASI,
  type BatasTemuan,
  type BehaviourFinding,
  type Finding,
  type IndicatorFinding,
  type IndikatorCapaian,
  type KategoriTemuan,
  type NilaiDasar,
  type PerilakuRating,
  type RatingEkspektasi,
  type StrengthsInput,
  type StrengthsResult,
  type SumberTemuan,
} from "./strengths-types.js";
export {
  DevelopmentCatalogueSchema,
  JENIS_PENGEMBANGAN,
  KRITERIA,
  validateCatalogue,
  type CatalogueValidation,
  type DevelopmentCatalogue,
  type EntriKatalog,
  type JenisPengembangan,
  type KriteriaEntri,
} from "./catalogue.js";
export {
  recommendDevelopment,
  type CriterionMatch,
  type DevelopmentRecommendations,
  type PegawaiProfil,
  type Recommendation,
  type RecommendInput,
} from "./recommend.js";
export {
  summariseCompetency,
  type CompetencyInput,
  type CompetencyRecord,
  type CompetencySummary,
  type CompetencyYear,
} from "./competency.js";
