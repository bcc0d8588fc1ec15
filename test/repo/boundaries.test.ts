// The package boundaries of docs/architecture.md, checked with dependency-cruiser's API and the
// rules in .dependency-cruiser.mjs: the repository has no violation, and a fixture tree with one
// forbidden import of each kind has every one of them reported (so a rule that silently matches
// nothing, say after a folder is renamed, fails here instead of passing forever).
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { cruise, format, type ICruiseOptions, type ICruiseResult, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const fixture = resolve(import.meta.dirname, "fixtures/boundaries");

let options: ICruiseOptions;
beforeAll(async () => {
  options = await extractDepcruiseOptions(resolve(root, ".dependency-cruiser.mjs"));
});

/** Cruises `paths` under `baseDir` with the repository's rules, as `npx depcruise` would. */
async function check(baseDir: string, paths: string[]): Promise<ICruiseResult> {
  const tsConfigFile = resolve(root, "tsconfig.base.json");
  const withBase: ICruiseOptions = {
    ...options,
    baseDir,
    tsConfig: { fileName: tsConfigFile },
  };
  const { output } = await cruise(paths, withBase, {}, { tsConfig: extractTSConfig(tsConfigFile) });
  return output as ICruiseResult;
}

const edge = (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe("the package boundaries", () => {
  it("hold in the repository: no forbidden import, no circle, nothing unresolved", async () => {
    const result = await check(root, ["packages", "apps", "scripts", "test"]);
    // Every workspace is seen, so an exclude pattern cannot quietly hide one.
    const seen = new Set(result.modules.map((m) => /^(packages|apps)\/[^/]+/.exec(m.source)?.[0]).filter(Boolean));
    const all = ["packages", "apps"].flatMap((group) =>
      readdirSync(resolve(root, group)).filter((name) => existsSync(resolve(root, group, name, "package.json"))).map((name) => `${group}/${name}`),
    );
    expect([...seen].sort()).toEqual(all.sort());
    const report = (await format(result, { outputType: "err-long" })).output as string;
    expect(result.summary.violations, report).toEqual([]);
  });

  it("reject each forbidden import of the fixture tree", async () => {
    const result = await check(fixture, ["packages", "apps"]);
    const found = result.summary.violations.map(edge);
    expect(found).toEqual(
      expect.arrayContaining([
        "core-no-node-builtins: packages/procurement/src/index.ts → fs",
        expect.stringMatching(/^core-no-io-libraries: packages\/procurement\/src\/index\.ts → .*node_modules\/fastify\//),
        expect.stringMatching(/^core-no-io-libraries: packages\/procurement\/src\/index\.ts → .*node_modules\/picocolors\//),
        expect.stringMatching(/^core-no-io-libraries: packages\/procurement\/src\/index\.ts → .*node_modules\/kysely\//),
        "core-not-to-edges: packages/procurement/src/index.ts → packages/cli/src/index.ts",
        "not-in-allowed: packages/governance/src/index.ts → packages/procurement/src/index.ts",
        "contract-depends-on-nothing-of-ours: packages/schemas/src/index.ts → packages/procurement/src/index.ts",
        "cli-needs-no-server: packages/cli/src/index.ts → apps/api/src/app.ts",
        "packages-not-to-apps: packages/cli/src/index.ts → apps/api/src/app.ts",
        expect.stringMatching(/^no-circular: packages\/(procurement|schemas)\/src\/index\.ts → packages\/(schemas|procurement)\/src\/index\.ts$/),
      ]),
    );
  });
});
