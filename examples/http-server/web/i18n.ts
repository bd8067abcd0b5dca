/**
 * Every text of the web app, in Bahasa Indonesia (the default) and English, in one table. The
 * chosen language is kept in localStorage. Domain terms keep their official Indonesian names
 * (RHK, SKP, predikat, BerAKHLAK) in both languages.
 * @module
 */

/** A language of the app. */
export type Lang = "id" | "en";

/** A text in both languages (the shape of the API's messages). */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

const ID = {
  appName: "Kinerja",
  appTagline: "Rencana, laporan harian, umpan balik dan penilaian kinerja ASN",
  langSwitch: "English",
  langSwitchLabel: "Ganti bahasa ke English",
  loading: "Memuat…",
  saving: "Menyimpan…",
  saved: "Tersimpan.",
  retry: "Coba lagi",
  cancel: "Batal",
  close: "Tutup",
  yes: "Ya",
  no: "Tidak",
  none: "Belum ada.",
  year: "Tahun",
  logout: "Keluar",
  skipToContent: "Langsung ke isi",
  loggedInAs: "Masuk sebagai {name}",
  // login
  loginTitle: "Masuk",
  loginIntro: "Pilih akun contoh untuk mencoba aplikasi, atau tempel token dari SIMPEG.",
  demoAccounts: "Akun contoh",
  demoAccountsNone: "Masuk dengan akun contoh tidak aktif di server ini. Gunakan token.",
  loginAs: "Masuk",
  tokenTitle: "Masuk dengan token",
  tokenLabel: "Token (JWT)",
  tokenHelp: "Token diberikan oleh SIMPEG atau perintah `pnpm token`. Token hanya disimpan selama tab ini terbuka.",
  tokenSubmit: "Masuk dengan token",
  // roles
  role_employee: "Pegawai",
  role_supervisor: "Atasan",
  role_unit_admin: "Admin unit",
  role_policy_admin: "Admin kebijakan",
  role_auditor: "Auditor",
  // navigation
  navMine: "Kinerja saya",
  navTeam: "Tim saya",
  navUnit: "Unit saya",
  navHelp: "Menu",
  noView: "Akun ini tidak punya tampilan di aplikasi ini. Gunakan dokumentasi API di /docs.",
  // plan
  myPlan: "Rencana kinerja saya (SKP)",
  planOf: "Rencana kinerja {name}",
  planStatus: "Status",
  status_DRAFT: "Draf",
  status_AGREED: "Disepakati",
  status_EVALUATED: "Sudah dinilai",
  noPlan: "Belum ada rencana kinerja untuk tahun {tahun}.",
  createPlan: "Buat draf rencana",
  editPlan: "Ubah draf",
  savePlan: "Simpan draf",
  submitPlan: "Simpan dan ajukan ke atasan",
  submitted: "Draf tersimpan dan siap disepakati atasan Anda.",
  draftHint: "Rencana masih draf. Atasan Anda menyepakatinya setelah Anda mengajukannya.",
  agreedHint: "Rencana sudah disepakati atasan. Laporkan kegiatan Anda setiap hari.",
  rhk: "RHK",
  rhkFull: "Rencana hasil kerja (RHK)",
  rhkUraian: "Uraian RHK",
  rhkParent: "RHK atasan yang diintervensi",
  rhkParentHelp: "Kode RHK di rencana atasan Anda; kosongkan bila tidak ada.",
  rhkJenis: "Jenis",
  jenis_UTAMA: "Utama",
  jenis_TAMBAHAN: "Tambahan",
  addRhk: "Tambah RHK",
  removeRhk: "Hapus RHK",
  indikator: "Indikator",
  indikatorUraian: "Uraian indikator",
  target: "Target",
  satuan: "Satuan",
  polaritas: "Arah",
  polaritas_NAIK: "Makin tinggi makin baik",
  polaritas_TURUN: "Makin rendah makin baik",
  polaritas_RENTANG: "Dalam rentang",
  bobot: "Bobot (%)",
  addIndikator: "Tambah indikator",
  removeIndikator: "Hapus indikator",
  // activity
  reportActivity: "Laporkan kegiatan hari ini",
  activityRhk: "Untuk RHK",
  activityOther: "Tugas lain (di luar RHK)",
  activityDate: "Tanggal",
  activityText: "Apa yang Anda kerjakan?",
  activityAmount: "Jumlah (boleh kosong)",
  activitySatuan: "Satuan",
  activityEvidence: "Tautan bukti (boleh kosong)",
  activitySubmit: "Kirim laporan",
  activitySaved: "Laporan kegiatan tersimpan.",
  recentActivities: "Kegiatan terakhir",
  activityNeedsAgreed: "Kegiatan dapat dilaporkan setelah rencana disepakati.",
  // progress
  myProgress: "Kemajuan saya periode ini",
  progressOf: "Kemajuan",
  progressPlan: "Keseluruhan",
  realisasi: "Realisasi",
  capaian: "Capaian",
  targetProrata: "Target sampai saat ini",
  recordRealisation: "Catat realisasi bulanan",
  month: "Bulan",
  saveRealisation: "Simpan realisasi",
  realisationSaved: "Realisasi tersimpan.",
  flag_ON_TRACK: "Sesuai jalur",
  flag_AT_RISK: "Berisiko",
  flag_OFF_TRACK: "Tertinggal",
  flag_BELUM_ADA_DATA: "Belum ada data",
  flag_NO_DATA: "Belum ada data",
  flag_NO_PLAN: "Belum ada rencana",
  // evaluation
  myEvaluation: "Penilaian saya",
  evaluation: "Hasil penilaian",
  evaluations: "Penilaian",
  noEvaluation: "Belum ada penilaian untuk rencana ini.",
  predikat: "Predikat",
  predikatProposed: "Predikat usulan mesin penilaian",
  predikatFinal: "Predikat akhir (setelah kalibrasi)",
  whyPredikat: "Mengapa predikat ini?",
  whyCapaian: "Capaian hasil kerja {capaian}%.",
  whyRatingFromCapaian: "Dari capaian itu, rating hasil kerja: {rating}.",
  whyRatingBySupervisor: "Rating hasil kerja dari atasan: {rating}.",
  whyKuadran: "Bersama rating perilaku kerja dari atasan, kuadran PermenPANRB 6/2022 memberi predikat {predikat}.",
  whyCalibrated: "Setelah kalibrasi unit, predikat akhirnya {predikat}.",
  explanationDetails: "Rincian perhitungan mesin penilaian",
  explanation: "Penjelasan",
  strengths: "Kekuatan",
  weaknesses: "Yang perlu ditingkatkan",
  training: "Pengembangan yang disarankan",
  consequences: "Tindak lanjut",
  evaluatedAt: "Dinilai pada",
  policyUsed: "Kebijakan",
  showDetails: "Lihat rincian",
  calibratedBy: "Disesuaikan oleh kalibrasi {id}",
  // team
  myTeam: "Tim saya",
  teamEmpty: "Anda belum punya anggota tim.",
  teamMember: "Anggota tim",
  openMember: "Buka",
  back: "Kembali",
  agreePlan: "Sepakati rencana",
  planAgreed: "Rencana disepakati.",
  feedback: "Umpan balik",
  giveFeedback: "Beri umpan balik",
  feedbackRhk: "Untuk RHK",
  feedbackWhole: "Seluruh rencana",
  feedbackJenis: "Jenis",
  jenisUb_APRESIASI: "Apresiasi",
  jenisUb_PERBAIKAN: "Perbaikan",
  jenisUb_ARAHAN: "Arahan",
  feedbackText: "Umpan balik Anda",
  feedbackSubmit: "Kirim umpan balik",
  feedbackSaved: "Umpan balik terkirim.",
  behaviour: "Perilaku kerja (BerAKHLAK)",
  behaviourIntro: "Nilai setiap nilai dasar terhadap ekspektasi Anda sebagai atasan.",
  behaviourSave: "Simpan penilaian perilaku",
  behaviourSaved: "Penilaian perilaku tersimpan.",
  notAssessed: "Tidak dinilai",
  nilai_BERORIENTASI_PELAYANAN: "Berorientasi pelayanan",
  nilai_AKUNTABEL: "Akuntabel",
  nilai_KOMPETEN: "Kompeten",
  nilai_HARMONIS: "Harmonis",
  nilai_LOYAL: "Loyal",
  nilai_ADAPTIF: "Adaptif",
  nilai_KOLABORATIF: "Kolaboratif",
  rating_DI_ATAS_EKSPEKTASI: "Di atas ekspektasi",
  rating_SESUAI_EKSPEKTASI: "Sesuai ekspektasi",
  rating_DI_BAWAH_EKSPEKTASI: "Di bawah ekspektasi",
  evaluate: "Penilaian akhir",
  evaluateIntro: "Masukkan rating perilaku dan (bila perlu) rating hasil kerja. Mesin penilaian mengusulkan predikat beserta alasannya.",
  ratingPerilaku: "Rating perilaku kerja",
  ratingHasilKerja: "Rating hasil kerja",
  ratingAuto: "Hitung dari capaian indikator",
  evaluateSubmit: "Nilai",
  evaluated: "Penilaian tersimpan.",
  evaluateNeedsAgreed: "Sepakati rencananya dulu; penilaian dilakukan atas rencana yang sudah disepakati.",
  alreadyEvaluated: "Rencana ini sudah dinilai untuk tahun {tahun}.",
  // unit admin
  unitTitle: "Unit {unit}",
  distribution: "Sebaran predikat terhadap kurva SE MenPANRB 3/2023",
  distributionChart: "Grafik sebaran predikat unit",
  headcount: "Jumlah pegawai dinilai",
  predikatOrganisasi: "Predikat organisasi",
  basisCalibrated: "setelah kalibrasi diterima",
  allowed: "Batas kurva",
  outOfBand: "di luar batas",
  count: "Jumlah",
  share: "Porsi",
  compliant: "Sebaran sudah sesuai ketentuan.",
  notCompliant: "Sebaran belum sesuai ketentuan:",
  calibration: "Usulan kalibrasi",
  calibrationNone: "Belum ada usulan kalibrasi untuk tahun ini.",
  proposeCalibration: "Buat usulan kalibrasi",
  calibrationStatus_PROPOSED: "Menunggu keputusan",
  calibrationStatus_ACCEPTED: "Diterima",
  calibrationStatus_REJECTED: "Ditolak",
  proposal_SESUAI: "Sudah sesuai, tidak perlu perubahan",
  proposal_PERLU_KALIBRASI: "Perlu kalibrasi",
  proposal_TIDAK_LAYAK: "Tidak ada sebaran yang memenuhi ketentuan",
  who: "Pegawai",
  from: "Dari",
  to: "Menjadi",
  why: "Alasan",
  flags: "Catatan",
  flag_BERTENTANGAN_DENGAN_BUKTI: "Bertentangan dengan rating pegawai",
  flag_DI_LUAR_KUADRAN: "Di luar kuadran rating; tinjau juga ratingnya",
  flag_LEBIH_DARI_SATU_TINGKAT: "Lebih dari satu tingkat",
  flag_TANPA_SKOR: "Tanpa skor capaian",
  flag_SERI_DIPUTUS_ID: "Seri; diputus menurut urutan NIP",
  noChanges: "Tidak ada perubahan yang diusulkan.",
  decisionNote: "Catatan keputusan (boleh kosong)",
  accept: "Terima usulan",
  reject: "Tolak usulan",
  decided: "Keputusan tersimpan: {status}.",
  decidedBy: "Diputuskan oleh {who} pada {at}",
  noUnit: "Akun ini bukan admin unit.",
  unitPick: "Unit",
  setPredikatOrganisasi: "Tetapkan predikat kinerja organisasi unit ini untuk tahun {tahun}",
  save: "Simpan",
  // errors
  errorTitle: "Terjadi masalah",
  errorNetwork: "Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.",
  errorUnexpected: "Jawaban server tidak terduga.",
  errorSession: "Sesi Anda berakhir. Silakan masuk lagi.",
  required: "Wajib diisi.",
} as const;

