/**
 * Shared pieces of the screens: sections, labelled fields, badges, error and status boxes, and
 * a loader that shows progress, the result or the error with a retry button.
 * @module
 */
import { ApiError } from "./api.js";
import { h, replace } from "./h.js";
import type { Child } from "./h.js";
import { label, pick, pickOther, t } from "./i18n.js";
import type { LocalizedText, TextKey } from "./i18n.js";

let nextId = 0;

/** A unique element id for label/control pairs. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A titled card. */
export function section(title: string, testid: string, ...children: Child[]): HTMLElement {
  const id = uid("h");
  return h("section", { class: "card", "data-testid": testid, "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

/** A label above its control (the control gets an id when it has none). */
export function field(text: string, control: HTMLElement, help?: string): HTMLElement {
  if (!control.id) control.id = uid("f");
  const helpId = help ? uid("help") : null;
  if (helpId) control.setAttribute("aria-describedby", helpId);
  return h("div", { class: "field" }, h("label", { for: control.id }, text), control, helpId ? h("p", { class: "help", id: helpId }, help) : null);
}

/** A `<select>` of `[value, label]` options. */
export function select(name: string, options: readonly (readonly [string, string])[], value: string, testid?: string): HTMLSelectElement {
  return h("select", { name, value, "data-testid": testid }, ...options.map(([v, text]) => h("option", { value: v }, text)));
}

/** A coloured badge for a status code (progress flag, plan status, predikat). */
export function badge(prefix: string, code: string, testid?: string): HTMLElement {
  return h("span", { class: `badge badge-${code.toLowerCase().replace(/_/g, "-")}`, "data-testid": testid, "data-code": code }, label(prefix, code));
}

/** A predikat badge (`SANGAT_BAIK` → "Sangat Baik"). */
export function predikat(code: string, testid?: string): HTMLElement {
  return badge("predikat_", code, testid);
}

/** An alert box for an error: the message in the chosen language, the other one beneath, and every issue. */
export function errorBox(error: unknown): HTMLElement {
  const api = error instanceof ApiError ? error : null;
  const text: LocalizedText = api ? api.text : { id: t("errorUnexpected"), en: t("errorUnexpected") };
  if (!api) console.error(error);
  return h(
    "div",
    { class: "alert alert-error", role: "alert", "data-testid": "error", "data-code": api?.code ?? "UNKNOWN" },
    h("strong", null, pick(text)),
    pickOther(text) !== pick(text) ? h("p", { class: "other-lang", lang: otherLang() }, pickOther(text)) : null,
    api && api.issues.length > 0
      ? h(
          "ul",
          { class: "issues" },
          api.issues.map((i) => h("li", null, i.path.length > 0 ? h("code", null, i.path.join(".")) : null, i.path.length > 0 ? " — " : null, pick(i.message))),
        )
      : null,
  );
}

/** A polite status line ("Tersimpan."). */
export function notice(text: string, testid = "notice"): HTMLElement {
  return h("p", { class: "alert alert-ok", role: "status", "data-testid": testid }, text);
}

/** A box that shows `t("loading")`, then what `load` builds, or the error with a retry button. */
export function loader(load: () => Promise<Child>, testid?: string): HTMLElement {
  const box = h("div", { class: "loader", "data-testid": testid, "aria-busy": "true" });
  const run = (): void => {
    box.setAttribute("aria-busy", "true");
    replace(box, h("p", { class: "muted" }, t("loading")));
    load().then(
      (content) => {
        box.setAttribute("aria-busy", "false");
        replace(box, content);
      },
      (error: unknown) => {
        box.setAttribute("aria-busy", "false");
        replace(box, errorBox(error), h("button", { type: "button", class: "secondary", onclick: run }, t("retry")));
      },
    );
  };
  run();
  return box;
}

/**
 * Wires a form: on submit, disables its buttons, runs `action`, then shows the returned notice
 * (or the error) in the form's status area.
 */
export function onSubmit(form: HTMLFormElement, action: (data: FormData, submitter: HTMLElement | null) => Promise<string | null>): HTMLElement {
  const status = h("div", { class: "form-status", "aria-live": "polite" });
  form.append(status);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter ?? null;
    const buttons = [...form.querySelectorAll("button")];
    for (const b of buttons) b.disabled = true;
    replace(status, h("p", { class: "muted" }, t("saving")));
    action(new FormData(form), submitter).then(
      (message) => {
        for (const b of buttons) b.disabled = false;
        replace(status, message ? notice(message) : null);
      },
      (error: unknown) => {
        for (const b of buttons) b.disabled = false;
        replace(status, errorBox(error));
      },
    );
  });
  return status;
}

/** A button of the text `key`. */
export function button(key: TextKey, attrs: Readonly<Record<string, string | boolean | ((e: Event) => void)>> = {}): HTMLButtonElement {
  return h("button", { type: "button", ...attrs }, t(key));
}

/** A definition list of `[term, value]` rows. */
export function facts(rows: readonly (readonly [string, Child])[]): HTMLElement {
  return h("dl", { class: "facts" }, rows.map(([term, value]) => [h("dt", null, term), h("dd", null, value)]));
}

/** Reads a trimmed text entry of a form. */
export function formText(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === "string" ? v.trim() : "";
}

function otherLang(): string {
  return document.documentElement.lang === "en" ? "id" : "en";
}
