// Shared vitest settings for every workspace. Tests resolve workspace packages to their sources
// (the `@ethiek/source` export condition), so no test needs a prior build.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig, type ViteUserConfig as UserConfig } from "vitest/config";

/** The repository root, from which paths to ../shared are resolved. */
export const repoRoot = fileURLToPath(new URL(".", import.meta.url));

// Only conditions that are safe to hand to Node as well: vitest 4 passes these to Node as
// --conditions, and "import"/"module" there break CommonJS packages such as pg.
const conditions = ["@ethiek/source", "node", "default"];

export function packageTestConfig(overrides: UserConfig = {}): UserConfig {
  const base = defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ["@ethiek/source"] } },
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      passWithNoTests: false,
      // CI runs every workspace's suite at once on two cores; generous timeouts keep slow
      // moments from failing correct tests (speed is measured by benchmarks, not by tests).
      testTimeout: 30_000,
      hookTimeout: 60_000,
      reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
      env: {
        ETHIEK_REPO_ROOT: repoRoot,
        ETHIEK_CONFORMANCE_DIR: process.env.ETHIEK_CONFORMANCE_DIR ?? resolve(repoRoot, "../shared/conformance"),
      },
      alias: { "@ethiek-test/support": resolve(repoRoot, "test/support.ts"), "@ethiek-test/zgw": resolve(repoRoot, "test/zgw/index.ts") },
    },
  });
  return mergeConfig(base, overrides);
}
