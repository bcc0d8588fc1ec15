// The repository's own checks (test/repo): the package boundaries and the shape of the code. They
// read the whole tree, so they run once from the root (the turbo task `//#check:repo`), not per
// workspace; the results go where scripts/test-summary.mjs counts them.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/repo/*.test.ts"],
    passWithNoTests: false,
    testTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
