/**
 * The employee's screen: my plan (create, edit and submit a draft), today's activity report
 * against an RHK, my progress this period, and my evaluation.
 * @module
 */
import { api, ApiError, seg } from "../api.js";
import { items } from "../json.js";
import { readActivity, readPlan } from "../records.js";
import type { Plan } from "../records.js";
import { h, replace } from "../h.js";
import { dayInYear } from "../dates.js";
import { date, t } from "../i18n.js";
import type { Session } from "../session.js";
import { field, formText, loader, notice, onSubmit, section, select } from "../ui.js";
import { latestEvaluation } from "./evaluation.js";
import { isEditing, planEditor } from "./plan-editor.js";
import { planBody } from "./plan-view.js";
import { progressPanel } from "./progress.js";
import { realisationForm } from "./realisation.js";

/** The employee's screen for the session's year. */
export function employeeView(session: Session): HTMLElement {
  const nip = session.principal.nip ?? "";
  const root = h("div", { class: "stack", "data-testid": "employee-view" });
  const show = (flash: string | null): void => {
    replace(
      root,
      loader(async () => {
        const plan = await loadPlan(nip, session.tahun);
        return plan ? withPlan(plan, flash, show) : withoutPlan(session, show);
      }),
    );
  };
  show(null);
  return root;
}

/** The plan of `nip` for `tahun`, or `null` when there is none. */
export async function loadPlan(nip: string, tahun: number): Promise<Plan | null> {
  try {
    return readPlan((await api("GET", `/employees/${seg(nip)}/plans/${tahun}`)).body);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function withoutPlan(session: Session, show: (flash: string | null) => void): HTMLElement {
  const body = h("div", null);
  const target = { nip: session.principal.nip ?? "", tahun: session.tahun, plan: null };
  const open = (): void => replace(body, planEditor(target, (_p, submitted) => show(submitted ? t("submitted") : t("saved")), () => replace(body, start)));
  const start = h("div", null, h("p", { "data-testid": "no-plan" }, t("noPlan", { tahun: session.tahun })), h("button", { type: "button", class: "primary", "data-testid": "create-plan", onclick: open }, t("createPlan")));
  if (isEditing(target)) open();
  else replace(body, start);
  return section(t("myPlan"), "my-plan", body);
}

function withPlan(plan: Plan, flash: string | null, show: (flash: string | null) => void): DocumentFragment {
  const planBox = h("div", null);
  const target = { nip: plan.nip, tahun: plan.tahun, plan };
  const edit = (): void => replace(planBox, planEditor(target, (_p, submitted) => show(submitted ? t("submitted") : t("saved")), view));
  const view = (): void =>
    replace(
      planBox,
      flash ? notice(flash, "plan-notice") : null,
      h("p", { class: "muted" }, plan.status === "DRAFT" ? t("draftHint") : t("agreedHint")),
      planBody(plan),
      plan.status === "DRAFT"
        ? h("button", { type: "button", class: "primary", "data-testid": "edit-plan", onclick: edit }, t("editPlan"))
        : null,
    );
  if (plan.status === "DRAFT" && isEditing(target)) edit();
  else view();
  const fragment = document.createDocumentFragment();
  fragment.append(
    section(t("myPlan"), "my-plan", planBox),
    section(t("reportActivity"), "activity", activityForm(plan)),
    progressSection(plan),
    section(t("myEvaluation"), "my-evaluation", latestEvaluation(plan.planId)),
  );
  return fragment;
}

function progressSection(plan: Plan): HTMLElement {
  const panel = h("div", null, progressPanel(plan.planId, plan.tahun));
  const refresh = (): void => replace(panel, progressPanel(plan.planId, plan.tahun));
  return section(t("myProgress"), "my-progress", panel, plan.status === "DRAFT" ? null : realisationForm(plan, refresh));
}

function activityForm(plan: Plan): HTMLElement {
  const recent = h("div", { "data-testid": "recent-activities" });
  const refresh = (): void => replace(recent, recentActivities(plan));
  const options = [...plan.rhk.map((r) => [r.rhkId, r.uraian] as const), ["", t("activityOther")] as const];
  const form = h(
    "form",
    { class: "stack", "data-testid": "activity-form" },
    field(t("activityRhk"), select("rhkId", options, plan.rhk[0]?.rhkId ?? "", "activity-rhk")),
    field(t("activityDate"), h("input", { name: "tanggal", type: "date", required: true, min: `${plan.tahun}-01-01`, max: `${plan.tahun}-12-31`, value: dayInYear(plan.tahun), "data-testid": "activity-date" })),
    field(t("activityText"), h("textarea", { name: "uraian", rows: "3", required: true, maxlength: "2000", "data-testid": "activity-text" })),
    h(
      "div",
      { class: "row" },
      field(t("activityAmount"), h("input", { name: "jumlah", type: "number", step: "any", min: "0", inputmode: "decimal" })),
      field(t("activitySatuan"), h("input", { name: "satuan" })),
    ),
    field(t("activityEvidence"), h("input", { name: "buktiUrl", type: "url", placeholder: "https://" })),
    h("button", { type: "submit", class: "primary", "data-testid": "activity-submit" }, t("activitySubmit")),
  );
  onSubmit(form, async (data) => {
    const jumlah = formText(data, "jumlah");
    const satuan = formText(data, "satuan");
    const bukti = formText(data, "buktiUrl");
    await api("POST", `/plans/${seg(plan.planId)}/activities`, {
      body: {
        rhkId: formText(data, "rhkId") || null,
        tanggal: formText(data, "tanggal"),
        uraian: formText(data, "uraian"),
        ...(jumlah ? { jumlah: Number(jumlah) } : {}),
        ...(satuan ? { satuan } : {}),
        ...(bukti ? { buktiUrl: bukti } : {}),
      },
    });
    (form.elements.namedItem("uraian") as HTMLTextAreaElement).value = "";
    refresh();
    return t("activitySaved");
  });
  refresh();
  return h("div", { class: "stack" }, form, h("h3", null, t("recentActivities")), recent);
}

function recentActivities(plan: Plan): HTMLElement {
  return loader(async () => {
    const list = items((await api("GET", `/plans/${seg(plan.planId)}/activities`)).body).map(readActivity);
    if (list.length === 0) return h("p", { class: "muted" }, t("none"));
    const names = new Map(plan.rhk.map((r) => [r.rhkId, r.uraian]));
    const sorted = [...list].sort((a, b) => b.tanggal.localeCompare(a.tanggal)).slice(0, 5);
    return h("ul", { class: "activity-list" }, sorted.map((a) => h("li", { "data-testid": "activity-item" }, h("span", { class: "muted small" }, `${date(a.tanggal)} · ${a.rhkId ? (names.get(a.rhkId) ?? a.rhkId) : t("activityOther")}`), h("p", null, a.uraian))));
  }, "activities-loader");
}
