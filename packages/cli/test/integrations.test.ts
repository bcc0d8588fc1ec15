import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";

const load = (path: string) => parse(readFileSync(resolve(repoRoot, path), "utf8"));

describe("CI integrations", () => {
  it("the GitHub action runs check, uploads SARIF unless input failed, and passes the exit code on", () => {
    const action = load("integrations/github/action.yml");
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps as { id?: string; uses?: string; run?: string; if?: string }[];
    const check = steps.find((s) => s.id === "check");
    expect(check?.run).toContain('npx --yes "@ethiek/cli@$ETHIEK_VERSION" "${args[@]}"');
    expect(check?.run).toContain('--format sarif --output "$ETHIEK_SARIF" --sarif-code-scanning');
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(upload?.if).toContain("steps.check.outputs.exit-code != '2'");
    expect(steps.at(-1)?.run).toBe('exit "$CODE"');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(["paths", "ruleset", "fail-on", "lang", "baseline", "sarif-file", "upload-sarif", "version"]),
    );
  });

  it("the GitLab template reports code quality and JUnit, and keeps them when the check fails", () => {
    const template = load("integrations/gitlab/ethiek.gitlab-ci.yml");
    const job = template[".ethiek"];
    expect(job.artifacts.when).toBe("always");
    expect(job.artifacts.reports).toEqual({ codequality: "gl-code-quality-report.json", junit: "ethiek-junit.xml" });
    expect(job.script.join("\n")).toContain("--format gitlab --output gl-code-quality-report.json");
    expect(template.ethiek.extends).toBe(".ethiek");
  });
});
