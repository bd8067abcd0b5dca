import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "node",
  external: ["@kinerja/core",  "@kinerja/store-sql",  "better-sqlite3",  "pg",  "mysql2",  "fast-check"],
});
