/**
 * Prints a signed token: `pnpm --filter @kinerja/example-http-server run token -- --nip <NIP> --roles employee,supervisor [--unit <unitId>] [--sub <id>] [--hours 8]`.
 * Uses KINERJA_TOKEN_SECRET (and KINERJA_TOKEN_ISSUER) from the environment, like the server.
 * @module
 */
import { parseArgs } from "node:util";
import { issueToken } from "../src/auth/tokens.js";
import { loadConfig } from "../src/config.js";
import { ROLES, type Role } from "../src/http/route.js";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { nip: { type: "string" }, roles: { type: "string", default: "employee" }, unit: { type: "string" }, sub: { type: "string" }, hours: { type: "string", default: "8" } },
});
const config = loadConfig();
if (config.tokenSecretGenerated) {
  process.stderr.write("KINERJA_TOKEN_SECRET is not set: the server would not accept this token. Set the same secret for both.\n");
  process.exit(1);
}
const roles = (values.roles ?? "").split(",").map((r) => r.trim()).filter(Boolean);
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (unknown.length > 0) {
  process.stderr.write(`Unknown roles: ${unknown.join(", ")} (known: ${ROLES.join(", ")})\n`);
  process.exit(1);
}
const sub = values.sub ?? values.nip;
if (!sub) {
  process.stderr.write("Give --nip <NIP> or --sub <account>\n");
  process.exit(1);
}
const token = await issueToken(config, { sub, nip: values.nip ?? null, roles: roles as Role[], unit: values.unit ?? null, ttlSeconds: Number(values.hours) * 3600 });
process.stdout.write(`${token}\n`);
