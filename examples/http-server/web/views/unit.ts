/**
 * The unit admin's screen: the unit's predikat distribution against the SE MenPANRB 3/2023
 * curve (table and the server's SVG chart) and the calibration proposal — who moves from which
 * predikat to which, why, with its warnings — to accept or reject (If-Match with its rowVersion).
 * @module
 */
import { api, ApiError, apiText, seg } from "../api.js";
import { items, obj, str } from "../json.js";
import { readEmployee } from "../records.js";
import { readCalibration, readDistribution } from "../results.js";
import type { Calibration, Distribution } from "../results.js";
import { h, replace } from "../h.js";
import { date, label, lang, percent, pick, t } from "../i18n.js";
import type { Session } from "../session.js";
import { badge, errorBox, field, formText, loader, notice, onSubmit, predikat, section, select } from "../ui.js";

/** The unit screen for the session's year: the admin's unit, or one of the units below it. */
export function unitView(session: Session): HTMLElement {
  const own = session.principal.unitId ?? "";
  const content = h("div", { class: "stack" });
  const show = (unitId: string): void => {
    selectedUnit = unitId;
    replace(content, unitBody(unitId, session.tahun, unitId !== own));
  };
  const root = h("div", { class: "stack", "data-testid": "unit-view" }, unitPicker(own, show), content);
  show(selectedUnit && selectedUnit !== own ? selectedUnit : own);
  return root;
}

/** The unit chosen in the picker (kept while the page is open). */
let selectedUnit: string | null = null;

/** A picker of the admin's unit and the units below it (hidden when there is only one). */
function unitPicker(own: string, show: (unitId: string) => void): HTMLElement {
  const box = h("div", null, h("h1", { class: "page-title" }, t("unitTitle", { unit: own })));
  void api("GET", "/units", { query: { limit: 1000 } }).then(
    (reply) => {
      const units = items(reply.body).map(obj);
      const children = new Map<string, string[]>();
      for (const u of units) {
        const parent = str(u, "parentId");
        if (parent) children.set(parent, [...(children.get(parent) ?? []), str(u, "unitId") ?? ""]);
      }
      const names = new Map(units.map((u) => [str(u, "unitId") ?? "", str(u, "nama") ?? ""]));
      const below = descendants(own, children);
      if (below.length === 0) {
        replace(box, h("h1", { class: "page-title" }, names.get(own) || own));
        return;
      }
      const picker = select("unitId", [own, ...below].map((id) => [id, names.get(id) || id] as const), selectedUnit ?? own, "unit-picker");
      picker.addEventListener("change", () => show(picker.value));
      replace(box, field(t("unitPick"), picker));
    },
    () => undefined, // the title stays; the sections below show their own errors
  );
  return box;
}

function descendants(unitId: string, children: ReadonlyMap<string, readonly string[]>): string[] {
  return (children.get(unitId) ?? []).flatMap((c) => [c, ...descendants(c, children)]);
}

/** Distribution and calibration of one unit; both are redrawn after a decision. */
function unitBody(unitId: string, tahun: number, canSetPredikat: boolean): DocumentFragment {
  const distributionBox = h("div", null);
  const calibrationBox = h("div", { "data-testid": "calibration-box" });
  const refresh = (flash: string | null): void => {
    replace(distributionBox, distributionPanel(unitId, tahun, canSetPredikat, refresh));
    replace(calibrationBox, calibrationPanel(unitId, tahun, flash, refresh));
  };
  refresh(null);
  const fragment = document.createDocumentFragment();
  fragment.append(section(t("distribution"), "distribution", distributionBox), section(t("calibration"), "calibration", calibrationBox));
  return fragment;
}

