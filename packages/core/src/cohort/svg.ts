/**
 * A distribution chart as an SVG string, with no browser and no dependency: one bar per category
 * (red when outside its band), the allowed band drawn behind each bar, a line through the shares,
 * title and axis labels in Bahasa Indonesia or English. Text is XML-escaped and coordinates are
 * written with at most two decimals, so the same statistics always give the same bytes.
 * @module
 */
import { fillBoth, numberText } from "../development/format.js";
import type { Issue } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import { localize, type Lang } from "../i18n/text.js";
import { report, show, throwIfInvalid } from "./input-issues.js";
import type { CategoryStat, DistributionStats } from "./stats.js";

/** Options of {@link distributionSvg}. */
export interface DistributionSvgOptions {
  /** Language of the title, axis labels and legend; Bahasa Indonesia by default. */
  readonly lang?: Lang;
  /** Replaces the default title ("Sebaran predikat — {unit}"). */
  readonly title?: string;
  /** Width in pixels (default 640, at least 240). */
  readonly width?: number;
  /** Height in pixels (default 400, at least 200). */
  readonly height?: number;
}

const COLOR = { bar: "#4c78a8", outside: "#d62728", band: "#2ca02c", line: "#333333", grid: "#dddddd", text: "#222222" } as const;
const MARGIN = { top: 56, right: 24, bottom: 88, left: 64 } as const;

/**
 * Renders the statistics of one cohort or unit as an SVG document.
 *
 * @example
 * ```ts
 * writeFileSync("distribusi.svg", distributionSvg(distributionStats(members, constraints), { lang: "id" }));
 * ```
 */
export function distributionSvg(stats: DistributionStats, options: DistributionSvgOptions = {}): string {
  const { width, height } = readSize(options);
  const lang = options.lang ?? "id";
  const t = (text: { id: string; en: string }): string => localize(text, lang);
  const plot = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: height - MARGIN.top - MARGIN.bottom };
  const yOf = (share: number): number => plot.y + plot.h - Math.min(1, Math.max(0, share)) * plot.h;
  const slot = plot.w / Math.max(1, stats.categories.length);
  const title = options.title ?? t(stats.unit !== undefined ? fillBoth(CM.chartTitleUnit, { unit: stats.unit }) : CM.chartTitle);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="judul" font-family="sans-serif" font-size="12" fill="${COLOR.text}">`,
    `<title id="judul">${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    text(width / 2, 28, title, { anchor: "middle", size: 16, weight: "bold" }),
    ...grid(plot, yOf, lang),
  ];
  stats.categories.forEach((c, i) => parts.push(...column(c, plot.x + i * slot, slot, yOf, plot, lang)));
  const points = stats.categories.map((c, i) => [n(plot.x + (i + 0.5) * slot), n(yOf(c.share))] as const);
  if (points.length > 0) parts.push(`<polyline points="${points.map(([x, y]) => `${x},${y}`).join(" ")}" fill="none" stroke="${COLOR.line}" stroke-width="2" stroke-linejoin="round"/>`);
  parts.push(...points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3.5" fill="${COLOR.line}"/>`));
  parts.push(
    `<line x1="${n(plot.x)}" y1="${n(plot.y + plot.h)}" x2="${n(plot.x + plot.w)}" y2="${n(plot.y + plot.h)}" stroke="${COLOR.text}"/>`,
    `<line x1="${n(plot.x)}" y1="${n(plot.y)}" x2="${n(plot.x)}" y2="${n(plot.y + plot.h)}" stroke="${COLOR.text}"/>`,
    text(plot.x + plot.w / 2, plot.y + plot.h + 42, t(CM.chartAxisX), { anchor: "middle", weight: "bold" }),
    text(18, plot.y + plot.h / 2, t(CM.chartAxisY), { anchor: "middle", weight: "bold", rotate: true }),
    ...legend(plot.x, height - 22, stats.headcount, lang),
    "</svg>",
  );
  return `${parts.join("\n")}\n`;
}

