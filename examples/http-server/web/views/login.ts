/**
 * The login screen: the demo accounts (GET /dev/accounts → POST /dev/login) and a token field.
 * @module
 */
import { api, ApiError, setToken } from "../api.js";
import { items, obj, str } from "../json.js";
import { readAccount } from "../records.js";
import type { Account } from "../records.js";
import { h, replace } from "../h.js";
import { t } from "../i18n.js";
import type { TextKey } from "../i18n.js";
import { errorBox, field, formText, onSubmit, section } from "../ui.js";

/** The login screen; `done` runs once a token is stored (it loads the session). */
export function loginView(done: () => Promise<void>): HTMLElement {
  const accounts = h("div", { class: "accounts", "data-testid": "demo-accounts" }, h("p", { class: "muted" }, t("loading")));
  void loadAccounts(accounts, done);
  return h(
    "div",
    { class: "login", "data-testid": "login" },
    h("h1", null, t("loginTitle")),
    h("p", { class: "lead" }, t("appTagline")),
    h("p", null, t("loginIntro")),
    section(t("demoAccounts"), "demo-login", accounts),
    section(t("tokenTitle"), "token-login", tokenForm(done)),
  );
}

async function loadAccounts(box: HTMLElement, done: () => Promise<void>): Promise<void> {
  let list: readonly Account[];
  try {
    list = items((await api("GET", "/dev/accounts")).body).flatMap((a) => readAccount(a) ?? []);
  } catch (error) {
    replace(box, error instanceof ApiError && (error.status === 404 || error.status === 403) ? h("p", { class: "muted" }, t("demoAccountsNone")) : errorBox(error));
    return;
  }
  const status = h("div", { "aria-live": "polite" });
  const login = async (account: Account, button: HTMLButtonElement): Promise<void> => {
    button.disabled = true;
    try {
      const body = obj((await api("POST", "/dev/login", { body: { account: account.account } })).body);
      setToken(str(body, "token"));
      await done();
    } catch (error) {
      button.disabled = false;
      replace(status, errorBox(error));
    }
  };
  replace(
    box,
    list.length === 0 ? h("p", { class: "muted" }, t("demoAccountsNone")) : null,
    h(
      "ul",
      { class: "account-list" },
      list.map((a) => {
        const button = h(
          "button",
          { type: "button", class: "account", "data-testid": `account-${a.account}` },
          h("span", { class: "account-name" }, a.nama),
          h("span", { class: "account-roles" }, a.roles.map((r) => t(`role_${r}` as TextKey)).join(" · ")),
          a.detail ? h("span", { class: "account-detail" }, a.detail) : null,
        );
        button.addEventListener("click", () => void login(a, button));
        return h("li", null, button);
      }),
    ),
    status,
  );
}

function tokenForm(done: () => Promise<void>): HTMLFormElement {
  const input = h("textarea", { name: "token", rows: "3", required: true, autocomplete: "off", spellcheck: "false", "data-testid": "token-input" });
  const form = h("form", { class: "stack" }, field(t("tokenLabel"), input, t("tokenHelp")), h("button", { type: "submit", class: "primary" }, t("tokenSubmit")));
  onSubmit(form, async (data) => {
    setToken(formText(data, "token"));
    try {
      await done();
    } catch (error) {
      setToken(null);
      throw error;
    }
    return null;
  });
  return form;
}
