/**
 * distributionSvg: a well-formed SVG document (checked by a tiny XML tokenizer), byte-for-byte
 * deterministic (file snapshot), escaped text, both languages, the band and out-of-band bars.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { member, PREDIKAT, seConstraints } from "./fixtures/cohort-fixtures.js";
import { distributionStats } from "./stats.js";
import { distributionSvg, escapeXml } from "./svg.js";
import type { CohortMember } from "./types.js";

const labels = {
  SANGAT_BAIK: { id: "Sangat Baik", en: "Sangat Baik" },
  BAIK: { id: "Baik", en: "Baik" },
  BUTUH_PERBAIKAN: { id: "Butuh Perbaikan", en: "Butuh Perbaikan" },
  KURANG_MISCONDUCT: { id: "Kurang/Misconduct", en: "Kurang/Misconduct" },
  SANGAT_KURANG: { id: "Sangat Kurang", en: "Sangat Kurang" },
};

function cohort(counts: Readonly<Record<string, number>>): CohortMember[] {
  return PREDIKAT.flatMap((p) => Array.from({ length: counts[p] ?? 0 }, (_, i) => member(`${p}${i}`, p)));
}

const dishub = distributionStats(cohort({ SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 1 }), { ...seConstraints("BAIK", 8), categoryLabels: labels }, { unit: "Dinas Perhubungan — Belawan" });

/** A tiny XML well-formedness check: balanced tags, quoted attributes, known entities only. Returns the root and element count. */
function parseXml(xml: string): { root: string; elements: number } {
  const token = /<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+);)/;
  const stack: string[] = [];
  let root = "";
  let elements = 0;
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const m = token.exec(xml);
    if (!m) throw new Error(`not XML at ${at}: ${xml.slice(at, at + 40)}`);
    const [, close, open, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (entity.test(text)) throw new Error(`bad entity in text at ${at}`);
      if (stack.length === 0 && text.trim() !== "") throw new Error("text outside the root");
    } else if (close !== undefined) {
      if (stack.pop() !== close) throw new Error(`unbalanced </${close}> at ${at}`);
    } else if (open !== undefined) {
      if (entity.test(attrs ?? "")) throw new Error(`bad entity in attributes at ${at}`);
      const names = [...(attrs ?? "").matchAll(/([A-Za-z_:][\w:.-]*)=/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) throw new Error(`repeated attribute at ${at}`);
      if (stack.length === 0) {
        if (root !== "") throw new Error("two roots");
        root = open;
      }
      elements++;
      if (selfClosing !== "/") stack.push(open);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("> <")}>`);
  return { root, elements };
}

describe("distributionSvg", () => {
  it("is a well-formed SVG document, the same bytes every time (snapshot)", async () => {
    const svg = distributionSvg(dishub, { lang: "id" });
    expect(parseXml(svg)).toEqual({ root: "svg", elements: expect.any(Number) as number });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"')).toBe(true);
    expect(distributionSvg(dishub, { lang: "id" })).toBe(svg);
    await expect(svg).toMatchFileSnapshot("./__snapshots__/distribusi-dishub.svg");
  });

  it("draws the band of every category and marks out-of-band bars", () => {
    const svg = distributionSvg(dishub);
    expect(svg.match(/stroke-dasharray="4 3"/g)).toHaveLength(6); // five bands and the legend swatch
    expect(svg.match(/<rect [^>]*fill="#d62728"\/>/g)).toHaveLength(2); // Baik and the legend swatch
    expect(svg).toContain("<polyline points=");
    expect(svg).toContain(">6 (75%)</text>");
    expect(svg).toContain("Baik: 6 (75%); Rentang yang diizinkan 0–5");
  });

  it("writes the title, axes and legend in Bahasa Indonesia or English", () => {
    const id = distributionSvg(dishub, { lang: "id" });
    const en = distributionSvg(dishub, { lang: "en" });
    expect(id).toContain("<title id=\"judul\">Sebaran predikat — Dinas Perhubungan — Belawan</title>");
    expect(id).toContain(">Persentase pegawai</text>");
    expect(id).toContain("1 (12,5%)");
    expect(en).toContain("<title id=\"judul\">Predikat distribution — Dinas Perhubungan — Belawan</title>");
    expect(en).toContain(">Share of employees</text>");
    expect(en).toContain("1 (12.5%)");
    expect(en).toContain(">Distribution (N = 8)</text>");
  });

  it("escapes every text it writes", () => {
    const svg = distributionSvg({ ...dishub, unit: `Unit <A> & "B" 'C'` }, { lang: "en" });
    expect(parseXml(svg).root).toBe("svg");
    expect(svg).toContain("Predikat distribution — Unit &lt;A&gt; &amp; &quot;B&quot; &apos;C&apos;</title>");
    expect(escapeXml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
    expect(distributionSvg(dishub, { title: "a < b" })).toContain("<title id=\"judul\">a &lt; b</title>");
  });

  it("takes a size and refuses a bad one", () => {
    expect(parseXml(distributionSvg(dishub, { width: 320, height: 240 })).root).toBe("svg");
    expect(() => distributionSvg(dishub, { width: 10, height: Number.NaN })).toThrow(KinerjaError);
  });
});
