/**
 * Message templates of the policy compiler and the scorer, in Bahasa Indonesia and English.
 * Placeholders `{name}` are filled with `fill` from `text.ts`.
 * @module
 */

/** The compiler's and scorer's message catalog. */
export const M = {
  unknownName: { id: "Nama '{name}' tidak dikenal", en: "Unknown name '{name}'" },
  unknownField: { id: "'{type}' tidak memiliki kolom '{name}'", en: "'{type}' has no field '{name}'" },
  didYouMean: { id: "Mungkin maksud Anda '{name}'?", en: "Did you mean '{name}'?" },
  unknownFunction: { id: "Fungsi '{name}' tidak dikenal", en: "Unknown function '{name}'" },
  unsafeName: {
    id: "Nama '{name}' tidak diizinkan (dapat merusak prototipe objek)",
    en: "The name '{name}' is not allowed (it could tamper with object prototypes)",
  },
  reservedName: {
    id: "Nama '{name}' adalah kata kunci bahasa ekspresi dan tidak dapat dipakai sebagai nama",
    en: "The name '{name}' is a reserved word of the expression language and cannot be used as a name",
  },
  duplicateName: {
    id: "Nama '{name}' sudah dipakai sebagai {other}",
    en: "The name '{name}' is already used as {other}",
  },
  shadows: {
    id: "Nama lokal '{name}' menutupi {other} bernama sama di dalam keputusan ini",
    en: "The local name '{name}' hides {other} of the same name inside this decision",
  },
  groupInputs: { id: "masukan", en: "an input" },
  groupConstants: { id: "konstanta", en: "a constant" },
  groupWeights: { id: "kelompok bobot", en: "a weight group" },
  groupDecisions: { id: "keputusan", en: "a decision" },
  groupItem: { id: "nama butir ('as')", en: "the item name ('as')" },
  expected: { id: "Diharapkan {expected}, ditemukan {actual}", en: "Expected {expected}, found {actual}" },
  nullableOperand: {
    id: "Nilai bertipe {actual} bisa kosong (null); gunakan coalesce(x, nilai_bawaan)",
    en: "A value of type {actual} may be null; use coalesce(x, default)",
  },
  notComparable: {
    id: "Tidak dapat membandingkan {left} dengan {right}",
    en: "Cannot compare {left} with {right}",
  },
  notInEnum: {
    id: "'{value}' bukan salah satu nilai {values}",
    en: "'{value}' is not one of the values {values}",
  },
  branchTypes: {
    id: "Cabang 'then' ({left}) dan 'else' ({right}) bertipe berbeda",
    en: "The 'then' ({left}) and 'else' ({right}) branches have different types",
  },
  listItemTypes: { id: "Anggota daftar bertipe berbeda", en: "The list items have different types" },
  lambdaMisplaced: {
    id: "Fungsi anonim (x => ...) hanya boleh menjadi argumen fungsi koleksi",
    en: "A lambda (x => ...) is only allowed as an argument of a collection function",
  },
  coalesceTypes: {
    id: "Argumen coalesce harus bertipe sama",
    en: "The arguments of coalesce must have the same type",
  },
  arity: {
    id: "Fungsi '{name}' menerima {expected} argumen, diberikan {actual}",
    en: "Function '{name}' takes {expected} arguments, {actual} given",
  },
  roundingMode: {
    id: "Mode pembulatan harus salah satu dari {values}",
    en: "The rounding mode must be one of {values}",
  },
  scaleLiteral: {
    id: "Jumlah desimal harus bilangan bulat 0–15 yang ditulis langsung",
    en: "The number of decimals must be an integer literal 0–15",
  },
  cycle: { id: "Ketergantungan melingkar: {cycle}", en: "Circular dependency: {cycle}" },
  weightPlacement: {
    id: "'weight' hanya berlaku untuk kolom angka pada objek anggota sebuah daftar (mis. bobot tiap indikator)",
    en: "'weight' only applies to a number field of the objects in a list (e.g. each indicator's weight)",
  },
  weightSum: {
    id: "Jumlah bobot '{name}' adalah {actual}, seharusnya {expected}",
    en: "The weights of '{name}' add up to {actual}, expected {expected}",
  },
  declaredType: {
    id: "Rumus menghasilkan {actual}, padahal dinyatakan {expected}",
    en: "The formula yields {actual} but is declared {expected}",
  },
  unknownOutput: { id: "Keluaran '{name}' bukan nama keputusan", en: "Output '{name}' is not a decision name" },
  syntaxIn: { id: "Kesalahan sintaks: {message}", en: "Syntax error: {message}" },
  effectiveRange: {
    id: "Tanggal berlaku 'to' ({to}) sebelum 'from' ({from})",
    en: "The effective 'to' date ({to}) is before 'from' ({from})",
  },
  invalidDate: { id: "'{value}' bukan tanggal kalender yang sah", en: "'{value}' is not a real calendar date" },
  minMax: { id: "min ({min}) lebih besar dari max ({max})", en: "min ({min}) is greater than max ({max})" },
  duplicateEnum: { id: "Nilai enum '{value}' ganda", en: "Duplicate enum value '{value}'" },
  // tables
  tableCellCount: {
    id: "Baris {row} memiliki {actual} sel '{part}', tabel memiliki {expected} kolom",
    en: "Row {row} has {actual} '{part}' cells, the table has {expected} columns",
  },
  tableCellType: {
    id: "Uji '{test}' tidak cocok dengan kolom bertipe {type}",
    en: "The test '{test}' does not fit a column of type {type}",
  },
  tableOverlap: {
    id: "Baris {a} dan {b} tumpang tindih (kebijakan UNIQUE), contoh masukan: {example}",
    en: "Rows {a} and {b} overlap (UNIQUE hit policy), e.g. input: {example}",
  },
  tableAnyConflict: {
    id: "Baris {a} dan {b} tumpang tindih dengan keluaran berbeda (kebijakan ANY), contoh: {example}",
    en: "Rows {a} and {b} overlap with different outputs (ANY hit policy), e.g. {example}",
  },
  tableGap: {
    id: "Tidak ada baris yang cocok untuk masukan {example} (celah tabel)",
    en: "No row matches the input {example} (gap in the table)",
  },
  tableUnreachable: {
    id: "Baris {row} tidak pernah terpakai: baris sebelumnya selalu cocok lebih dulu (FIRST)",
    en: "Row {row} is never used: earlier rows always match first (FIRST)",
  },
  tablePriorityValues: {
    id: "Kebijakan {policy} membutuhkan daftar 'values' (urutan prioritas) pada keluaran '{name}'",
    en: "The {policy} hit policy needs a 'values' list (priority order) on output '{name}'",
  },
  tableOutputNotInValues: {
    id: "Keluaran '{value}' tidak ada di daftar prioritas '{name}'",
    en: "Output '{value}' is not in the priority list of '{name}'",
  },
  cellUnknownName: {
    id: "Nama '{name}' tidak dikenal: bukan nilai enum kolom ini dan bukan konstanta kebijakan",
    en: "Unknown name '{name}': neither a value of the column's enum nor a constant of the policy",
  },
  cellUnknownConstant: {
    id: "Nama '{name}' tidak dikenal: bukan konstanta kebijakan",
    en: "Unknown name '{name}': not a constant of the policy",
  },
  constantNoField: {
    id: "Konstanta '{path}' tidak memiliki kolom '{field}'",
    en: "The constant '{path}' has no field '{field}'",
  },
  constantNotRecord: {
    id: "'{path}' bertipe {type}, bukan rekaman, sehingga tidak memiliki kolom '{field}'",
    en: "'{path}' is {type}, not a record, so it has no field '{field}'",
  },
  constantNotScalar: {
    id: "Konstanta '{name}' bertipe {type}; sel tabel hanya dapat memakai konstanta berupa angka, teks, boolean atau null",
    en: "The constant '{name}' is {type}; a table cell can only use a constant that is a number, string, boolean or null",
  },
  emptyRange: {
    id: "Rentang '{test}' kosong: batas bawah melebihi batas atas",
    en: "The range '{test}' is empty: its lower bound exceeds its upper bound",
  },
  exprEntryKeys: {
    id: "Entri keluaran dengan 'expr' hanya boleh berisi kunci 'expr' (ditemukan: {keys})",
    en: "An output entry with 'expr' may hold only the 'expr' key (found: {keys})",
  },
  tableAggregation: {
    id: "Agregasi hanya untuk kebijakan COLLECT",
    en: "An aggregation is only allowed with the COLLECT hit policy",
  },
  tableAggregateColumns: {
    id: "Agregasi {agg} membutuhkan tepat satu kolom keluaran bertipe angka",
    en: "The {agg} aggregation needs exactly one numeric output column",
  },
  // scoring
  divisionByZero: { id: "Pembagian dengan nol", en: "Division by zero" },
  nonFinite: { id: "Hasil perhitungan tidak terhingga atau tidak sah", en: "The result is infinite or not a number" },
  nullValue: {
    id: "Nilai kosong (null) dalam perhitungan '{expr}'",
    en: "A null value in the calculation '{expr}'",
  },
  multipleMatch: {
    id: "Lebih dari satu baris cocok ({rows}) padahal kebijakan UNIQUE",
    en: "More than one row matches ({rows}) under the UNIQUE hit policy",
  },
  anyConflict: {
    id: "Baris yang cocok ({rows}) memberi keluaran berbeda (kebijakan ANY)",
    en: "The matching rows ({rows}) give different outputs (ANY hit policy)",
  },
  lengthMismatch: {
    id: "Daftar nilai ({a}) dan daftar bobot ({b}) berbeda panjang",
    en: "The value list ({a}) and the weight list ({b}) differ in length",
  },
  expectedList: {
    id: "Argumen pertama '{name}' harus berupa daftar, ditemukan {actual}",
    en: "The first argument of '{name}' must be a list, found {actual}",
  },
  decisionFailed: { id: "Keputusan '{name}' gagal: {message}", en: "Decision '{name}' failed: {message}" },
  // inputs
  inputRequired: { id: "Wajib diisi", en: "Required" },
  inputType: { id: "Harus {expected}, diterima {actual}", en: "Must be {expected}, got {actual}" },
  inputEnum: { id: "Harus salah satu dari {values}", en: "Must be one of {values}" },
  inputMin: { id: "Harus ≥ {min}", en: "Must be ≥ {min}" },
  inputMax: { id: "Harus ≤ {max}", en: "Must be ≤ {max}" },
  inputInteger: { id: "Harus bilangan bulat", en: "Must be an integer" },
  inputLength: {
    id: "Panjang harus antara {min} dan {max}",
    en: "Length must be between {min} and {max}",
  },
  inputItems: {
    id: "Jumlah anggota harus antara {min} dan {max}",
    en: "The number of items must be between {min} and {max}",
  },
  inputWeightSum: {
    id: "Jumlah bobot '{field}' adalah {actual}, seharusnya {expected}",
    en: "The '{field}' weights add up to {actual}, expected {expected}",
  },
  inputInvalid: {
    id: "Masukan tidak sah ({count} masalah)",
    en: "Invalid input ({count} problems)",
  },
  policyInvalid: {
    id: "Kebijakan tidak sah ({count} masalah)",
    en: "Invalid policy ({count} problems)",
  },
  // policy sets
  noVersion: {
    id: "Tidak ada versi kebijakan '{id}' yang berlaku pada {date}",
    en: "No version of policy '{id}' is in force on {date}",
  },
  setMixedIds: {
    id: "Satu himpunan kebijakan hanya boleh berisi satu id; ditemukan {ids}",
    en: "A policy set holds one policy id; found {ids}",
  },
  setDuplicateVersion: { id: "Versi '{version}' muncul dua kali", en: "Version '{version}' appears twice" },
  setOverlap: {
    id: "Masa berlaku versi '{a}' dan '{b}' tumpang tindih",
    en: "The effective periods of versions '{a}' and '{b}' overlap",
  },
  setEmpty: { id: "Himpunan kebijakan kosong", en: "The policy set is empty" },
  setNotList: { id: "Himpunan kebijakan harus berupa daftar dokumen kebijakan", en: "A policy set must be a list of policy documents" },
} as const;
