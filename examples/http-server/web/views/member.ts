/**
 * A team member seen by their supervisor: the plan (agree it when it is a draft), progress,
 * feedback on an RHK, BerAKHLAK behaviour ratings, and the evaluation: the supervisor gives
 * ratingPerilaku (and ratingHasilKerja when the policy asks for it) and sees the predikat the
 * engine proposes with its explanation.
 * @module
 */
import { api, seg } from "../api.js";
import { items } from "../json.js";
import { readBehaviour, readEmployee, readFeedback } from "../records.js";
import { readEvaluation } from "../results.js";
import type { Behaviour, Plan } from "../records.js";
import { dayInYear, monthOf } from "../dates.js";
import { h, replace } from "../h.js";
import { date, label, t } from "../i18n.js";
import type { Session } from "../session.js";
import { badge, errorBox, field, formText, loader, notice, onSubmit, section, select } from "../ui.js";
import { loadPlan } from "./employee.js";
import { evaluationDetail, latestEvaluation } from "./evaluation.js";
import { planBody } from "./plan-view.js";
import { progressPanel } from "./progress.js";

const NILAI_DASAR = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"] as const;
const RATINGS = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] as const;
const JENIS_UB = ["APRESIASI", "PERBAIKAN", "ARAHAN"] as const;

/** The member page `#/tim/<nip>`. */
export function memberView(session: Session, nip: string): HTMLElement {
  const root = h("div", { class: "stack", "data-testid": "member-view" });
  const show = (flash: string | null): void => {
    replace(
      root,
      h("p", null, h("a", { href: "#/tim", class: "back", "data-testid": "back-to-team" }, `← ${t("back")}`)),
      loader(async () => {
        const [employee, plan] = await Promise.all([api("GET", `/employees/${seg(nip)}`).then((r) => readEmployee(r.body)), loadPlan(nip, session.tahun)]);
        const nama = employee?.nama ?? nip;
        if (!plan) return section(t("planOf", { name: nama }), "member-plan", h("p", null, t("noPlan", { tahun: session.tahun })));
        return memberBody(nama, plan, flash, show);
      }),
    );
  };
  show(null);
  return root;
}

function memberBody(nama: string, plan: Plan, flash: string | null, show: (flash: string | null) => void): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const agree =
    plan.status === "DRAFT"
      ? h("button", { type: "button", class: "primary", "data-testid": "agree-plan" }, t("agreePlan"))
      : null;
  const agreeStatus = h("div", { "aria-live": "polite" });
  agree?.addEventListener("click", () => {
    agree.disabled = true;
    api("POST", `/plans/${seg(plan.planId)}/agree`, { ifMatch: plan.rowVersion }).then(
      () => show(t("planAgreed")),
      (error: unknown) => {
        agree.disabled = false;
        replace(agreeStatus, errorBox(error));
      },
    );
  });
  fragment.append(
    section(t("planOf", { name: nama }), "member-plan", flash ? notice(flash, "member-notice") : null, planBody(plan), agree, agreeStatus),
    section(t("progressOf"), "member-progress", progressPanel(plan.planId, plan.tahun)),
    section(t("feedback"), "feedback", feedbackPanel(plan)),
    section(t("behaviour"), "behaviour", behaviourPanel(plan)),
    section(t("evaluate"), "evaluate", evaluatePanel(plan)),
  );
  return fragment;
}

function feedbackPanel(plan: Plan): HTMLElement {
  const list = h("div", { "data-testid": "feedback-list" });
  const names = new Map(plan.rhk.map((r) => [r.rhkId, r.uraian]));
  const refresh = (): void =>
    replace(
      list,
      loader(async () => {
        const entries = items((await api("GET", `/plans/${seg(plan.planId)}/feedback`)).body).map(readFeedback);
        if (entries.length === 0) return h("p", { class: "muted" }, t("none"));
        const sorted = [...entries].sort((a, b) => b.tanggal.localeCompare(a.tanggal));
        return h("ul", { class: "feedback-list" }, sorted.map((f) => h("li", { "data-testid": "feedback-item" }, h("span", { class: "muted small" }, `${date(f.tanggal)} · `, badge("jenisUb_", f.jenis), ` · ${f.rhkId ? (names.get(f.rhkId) ?? f.rhkId) : t("feedbackWhole")}`), h("p", null, f.teks))));
      }),
    );
  const options = [...plan.rhk.map((r) => [r.rhkId, r.uraian] as const), ["", t("feedbackWhole")] as const];
  const form = h(
    "form",
    { class: "stack", "data-testid": "feedback-form" },
    field(t("feedbackRhk"), select("rhkId", options, plan.rhk[0]?.rhkId ?? "", "feedback-rhk")),
    field(t("feedbackJenis"), select("jenis", JENIS_UB.map((j) => [j, label("jenisUb_", j)] as const), "ARAHAN", "feedback-jenis")),
    field(t("feedbackText"), h("textarea", { name: "teks", rows: "3", required: true, maxlength: "2000", "data-testid": "feedback-text" })),
    h("button", { type: "submit", class: "primary", "data-testid": "feedback-submit" }, t("feedbackSubmit")),
  );
  onSubmit(form, async (data) => {
    const tanggal = dayInYear(plan.tahun);
    await api("POST", `/plans/${seg(plan.planId)}/feedback`, {
      body: { rhkId: formText(data, "rhkId") || null, periode: monthOf(tanggal), tanggal, jenis: formText(data, "jenis"), teks: formText(data, "teks") },
    });
    (form.elements.namedItem("teks") as HTMLTextAreaElement).value = "";
    refresh();
    return t("feedbackSaved");
  });
  refresh();
  return h("div", { class: "stack" }, form, list);
}

