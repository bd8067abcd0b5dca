/**
 * The development catalogue: plain JSON data listing the development activities (training,
 * coaching, mentoring, …) an agency offers and which weaknesses each one is for. Validated with a
 * zod schema run jitless (no `new Function`, safe under a strict Content-Security-Policy), plus
 * checks zod cannot express: unique entry ids, at least one criterion per entry, usable keywords.
 * @module
 */
import * as z from "zod";
import { fromZodIssues } from "../compiler/zod-issues.js";
import { issue, type Issue, type IssuePath } from "../errors.js";
import { DV } from "../i18n/development-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import { fillBoth } from "./format.js";
import { isDict, own } from "./input-checks.js";
import type { NilaiDasar, SumberTemuan } from "./strengths-types.js";
import { isUsableKeyword } from "./text-match.js";

/** The kinds of development activity. */
export type JenisPengembangan = "PELATIHAN" | "COACHING" | "MENTORING" | "E_LEARNING" | "MAGANG" | "SEMINAR";

/** Every {@link JenisPengembangan}. */
export const JENIS_PENGEMBANGAN: readonly JenisPengembangan[] = Object.freeze(["PELATIHAN", "COACHING", "MENTORING", "E_LEARNING", "MAGANG", "SEMINAR"] as const);

/**
 * Whom an entry is for. Every criterion given must match a weakness (and the employee); lists
 * match when any of their values does. Text criteria ignore case and match whole words.
 */
export interface KriteriaEntri {
  /** Where the weakness comes from: an indicator (`INDIKATOR`) or a BerAKHLAK value (`PERILAKU`). */
  readonly sumber?: readonly SumberTemuan[];
  /** The BerAKHLAK values rated below expectation (behaviour weaknesses only). */
  readonly nilaiDasar?: readonly NilaiDasar[];
  /** The indicator's aspect, e.g. KUALITAS (indicator weaknesses only). */
  readonly aspek?: readonly string[];
  /** Words or phrases to find in the indicator text (for a behaviour: its value name and note). */
  readonly kataKunci?: readonly string[];
  /** Tags of the indicator. */
  readonly tags?: readonly string[];
  /** Words or phrases to find in the employee's work unit. */
  readonly unitKerja?: readonly string[];
  /** Words or phrases to find in the employee's position. */
  readonly jabatan?: readonly string[];
}

/** One development activity. */
export interface EntriKatalog {
  /** Unique within the catalogue; the last tie-breaker of the ranking. */
  readonly id: string;
  readonly judul: LocalizedText;
  readonly jenis: JenisPengembangan;
  /** Jam pelajaran credited (≥ 0). */
  readonly jp: number;
  readonly untuk: KriteriaEntri;
  /** Whole number ≥ 1; 1 is recommended first; entries without one come after all that have one. */
  readonly prioritas?: number;
  readonly keterangan?: LocalizedText;
}

/** A development catalogue document. */
export interface DevelopmentCatalogue {
  readonly $schema?: string;
  readonly id: string;
  readonly version: string;
  readonly judul?: LocalizedText;
  readonly entries: readonly EntriKatalog[];
}

/** The criterion names of {@link KriteriaEntri}, in the order reasons list them. */
export const KRITERIA: readonly (keyof KriteriaEntri)[] = Object.freeze(["sumber", "nilaiDasar", "aspek", "kataKunci", "tags", "unitKerja", "jabatan"] as const);

const Text = z.string().trim().min(1);
const Texts = z.array(Text).min(1);
const Localized = z.object({ id: Text, en: Text }).strict();

const EntrySchema = z
  .object({
    id: Text,
    judul: Localized,
    jenis: z.enum(["PELATIHAN", "COACHING", "MENTORING", "E_LEARNING", "MAGANG", "SEMINAR"]),
    jp: z.number().min(0),
    untuk: z
      .object({
        sumber: z.array(z.enum(["INDIKATOR", "PERILAKU"])).min(1).optional(),
        nilaiDasar: z.array(z.enum(["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"])).min(1).optional(),
        aspek: Texts.optional(),
        kataKunci: Texts.optional(),
        tags: Texts.optional(),
        unitKerja: Texts.optional(),
        jabatan: Texts.optional(),
      })
      .strict(),
    prioritas: z.number().int().min(1).optional(),
    keterangan: Localized.optional(),
  })
  .strict();

