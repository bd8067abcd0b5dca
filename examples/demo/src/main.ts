/**
 * `pnpm demo [--lang id|en]`: prints the Belawan example evaluations with their explanations, the
 * monitoring, development and tindak lanjut around each one, and each unit's distribution check.
 * @module
 */
import { belawanPolicy, checkUnits, loadUnits, renderReport, runCycles, scorePlans } from "./demo.js";

const at = process.argv.indexOf("--lang");
const lang = at >= 0 ? process.argv[at + 1] : "id";
if (lang !== "id" && lang !== "en") {
  console.error(`--lang must be "id" or "en" (got ${String(lang)})`);
  process.exit(2);
}
const outcomes = scorePlans(belawanPolicy());
console.log(renderReport(outcomes, checkUnits(loadUnits(), outcomes), lang, runCycles(outcomes)));
