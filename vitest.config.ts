import { defineConfig } from "vitest/config";

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
  },
});