/** A key of the text table. */
export type TextKey = keyof typeof ID;

const EN: Readonly<Record<TextKey, string>> = {
  appName: "Kinerja",
  appTagline: "Plans, daily reports, feedback and performance evaluation for civil servants",
  langSwitch: "Bahasa Indonesia",
  langSwitchLabel: "Switch language to Bahasa Indonesia",
  loading: "Loading…",
  saving: "Saving…",
  saved: "Saved.",
  retry: "Try again",
  cancel: "Cancel",
  close: "Close",
  yes: "Yes",
  no: "No",
  none: "Nothing yet.",
  year: "Year",
  logout: "Log out",
  skipToContent: "Skip to content",
  loggedInAs: "Logged in as {name}",
  loginTitle: "Log in",
  loginIntro: "Pick a demo account to try the app, or paste a token from SIMPEG.",
  demoAccounts: "Demo accounts",
  demoAccountsNone: "Demo login is off on this server. Use a token.",
  loginAs: "Log in",
  tokenTitle: "Log in with a token",
  tokenLabel: "Token (JWT)",
  tokenHelp: "SIMPEG or the `pnpm token` command gives you a token. It is kept only while this tab is open.",
  tokenSubmit: "Log in with token",
  role_employee: "Employee",
  role_supervisor: "Supervisor",
  role_unit_admin: "Unit admin",
  role_policy_admin: "Policy admin",
  role_auditor: "Auditor",
  navMine: "My performance",
  navTeam: "My team",
  navUnit: "My unit",
  navHelp: "Menu",
  noView: "This account has no screen in this app. Use the API documentation at /docs.",
  myPlan: "My work plan (SKP)",
  planOf: "Work plan of {name}",
  planStatus: "Status",
  status_DRAFT: "Draft",
  status_AGREED: "Agreed",
  status_EVALUATED: "Evaluated",
  noPlan: "No work plan for {tahun} yet.",
  createPlan: "Create a draft plan",
  editPlan: "Edit draft",
  savePlan: "Save draft",
  submitPlan: "Save and submit to my supervisor",
  submitted: "Draft saved and ready for your supervisor to agree.",
  draftHint: "The plan is a draft. Your supervisor agrees it once you submit it.",
  agreedHint: "Your supervisor agreed the plan. Report your activities every day.",
  rhk: "RHK",
  rhkFull: "Planned work result (RHK)",
  rhkUraian: "RHK description",
  rhkParent: "Supervisor's RHK it supports",
  rhkParentHelp: "The RHK code in your supervisor's plan; leave empty if none.",
  rhkJenis: "Type",
  jenis_UTAMA: "Main",
  jenis_TAMBAHAN: "Additional",
  addRhk: "Add RHK",
  removeRhk: "Remove RHK",
  indikator: "Indicators",
  indikatorUraian: "Indicator description",
  target: "Target",
  satuan: "Unit",
  polaritas: "Direction",
  polaritas_NAIK: "Higher is better",
  polaritas_TURUN: "Lower is better",
  polaritas_RENTANG: "Within a range",
  bobot: "Weight (%)",
  addIndikator: "Add indicator",
  removeIndikator: "Remove indicator",
  reportActivity: "Report today's activity",
  activityRhk: "For RHK",
  activityOther: "Other duties (no RHK)",
  activityDate: "Date",
  activityText: "What did you work on?",
  activityAmount: "Amount (optional)",
  activitySatuan: "Unit",
  activityEvidence: "Evidence link (optional)",
  activitySubmit: "Send report",
  activitySaved: "Activity report saved.",
  recentActivities: "Recent activities",
  activityNeedsAgreed: "You can report activities once the plan is agreed.",
  myProgress: "My progress this period",
  progressOf: "Progress",
  progressPlan: "Overall",
  realisasi: "Realised",
  capaian: "Achievement",
  targetProrata: "Target so far",
  recordRealisation: "Record a monthly realisation",
  month: "Month",
  saveRealisation: "Save realisation",
  realisationSaved: "Realisation saved.",
  flag_ON_TRACK: "On track",
  flag_AT_RISK: "At risk",
  flag_OFF_TRACK: "Behind",
  flag_BELUM_ADA_DATA: "No data yet",
  flag_NO_DATA: "No data yet",
  flag_NO_PLAN: "No plan yet",
  myEvaluation: "My evaluation",
  evaluation: "Evaluation result",
  evaluations: "Evaluations",
  noEvaluation: "This plan has no evaluation yet.",
  predikat: "Predikat",
  predikatProposed: "Predikat proposed by the evaluation engine",
  predikatFinal: "Final predikat (after calibration)",
  whyPredikat: "Why this predikat?",
  whyCapaian: "Work results achieved {capaian}%.",
  whyRatingFromCapaian: "From that achievement, the work result rating is: {rating}.",
  whyRatingBySupervisor: "Work result rating given by the supervisor: {rating}.",
  whyKuadran: "Together with the supervisor's behaviour rating, the PermenPANRB 6/2022 quadrant gives the predikat {predikat}.",
  whyCalibrated: "After the unit's calibration, the final predikat is {predikat}.",
  explanationDetails: "The evaluation engine's calculation in detail",
  explanation: "Explanation",
  strengths: "Strengths",
  weaknesses: "To improve",
  training: "Recommended development",
  consequences: "Follow-up",
  evaluatedAt: "Evaluated on",
  policyUsed: "Policy",
  showDetails: "Show details",
  calibratedBy: "Adjusted by calibration {id}",
  myTeam: "My team",
  teamEmpty: "You have no team members yet.",
  teamMember: "Team member",
  openMember: "Open",
  back: "Back",
  agreePlan: "Agree the plan",
  planAgreed: "Plan agreed.",
  feedback: "Feedback",
  giveFeedback: "Give feedback",
  feedbackRhk: "On RHK",
  feedbackWhole: "The whole plan",
  feedbackJenis: "Kind",
  jenisUb_APRESIASI: "Appreciation",
  jenisUb_PERBAIKAN: "Improvement",
  jenisUb_ARAHAN: "Direction",
  feedbackText: "Your feedback",
  feedbackSubmit: "Send feedback",
  feedbackSaved: "Feedback sent.",
  behaviour: "Work behaviour (BerAKHLAK)",
  behaviourIntro: "Rate each core value against your expectation as supervisor.",
  behaviourSave: "Save behaviour ratings",
  behaviourSaved: "Behaviour ratings saved.",
  notAssessed: "Not assessed",
  nilai_BERORIENTASI_PELAYANAN: "Service-oriented",
  nilai_AKUNTABEL: "Accountable",
  nilai_KOMPETEN: "Competent",
  nilai_HARMONIS: "Harmonious",
  nilai_LOYAL: "Loyal",
  nilai_ADAPTIF: "Adaptive",
  nilai_KOLABORATIF: "Collaborative",
  rating_DI_ATAS_EKSPEKTASI: "Above expectation",
  rating_SESUAI_EKSPEKTASI: "As expected",
  rating_DI_BAWAH_EKSPEKTASI: "Below expectation",
  evaluate: "Final evaluation",
  evaluateIntro: "Enter the behaviour rating and (if needed) the work-result rating. The evaluation engine proposes a predikat and says why.",
  ratingPerilaku: "Work behaviour rating",
  ratingHasilKerja: "Work result rating",
  ratingAuto: "Compute from the indicators' achievement",
  evaluateSubmit: "Evaluate",
  evaluated: "Evaluation saved.",
  evaluateNeedsAgreed: "Agree the plan first; only an agreed plan is evaluated.",
  alreadyEvaluated: "This plan has already been evaluated for {tahun}.",
  unitTitle: "Unit {unit}",
  distribution: "Predikat distribution against the SE MenPANRB 3/2023 curve",
  distributionChart: "Chart of the unit's predikat distribution",
  headcount: "Employees evaluated",
  predikatOrganisasi: "Unit's predikat",
  basisCalibrated: "after the accepted calibration",
  allowed: "Curve band",
  outOfBand: "outside the band",
  count: "Count",
  share: "Share",
  compliant: "The distribution meets the rules.",
  notCompliant: "The distribution does not meet the rules yet:",
  calibration: "Calibration proposal",
  calibrationNone: "No calibration proposal for this year yet.",
  proposeCalibration: "Propose a calibration",
  calibrationStatus_PROPOSED: "Awaiting decision",
  calibrationStatus_ACCEPTED: "Accepted",
  calibrationStatus_REJECTED: "Rejected",
  proposal_SESUAI: "Already compliant, no change needed",
  proposal_PERLU_KALIBRASI: "Calibration needed",
  proposal_TIDAK_LAYAK: "No distribution can meet the rules",
  who: "Employee",
  from: "From",
  to: "To",
  why: "Why",
  flags: "Notes",
  flag_BERTENTANGAN_DENGAN_BUKTI: "Against the employee's ratings",
  flag_DI_LUAR_KUADRAN: "Outside the rating quadrant; review the ratings too",
  flag_LEBIH_DARI_SATU_TINGKAT: "More than one step",
  flag_TANPA_SKOR: "No achievement score",
  flag_SERI_DIPUTUS_ID: "Tie broken by NIP order",
  noChanges: "No change proposed.",
  decisionNote: "Decision note (optional)",
  accept: "Accept proposal",
  reject: "Reject proposal",
  decided: "Decision saved: {status}.",
  decidedBy: "Decided by {who} on {at}",
  noUnit: "This account is not a unit admin.",
  unitPick: "Unit",
  setPredikatOrganisasi: "Set this unit's organisation predikat for {tahun}",
  save: "Save",
  errorTitle: "Something went wrong",
  errorNetwork: "The server cannot be reached. Check the connection and try again.",
  errorUnexpected: "Unexpected answer from the server.",
  errorSession: "Your session ended. Please log in again.",
  required: "Required.",
};

