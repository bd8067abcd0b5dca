/**
 * Message templates of `rules` decisions (json-rules-engine conditions) and of the operator
 * registry, in Bahasa Indonesia and English.
 * @module
 */

/** The rules compiler's message catalog. */
export const R = {
  unknownOperator: { id: "Operator '{name}' tidak dikenal", en: "Unknown operator '{name}'" },
  unknownDecorator: { id: "Dekorator operator '{name}' tidak dikenal", en: "Unknown operator decorator '{name}'" },
  knownOperators: {
    id: "Operator yang tersedia: {names}. Operator lain harus didaftarkan oleh aplikasi (createOperatorRegistry().add).",
    en: "Available operators: {names}. Other operators must be registered by the application (createOperatorRegistry().add).",
  },
  unknownCondition: { id: "Kondisi bernama '{name}' tidak dideklarasikan di 'conditions'", en: "No condition named '{name}' is declared in 'conditions'" },
  conditionCycle: { id: "Kondisi bernama saling merujuk: {cycle}", en: "Named conditions refer to each other: {cycle}" },
  operandType: {
    id: "Operator '{operator}' memerlukan {side} bertipe {expected}, ditemukan {actual}",
    en: "Operator '{operator}' needs a {side} of type {expected}, found {actual}",
  },
  sideFact: { id: "fakta", en: "fact" },
  sideValue: { id: "nilai pembanding", en: "compared value" },
  notComparable: {
    id: "Operator '{operator}' membandingkan {fact} dengan {value}: tipe ini tidak pernah sama",
    en: "Operator '{operator}' compares {fact} with {value}: these types are never equal",
  },
  enumValue: {
    id: "'{value}' bukan nilai {type}",
    en: "'{value}' is not a value of {type}",
  },
  useDateOperator: {
    id: "Untuk tanggal gunakan dateBefore, dateAfter, dateOnOrBefore, dateOnOrAfter atau dateEqual",
    en: "For dates use dateBefore, dateAfter, dateOnOrBefore, dateOnOrAfter or dateEqual",
  },
  badDate: { id: "'{value}' bukan tanggal YYYY-MM-DD yang sah", en: "'{value}' is not a valid YYYY-MM-DD date" },
  badPath: {
    id: "Path '{path}' tidak didukung: gunakan $.nama, $.daftar[0] atau $['nama'] (tanpa wildcard atau filter)",
    en: "Path '{path}' is not supported: use $.name, $.list[0] or $['name'] (no wildcards or filters)",
  },
  pathOnScalar: { id: "Path '{path}' tidak dapat dipakai pada nilai bertipe {type}", en: "Path '{path}' cannot be used on a value of type {type}" },
  badReference: {
    id: "Rujukan fakta hanya boleh berisi 'fact', 'path' dan 'params'",
    en: "A fact reference may only hold 'fact', 'path' and 'params'",
  },
  operatorFailed: { id: "Operator '{name}' gagal: {message}", en: "Operator '{name}' failed: {message}" },
  operatorNotBoolean: { id: "Operator '{name}' harus menghasilkan true/false, bukan {actual}", en: "Operator '{name}' must return true/false, not {actual}" },
  registryName: {
    id: "Nama operator '{name}' tidak sah: huruf/angka/'_', diawali huruf, bukan nama operator atau dekorator bawaan, dan belum terdaftar",
    en: "Invalid operator name '{name}': letters/digits/'_', starting with a letter, not a built-in operator or decorator name, not yet registered",
  },
  registryDefinition: {
    id: "Definisi operator '{name}' tidak sah: perlu 'fact' dan 'value' ({kinds}) dan fungsi 'test'",
    en: "Invalid definition of operator '{name}': needs 'fact' and 'value' ({kinds}) and a 'test' function",
  },
} as const;
