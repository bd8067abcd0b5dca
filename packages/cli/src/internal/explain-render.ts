/**
 * Renders an explanation report as plain text, Markdown or a self-contained HTML page (inline
 * CSS, no scripts, no external resources, every user string escaped, readable on a phone).
 * @module
 */
import { localize } from "@kinerja/core";
import { LABELS, type ExplainReport } from "./explain-report.js";

/** Plain text: a summary, the indicators, the deciding rows, then the full trace. */
export function explainText(r: ExplainReport): string {
  const t = (k: string): string => localize(LABELS[k] as { id: string; en: string }, r.lang);
  const lines = [`${t("heading")} — ${r.title}`, `${t("policy")}: ${r.policy}`, ""];
  for (const [k, v] of r.employee) lines.push(`${k}: ${v}`);
  if (r.employee.length > 0) lines.push("");
  lines.push(`${t("outputs")}:`, ...r.outputs.map(([k, v]) => `  ${k}: ${v}`));
  if (r.indicators.length > 0) {
    lines.push("", `${t("indicators")}:`);
    r.indicators.forEach((i, n) => lines.push(`  ${n + 1}. ${i.label} — ${t("target")} ${i.target}, ${t("realisasi")} ${i.realisasi}, ${t("bobot")} ${i.bobot}, ${t("capaian")} ${i.capaian}, ${t("kontribusi")} ${i.kontribusi}`));
  }
  if (r.deciding.length > 0) lines.push("", `${t("deciding")}:`, ...r.deciding.map((d) => `  ${d.decision} = ${d.output} (${t("row")} ${d.row}: ${d.when})${d.note ? ` — ${d.note}` : ""}`));
  section(lines, t("feedback"), r.feedback.map((f) => `${f.tanggal} · ${f.rhk}${f.jenis ? ` · ${f.jenis}` : ""}${f.pemberi ? ` · ${f.pemberi}` : ""}: ${f.teks}`));
  section(lines, t("strengths"), r.strengths);
  section(lines, t("weaknesses"), r.weaknesses);
  section(lines, t("recommendations"), r.recommendations);
  lines.push("", `${t("trace")}:`, "", r.trace);
  return `${lines.join("\n")}\n`;
}