function distributionPanel(unitId: string, tahun: number, canSetPredikat: boolean, refresh: (flash: string | null) => void): HTMLElement {
  return loader(async () => {
    let d: Distribution;
    let svg: string;
    try {
      [d, svg] = await Promise.all([
        api("GET", `/units/${seg(unitId)}/distribution`, { query: { tahun } }).then((r) => readDistribution(r.body)),
        apiText(`/units/${seg(unitId)}/distribution.svg`, { tahun, lang: lang() }),
      ]);
    } catch (error) {
      // a unit without its predikat organisasi for the year: an admin above it may set it here
      if (!(error instanceof ApiError && error.code === "CONFLICT" && canSetPredikat)) throw error;
      return h("div", { class: "stack" }, errorBox(error), predikatForm(unitId, tahun, refresh));
    }
    return h(
      "div",
      { class: "stack" },
      d.unitNama ? h("p", { class: "muted" }, d.unitNama, d.predikatOrganisasi ? ` · ${t("predikatOrganisasi")}: ${label("predikat_", d.predikatOrganisasi)}` : "") : null,
      // the SVG goes into an <img> as a data: URL: an image never runs scripts, whatever it holds
      h("img", { class: "chart", src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, alt: t("distributionChart"), "data-testid": "distribution-chart" }),
      h("p", null, `${t("headcount")}: `, h("strong", { "data-testid": "headcount" }, String(d.headcount)), d.basis === "CALIBRATED" ? h("span", { class: "muted" }, ` · ${t("basisCalibrated")}`) : null),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "table", "data-testid": "distribution-table" },
          h("thead", null, h("tr", null, h("th", { scope: "col" }, t("predikat")), h("th", { scope: "col" }, t("count")), h("th", { scope: "col" }, t("share")))),
          h(
            "tbody",
            null,
            d.counts.map((c) =>
              h(
                "tr",
                { class: c.withinBand ? null : "out-of-band", "data-testid": `band-${c.category}`, "data-within": String(c.withinBand) },
                h("th", { scope: "row" }, c.label ? pick(c.label) : label("predikat_", c.category)),
                h("td", null, String(c.count)),
                h(
                  "td",
                  null,
                  percent(c.share),
                  c.withinBand ? null : h("span", { "aria-hidden": "true" }, " ⚠"),
                  c.minShare !== null && c.maxShare !== null ? h("span", { class: "band" }, `${t("allowed")} ${percent(c.minShare)}–${percent(c.maxShare)}`) : null,
                  c.withinBand ? null : h("span", { class: "sr-only" }, ` ${t("outOfBand")}`),
                ),
              ),
            ),
          ),
        ),
      ),
      d.compliant
        ? notice(t("compliant"), "distribution-compliant")
        : h("div", { class: "alert alert-warn", "data-testid": "distribution-violations" }, h("p", null, t("notCompliant")), h("ul", null, d.violations.map((v) => h("li", null, pick(v))))),
    );
  }, "distribution-loader");
}

const PREDIKAT_ORGANISASI = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;

/** Sets the unit's predikat organisasi for the year (PUT /units/:unitId/predikat/:tahun). */
function predikatForm(unitId: string, tahun: number, refresh: (flash: string | null) => void): HTMLFormElement {
  const form = h(
    "form",
    { class: "stack", "data-testid": "predikat-form" },
    field(t("setPredikatOrganisasi", { tahun }), select("predikat", PREDIKAT_ORGANISASI.map((p) => [p, label("predikat_", p)] as const), "BAIK", "predikat-organisasi")),
    h("button", { type: "submit", class: "primary" }, t("save")),
  );
  onSubmit(form, async (data) => {
    await api("PUT", `/units/${seg(unitId)}/predikat/${tahun}`, { body: { predikat: formText(data, "predikat") } });
    refresh(null);
    return null;
  });
  return form;
}

function calibrationPanel(unitId: string, tahun: number, flash: string | null, refresh: (flash: string | null) => void): HTMLElement {
  return loader(async () => {
    const list = items((await api("GET", `/units/${seg(unitId)}/calibrations`, { query: { tahun } })).body).flatMap((c) => readCalibration(c) ?? []);
    const latest = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const names = await employeeNames(unitId);
    const propose = h("button", { type: "button", class: latest ? "secondary" : "primary", "data-testid": "propose-calibration" }, t("proposeCalibration"));
    const proposeStatus = h("div", { "aria-live": "polite" });
    propose.addEventListener("click", () => {
      propose.disabled = true;
      api("POST", `/units/${seg(unitId)}/calibrations`, { body: { tahun } }).then(
        () => refresh(null),
        (error: unknown) => {
          propose.disabled = false;
          replace(proposeStatus, errorBox(error));
        },
      );
    });
    return h(
      "div",
      { class: "stack" },
      flash ? notice(flash, "calibration-notice") : null,
      latest ? proposalView(latest, names, refresh) : h("p", { class: "muted", "data-testid": "no-calibration" }, t("calibrationNone")),
      !latest || latest.status !== "PROPOSED" ? propose : null,
      proposeStatus,
    );
  }, "calibration-loader");
}

