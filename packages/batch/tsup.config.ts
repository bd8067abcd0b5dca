import { defineConfig, type Options } from "tsup";

const common: Options = { sourcemap: true, target: "es2022", platform: "node", external: ["@kinerja/core"] };

// The library (ESM + CJS + types) and the worker thread's entry: ESM only, since both builds of
// the library start `dist/worker.js`. tsup builds the two in parallel, so the library build's
// clean spares the worker's files (the worker build overwrites them).
export default defineConfig([
  { ...common, entry: { index: "src/index.ts" }, format: ["esm", "cjs"], dts: true, clean: ["!worker.js", "!worker.js.map"], shims: true },
  { ...common, entry: { worker: "src/internal/worker.ts" }, format: ["esm"], dts: false, clean: false },
]);
