/**
 * A read-only work plan: status, RHK and their indicators.
 * @module
 */
import type { Plan } from "../records.js";
import { h } from "../h.js";
import { label, num, t } from "../i18n.js";
import { badge } from "../ui.js";

/** The plan's status and RHK with their indicators. */
export function planBody(plan: Plan): HTMLElement {
  return h(
    "div",
    { class: "plan", "data-testid": "plan", "data-plan-id": plan.planId, "data-status": plan.status },
    h("p", null, `${t("planStatus")}: `, badge("status_", plan.status, "plan-status")),
    h(
      "ol",
      { class: "rhk-list" },
      plan.rhk.map((r) =>
        h(
          "li",
          { class: "rhk", "data-testid": `rhk-${r.rhkId}` },
          h("p", { class: "rhk-title" }, h("span", { class: "tag" }, label("jenis_", r.jenis)), " ", r.uraian),
          h(
            "ul",
            { class: "iki-list", "aria-label": t("indikator") },
            r.indikator.map((k) =>
              h(
                "li",
                { "data-testid": `iki-${k.indikatorId}` },
                h("span", null, k.uraian),
                h(
                  "span",
                  { class: "muted" },
                  ` — ${t("target")} ${num(k.target)} ${k.satuan}`,
                  k.polaritas !== "NAIK" ? ` · ${label("polaritas_", k.polaritas)}` : "",
                  k.bobot !== null ? ` · ${t("bobot")} ${num(k.bobot)}` : "",
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
