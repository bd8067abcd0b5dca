/**
 * The CSV column mapping: which spreadsheet header fills which input path. The default maps the
 * Indonesian headers agencies use (NIP, Nama, RHK, IKI, Target, Realisasi, Bobot, Polaritas,
 * Rating Perilaku, …) to the input of the `permenpanrb-6-2022` preset; `--columns mapping.json`
 * adds or overrides entries (`null` drops a default). A path with `[]` (`indikator[].target`)
 * fills one list item per row; other paths are per employee. Rows are grouped by the `nip` path.
 * @module
 */
import type { FieldType } from "@kinerja/core";

/** One mapped column: its header, the path it fills and, for `[]` paths, the list and the field. */
export interface MappedColumn {
  readonly header: string;
  readonly index: number;
  readonly path: readonly string[];
  /** For list paths: the list's path and the field path inside each item. */
  readonly list?: { readonly path: readonly string[]; readonly field: readonly string[] };
}

/** The default mapping, by normalised header (lower case, letters and digits only). */
export const DEFAULT_COLUMNS: Readonly<Record<string, string>> = Object.freeze({
  nip: "nip",
  nama: "nama",
  unit: "unitKerja",
  unitkerja: "unitKerja",
  jabatan: "jabatan",
  ratinghasilkerja: "ratingHasilKerja",
  ratingperilaku: "ratingPerilaku",
  ratingperilakukerja: "ratingPerilaku",
  pimpinanunit: "pimpinanUnit",
  predikatorganisasi: "predikatOrganisasi",
  predikat: "predikat",
  skor: "skor",
  rhk: "indikator[].rhk",
  koderhk: "indikator[].rhk",
  iki: "indikator[].iki",
  indikator: "indikator[].iki",
  aspek: "indikator[].aspek",
  polaritas: "indikator[].polaritas",
  target: "indikator[].target",
  targetmaks: "indikator[].targetMaks",
  realisasi: "indikator[].realisasi",
  bobot: "indikator[].bobot",
});

/** The path rows are grouped by (one employee per value). */
export const GROUP_PATH = "nip";

/** Normalises a header for matching: lower case, letters and digits only. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Maps the header row: each header to its path (custom mapping by exact or normalised header
 * first, then the defaults). Returns the mapped columns and the headers left unmapped.
 */
export function mapHeaders(headers: readonly string[], custom: Readonly<Record<string, string | null>>): { columns: MappedColumn[]; ignored: string[] } {
  const customByNorm = new Map(Object.entries(custom).map(([h, p]) => [normaliseHeader(h), p]));
  const columns: MappedColumn[] = [];
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const norm = normaliseHeader(header);
    const path = Object.hasOwn(custom, header) ? custom[header] : customByNorm.has(norm) ? customByNorm.get(norm) : Object.hasOwn(DEFAULT_COLUMNS, norm) ? DEFAULT_COLUMNS[norm] : undefined;
    if (path === undefined || path === null) {
      if (header.trim() !== "") ignored.push(header);
      return;
    }
    columns.push(mappedColumn(header, index, path));
  });
  return { columns, ignored };
}

function mappedColumn(header: string, index: number, path: string): MappedColumn {
  const segments = path.split(".");
  const at = segments.findIndex((s) => s.endsWith("[]"));
  if (at < 0) return { header, index, path: segments };
  const listPath = [...segments.slice(0, at), (segments[at] as string).slice(0, -2)];
  return { header, index, path: segments, list: { path: listPath, field: segments.slice(at + 1) } };
}

/** The declared input field at a path of the policy's inputs (`[]` steps into list items). */
export function fieldAt(inputs: Readonly<Record<string, FieldType>>, path: readonly string[]): FieldType | undefined {
  let fields: Readonly<Record<string, FieldType>> | undefined = inputs;
  let field: FieldType | undefined;
  for (const raw of path) {
    const list = raw.endsWith("[]");
    const name = list ? raw.slice(0, -2) : raw;
    field = fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!field) return undefined;
    if (list) {
      if (field.type !== "list") return undefined;
      field = field.items;
    }
    fields = field.type === "object" ? field.fields : undefined;
  }
  return field;
}
