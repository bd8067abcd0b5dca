/**
 * Message templates of the domain utilities (NIP / NI PPPK parsing and the competency-development
 * JP minimum), in Bahasa Indonesia and English. Placeholders `{name}` are filled with `fill` from
 * `text.ts`. Digit positions in messages count from 1, as people count the digits of a NIP ("digit
 * ke-15"); the `start`/`end` offsets of a problem count from 0.
 * @module
 */

/** The domain utilities' message catalog. */
export const DM = {
  // --- NIP and NI PPPK: shape ---
  empty: { id: "{label} kosong", en: "The {label} is empty" },
  notDigits: {
    id: "{label} hanya boleh berisi angka (spasi, titik, dan tanda hubung diabaikan); ditemukan {chars}",
    en: "A {label} may contain only digits (spaces, dots and dashes are ignored); found {chars}",
  },
  legacyNip: {
    id: "Ini NIP lama 9 digit; NIP PNS sekarang 18 digit (Peraturan Kepala BKN 22/2007)",
    en: "This is an old 9-digit NIP; a PNS NIP now has 18 digits (Perka BKN 22/2007)",
  },
  length: {
    id: "Panjang {label} salah: harus 18 digit, ditemukan {count}",
    en: "Wrong length: a {label} has 18 digits, found {count}",
  },
  // --- both: birth date, gender, sequence number ---
  birthDate: {
    id: "Tanggal lahir {value} (digit ke-1–8, tahun-bulan-tanggal) bukan tanggal yang sah",
    en: "The birth date {value} (digits 1–8, YYYYMMDD) is not a real date",
  },
  birthYear: {
    id: "Tahun lahir {year} (digit ke-1–4) tidak masuk akal; paling awal {min}",
    en: "The birth year {year} (digits 1–4) is implausible; the earliest accepted is {min}",
  },
  birthInFuture: {
    id: "Tanggal lahir {date} sesudah hari ini ({today})",
    en: "The birth date {date} is after today ({today})",
  },
  genderDigit: {
    id: "Digit jenis kelamin (digit ke-15) harus 1 (pria) atau 2 (wanita), ditemukan {digit}",
    en: "Invalid gender digit (digit 15): must be 1 (male) or 2 (female), found {digit}",
  },
  nomorUrutZero: {
    id: "Nomor urut (digit ke-16–18) tidak boleh 000; penomoran dimulai dari 001",
    en: "The sequence number (digits 16–18) cannot be 000; numbering starts at 001",
  },
  // --- NIP PNS: TMT CPNS ---
  tmtYear: {
    id: "Tahun TMT CPNS {year} (digit ke-9–12) tidak masuk akal; paling awal {min}",
    en: "The TMT CPNS year {year} (digits 9–12) is implausible; the earliest accepted is {min}",
  },
  tmtMonth: {
    id: "Bulan TMT CPNS {month} (digit ke-13–14) harus 01–12",
    en: "The TMT CPNS month {month} (digits 13–14) must be 01–12",
  },
  tmtBeforeBirth: {
    id: "TMT CPNS {tmt} lebih awal dari tanggal lahir {birth}",
    en: "The TMT CPNS {tmt} is before the birth date {birth}",
  },
  ageUnder18: {
    id: "Usia pada TMT CPNS {tmt} baru {age} tahun (di bawah 18 tahun)",
    en: "The age at TMT CPNS {tmt} is only {age} (under 18)",
  },
  tmtInFuture: {
    id: "TMT CPNS {tmt} masih di masa depan (hari ini {today})",
    en: "The TMT CPNS {tmt} is in the future (today is {today})",
  },
  looksLikePppk: {
    id: "Susunan digitnya cocok dengan NI PPPK (tahun pengangkatan, lalu kode 2 digit); gunakan parseNiPppk",
    en: "The digits fit an NI PPPK (appointment year, then a 2-digit code); use parseNiPppk",
  },
  // --- NI PPPK: tahun pengangkatan ---
  pppkYear: {
    id: "Tahun pengangkatan {year} (digit ke-9–12) tidak masuk akal; paling awal {min}",
    en: "The appointment year {year} (digits 9–12) is implausible; the earliest accepted is {min}",
  },
  pppkBeforeBirth: {
    id: "Tahun pengangkatan {year} lebih awal dari tahun lahir {birthYear}",
    en: "The appointment year {year} is before the birth year {birthYear}",
  },
  pppkAgeUnder18: {
    id: "Usia pada tahun pengangkatan {year} paling tinggi {age} tahun (di bawah 18 tahun)",
    en: "The age in the appointment year {year} is at most {age} (under 18)",
  },
  pppkInFuture: {
    id: "Tahun pengangkatan {year} masih di masa depan (hari ini {today})",
    en: "The appointment year {year} is in the future (today is {today})",
  },
  pppkBeforeRegime: {
    id: "Tahun pengangkatan {year} lebih awal dari {first}, padahal pengangkatan PPPK baru ada sejak PP 49/2018",
    en: "The appointment year {year} is before {first}, yet PPPK appointments only exist since PP 49/2018",
  },
  // --- options and arguments ---
  notText: { id: "{label} harus berupa teks, diberikan {actual}", en: "The {label} must be a string, {actual} given" },
  invalidToday: {
    id: "Opsi 'today' '{value}' bukan tanggal kalender YYYY-MM-DD yang sah",
    en: "The 'today' option '{value}' is not a real YYYY-MM-DD calendar date",
  },
  formatNotNip: {
    id: "Tidak dapat memformat: {label} harus 18 digit (spasi, titik, dan tanda hubung diabaikan)",
    en: "Cannot format: a {label} must have 18 digits (spaces, dots and dashes are ignored)",
  },
  // --- competency development (JP) ---
  jpCompliant: {
    id: "Pengembangan kompetensi {jp} JP memenuhi batas minimal {minimum} JP per tahun ({jenis})",
    en: "Competency development of {jp} JP meets the minimum of {minimum} JP per year ({jenis})",
  },
  jpShort: {
    id: "Pengembangan kompetensi {jp} JP belum memenuhi batas minimal {minimum} JP per tahun ({jenis}); kurang {kekurangan} JP",
    en: "Competency development of {jp} JP is below the minimum of {minimum} JP per year ({jenis}); {kekurangan} JP short",
  },
  jpNotObject: {
    id: "Masukan harus berupa objek { jamPelajaran, jenisAsn?, minimum? }",
    en: "The input must be an object { jamPelajaran, jenisAsn?, minimum? }",
  },
  jpNotNumber: {
    id: "'{name}' harus berupa bilangan terhingga yang tidak negatif, diberikan {actual}",
    en: "'{name}' must be a finite, non-negative number, {actual} given",
  },
  jpJenisAsn: {
    id: "'jenisAsn' harus \"PNS\" atau \"PPPK\", diberikan {actual}",
    en: "'jenisAsn' must be \"PNS\" or \"PPPK\", {actual} given",
  },
  jpInvalid: { id: "Masukan tidak sah ({count} masalah)", en: "Invalid input ({count} problems)" },
} as const;
