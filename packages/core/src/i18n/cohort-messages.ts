/**
 * Message templates of cohort calibration (distribution checks, calibration proposals, agency
 * calibration, distribution statistics and charts), in Bahasa Indonesia and English. Placeholders
 * `{name}` are filled per language by `fillBoth` (numbers get a decimal comma in Bahasa
 * Indonesia); `{field}` is the input path written like `members[2].predikat`.
 * @module
 */

/** The cohort module's message catalog. */
export const CM = {
  // --- input validation ---
  invalid: { id: "Masukan kohort tidak sah ({count} masalah)", en: "Invalid cohort input ({count} problems)" },
  notObject: { id: "'{field}' harus berupa objek, diberikan {actual}", en: "'{field}' must be an object, {actual} given" },
  notList: { id: "'{field}' harus berupa daftar (array), diberikan {actual}", en: "'{field}' must be a list (array), {actual} given" },
  notFunction: { id: "'{field}' harus berupa fungsi, diberikan {actual}", en: "'{field}' must be a function, {actual} given" },
  required: { id: "'{field}' wajib diisi", en: "'{field}' is required" },
  notText: {
    id: "'{field}' harus berupa teks yang tidak kosong, diberikan {actual}",
    en: "'{field}' must be a non-empty string, {actual} given",
  },
  notNumber: { id: "'{field}' harus berupa bilangan terhingga, diberikan {actual}", en: "'{field}' must be a finite number, {actual} given" },
  notCount: {
    id: "'{field}' harus berupa bilangan bulat yang tidak negatif (jumlah orang), diberikan {actual}",
    en: "'{field}' must be a non-negative whole number (a number of people), {actual} given",
  },
  notRating: { id: "'{field}' harus salah satu dari {values}, diberikan {actual}", en: "'{field}' must be one of {values}, {actual} given" },
  noCategories: { id: "'{field}' tidak boleh kosong: paling sedikit satu kategori", en: "'{field}' must not be empty: at least one category" },
  duplicateCategory: {
    id: "'{field}': kategori '{value}' disebut lebih dari sekali",
    en: "'{field}': the category '{value}' is listed more than once",
  },
  unknownCategory: {
    id: "'{field}': kategori '{value}' tidak dikenal; yang dikenal: {allowed}",
    en: "'{field}': unknown category '{value}'; the known ones are: {allowed}",
  },
  duplicateId: {
    id: "'{field}': id '{value}' ganda (sudah dipakai pada indeks {first})",
    en: "'{field}': duplicate id '{value}' (already used at index {first})",
  },
  noLimit: {
    id: "'{field}': batasan tanpa 'min' maupun 'max' tidak membatasi apa pun",
    en: "'{field}': a constraint with neither 'min' nor 'max' limits nothing",
  },
  minAboveMax: {
    id: "'{field}': 'min' ({min}) lebih besar daripada 'max' ({max})",
    en: "'{field}': 'min' ({min}) is greater than 'max' ({max})",
  },
  kuadranCell: {
    id: "'{field}': tabel kuadran harus memetakan setiap rating ke kategori yang dikenal ({allowed}), diberikan {actual}",
    en: "'{field}': the kuadran table must map every rating to a known category ({allowed}), {actual} given",
  },
  notInProposal: {
    id: "'{field}': id '{value}' tidak ada dalam usulan kalibrasi",
    en: "'{field}': the id '{value}' is not in the calibration proposal",
  },
  memberMissing: {
    id: "'{field}': pegawai '{value}' dari usulan tidak ada dalam daftar pegawai",
    en: "'{field}': the proposal's employee '{value}' is not among the members",
  },
  staleChange: {
    id: "'{field}': predikat pegawai '{value}' sekarang {actual}, sedangkan usulan dibuat dari {from}; buat usulan baru",
    en: "'{field}': the employee '{value}' now has {actual} while the proposal was made from {from}; make a new proposal",
  },
  unitFailed: {
    id: "Unit '{unit}' tidak dapat dikalibrasi: {detail}",
    en: "The unit '{unit}' cannot be calibrated: {detail}",
  },
  // --- checks and feasibility ---
  violationMax: { id: "{label}: {actual} orang, paling banyak {limit}", en: "{label}: {actual} people, at most {limit}" },
  violationMin: { id: "{label}: {actual} orang, paling sedikit {limit}", en: "{label}: {actual} people, at least {limit}" },
  boundMin: { id: "{label} (paling sedikit {min})", en: "{label} (at least {min})" },
  boundMax: { id: "{label} (paling banyak {max})", en: "{label} (at most {max})" },
  boundBoth: { id: "{label} ({min}–{max} orang)", en: "{label} ({min}–{max} people)" },
  infeasibleMinTotal: {
    id: "Jumlah minimum ({sum}) melebihi jumlah pegawai ({n}): {labels}",
    en: "The minimums add up to {sum}, more than the headcount of {n}: {labels}",
  },
  infeasibleConflict: {
    id: "Tidak ada sebaran {n} pegawai yang memenuhi semua batasan ini sekaligus: {labels}",
    en: "No distribution over a headcount of {n} meets all of these constraints at once: {labels}",
  },
  listSeparator: { id: "; ", en: "; " },
  // --- proposals ---
  summaryCompliant: {
    id: "Sebaran {n} pegawai sudah sesuai; tidak ada perubahan yang diusulkan",
    en: "The distribution (headcount {n}) already complies; no change is proposed",
  },
  summaryProposal: {
    id: "{count} perubahan predikat (jumlah paling sedikit yang mungkin) membuat sebaran {n} pegawai sesuai",
    en: "{count} predikat change(s) — the fewest possible — make the distribution (headcount {n}) comply",
  },
  summaryInfeasible: {
    id: "Tidak ada sebaran {n} pegawai yang memenuhi semua batasan; tidak ada perubahan yang diusulkan",
    en: "No distribution over a headcount of {n} meets every constraint; no change is proposed",
  },
  reason: {
    id: "{from} → {to}: {rules}. Dipilih menurut bukti: urutan ke-{position} dari {of} pegawai {from} (1 = bukti terkuat; {evidence})",
    en: "{from} → {to}: {rules}. Chosen by evidence: {position} of {of} {from} employees (1 = strongest evidence; {evidence})",
  },
  reasonRoom: {
    id: "memberi ruang agar semua batasan terpenuhi dengan perubahan paling sedikit",
    en: "makes room so that every constraint holds with the fewest changes",
  },
  evidenceSkor: { id: "skor {skor}", en: "score {skor}" },
  evidenceNoSkor: { id: "tanpa skor", en: "no score" },
  evidenceRatings: { id: "rating hasil kerja {hasil}, perilaku {perilaku}", en: "work-result rating {hasil}, behaviour {perilaku}" },
  evidenceKuadran: { id: "kuadran {kuadran}", en: "kuadran {kuadran}" },
  evidenceRange: { id: "rating memungkinkan {range}", en: "the ratings allow {range}" },
  ratingMissing: { id: "-", en: "-" },
  // --- statistics and charts ---
  chartTitle: { id: "Sebaran predikat", en: "Predikat distribution" },
  chartTitleUnit: { id: "Sebaran predikat — {unit}", en: "Predikat distribution — {unit}" },
  chartAxisX: { id: "Predikat", en: "Predikat" },
  chartAxisY: { id: "Persentase pegawai", en: "Share of employees" },
  chartBand: { id: "Rentang yang diizinkan", en: "Allowed range" },
  chartLine: { id: "Sebaran (N = {n})", en: "Distribution (N = {n})" },
  chartOutside: { id: "di luar rentang", en: "outside the range" },
} as const;