/** The zod schema of a {@link DevelopmentCatalogue} (shape only; see {@link validateCatalogue}). */
export const DevelopmentCatalogueSchema: z.ZodType<DevelopmentCatalogue> = z
  .object({
    $schema: z.string().optional(),
    id: Text,
    version: Text,
    judul: Localized.optional(),
    entries: z.array(EntrySchema),
  })
  .strict() as unknown as z.ZodType<DevelopmentCatalogue>;

/** Outcome of {@link validateCatalogue}: the parsed catalogue, or every issue found. */
export type CatalogueValidation =
  | { readonly ok: true; readonly catalogue: DevelopmentCatalogue; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Validates a catalogue document and returns every issue with its path: wrong shapes and unknown
 * enum values (`SCHEMA`), repeated entry ids (`DUPLICATE_NAME`), entries without any criterion or
 * with a keyword holding no letter or digit (`SCHEMA`), `__proto__` keys (`UNSAFE_NAME`).
 *
 * @example
 * ```ts
 * const checked = validateCatalogue(JSON.parse(text));
 * if (!checked.ok) for (const i of checked.issues) console.log(i.path.join("."), i.message.id);
 * ```
 */
export function validateCatalogue(doc: unknown): CatalogueValidation {
  const issues: Issue[] = [...protoKeys(doc, [])];
  const parsed = DevelopmentCatalogueSchema.safeParse(doc, { jitless: true });
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
  issues.push(...entryChecks(doc));
  sortByPath(issues);
  if (parsed.success && issues.length === 0) return { ok: true, catalogue: parsed.data, issues };
  return { ok: false, issues };
}

/** Checks zod cannot express, run on the raw document so they are reported with the shape issues. */
function entryChecks(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  const entries = isDict(doc) ? own(doc, "entries") : undefined;
  if (!Array.isArray(entries)) return issues;
  const seen = new Map<string, number>();
  entries.forEach((entry: unknown, i) => {
    if (!isDict(entry)) return;
    const id = own(entry, "id");
    const label = typeof id === "string" ? id : `entries[${i}]`;
    if (typeof id === "string") {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else issues.push(issue("DUPLICATE_NAME", ["entries", i, "id"], fillBoth(DV.duplicateEntry, { value: id, first })));
    }
    const untuk = own(entry, "untuk");
    if (!isDict(untuk)) return;
    if (!KRITERIA.some((k) => own(untuk, k) !== undefined)) {
      issues.push(issue("SCHEMA", ["entries", i, "untuk"], fillBoth(DV.emptyCriteria, { value: label })));
    }
    for (const key of ["kataKunci", "unitKerja", "jabatan"] as const) {
      const list = own(untuk, key);
      if (!Array.isArray(list)) continue;
      list.forEach((k: unknown, j) => {
        if (typeof k === "string" && k.trim() !== "" && !isUsableKeyword(k)) {
          issues.push(issue("SCHEMA", ["entries", i, "untuk", key, j], fillBoth(DV.unusableKeyword, { value: k })));
        }
      });
    }
  });
  return issues;
}

/** `__proto__` own keys anywhere in the document (zod would drop or ignore them). */
function protoKeys(value: unknown, path: IssuePath): Issue[] {
  if (Array.isArray(value)) return value.flatMap((v: unknown, i) => protoKeys(v, [...path, i]));
  if (!isDict(value)) return [];
  return Object.keys(value).flatMap((key) =>
    key === "__proto__" ? [issue("UNSAFE_NAME", [...path, key], DV.unsafeKey)] : protoKeys(own(value, key), [...path, key]),
  );
}

/** Orders issues by path (entries by index), keeping the order of issues at the same path. */
function sortByPath(issues: Issue[]): void {
  const key = (i: Issue): string => i.path.map((p) => (typeof p === "number" ? String(p).padStart(8, "0") : p)).join("\u0000");
  issues.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
