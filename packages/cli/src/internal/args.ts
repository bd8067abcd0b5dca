/**
 * Argument parsing with `node:util` `parseArgs` (strict): every command declares its options;
 * an unknown option, a missing value or a wrong number of positionals is an unusable-input error
 * (exit 2) with a bilingual message and the closest known option as a hint.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "@kinerja/core";
import { CliError } from "./cli-error.js";
import { closest } from "./closest.js";
import { fill } from "./text.js";

/** One option: a string or a flag, optionally repeatable, with a one-letter alias. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
}

/** Parsed arguments: option values by name, positionals, and the language chosen. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
  readonly lang: Lang;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

/** The language asked for in `args` (`--lang en` / `--lang=en`), read before full parsing so even argument errors use it. */
export function langOf(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--lang" && args[i + 1] === "en") return "en";
    if (a === "--lang=en") return "en";
  }
  return "id";
}

/** Parses `args` against the command's options and positional count. */
export function parseCommandArgs(args: readonly string[], options: Readonly<Record<string, OptionSpec>>, positionals: { min: number; max: number; names: string }): ParsedArgs {
  const all = { ...COMMON_OPTIONS, ...options };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: all as ParseArgsConfig["options"], allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentError(error, Object.keys(all));
  }
  const values = parsed.values as ParsedArgs["values"];
  const lang = values["lang"];
  if (lang !== undefined && lang !== "id" && lang !== "en") {
    throw new CliError("USAGE", fill({ id: "Bahasa tidak dikenal '{v}': pakai --lang id atau --lang en", en: "Unknown language '{v}': use --lang id or --lang en" }, { v: String(lang) }));
  }
  if (values["help"] === true) return { values, positionals: parsed.positionals, lang: lang === "en" ? "en" : "id" };
  const count = parsed.positionals.length;
  if (count < positionals.min || count > positionals.max) {
    throw new CliError("USAGE", fill({ id: "Argumen tidak sesuai: diharapkan {names}", en: "Wrong arguments: expected {names}" }, { names: positionals.names }));
  }
  return { values, positionals: parsed.positionals, lang: lang === "en" ? "en" : "id" };
}

/** A string option's value (the last one when repeated). */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  if (Array.isArray(v)) return v.length === 0 ? undefined : String(v[v.length - 1]);
  return typeof v === "string" ? v : undefined;
}

/** Every value of a repeatable string option. */
export function stringOptions(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  if (Array.isArray(v)) return v.map(String);
  return typeof v === "string" ? [v] : [];
}

/** A required string option; a usage error naming it when absent. */
export function requiredOption(args: ParsedArgs, name: string): string {
  const v = stringOption(args, name);
  if (v === undefined || v === "") throw new CliError("USAGE", fill({ id: "Opsi --{name} wajib diisi", en: "The option --{name} is required" }, { name }));
  return v;
}

/** A flag's value. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A string option restricted to `allowed` values (`fallback` when absent). */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new CliError("USAGE", fill({ id: "Nilai --{name} tidak dikenal '{v}': pilih {allowed}", en: "Unknown --{name} value '{v}': choose {allowed}" }, { name, v, allowed: allowed.join(" | ") }));
}

/** A whole-number option (`fallback` when absent). */
export function integerOption(args: ParsedArgs, name: string, fallback: number | undefined, min = 0): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliError("USAGE", fill({ id: "--{name} harus bilangan bulat ≥ {min}, bukan '{v}'", en: "--{name} must be a whole number ≥ {min}, not '{v}'" }, { name, v, min }));
  return n;
}

function argumentError(error: unknown, known: readonly string[]): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = closest(option.replace(/^-+/, "").split("=")[0] ?? "", known);
    const hint = near === undefined ? { id: "", en: "" } : fill({ id: " — mungkin maksud Anda --{near}?", en: " — did you mean --{near}?" }, { near });
    return new CliError("USAGE", fill({ id: "Opsi tidak dikenal {o}{hid}", en: "Unknown option {o}{hen}" }, { o: option, hid: hint.id, hen: hint.en }), { cause: error });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new CliError("USAGE", fill({ id: "Nilai opsi tidak sah: {o}", en: "Invalid option value: {o}" }, { o: option || message }), { cause: error });
  }
  return new CliError("USAGE", fill({ id: "Argumen tidak sah: {m}", en: "Invalid arguments: {m}" }, { m: message }), { cause: error });
}