/** Markdown with tables (cells escaped). */
export function explainMarkdown(r: ExplainReport): string {
  const t = (k: string): string => localize(LABELS[k] as { id: string; en: string }, r.lang);
  const lines = [`# ${md(t("heading"))}`, "", `**${md(r.title)}** — ${md(t("policy"))}: \`${r.policy}\``, ""];
  if (r.employee.length > 0) lines.push(...r.employee.map(([k, v]) => `- **${md(k)}**: ${md(v)}`), "");
  lines.push(`## ${md(t("outputs"))}`, "", ...mdTable(["", ""], r.outputs.map(([k, v]) => [k, v])).slice(0), "");
  if (r.indicators.length > 0) {
    lines.push(`## ${md(t("indicators"))}`, "", ...mdTable(["#", t("indicator"), t("target"), t("realisasi"), t("bobot"), t("capaian"), t("kontribusi")], r.indicators.map((i, n) => [String(n + 1), i.label, i.target, i.realisasi, i.bobot, i.capaian, i.kontribusi])), "");
  }
  if (r.deciding.length > 0) lines.push(`## ${md(t("deciding"))}`, "", ...r.deciding.map((d) => `- **${md(d.decision)}** = \`${d.output}\` — ${md(t("row"))} ${d.row}: \`${d.when}\`${d.note ? ` — ${md(d.note)}` : ""}`), "");
  mdList(lines, t("feedback"), r.feedback.map((f) => `${f.tanggal} · ${f.rhk}${f.jenis ? ` · ${f.jenis}` : ""}${f.pemberi ? ` · ${f.pemberi}` : ""}: ${f.teks}`));
  mdList(lines, t("strengths"), r.strengths);
  mdList(lines, t("weaknesses"), r.weaknesses);
  mdList(lines, t("recommendations"), r.recommendations);
  lines.push(`## ${md(t("trace"))}`, "", "```text", r.trace.replace(/```/g, "'''"), "```");
  return `${lines.join("\n")}\n`;
}

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;color:#1b1b1b;background:#fff;line-height:1.5}
main{max-width:56rem;margin:0 auto}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.n{text-align:right;white-space:nowrap}.result{font-size:1.1rem;background:#eef6ee;padding:.6rem .8rem;border-radius:.4rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;word-break:break-word;background:#f7f7f7;padding:.8rem;border-radius:.4rem;font-size:.82rem}
@media (max-width:36rem){body{padding:.6rem}table{font-size:.85rem}dl{grid-template-columns:1fr}}`;

/** A self-contained HTML page (no script, no external resource). */
export function explainHtml(r: ExplainReport): string {
  const t = (k: string): string => esc(localize(LABELS[k] as { id: string; en: string }, r.lang));
  const parts = [
    `<!doctype html>`,
    `<html lang="${r.lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("heading")} — ${esc(r.title)}</title><style>${CSS}</style></head>`,
    `<body><main>`,
    `<h1>${t("heading")}</h1>`,
    `<p><strong>${esc(r.title)}</strong><br>${t("policy")}: <code>${esc(r.policy)}</code></p>`,
  ];
  if (r.employee.length > 0) parts.push(`<dl>${r.employee.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`);
  parts.push(`<h2>${t("outputs")}</h2>`, `<div class="result"><dl>${r.outputs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl></div>`);
  if (r.indicators.length > 0) {
    const head = ["#", "indicator", "target", "realisasi", "bobot", "capaian", "kontribusi"].map((k) => `<th>${k === "#" ? "#" : t(k)}</th>`).join("");
    const body = r.indicators.map((i, n) => `<tr><td class="n">${n + 1}</td><td>${esc(i.label)}</td><td class="n">${esc(i.target)}</td><td class="n">${esc(i.realisasi)}</td><td class="n">${esc(i.bobot)}</td><td class="n">${esc(i.capaian)}</td><td class="n">${esc(i.kontribusi)}</td></tr>`).join("");
    parts.push(`<h2>${t("indicators")}</h2>`, `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`);
  }
  if (r.deciding.length > 0) parts.push(`<h2>${t("deciding")}</h2>`, `<ul>${r.deciding.map((d) => `<li><strong>${esc(d.decision)}</strong> = <code>${esc(d.output)}</code> — ${t("row")} ${d.row}: <code>${esc(d.when)}</code>${d.note ? ` — ${esc(d.note)}` : ""}</li>`).join("")}</ul>`);
  htmlList(parts, t("feedback"), r.feedback.map((f) => `${f.tanggal} · ${f.rhk}${f.jenis ? ` · ${f.jenis}` : ""}${f.pemberi ? ` · ${f.pemberi}` : ""}: ${f.teks}`));
  htmlList(parts, t("strengths"), r.strengths);
  htmlList(parts, t("weaknesses"), r.weaknesses);
  htmlList(parts, t("recommendations"), r.recommendations);
  parts.push(`<h2>${t("trace")}</h2>`, `<pre>${esc(r.trace)}</pre>`, `</main></body></html>`);
  return `${parts.join("\n")}\n`;
}

/** Escapes text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function section(lines: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  lines.push("", `${title}:`, ...items.map((i) => `  - ${i}`));
}

function mdList(lines: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  lines.push(`## ${md(title)}`, "", ...items.map((i) => `- ${md(i)}`), "");
}

function htmlList(parts: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  parts.push(`<h2>${title}</h2>`, `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`);
}

function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cell = (s: string): string => md(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [`| ${headers.map(cell).join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

/** Escapes Markdown's inline markup characters (and raw HTML). */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, "\\$1");
}
