/**
 * The options batch commands share (`score`, `diff`, `calibrate`): how to read `--input` —
 * its format, `--select`, and the CSV mapping (`--columns`, `--delimiter`, `--group`).
 * @module
 */
import type { FieldType, Lang } from "@kinerja/core";
import type { CliIo } from "../io.js";
import { choiceOption, stringOption, type OptionSpec, type ParsedArgs } from "./args.js";
import { CliError } from "./cli-error.js";
import { loadSourceFile } from "./files.js";
import type { ReadOptions } from "./records.js";
import { fill, say } from "./text.js";

/** The reading options, as `parseCommandArgs` specs. */
export const INPUT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  input: { type: "string", short: "i" },
  "input-format": { type: "string" },
  select: { type: "string" },
  columns: { type: "string" },
  delimiter: { type: "string" },
  group: { type: "string" },
};

/** Builds the reading options from the arguments (the CSV cells read as `inputs` declares). */
export function readOptions(args: ParsedArgs, io: CliIo, inputs: Readonly<Record<string, FieldType>>, onIgnored?: (headers: readonly string[]) => void): ReadOptions {
  const format = stringOption(args, "input-format");
  const delimiter = stringOption(args, "delimiter");
  if (delimiter !== undefined && [...delimiter].length !== 1) throw new CliError("USAGE", { id: "--delimiter harus satu karakter", en: "--delimiter must be one character" });
  const columnsFile = stringOption(args, "columns");
  return {
    ...(format === undefined ? {} : { format: choiceOption(args, "input-format", ["json", "ndjson", "csv"] as const, "json") }),
    ...(stringOption(args, "select") === undefined ? {} : { select: stringOption(args, "select") as string }),
    csv: {
      columns: columnsFile === undefined ? {} : readColumns(io, columnsFile),
      group: choiceOption(args, "group", ["consecutive", "all"] as const, "consecutive"),
      inputs,
      ...(delimiter === undefined ? {} : { delimiter: delimiter === "\\t" ? "\t" : delimiter }),
      ...(onIgnored ? { onIgnored } : {}),
    },
  };
}

/** The note printed once for CSV headers no mapping knows. */
export function ignoredNote(lang: Lang, headers: readonly string[]): string {
  return `kinerja: ${say(lang, { id: "kolom CSV diabaikan (tidak ada di peta kolom): {h}", en: "CSV columns ignored (not in the column mapping): {h}" }, { h: headers.join(", ") })}\n`;
}

/** Reads a `--columns` file: an object of header → input path (or null to drop a default). */
function readColumns(io: CliIo, file: string): Record<string, string | null> {
  const value = loadSourceFile(io, file).value;
  const valid = value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => v === null || (typeof v === "string" && /^[A-Za-z_][\w]*(\[\])?(\.[A-Za-z_][\w]*(\[\])?)*$/.test(v)));
  if (!valid) throw new CliError("INPUT_INVALID", fill({ id: "{file}: peta kolom harus objek \"Judul kolom\": \"jalur.masukan\" (mis. \"indikator[].target\") atau null", en: "{file}: a column mapping must be an object of \"Column header\": \"input.path\" (e.g. \"indikator[].target\") or null" }, { file }));
  return value as Record<string, string | null>;
}
