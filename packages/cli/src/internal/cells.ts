/**
 * Reading spreadsheet cells as typed values: numbers with an Indonesian decimal comma (`12,5`,
 * `1.234,5`) or a decimal point (`12.5`), an optional `%`; yes/no words as booleans; codes
 * written as words (`Sesuai Ekspektasi`) as enum codes (`SESUAI_EKSPEKTASI`).
 * @module
 */
import type { FieldType, LocalizedText } from "@kinerja/core";
import { fill } from "./text.js";

/** A cell's value, or why it could not be read. */
export type CellResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: LocalizedText };

/** Reads a non-empty cell for a field of the given type (text when the path is not declared). */
export function readCell(text: string, field: FieldType | undefined): CellResult {
  const cell = text.trim();
  switch (field?.type) {
    case "number":
      return parseNumber(cell);
    case "boolean":
      return parseBoolean(cell);
    case "enum": {
      const code = cell.toUpperCase().replace(/[\s\-/]+/g, "_");
      return { ok: true, value: field.values.includes(cell) ? cell : code };
    }
    default:
      return { ok: true, value: cell };
  }
}

/**
 * Parses a number as spreadsheets write it. With both `.` and `,` the last one is the decimal
 * separator and the other groups thousands (`1.234,5`, `1,234.5`); a single `,` or `.` is the
 * decimal separator (`12,5`, `12.5`); several of one kind group thousands (`1.234.567`). Groups
 * must have three digits, so `12,5,3` is an error, never a silent guess.
 */
export function parseNumber(cell: string): CellResult {
  const s = cell.replace(/[\s\u00a0]/g, "").replace(/%$/, "");
  const value = numberOf(s);
  if (value === undefined) return { ok: false, message: fill({ id: "'{cell}' bukan angka", en: "'{cell}' is not a number" }, { cell }) };
  return { ok: true, value };
}

function numberOf(s: string): number | undefined {
  const m = /^([-+]?)(\d[\d.,]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2] as string;
  const count = (c: string): number => body.split(c).length - 1;
  const comma = body.lastIndexOf(",");
  const dot = body.lastIndexOf(".");
  let decimal: string | undefined;
  if (comma >= 0 && dot >= 0) decimal = comma > dot ? "," : ".";
  else if (comma >= 0 && count(",") === 1) decimal = ",";
  else if (dot >= 0 && count(".") === 1) decimal = ".";
  const group = decimal === "," ? "." : decimal === "." ? "," : comma >= 0 ? "," : ".";
  const at = decimal === undefined ? -1 : body.lastIndexOf(decimal);
  const whole = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? "" : body.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fraction)) return undefined;
  if (whole.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return undefined;
  if (!/^[\d.,]+$/.test(whole) || /[.,]/.test(whole.split(group).join(""))) return undefined;
  const value = Number(`${m[1] as string}${whole.split(group).join("")}${fraction === "" ? "" : `.${fraction}`}`);
  return Number.isFinite(value) ? value : undefined;
}

const TRUE = new Set(["ya", "y", "yes", "true", "benar", "1"]);
const FALSE = new Set(["tidak", "t", "no", "n", "false", "salah", "0"]);

function parseBoolean(cell: string): CellResult {
  const v = cell.toLowerCase();
  if (TRUE.has(v)) return { ok: true, value: true };
  if (FALSE.has(v)) return { ok: true, value: false };
  return { ok: false, message: fill({ id: "'{cell}' bukan ya/tidak", en: "'{cell}' is not yes/no" }, { cell }) };
}
