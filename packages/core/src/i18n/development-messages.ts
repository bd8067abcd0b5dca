/**
 * Message templates of the development module (strengths and weaknesses, the development
 * catalogue and its recommendations, competency records against the yearly JP minimum), in Bahasa
 * Indonesia and English. Placeholders `{name}` are filled per language by the module's `fillBoth`
 * (numbers get a decimal comma in Bahasa Indonesia).
 * @module
 */

/** The development module's message catalog. */
export const DV = {
  // --- input validation ---
  invalid: { id: "Masukan tidak sah ({count} masalah)", en: "Invalid input ({count} problems)" },
  notObject: { id: "'{name}' harus berupa objek, diberikan {actual}", en: "'{name}' must be an object, {actual} given" },
  notList: { id: "'{name}' harus berupa daftar (array), diberikan {actual}", en: "'{name}' must be a list (array), {actual} given" },
  notText: {
    id: "'{name}' harus berupa teks yang tidak kosong, diberikan {actual}",
    en: "'{name}' must be a non-empty string, {actual} given",
  },
  notNumber: { id: "'{name}' harus berupa bilangan terhingga, diberikan {actual}", en: "'{name}' must be a finite number, {actual} given" },
  notNonNegative: {
    id: "'{name}' harus berupa bilangan terhingga yang tidak negatif, diberikan {actual}",
    en: "'{name}' must be a finite, non-negative number, {actual} given",
  },
  notPositive: {
    id: "'{name}' harus berupa bilangan terhingga lebih dari 0, diberikan {actual}",
    en: "'{name}' must be a finite number above 0, {actual} given",
  },
  notPositiveInteger: {
    id: "'{name}' harus berupa bilangan bulat paling sedikit 1, diberikan {actual}",
    en: "'{name}' must be a whole number of at least 1, {actual} given",
  },
  notEnum: {
    id: "'{name}' harus salah satu dari {values}, diberikan {actual}",
    en: "'{name}' must be one of {values}, {actual} given",
  },
  unknownKey: { id: "Kunci tidak dikenal '{key}'; yang dikenal: {known}", en: "Unknown key '{key}'; known keys: {known}" },
  duplicateId: {
    id: "Id '{value}' dipakai lebih dari sekali (juga di '{first}')",
    en: "The id '{value}' is used more than once (also at '{first}')",
  },
  duplicateNilaiDasar: {
    id: "Nilai dasar {value} dinilai lebih dari sekali (juga di '{first}')",
    en: "The core value {value} is rated more than once (also at '{first}')",
  },
  // --- strengths and weaknesses ---
  indicatorSentence: {
    id: "IKI '{label}' tercapai {capaian}% dari ekspektasi {ekspektasi}% (selisih {gap} poin)",
    en: "IKI '{label}' achieved {capaian}% of an expected {ekspektasi}% (gap {gap} points)",
  },
  behaviourAbove: {
    id: "Nilai dasar BerAKHLAK {value} dinilai di atas ekspektasi",
    en: "BerAKHLAK core value {value} was rated above expectation",
  },
  behaviourAsExpected: {
    id: "Nilai dasar BerAKHLAK {value} dinilai sesuai ekspektasi",
    en: "BerAKHLAK core value {value} was rated as expected",
  },
  behaviourBelow: {
    id: "Nilai dasar BerAKHLAK {value} dinilai di bawah ekspektasi",
    en: "BerAKHLAK core value {value} was rated below expectation",
  },
  withNote: { id: "{sentence} (catatan: {note})", en: "{sentence} (note: {note})" },
  // --- strengthsFromScore ---
  outputMissing: {
    id: "Hasil penilaian tidak memuat keluaran '{output}'; nilai dengan kebijakan yang menghasilkannya atau atur opsi 'output'",
    en: "The score result has no output '{output}'; score with a policy that produces it or set the 'output' option",
  },
  lengthMismatch: {
    id: "Keluaran '{output}' berisi {outputs} butir, padahal masukan '{input}' berisi {inputs} butir",
    en: "The output '{output}' has {outputs} items but the input '{input}' has {inputs}",
  },
  labelMissing: {
    id: "IKI ke-{position} tidak punya teks: '{field}' kosong dan jejak tidak memuat label butir",
    en: "IKI number {position} has no text: '{field}' is empty and the trace holds no item label",
  },
  // --- catalogue ---
  catalogueInvalid: { id: "Katalog pengembangan tidak sah ({count} masalah)", en: "Invalid development catalogue ({count} problems)" },
  duplicateEntry: {
    id: "Id entri '{value}' dipakai lebih dari sekali (juga di entries[{first}])",
    en: "The entry id '{value}' is used more than once (also at entries[{first}])",
  },
  emptyCriteria: {
    id: "Entri '{value}' tidak punya kriteria apa pun di 'untuk'; isi paling sedikit satu (sumber, nilaiDasar, aspek, kataKunci, tags, unitKerja, jabatan)",
    en: "The entry '{value}' has no criterion in 'untuk'; give at least one (sumber, nilaiDasar, aspek, kataKunci, tags, unitKerja, jabatan)",
  },
  unusableKeyword: {
    id: "Kata kunci '{value}' tidak memuat huruf atau angka sehingga tidak pernah cocok",
    en: "The keyword '{value}' holds no letter or digit, so it can never match",
  },
  unsafeKey: { id: "Kunci '__proto__' tidak diizinkan", en: "The key '__proto__' is not allowed" },
  // --- recommendations ---
  weaknessIndicator: { id: "IKI '{label}' (selisih {gap} poin)", en: "IKI '{label}' (gap {gap} points)" },
  weaknessBehaviour: { id: "nilai dasar {value} ({rating})", en: "core value {value} ({rating})" },
  reason: {
    id: "{judul} ({jenis}, {jp} JP) untuk kelemahan {weakness}: cocok dengan {criteria}",
    en: "{judul} ({jenis}, {jp} JP) for the weakness {weakness}: matches {criteria}",
  },
  criterionSumber: { id: "sumber {values}", en: "source {values}" },
  criterionNilaiDasar: { id: "nilai dasar {values}", en: "core value {values}" },
  criterionAspek: { id: "aspek {values}", en: "aspect {values}" },
  criterionKataKunci: { id: "kata kunci {values}", en: "keyword {values}" },
  criterionTags: { id: "tag {values}", en: "tag {values}" },
  criterionUnitKerja: { id: "unit kerja {values}", en: "work unit {values}" },
  criterionJabatan: { id: "jabatan {values}", en: "position {values}" },
  and: { id: " dan ", en: " and " },
  // --- competency records ---
  dateMissing: {
    id: "'{name}' wajib diisi: setiap catatan pengembangan kompetensi perlu tanggal YYYY-MM-DD",
    en: "'{name}' is required: every competency-development record needs a YYYY-MM-DD date",
  },
  dateInvalid: {
    id: "'{name}' bernilai {actual}, bukan tanggal kalender YYYY-MM-DD yang sah",
    en: "'{name}' is {actual}, not a real YYYY-MM-DD calendar date",
  },
  yearInvalid: {
    id: "'{name}' harus tahun berupa bilangan bulat 1000–9999, diberikan {actual}",
    en: "'{name}' must be a whole year 1000–9999, {actual} given",
  },
  yearVerdict: { id: "Tahun {tahun}: {verdict}", en: "Year {tahun}: {verdict}" },
} as const;

