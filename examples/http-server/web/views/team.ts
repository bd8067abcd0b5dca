/**
 * The supervisor's team (GET /employees/:nip/team): each member with their plan status and
 * progress flag, linking to the member's page.
 * @module
 */
import { api, seg } from "../api.js";
import { items } from "../json.js";
import { readTeamMember } from "../records.js";
import { h } from "../h.js";
import { num, t } from "../i18n.js";
import type { Session } from "../session.js";
import { badge, loader, section } from "../ui.js";

/** The team list for the session's year. */
export function teamView(session: Session): HTMLElement {
  const nip = session.principal.nip ?? "";
  return section(
    t("myTeam"),
    "team",
    loader(async () => {
      const members = items((await api("GET", `/employees/${seg(nip)}/team`, { query: { tahun: session.tahun, scope: "direct" } })).body).flatMap((m) => readTeamMember(m) ?? []);
      if (members.length === 0) return h("p", { class: "muted" }, t("teamEmpty"));
      return h(
        "ul",
        { class: "team-list" },
        members.map((m) =>
          h(
            "li",
            { class: "member", "data-testid": `member-${m.nip}`, "data-flag": m.flag },
            h("a", { href: `#/tim/${encodeURIComponent(m.nip)}`, class: "member-link" }, h("span", { class: "member-name" }, m.nama), h("span", { class: "muted small" }, m.jabatan)),
            h(
              "div",
              { class: "member-badges" },
              m.planStatus ? badge("status_", m.planStatus) : null,
              badge("flag_", m.flag, "member-flag"),
              m.capaian !== null ? h("span", { class: "small" }, `${num(m.capaian)}%`) : null,
            ),
          ),
        ),
      );
    }, "team-loader"),
  );
}
