/**
 * The draft plan editor: RHK with their indicators, added and removed freely, saved with
 * POST /plans (new) or PUT /plans/:planId with If-Match (a draft being revised).
 * @module
 */
import { api, seg } from "../api.js";
import { readPlan } from "../records.js";
import type { Plan } from "../records.js";
import { h, replace } from "../h.js";
import { label, t } from "../i18n.js";
import { field, onSubmit, select } from "../ui.js";

interface DraftIki {
  indikatorId: string | undefined;
  uraian: string;
  target: string;
  satuan: string;
  polaritas: string;
  bobot: string;
}

interface DraftRhk {
  rhkId: string | undefined;
  uraian: string;
  parentRhkId: string;
  jenis: string;
  indikator: DraftIki[];
}

/** Where the editor saves to. */
export interface EditorTarget {
  readonly nip: string;
  readonly tahun: number;
  /** The draft being revised, or `null` for a new plan. */
  readonly plan: Plan | null;
}

/** The editor; `saved` runs with the stored plan and whether it was submitted to the supervisor. */
export function planEditor(target: EditorTarget, saved: (plan: Plan, submitted: boolean) => void, cancel: () => void): HTMLElement {
  const key = draftKey(target);
  const model: DraftRhk[] = open?.key === key ? open.model : target.plan ? target.plan.rhk.map(toDraft) : [emptyRhk()];
  open = { key, model };
  const list = h("div", { class: "rhk-editor" });
  const redraw = (): void => replace(list, model.map((r, i) => rhkFieldset(r, i, model, redraw)));
  redraw();
  const form = h(
    "form",
    { class: "stack", "data-testid": "plan-editor", novalidate: false },
    list,
    h("button", { type: "button", class: "secondary", "data-testid": "add-rhk", onclick: () => (model.push(emptyRhk()), redraw()) }, `+ ${t("addRhk")}`),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "secondary", name: "intent", value: "save", "data-testid": "save-plan" }, t("savePlan")),
      h("button", { type: "submit", class: "primary", name: "intent", value: "submit", "data-testid": "submit-plan" }, t("submitPlan")),
      h("button", { type: "button", class: "link", onclick: () => ((open = null), cancel()) }, t("cancel")),
    ),
  );
  onSubmit(form, async (_data, submitter) => {
    const rhk = model.map(toInput);
    const reply = target.plan
      ? await api("PUT", `/plans/${seg(target.plan.planId)}`, { body: { rhk }, ifMatch: target.plan.rowVersion })
      : await api("POST", "/plans", { body: { nip: target.nip, tahun: target.tahun, rhk } });
    const plan = readPlan(reply.body);
    if (!plan) throw new Error("plan body without planId");
    open = null;
    saved(plan, submitter?.getAttribute("value") === "submit");
    return null;
  });
  return form;
}

/** Whether an editor for `target` is open (it is reopened, with its entries, when the screen is redrawn — e.g. on a language switch). */
export function isEditing(target: EditorTarget): boolean {
  return open?.key === draftKey(target);
}

/** The editor being filled in, kept across redraws of the screen. */
let open: { readonly key: string; readonly model: DraftRhk[] } | null = null;

function draftKey(target: EditorTarget): string {
  return `${target.nip}:${target.tahun}:${target.plan?.planId ?? "new"}`;
}