/** Names of the BerAKHLAK core values (SE MenPANRB 20/2021) in both languages. */
export const NILAI_DASAR_TEXT = {
  BERORIENTASI_PELAYANAN: { id: "Berorientasi Pelayanan", en: "Service-oriented" },
  AKUNTABEL: { id: "Akuntabel", en: "Accountable" },
  KOMPETEN: { id: "Kompeten", en: "Competent" },
  HARMONIS: { id: "Harmonis", en: "Harmonious" },
  LOYAL: { id: "Loyal", en: "Loyal" },
  ADAPTIF: { id: "Adaptif", en: "Adaptive" },
  KOLABORATIF: { id: "Kolaboratif", en: "Collaborative" },
} as const;

/** The three expectation ratings in both languages. */
export const RATING_TEXT = {
  DI_ATAS_EKSPEKTASI: { id: "di atas ekspektasi", en: "above expectation" },
  SESUAI_EKSPEKTASI: { id: "sesuai ekspektasi", en: "as expected" },
  DI_BAWAH_EKSPEKTASI: { id: "di bawah ekspektasi", en: "below expectation" },
} as const;

/** The kinds of development activity in both languages. */
export const JENIS_TEXT = {
  PELATIHAN: { id: "pelatihan", en: "training" },
  COACHING: { id: "coaching", en: "coaching" },
  MENTORING: { id: "mentoring", en: "mentoring" },
  E_LEARNING: { id: "e-learning", en: "e-learning" },
  MAGANG: { id: "magang", en: "internship" },
  SEMINAR: { id: "seminar", en: "seminar" },
} as const;