function behaviourPanel(plan: Plan): HTMLElement {
  const periode = String(plan.tahun);
  return loader(async () => {
    const existing = items((await api("GET", `/plans/${seg(plan.planId)}/behaviour`)).body)
      .map(readBehaviour)
      .find((b) => b.periode === periode);
    return behaviourForm(plan, periode, existing ?? null);
  }, "behaviour-loader");
}

function behaviourForm(plan: Plan, periode: string, existing: Behaviour | null): HTMLElement {
  let current = existing;
  const choices = [["", t("notAssessed")] as const, ...RATINGS.map((r) => [r, label("rating_", r)] as const)];
  const form = h(
    "form",
    { class: "stack", "data-testid": "behaviour-form" },
    h("p", { class: "muted" }, t("behaviourIntro")),
    h("div", { class: "grid2" }, NILAI_DASAR.map((n) => field(label("nilai_", n), select(n, choices, current?.ratings[n] ?? "", `behaviour-${n}`)))),
    h("button", { type: "submit", class: "primary", "data-testid": "behaviour-submit" }, t("behaviourSave")),
  );
  onSubmit(form, async (data) => {
    const ratings: Record<string, string> = {};
    for (const n of NILAI_DASAR) {
      const v = formText(data, n);
      if (v) ratings[n] = v;
    }
    const reply = await api("PUT", `/plans/${seg(plan.planId)}/behaviour/${seg(periode)}`, { body: { ratings }, ifMatch: current?.rowVersion });
    current = readBehaviour(reply.body);
    return t("behaviourSaved");
  });
  return form;
}

function evaluatePanel(plan: Plan): HTMLElement {
  const periode = String(plan.tahun);
  const result = h("div", { "data-testid": "evaluate-result" }, latestEvaluation(plan.planId));
  // the engine evaluates an AGREED plan once a year (the annual evaluation moves it to EVALUATED)
  if (plan.status !== "AGREED") return h("div", { class: "stack" }, h("p", { class: "muted" }, plan.status === "DRAFT" ? t("evaluateNeedsAgreed") : t("alreadyEvaluated", { tahun: plan.tahun })), result);
  const form = h(
    "form",
    { class: "stack", "data-testid": "evaluate-form" },
    h("p", { class: "muted" }, t("evaluateIntro")),
    field(t("ratingPerilaku"), select("ratingPerilaku", RATINGS.map((r) => [r, label("rating_", r)] as const), "SESUAI_EKSPEKTASI", "rating-perilaku")),
    field(t("ratingHasilKerja"), select("ratingHasilKerja", [["", t("ratingAuto")] as const, ...RATINGS.map((r) => [r, label("rating_", r)] as const)], "", "rating-hasil-kerja")),
    h("button", { type: "submit", class: "primary", "data-testid": "evaluate-submit" }, t("evaluateSubmit")),
  );
  onSubmit(form, async (data) => {
    const hasil = formText(data, "ratingHasilKerja");
    const reply = await api("POST", `/plans/${seg(plan.planId)}/evaluations`, {
      body: { periode, ratingPerilaku: formText(data, "ratingPerilaku"), ...(hasil ? { ratingHasilKerja: hasil } : {}) },
    });
    const e = readEvaluation(reply.body);
    replace(result, e ? evaluationDetail(e.evaluationId) : latestEvaluation(plan.planId));
    // one annual evaluation per plan: the form gives way to its result (the status line stays)
    for (const el of [...form.children]) if (!el.classList.contains("form-status")) el.remove();
    return t("evaluated");
  });
  return h("div", { class: "stack" }, form, result);
}
