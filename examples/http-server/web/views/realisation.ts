/**
 * The employee records the realisation of an indicator for a month (PUT
 * /plans/:planId/realisations/:indikatorId/:periode; If-Match when the month already has one).
 * @module
 */
import { api, seg } from "../api.js";
import { items, numField, obj, str } from "../json.js";
import type { Plan } from "../records.js";
import { lastEndedMonth } from "../dates.js";
import { h } from "../h.js";
import { t } from "../i18n.js";
import { field, formText, onSubmit, select } from "../ui.js";

/** The form; `saved` runs after each stored realisation (to refresh the progress). */
export function realisationForm(plan: Plan, saved: () => void): HTMLElement {
  const options = plan.rhk.flatMap((r) => r.indikator.map((k) => [k.indikatorId, `${k.uraian} (${k.satuan})`] as const));
  const form = h(
    "form",
    { class: "stack", "data-testid": "realisation-form" },
    h("h3", null, t("recordRealisation")),
    field(t("indikator"), select("indikatorId", options, options[0]?.[0] ?? "", "realisation-indikator")),
    h(
      "div",
      { class: "row" },
      field(t("month"), h("input", { name: "periode", type: "month", required: true, min: `${plan.tahun}-01`, max: `${plan.tahun}-12`, value: lastEndedMonth(plan.tahun), "data-testid": "realisation-periode" })),
      field(t("realisasi"), h("input", { name: "nilai", type: "number", step: "any", min: "0", required: true, inputmode: "decimal", "data-testid": "realisation-nilai" })),
    ),
    h("button", { type: "submit", class: "secondary", "data-testid": "realisation-submit" }, t("saveRealisation")),
  );
  onSubmit(form, async (data) => {
    const indikatorId = formText(data, "indikatorId");
    const periode = formText(data, "periode");
    const path = `/plans/${seg(plan.planId)}/realisations`;
    const existing = items((await api("GET", path, { query: { periode } })).body)
      .map(obj)
      .find((r) => str(r, "indikatorId") === indikatorId);
    await api("PUT", `${path}/${seg(indikatorId)}/${seg(periode)}`, {
      body: { nilai: Number(formText(data, "nilai")) },
      ifMatch: existing ? (numField(existing, "rowVersion") ?? undefined) : undefined,
    });
    saved();
    return t("realisationSaved");
  });
  return form;
}