/** The three ratings written for people. */
export const RATING_TEXT = {
  DI_ATAS_EKSPEKTASI: { id: "Di Atas Ekspektasi", en: "Above Expectation" },
  SESUAI_EKSPEKTASI: { id: "Sesuai Ekspektasi", en: "Meets Expectation" },
  DI_BAWAH_EKSPEKTASI: { id: "Di Bawah Ekspektasi", en: "Below Expectation" },
} as const;

/** What each calibration flag means. */
export const FLAG_TEXT = {
  BERTENTANGAN_DENGAN_BUKTI: {
    id: "Bertentangan dengan bukti: predikat baru melampaui apa yang didukung rating pegawai ini sendiri (kuadran), ke arah perpindahan",
    en: "Against the evidence: the new predikat goes beyond what this employee's own ratings (kuadran) support, in the direction of the move",
  },
  DI_LUAR_KUADRAN: {
    id: "Di luar kuadran: tidak ada kombinasi rating yang diberikan yang menghasilkan predikat baru ini; rating juga perlu ditinjau",
    en: "Outside the kuadran: no combination of the given ratings yields the new predikat; the ratings need review too",
  },
  LEBIH_DARI_SATU_TINGKAT: {
    id: "Berpindah lebih dari satu tingkat predikat",
    en: "Moves by more than one predikat level",
  },
  TANPA_SKOR: {
    id: "Tanpa skor: diurutkan setelah setiap pegawai berskor dengan bukti rating yang sama",
    en: "No score: ranked after every scored employee with the same rating evidence",
  },
  SERI_DIPUTUS_ID: {
    id: "Bukti sama dengan pegawai lain yang tidak dipindahkan dengan cara ini; pilihan diputus oleh urutan id",
    en: "Same evidence as another employee who is not moved this way; the choice fell to the id order",
  },
} as const;
