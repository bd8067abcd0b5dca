import { defineConfig } from "tsup";

const common = { sourcemap: true, target: "es2022", platform: "node", external: ["@kinerja/core", "@kinerja/presets", "@kinerja/testing", "csv-parse", "yaml", "fast-check"] } as const;

// The library (ESM + CJS + types) and the `kinerja` binary (ESM, with its shebang kept by tsup).
export default defineConfig([
  { ...common, entry: { index: "src/index.ts" }, format: ["esm", "cjs"], dts: true, clean: ["!bin.js", "!bin.js.map"] },
  { ...common, entry: { bin: "src/bin.ts" }, format: ["esm"], dts: false, clean: false },
]);
