/**
 * An evaluation for people: the predikat the engine proposed (and the final one after
 * calibration), the plain-language explanation, strengths, weaknesses, recommended training and
 * the follow-up (tindak lanjut).
 * @module
 */
import { api, seg } from "../api.js";
import { items } from "../json.js";
import { readEvaluation } from "../results.js";
import type { Consequences, Evaluation, Finding } from "../results.js";
import { h } from "../h.js";
import type { Child } from "../h.js";
import { date, humanize, label, lang, num, pick, t } from "../i18n.js";
import type { TextKey } from "../i18n.js";
import { facts, loader, predikat } from "../ui.js";

/** The newest evaluation of a plan (the annual one first), in full. */
export function latestEvaluation(planId: string): HTMLElement {
  return loader(async () => {
    const list = items((await api("GET", `/plans/${seg(planId)}/evaluations`)).body).flatMap((e) => readEvaluation(e) ?? []);
    const best = newest(list);
    if (!best) return h("p", { class: "muted", "data-testid": "no-evaluation" }, t("noEvaluation"));
    return evaluationBody(await fetchEvaluation(best.evaluationId));
  }, "evaluation-loader");
}

/** The evaluation `evaluationId` in full. */
export function evaluationDetail(evaluationId: string): HTMLElement {
  return loader(async () => evaluationBody(await fetchEvaluation(evaluationId)), "evaluation-loader");
}

/** The evaluation page (`#/evaluasi/<id>`). */
export function evaluationPage(evaluationId: string): HTMLElement {
  return h(
    "section",
    { class: "card", "data-testid": "evaluation-page" },
    h("p", null, h("a", { href: "#/", class: "back" }, `← ${t("back")}`)),
    h("h2", null, t("evaluation")),
    evaluationDetail(evaluationId),
  );
}

/** Renders a loaded evaluation. */
export function evaluationBody(e: Evaluation): HTMLElement {
  const final = e.predikatFinal ?? e.predikat;
  return h(
    "div",
    { class: "evaluation", "data-testid": "evaluation", "data-evaluation-id": e.evaluationId },
    h(
      "div",
      { class: "predikat-box" },
      h("p", { class: "muted" }, e.calibrationId ? t("predikatFinal") : t("predikatProposed")),
      final ? predikat(final, "predikat-final") : h("span", null, "—"),
      e.predikatFinal && e.predikatFinal !== e.predikat && e.predikat
        ? h("p", { class: "muted", "data-testid": "predikat-proposed" }, `${t("predikatProposed")}: `, predikat(e.predikat))
        : h("span", { hidden: true, "data-testid": "predikat-proposed", "data-code": e.predikat ?? "" }),
      e.calibrationId ? h("p", { class: "muted small" }, t("calibratedBy", { id: e.calibrationId.slice(0, 8) })) : null,
    ),
    facts([
      [t("evaluatedAt"), e.evaluatedAt ? date(e.evaluatedAt) : "—"],
      [t("policyUsed"), e.policy || "—"],
    ]),
    h("h3", null, t("whyPredikat")),
    h("p", { "data-testid": "why" }, whyText(e, final)),
    e.explanation ? h("details", { class: "explanation" }, h("summary", null, t("explanationDetails")), h("pre", { "data-testid": "explanation" }, pick(e.explanation))) : null,
    findingList("strengths", "strengths", e.strengths),
    findingList("weaknesses", "weaknesses", e.weaknesses),
    findingList("training", "training", e.training),
    e.consequences ? consequencesBox(e.consequences) : null,
  );
}

/** The plain-language reason: capaian → rating hasil kerja, with the behaviour rating → predikat. */
function whyText(e: Evaluation, final: string | null): string {
  const parts: string[] = [];
  if (e.capaian !== null) parts.push(t("whyCapaian", { capaian: num(e.capaian) }));
  if (e.ratingHasilKerja) parts.push(t(e.ratingFromCapaian ? "whyRatingFromCapaian" : "whyRatingBySupervisor", { rating: label("rating_", e.ratingHasilKerja) }));
  if (e.predikat) parts.push(t("whyKuadran", { predikat: label("predikat_", e.predikat) }));
  if (final && e.predikat && final !== e.predikat) parts.push(t("whyCalibrated", { predikat: label("predikat_", final) }));
  return parts.join(" ");
}

async function fetchEvaluation(evaluationId: string): Promise<Evaluation> {
  const reply = await api("GET", `/evaluations/${seg(evaluationId)}`, { query: { lang: lang() } });
  const e = readEvaluation(reply.body);
  if (!e) throw new Error("evaluation body without evaluationId");
  return e;
}

function newest(list: readonly Evaluation[]): Evaluation | undefined {
  const annual = list.filter((e) => /^\d{4}$/.test(e.periode));
  const pool = annual.length > 0 ? annual : list;
  return [...pool].sort((a, b) => b.evaluatedAt.localeCompare(a.evaluatedAt))[0];
}

function findingList(key: TextKey, testid: string, list: readonly Finding[]): HTMLElement {
  const body: Child =
    list.length === 0
      ? h("p", { class: "muted" }, t("none"))
      : h(
          "ul",
          null,
          list.map((f) => h("li", null, f.title ? h("strong", null, pick(f.title)) : null, f.extra ? h("span", { class: "muted small" }, ` (${f.extra})`) : null, f.title && f.text ? h("br") : null, f.text ? pick(f.text) : null)),
        );
  return h("div", { class: "findings", "data-testid": testid }, h("h3", null, t(key)), body);
}

function consequencesBox(c: Consequences): HTMLElement {
  return h(
    "div",
    { class: "findings", "data-testid": "consequences" },
    h("h3", null, t("consequences")),
    c.events.length > 0 ? h("ul", null, c.events.map((e) => h("li", null, humanize(e)))) : null,
    c.explanation ? h("details", { class: "explanation" }, h("summary", null, t("showDetails")), h("pre", null, c.explanation)) : null,
  );
}