const TABLE: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = { id: ID, en: EN };
const STORAGE_KEY = "kinerja.lang";

let current: Lang = readStoredLang();

/** The current language. */
export function lang(): Lang {
  return current;
}

/** Sets and remembers the language. */
export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage may be disabled; the choice then lasts until reload
  }
  document.documentElement.lang = next;
}

/** The text of `key` in the current language, `{name}` placeholders filled from `params`. */
export function t(key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return TABLE[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** `t(prefix + code)` when the table has it, else the code made readable (`SANGAT_BAIK` → `Sangat Baik`). */
export function label(prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  if (Object.hasOwn(TABLE[current], key)) return TABLE[current][key as TextKey];
  return humanize(code);
}

/** Picks the current language's side of a bilingual text. */
export function pick(text: LocalizedText): string {
  return current === "en" ? text.en : text.id;
}

/** The other language's side (shown beneath error messages, which are always bilingual). */
export function pickOther(text: LocalizedText): string {
  return current === "en" ? text.id : text.en;
}

/** `SANGAT_BAIK` → `Sangat Baik`. */
export function humanize(code: string): string {
  return code
    .toLowerCase()
    .split("_")
    .map((w) => (w ? (w[0] as string).toUpperCase() + w.slice(1) : w))
    .join(" ");
}

/** Formats a number for the current language (at most two decimals). */
export function num(value: number): string {
  return new Intl.NumberFormat(current === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 2 }).format(value);
}

/** Formats a share (0..1) as a percentage. */
export function percent(share: number): string {
  return new Intl.NumberFormat(current === "en" ? "en-GB" : "id-ID", { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** Formats an ISO date or instant as a date for the current language. */
export function date(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(current === "en" ? "en-GB" : "id-ID", { dateStyle: "medium" }).format(d);
}

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}
