/**
 * The web app's entry: the layout (header with year picker, language switch and logout; tabs
 * per role) and a hash router over the screens.
 * @module
 */
import { setUnauthenticatedHandler, token } from "./api.js";
import { h, replace } from "./h.js";
import { lang, setLang, t } from "./i18n.js";
import type { TextKey } from "./i18n.js";
import { hasRole, loadSession, logout, setYear, yearChoices } from "./session.js";
import type { Session } from "./session.js";
import { errorBox, notice, select } from "./ui.js";
import { employeeView } from "./views/employee.js";
import { evaluationPage } from "./views/evaluation.js";
import { loginView } from "./views/login.js";
import { memberView } from "./views/member.js";
import { teamView } from "./views/team.js";
import { unitView } from "./views/unit.js";

const root = document.getElementById("app") ?? document.body;
let session: Session | null = null;
let flash: string | null = null;

/** A screen of the app. */
interface Screen {
  readonly key: string;
  readonly nav: TextKey;
  readonly allowed: (s: Session) => boolean;
}

const SCREENS: readonly Screen[] = [
  { key: "saya", nav: "navMine", allowed: (s) => s.principal.nip !== null && hasRole(s, "employee") },
  { key: "tim", nav: "navTeam", allowed: (s) => hasRole(s, "supervisor") },
  { key: "unit", nav: "navUnit", allowed: (s) => hasRole(s, "unit_admin") && s.principal.unitId !== null },
];

setUnauthenticatedHandler(() => {
  if (!session) return;
  session = null;
  logout();
  flash = t("errorSession");
  go("#/masuk");
});
window.addEventListener("hashchange", render);
document.documentElement.lang = lang();
void start();

async function start(): Promise<void> {
  if (token()) {
    try {
      session = await loadSession();
    } catch (error) {
      logout();
      replace(root, errorBox(error));
    }
  }
  render();
}

/** Renders the screen of the current hash, keeping the focus on the control that had it (by its test id) or moving it to the content. */
function render(): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset["testid"] : undefined;
  draw();
  const again = focused ? root.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`) : null;
  if (again) again.focus();
  else if (document.activeElement === document.body || document.activeElement === null) document.getElementById("main")?.focus({ preventScroll: true });
}

function draw(): void {
  const [screen = "", ...rest] = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  if (!session) {
    replace(root, header(null), h("main", { id: "main", class: "main", tabindex: "-1" }, flash ? notice(flash, "flash") : null, loginView(onLoggedIn)));
    flash = null;
    return;
  }
  const s = session;
  const allowed = SCREENS.filter((x) => x.allowed(s));
  const current = allowed.find((x) => x.key === screen) ?? (screen === "evaluasi" ? null : allowed[0]) ?? null;
  if (screen !== "evaluasi" && current && current.key !== screen) {
    location.replace(`#/${current.key}`);
    return;
  }
  replace(root, header(s), nav(allowed, screen), h("main", { id: "main", class: "main", tabindex: "-1" }, body(s, screen, rest, current)));
}

function body(s: Session, screen: string, rest: readonly string[], current: Screen | null): Node {
  if (screen === "evaluasi" && rest[0]) return evaluationPage(rest[0]);
  if (!current) return h("p", { class: "card" }, t("noView"));
  if (current.key === "saya") return employeeView(s);
  if (current.key === "tim") return rest[0] ? memberView(s, rest[0]) : teamView(s);
  return unitView(s);
}

function header(s: Session | null): HTMLElement {
  const switchLang = (): void => {
    setLang(lang() === "id" ? "en" : "id");
    render();
  };
  return h(
    "header",
    { class: "topbar" },
    h("a", { class: "skip", href: "#main", onclick: skipToContent }, t("skipToContent")),
    h("div", { class: "brand" }, h("span", { class: "logo", "aria-hidden": "true" }, "K"), h("span", null, t("appName"))),
    h(
      "div",
      { class: "tools" },
      s ? yearPicker(s) : null,
      h("button", { type: "button", class: "link", "data-testid": "lang-switch", "aria-label": t("langSwitchLabel"), lang: lang() === "id" ? "en" : "id", onclick: switchLang }, t("langSwitch")),
      s ? h("button", { type: "button", class: "link", "data-testid": "logout", onclick: onLogout }, t("logout")) : null,
    ),
    s ? h("p", { class: "who", "data-testid": "who" }, t("loggedInAs", { name: s.employee?.nama ?? s.principal.sub }), " · ", s.principal.roles.map((r) => t(`role_${r}` as TextKey)).join(", ")) : null,
  );
}

function skipToContent(event: Event): void {
  event.preventDefault(); // the hash belongs to the router
  document.getElementById("main")?.focus();
}

function yearPicker(s: Session): HTMLElement {
  const picker = select("tahun", yearChoices(s).map((y) => [String(y), String(y)] as const), String(s.tahun), "year");
  picker.setAttribute("aria-label", t("year"));
  picker.addEventListener("change", () => {
    setYear(s, Number(picker.value));
    render();
  });
  return picker;
}

function nav(allowed: readonly Screen[], screen: string): HTMLElement | null {
  if (allowed.length < 2) return null;
  return h(
    "nav",
    { class: "tabs", "aria-label": t("navHelp") },
    allowed.map((x) => h("a", { href: `#/${x.key}`, "data-testid": `nav-${x.key}`, "aria-current": x.key === screen ? "page" : false }, t(x.nav))),
  );
}

async function onLoggedIn(): Promise<void> {
  session = await loadSession();
  go("#/");
}

/** Navigates to `hash` (rendering once, also when it is already the current hash). */
function go(hash: string): void {
  if (location.hash === hash) render();
  else location.hash = hash;
}

function onLogout(): void {
  session = null;
  logout();
  go("#/masuk");
}
