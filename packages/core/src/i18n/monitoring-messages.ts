/**
 * Message templates of in-year monitoring (pemantauan): input validation, progress explanations,
 * and the findings about daily activity reports and continuous feedback, in Bahasa Indonesia and
 * English. Placeholders `{name}` are filled with `fill` from `text.ts`; `{field}` is the input
 * path written like `indikator[0].target`.
 * @module
 */

/** The monitoring module's message catalog. */
export const MM = {
  // --- input shape ---
  notObject: { id: "'{field}' harus berupa objek, diberikan {actual}", en: "'{field}' must be an object, {actual} given" },
  notArray: { id: "'{field}' harus berupa daftar (array), diberikan {actual}", en: "'{field}' must be a list (array), {actual} given" },
  required: { id: "'{field}' wajib diisi", en: "'{field}' is required" },
  unknownKey: {
    id: "Kunci '{field}' tidak dikenal; yang dikenal: {allowed}",
    en: "Unknown key '{field}'; the known keys are: {allowed}",
  },
  notText: {
    id: "'{field}' harus berupa teks yang tidak kosong, diberikan {actual}",
    en: "'{field}' must be a non-empty string, {actual} given",
  },
  notDate: {
    id: "'{field}' harus tanggal kalender YYYY-MM-DD yang sah, diberikan {actual}",
    en: "'{field}' must be a real YYYY-MM-DD calendar date, {actual} given",
  },
  notEnum: { id: "'{field}' harus salah satu dari {values}, diberikan {actual}", en: "'{field}' must be one of {values}, {actual} given" },
  notNumber: { id: "'{field}' harus bilangan terhingga, diberikan {actual}", en: "'{field}' must be a finite number, {actual} given" },
  notPositive: { id: "'{field}' harus lebih besar dari 0, diberikan {actual}", en: "'{field}' must be greater than 0, {actual} given" },
  negative: { id: "'{field}' tidak boleh negatif, diberikan {actual}", en: "'{field}' must not be negative, {actual} given" },
  duplicateId: {
    id: "'{field}': id '{value}' ganda (sudah dipakai pada indeks {first})",
    en: "'{field}': duplicate id '{value}' (already used at index {first})",
  },
  planOrder: {
    id: "Periode rencana terbalik: mulai {mulai} sesudah selesai {selesai}",
    en: "The plan period is reversed: the start {mulai} is after the end {selesai}",
  },
  // --- indicators and options ---
  targetMaksRequired: {
    id: "'{field}' wajib diisi untuk polaritas RENTANG (batas atas rentang target)",
    en: "'{field}' is required for polarity RENTANG (the upper bound of the target range)",
  },
  targetMaksNotRange: {
    id: "'{field}' hanya berlaku untuk polaritas RENTANG, sedangkan polaritas indikator ini {polaritas}",
    en: "'{field}' only applies to polarity RENTANG, but this indicator's polarity is {polaritas}",
  },
  targetMaksBelow: {
    id: "'{field}' ({targetMaks}) harus sama dengan atau lebih besar dari 'target' ({target})",
    en: "'{field}' ({targetMaks}) must be at least 'target' ({target})",
  },
  bobotMixed: {
    id: "'{field}' kosong, padahal {count} indikator lain berbobot; isi bobot pada semua indikator atau tidak sama sekali",
    en: "'{field}' is missing while other indicators ({count}) have one; give every indicator a weight or none",
  },
  ambangOrder: {
    id: "Ambang 'atRisk' ({atRisk}) harus sama dengan atau lebih kecil dari 'onTrack' ({onTrack})",
    en: "The 'atRisk' threshold ({atRisk}) must be at most the 'onTrack' threshold ({onTrack})",
  },
  ambangAboveCap: {
    id: "Ambang 'onTrack' ({onTrack}) melebihi 'capaianMaks' ({capaianMaks}); tidak ada indikator yang bisa sesuai jalur",
    en: "The 'onTrack' threshold ({onTrack}) exceeds 'capaianMaks' ({capaianMaks}); no indicator could ever be on track",
  },
  // --- period codes ---
  periodCodeShape: {
    id: "'{field}': '{actual}' bukan kode periode; gunakan YYYY-MM (bulanan, mis. 2024-03) atau YYYY-Qn (triwulanan, mis. 2024-Q1)",
    en: "'{field}': '{actual}' is not a period code; use YYYY-MM (monthly, e.g. 2024-03) or YYYY-Qn (quarterly, e.g. 2024-Q1)",
  },
  periodWrongFrequency: {
    id: "'{field}': kode {code} adalah periode {actual}, padahal frekuensi rencana {frekuensi}",
    en: "'{field}': {code} is a {actual} period code, but the plan's frequency is {frekuensi}",
  },
  periodOutsidePlan: {
    id: "'{field}': periode {code} di luar periode rencana {mulai} s.d. {selesai}",
    en: "'{field}': the period {code} is outside the plan period {mulai} to {selesai}",
  },
  periodNotEnded: {
    id: "'{field}': periode {code} belum berakhir per {asOf} (berakhir {selesai}); realisasinya belum dapat dicatat",
    en: "'{field}': the period {code} has not ended as of {asOf} (it ends {selesai}); its realisation cannot be recorded yet",
  },
  periodDuplicate: {
    id: "'{field}': realisasi periode {code} ganda (sudah ada pada indeks {first})",
    en: "'{field}': duplicate realisation for the period {code} (already at index {first})",
  },
  invalid: { id: "Masukan pemantauan tidak sah ({count} masalah)", en: "Invalid monitoring input ({count} problems)" },
  // --- words used in explanations ---
  BULANAN: { id: "bulanan", en: "monthly" },
  TRIWULANAN: { id: "triwulanan", en: "quarterly" },
  NAIK: { id: "makin tinggi makin baik", en: "higher is better" },
  TURUN: { id: "makin rendah makin baik", en: "lower is better" },
  RENTANG: { id: "target rentang", en: "target range" },
  range: { id: "{min}–{max}", en: "{min}–{max}" },
  ON_TRACK: { id: "sesuai jalur", en: "on track" },
  AT_RISK: { id: "berisiko", en: "at risk" },
  OFF_TRACK: { id: "tertinggal", en: "off track" },
  BELUM_ADA_DATA: { id: "belum ada data", en: "no data yet" },
  // --- explanations ---
  progress: {
    id: "Realisasi {realisasi} vs target {target} ({arah}): capaian {capaian}%{cap}, {status}.",
    en: "Realisation {realisasi} vs target {target} ({arah}): progress {capaian}%{cap}, {status}.",
  },
  capped: { id: " (dibatasi dari {raw}%)", en: " (capped from {raw}%)" },
  basisKumulatif: {
    id: " Kumulatif: {n} dari {total} periode telah berakhir; target tahunan {target} dipro-rata.",
    en: " Cumulative: {n} of {total} periods have ended; the yearly target {target} is pro-rated.",
  },
  basisTerakhir: { id: " Nilai terakhir: periode {code}.", en: " Latest value: period {code}." },
  basisRataRata: { id: " Rata-rata dari {n} periode.", en: " Mean of {n} periods." },
  missingCounted: { id: " Tanpa realisasi (dihitung nol): {codes}.", en: " No realisation (counted as zero): {codes}." },
  missingSkipped: { id: " Tanpa realisasi (dilewati): {codes}.", en: " No realisation (skipped): {codes}." },
  missingSince: { id: " Belum ada realisasi sesudahnya: {codes}.", en: " No realisation since then: {codes}." },
  noData: {
    id: "Belum ada realisasi per {asOf} (target {target}, {arah}): belum ada data, bukan capaian 0%.",
    en: "No realisation yet as of {asOf} (target {target}, {arah}): no data, not a progress of 0%.",
  },
  noPeriodEnded: {
    id: "Belum ada periode yang berakhir per {asOf}: belum ada data.",
    en: "No period has ended as of {asOf}: no data yet.",
  },
  plan: {
    id: "Capaian rencana {capaian}% ({mean} {n} dari {total} indikator), {status}.",
    en: "Plan progress {capaian}% ({mean} of {n} of {total} indicators), {status}.",
  },
  weightedMean: { id: "rata-rata berbobot", en: "weighted mean" },
  plainMean: { id: "rata-rata", en: "mean" },
  planLeftOut: { id: " Tidak dihitung karena belum ada data: {ids}.", en: " Left out for lack of data: {ids}." },
  planNoData: { id: "Capaian rencana: belum ada indikator dengan data.", en: "Plan progress: no indicator has data yet." },
  planZeroWeight: {
    id: "Capaian rencana tidak dapat dihitung: bobot total indikator yang berdata adalah 0 ({ids}).",
    en: "Plan progress cannot be computed: the indicators with data weigh 0 in total ({ids}).",
  },
  // --- findings about daily activity reports ---
  rhkNoActivity: {
    id: "RHK '{rhk}' tidak memiliki laporan kegiatan pada periode yang sudah berakhir: {codes}",
    en: "RHK '{rhk}' has no activity report in these ended periods: {codes}",
  },
  reportUnknownRhk: {
    id: "Laporan harian {tanggal} merujuk RHK '{rhk}' yang tidak ada dalam rencana",
    en: "The daily report of {tanggal} refers to RHK '{rhk}', which is not in the plan",
  },
  reportNoRhk: {
    id: "Laporan harian {tanggal} tidak dikaitkan dengan RHK mana pun",
    en: "The daily report of {tanggal} is not linked to any RHK",
  },
  reportOutsidePlan: {
    id: "Laporan harian {tanggal} di luar periode rencana {mulai} s.d. {selesai}",
    en: "The daily report of {tanggal} is outside the plan period {mulai} to {selesai}",
  },
  reportAfterAsOf: {
    id: "Laporan harian {tanggal} bertanggal sesudah tanggal pemantauan {asOf}",
    en: "The daily report of {tanggal} is dated after the monitoring date {asOf}",
  },
  // --- findings about continuous feedback ---
  feedbackUnknownRhk: {
    id: "Umpan balik {tanggal} merujuk RHK '{rhk}' yang tidak ada dalam rencana",
    en: "The feedback of {tanggal} refers to RHK '{rhk}', which is not in the plan",
  },
  feedbackDateOutside: {
    id: "Umpan balik bertanggal {tanggal} tidak jatuh dalam periode {code} ({mulai} s.d. {selesai})",
    en: "The feedback dated {tanggal} does not fall in the period {code} ({mulai} to {selesai})",
  },
} as const;