/** Escapes `& < > " '` for XML text and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] as string);
}

function readSize(options: DistributionSvgOptions): { width: number; height: number } {
  const issues: Issue[] = [];
  const size = (key: "width" | "height", fallback: number, least: number): number => {
    const value = options[key];
    if (value === undefined) return fallback;
    if (typeof value === "number" && Number.isFinite(value) && value >= least) return value;
    report(issues, ["options", key], CM.notNumber, { actual: show(value) });
    return fallback;
  };
  const result = { width: size("width", 640, 240), height: size("height", 400, 200) };
  if (options.lang !== undefined && options.lang !== "id" && options.lang !== "en") report(issues, ["options", "lang"], CM.notRating, { values: "id | en", actual: show(options.lang) });
  throwIfInvalid(issues);
  return result;
}

interface Plot {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function grid(plot: Plot, yOf: (share: number) => number, lang: Lang): string[] {
  return [0, 0.25, 0.5, 0.75, 1].flatMap((share) => [
    `<line x1="${n(plot.x)}" y1="${n(yOf(share))}" x2="${n(plot.x + plot.w)}" y2="${n(yOf(share))}" stroke="${COLOR.grid}"/>`,
    text(plot.x - 6, yOf(share) + 4, percent(share, lang), { anchor: "end" }),
  ]);
}

function column(c: CategoryStat, left: number, slot: number, yOf: (share: number) => number, plot: Plot, lang: Lang): string[] {
  const band = { x: left + slot * 0.1, w: slot * 0.8, top: yOf(c.maxShare), bottom: yOf(c.minShare) };
  const bar = { x: left + slot * 0.25, w: slot * 0.5, top: yOf(c.share) };
  const label = localize(c.label, lang);
  return [
    `<g>`,
    `<title>${escapeXml(`${label}: ${c.count} (${percent(c.share, lang)}); ${localize(CM.chartBand, lang)} ${c.min}–${c.max}`)}</title>`,
    `<rect x="${n(band.x)}" y="${n(band.top)}" width="${n(band.w)}" height="${n(Math.max(0, band.bottom - band.top))}" fill="${COLOR.band}" fill-opacity="0.15" stroke="${COLOR.band}" stroke-dasharray="4 3"/>`,
    `<rect x="${n(bar.x)}" y="${n(bar.top)}" width="${n(bar.w)}" height="${n(plot.y + plot.h - bar.top)}" fill="${c.withinBand ? COLOR.bar : COLOR.outside}"/>`,
    text(left + slot / 2, bar.top - 6, `${c.count} (${percent(c.share, lang)})`, { anchor: "middle" }),
    text(left + slot / 2, plot.y + plot.h + 18, label, { anchor: "middle", size: 11 }),
    `</g>`,
  ];
}

function legend(x: number, y: number, headcount: number, lang: Lang): string[] {
  const items: [string, string][] = [
    [`<rect x="${n(x)}" y="${n(y - 10)}" width="14" height="10" fill="${COLOR.band}" fill-opacity="0.15" stroke="${COLOR.band}" stroke-dasharray="4 3"/>`, localize(CM.chartBand, lang)],
    [`<rect x="${n(x + 190)}" y="${n(y - 10)}" width="14" height="10" fill="${COLOR.bar}"/>`, localize(fillBoth(CM.chartLine, { n: headcount }), lang)],
    [`<rect x="${n(x + 380)}" y="${n(y - 10)}" width="14" height="10" fill="${COLOR.outside}"/>`, localize(CM.chartOutside, lang)],
  ];
  return items.flatMap(([swatch, label], i) => [swatch, text(x + i * 190 + 20, y, label, {})]);
}

function text(x: number, y: number, value: string, style: { anchor?: string; size?: number; weight?: string; rotate?: boolean }): string {
  const attrs = [`x="${n(x)}"`, `y="${n(y)}"`];
  if (style.anchor) attrs.push(`text-anchor="${style.anchor}"`);
  if (style.size) attrs.push(`font-size="${style.size}"`);
  if (style.weight) attrs.push(`font-weight="${style.weight}"`);
  if (style.rotate) attrs.push(`transform="rotate(-90 ${n(x)} ${n(y)})"`);
  return `<text ${attrs.join(" ")}>${escapeXml(value)}</text>`;
}

function percent(share: number, lang: Lang): string {
  return `${localize(numberText(Math.round(share * 1000) / 10), lang)}%`;
}

/** A coordinate with at most two decimals, without trailing zeros. */
function n(value: number): string {
  const fixed = value.toFixed(2);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}
