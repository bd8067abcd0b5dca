/**
 * Progress of a plan this period (GET /plans/:planId/progress): per indicator, the realisation
 * against the pro-rated target and its flag (on track, at risk, behind, no data).
 * @module
 */
import { api, seg } from "../api.js";
import { readProgress } from "../records.js";
import { h } from "../h.js";
import { num, pick, t } from "../i18n.js";
import { badge, loader } from "../ui.js";

/** The progress panel of `planId` for the year `tahun`. */
export function progressPanel(planId: string, tahun: number): HTMLElement {
  return loader(async () => {
    const p = readProgress((await api("GET", `/plans/${seg(planId)}/progress`, { query: { periode: tahun < new Date().getFullYear() ? String(tahun) : undefined } })).body);
    return h(
      "div",
      { class: "progress", "data-testid": "progress" },
      h(
        "p",
        { class: "progress-plan" },
        `${t("progressPlan")}: `,
        badge("flag_", p.status, "progress-flag"),
        p.capaian !== null ? ` ${num(p.capaian)}%` : "",
      ),
      p.explanation ? h("p", { class: "muted" }, pick(p.explanation)) : null,
      h(
        "ul",
        { class: "progress-list" },
        p.indikator.map((k) =>
          h(
            "li",
            { "data-testid": `progress-${k.id}`, "data-status": k.status },
            h("div", { class: "progress-head" }, h("span", null, k.iki), badge("flag_", k.status)),
            k.capaian !== null ? h("progress", { max: "100", value: String(Math.min(100, Math.max(0, k.capaian))), "aria-label": `${t("capaian")} ${num(k.capaian)}%` }) : null,
            h(
              "p",
              { class: "muted small" },
              `${t("realisasi")}: ${k.realisasi === null ? "—" : num(k.realisasi)}`,
              k.targetProrata !== null ? ` · ${t("targetProrata")}: ${num(k.targetProrata)}` : "",
              k.satuan ? ` ${k.satuan}` : "",
              k.capaian !== null ? ` · ${t("capaian")} ${num(k.capaian)}%` : "",
            ),
            k.explanation ? h("p", { class: "small" }, pick(k.explanation)) : null,
          ),
        ),
      ),
    );
  }, "progress-loader");
}
