import { defineConfig } from "vitest/config";

// CI sets KINERJA_TEST_JSON to a file path to also get a machine-readable report (pnpm 12 keeps
// `--reporter` for itself, so the test command stays plain `pnpm test`).
const jsonReport = process.env["KINERJA_TEST_JSON"];

export default defineConfig({
  resolve: {
    // Source-first: workspace packages resolve to their src/ through this export condition.
    conditions: ["@kinerja/source"],
  },
  ssr: {
    resolve: {
      conditions: ["@kinerja/source"],
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "examples/*/src/**/*.test.ts"],
    environment: "node",
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