function rhkFieldset(r: DraftRhk, index: number, model: DraftRhk[], redraw: () => void): HTMLElement {
  const bind = <K extends keyof DraftRhk>(key: K, el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): typeof el => {
    el.addEventListener("input", () => ((r as unknown as Record<string, string>)[key] = el.value));
    return el;
  };
  return h(
    "fieldset",
    { class: "rhk-fieldset", "data-testid": `rhk-editor-${index}` },
    h("legend", null, `${t("rhk")} ${index + 1}`),
    field(t("rhkUraian"), bind("uraian", h("textarea", { name: `rhk-${index}-uraian`, rows: "2", required: true, value: r.uraian }))),
    h(
      "div",
      { class: "row" },
      field(t("rhkJenis"), bind("jenis", select(`rhk-${index}-jenis`, (["UTAMA", "TAMBAHAN"] as const).map((j) => [j, label("jenis_", j)] as const), r.jenis))),
      field(t("rhkParent"), bind("parentRhkId", h("input", { name: `rhk-${index}-parent`, value: r.parentRhkId, autocomplete: "off" })), t("rhkParentHelp")),
    ),
    h("p", { class: "subhead" }, t("indikator")),
    r.indikator.map((k, j) => ikiFields(k, index, j, r, redraw)),
    h("button", { type: "button", class: "secondary small", onclick: () => (r.indikator.push(emptyIki()), redraw()) }, `+ ${t("addIndikator")}`),
    model.length > 1 ? h("button", { type: "button", class: "danger small", onclick: () => (model.splice(index, 1), redraw()) }, t("removeRhk")) : null,
  );
}

function ikiFields(k: DraftIki, i: number, j: number, r: DraftRhk, redraw: () => void): HTMLElement {
  const bind = (key: keyof DraftIki, el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): typeof el => {
    el.addEventListener("input", () => ((k as unknown as Record<string, string>)[key] = el.value));
    return el;
  };
  const p = `rhk-${i}-iki-${j}`;
  return h(
    "div",
    { class: "iki-editor", "data-testid": `iki-editor-${i}-${j}` },
    field(t("indikatorUraian"), bind("uraian", h("input", { name: `${p}-uraian`, required: true, value: k.uraian }))),
    h(
      "div",
      { class: "row" },
      field(t("target"), bind("target", h("input", { name: `${p}-target`, type: "number", step: "any", min: "0", required: true, inputmode: "decimal", value: k.target }))),
      field(t("satuan"), bind("satuan", h("input", { name: `${p}-satuan`, required: true, value: k.satuan }))),
    ),
    h(
      "div",
      { class: "row" },
      field(t("polaritas"), bind("polaritas", select(`${p}-polaritas`, (["NAIK", "TURUN", "RENTANG"] as const).map((x) => [x, label("polaritas_", x)] as const), k.polaritas))),
      field(t("bobot"), bind("bobot", h("input", { name: `${p}-bobot`, type: "number", step: "any", min: "0", max: "100", inputmode: "decimal", value: k.bobot }))),
    ),
    r.indikator.length > 1 ? h("button", { type: "button", class: "danger small", onclick: () => (r.indikator.splice(j, 1), redraw()) }, t("removeIndikator")) : null,
  );
}

function toDraft(r: Plan["rhk"][number]): DraftRhk {
  return {
    rhkId: r.rhkId,
    uraian: r.uraian,
    parentRhkId: r.parentRhkId ?? "",
    jenis: r.jenis,
    indikator: r.indikator.map((k) => ({ indikatorId: k.indikatorId, uraian: k.uraian, target: String(k.target), satuan: k.satuan, polaritas: k.polaritas, bobot: k.bobot === null ? "" : String(k.bobot) })),
  };
}

function toInput(r: DraftRhk): Record<string, unknown> {
  return {
    ...(r.rhkId ? { rhkId: r.rhkId } : {}),
    uraian: r.uraian.trim(),
    parentRhkId: r.parentRhkId.trim() || null,
    jenis: r.jenis,
    indikator: r.indikator.map((k) => ({
      ...(k.indikatorId ? { indikatorId: k.indikatorId } : {}),
      uraian: k.uraian.trim(),
      target: Number(k.target),
      satuan: k.satuan.trim(),
      polaritas: k.polaritas,
      bobot: k.bobot.trim() === "" ? null : Number(k.bobot),
    })),
  };
}

function emptyRhk(): DraftRhk {
  return { rhkId: undefined, uraian: "", parentRhkId: "", jenis: "UTAMA", indikator: [emptyIki()] };
}

function emptyIki(): DraftIki {
  return { indikatorId: undefined, uraian: "", target: "", satuan: "", polaritas: "NAIK", bobot: "" };
}
