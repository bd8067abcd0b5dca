import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_FILE, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("uses the default SQLite file and leaves demo login off unless asked (embedding)", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe(`sqlite:${DEFAULT_DATABASE_FILE}`);
    expect(config.demoLogin).toBe(false);
    expect(loadConfig({ KINERJA_DEMO_LOGIN: "on" }).demoLogin).toBe(true);
  });

  it("turns demo login on for `pnpm start` on the default file only", () => {
    expect(loadConfig({}, { demoLoginByDefault: true }).demoLogin).toBe(true);
    expect(loadConfig({ DATABASE_URL: "postgres://127.0.0.1/test" }, { demoLoginByDefault: true }).demoLogin).toBe(false);
    expect(loadConfig({ KINERJA_DEMO_LOGIN: "off" }, { demoLoginByDefault: true }).demoLogin).toBe(false);
  });

  it("reads TRUST_PROXY as off, every proxy, or the proxies' addresses", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8,127.0.0.1" }).trustProxy).toBe("10.0.0.0/8,127.0.0.1");
  });

  it("lists every invalid variable", () => {
    expect(() => loadConfig({ PORT: "70000", KINERJA_TOKEN_SECRET: "short" })).toThrow(/PORT[\s\S]*KINERJA_TOKEN_SECRET|KINERJA_TOKEN_SECRET[\s\S]*PORT/);
  });
});
