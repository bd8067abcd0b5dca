/**
 * Starts the service: reads the environment, opens and migrates the store, seeds the Belawan
 * example into an empty store, publishes a default policy when none exists, and listens.
 * @module
 */
import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import { demoAccounts, ensureDefaultPolicy, isEmpty, seedBelawan } from "./seed.js";
import { openStore } from "./store.js";

/** Runs the service until SIGINT / SIGTERM. */
export async function main(): Promise<void> {
  const config = loadConfig(process.env, { demoLoginByDefault: true });
  if (config.tokenSecretGenerated) {
    process.stderr.write("warning: KINERJA_TOKEN_SECRET is not set; using a random secret (tokens stop working when the process ends)\n");
  }
  const opened = openStore(config.databaseUrl);
  const { store } = opened;
  await store.migrate();
  if (await isEmpty(store)) {
    const summary = await seedBelawan(store);
    process.stdout.write(`Seeded the Belawan example: ${summary.units} units, ${summary.employees} employees, ${summary.plans} plans, ${summary.evaluations} evaluations\n`);
  }
  await ensureDefaultPolicy(store);
  const app = buildApp({ store, config });
  const url = await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Kinerja listening on ${url}  (web app ${url}/, API docs ${url}/api/v1/docs)\nStore: ${opened.where}\n`);
  if (config.demoLogin) {
    const accounts = await demoAccounts(store);
    process.stdout.write(`Demo login is ON. Accounts (POST /api/v1/dev/login { "account": … }):\n`);
    for (const a of accounts) process.stdout.write(`  ${a.account.padEnd(20)} ${a.roles.join(", ")}${a.unitId ? ` (${a.unitId})` : ""}\n`);
  }
  const stop = async (): Promise<void> => {
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

await main();