function proposalView(c: Calibration, names: ReadonlyMap<string, string>, refresh: (flash: string | null) => void): HTMLElement {
  return h(
    "div",
    { class: "stack proposal", "data-testid": "proposal", "data-calibration-id": c.calibrationId, "data-status": c.status },
    h("p", null, badge("calibrationStatus_", c.status, "calibration-status"), " ", c.proposalStatus ? h("span", { class: "muted" }, label("proposal_", c.proposalStatus)) : null),
    c.summary ? h("p", { "data-testid": "proposal-summary" }, pick(c.summary)) : null,
    c.changes.length === 0
      ? h("p", { class: "muted" }, t("noChanges"))
      : h(
          "ul",
          { class: "changes", "data-testid": "proposal-changes" },
          c.changes.map((x) =>
            h(
              "li",
              { class: "change", "data-testid": `change-${x.id}` },
              h("p", { class: "change-who" }, h("strong", null, x.nama ?? names.get(x.id) ?? x.id), h("span", { class: "muted small" }, ` ${x.id}`)),
              h("p", { class: "change-move" }, h("span", { class: "sr-only" }, `${t("from")} `), predikat(x.from), " → ", h("span", { class: "sr-only" }, `${t("to")} `), predikat(x.to)),
              x.reason ? h("p", { class: "small" }, h("span", { class: "muted" }, `${t("why")}: `), pick(x.reason)) : null,
              x.flags.length > 0 ? h("ul", { class: "flags", "aria-label": t("flags") }, x.flags.map((f) => h("li", { class: "flag" }, `⚠ ${label("flag_", f)}`))) : null,
            ),
          ),
        ),
    c.status === "PROPOSED" ? decisionForm(c, refresh) : c.decidedAt ? h("p", { class: "muted" }, t("decidedBy", { who: c.decidedBy ?? "—", at: date(c.decidedAt) }), c.catatan ? ` — ${c.catatan}` : "") : null,
  );
}

function decisionForm(c: Calibration, refresh: (flash: string | null) => void): HTMLFormElement {
  const form = h(
    "form",
    { class: "stack", "data-testid": "decision-form" },
    field(t("decisionNote"), h("textarea", { name: "catatan", rows: "2", maxlength: "2000" })),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", name: "decision", value: "ACCEPTED", "data-testid": "accept-calibration" }, t("accept")),
      h("button", { type: "submit", class: "danger", name: "decision", value: "REJECTED", "data-testid": "reject-calibration" }, t("reject")),
    ),
  );
  onSubmit(form, async (data, submitter) => {
    const decision = submitter?.getAttribute("value") === "REJECTED" ? "REJECTED" : "ACCEPTED";
    const catatan = formText(data, "catatan");
    await api("POST", `/calibrations/${seg(c.calibrationId)}/decision`, { body: { decision, ...(catatan ? { catatan } : {}) }, ifMatch: c.rowVersion });
    refresh(t("decided", { status: label("calibrationStatus_", decision) }));
    return null;
  });
  return form;
}

/** NIP → name of the unit's employees (best effort: an empty map when the list is not available). */
async function employeeNames(unitId: string): Promise<ReadonlyMap<string, string>> {
  try {
    const list = items((await api("GET", "/employees", { query: { unitId, limit: 1000 } })).body).flatMap((e) => readEmployee(e) ?? []);
    return new Map(list.map((e) => [e.nip, e.nama]));
  } catch {
    return new Map();
  }
}
