import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { actionPins } from "../src/commands/ci-pins.js";
import { githubWorkflow, gitlabJob } from "../src/commands/init.js";
import { version } from "../src/version.js";

const text = (path: string): string => readFileSync(resolve(repoRoot, path), "utf8");
const load = (path: string) => parse(text(path));
const cliVersion = version();

/** Every `uses:` line of a workflow or action text. */
const usesLines = (source: string): string[] => [...source.matchAll(/^\s*-?\s*uses:\s*(.+)$/gm)].map((m) => (m[1] ?? "").trim());

const workflowFiles = [
  "integrations/github/action.yml",
  ...readdirSync(resolve(repoRoot, ".github/workflows")).map((f) => `.github/workflows/${f}`),
];

describe("CI integrations", () => {
  it("the GitHub action runs check, uploads SARIF only when the check ran, and passes the exit code on", () => {
    const action = load("integrations/github/action.yml");
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps as { id?: string; uses?: string; run?: string; if?: string }[];
    const check = steps.find((s) => s.id === "check");
    expect(check?.run).toContain('npx --yes "@ethiek/cli@$ETHIEK_VERSION" "${args[@]}"');
    expect(check?.run).toContain('--format sarif --output "$ETHIEK_SARIF" --sarif-code-scanning');
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    // Exit code 2 (input error) and an empty exit code (the check step did not run) upload nothing.
    expect(upload?.if).toBe(
      "${{ always() && inputs.upload-sarif == 'true' && (steps.check.outputs.exit-code == '0' || steps.check.outputs.exit-code == '1') }}",
    );
    expect(steps.at(-1)?.run).toBe('exit "$CODE"');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(["paths", "ruleset", "fail-on", "lang", "baseline", "sarif-file", "upload-sarif", "version"]),
    );
  });

  it("the GitHub action and the GitLab component run the CLI of their own release, not 'latest'", () => {
    expect(load("integrations/github/action.yml").inputs.version.default).toBe(cliVersion);
    const [spec] = parseAllDocuments(text("integrations/gitlab/ethiek.gitlab-ci.yml")).map((d) => d.toJS());
    expect(spec.spec.inputs.version.default).toBe(cliVersion);
  });

  it.each(workflowFiles)("%s pins every third-party action by commit SHA, to the commits in ci-pins.ts", (file) => {
    const lines = usesLines(text(file));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const pin = Object.values(actionPins).find((p) => line.startsWith(`${p.action}@`));
      expect(pin, `${file}: ${line} is not in ci-pins.ts`).toBeDefined();
      expect(line).toBe(`${pin?.action}@${pin?.sha} # ${pin?.tag}`);
    }
  });

  it("the GitLab component has spec:inputs, a pinned image, and reports code quality and JUnit even when the check fails", () => {
    const [header, body] = parseAllDocuments(text("integrations/gitlab/ethiek.gitlab-ci.yml")).map((d) => d.toJS());
    expect(Object.keys(header.spec.inputs)).toEqual(
      expect.arrayContaining(["stage", "paths", "ruleset", "fail-on", "lang", "baseline", "args", "version", "image"]),
    );
    expect(header.spec.inputs.image.default).toMatch(/^node:22\.\d+\.\d+-slim$/);
    const job = body.ethiek;
    expect(job.image).toBe("$[[ inputs.image ]]");
    expect(job.stage).toBe("$[[ inputs.stage ]]");
    expect(job.artifacts.when).toBe("always");
    expect(job.artifacts.reports).toEqual({ codequality: "gl-code-quality-report.json", junit: "ethiek-junit.xml" });
    expect(job.script.join("\n")).toContain("--format gitlab --output gl-code-quality-report.json");
  });

  it("`ethiek init --ci github` uses the shipped action at this CLI's release tag, and checkout pinned by SHA", () => {
    const workflow = parse(githubWorkflow(cliVersion));
    const steps = workflow.jobs.ethiek.steps as { uses?: string; run?: string }[];
    expect(steps.map((s) => s.uses)).toEqual([actionPins.checkout.action + "@" + actionPins.checkout.sha, `ethiek/ethiek/integrations/github@v${cliVersion}`]);
    expect(steps.some((s) => s.run !== undefined)).toBe(false);
    expect(usesLines(githubWorkflow(cliVersion))[0]).toBe(`${actionPins.checkout.action}@${actionPins.checkout.sha} # ${actionPins.checkout.tag}`);
    expect(workflow.permissions["security-events"]).toBe("write");
  });

  it("`ethiek init --ci gitlab` includes the shipped component at this CLI's release tag", () => {
    const include = parse(gitlabJob(cliVersion)).include as { remote: string; inputs: Record<string, string> }[];
    expect(include).toEqual([
      {
        remote: `https://raw.githubusercontent.com/ethiek/ethiek/v${cliVersion}/integrations/gitlab/ethiek.gitlab-ci.yml`,
        inputs: { "fail-on": "error" },
      },
    ]);
  });

  it("publiccode.yml lists a service with screenshots and a contact, on the packages' Node.js floor", () => {
    const code = load("publiccode.yml");
    expect(code.softwareType).toBe("standalone/web");
    for (const lang of ["nl", "en"]) {
      const screenshots = code.description[lang].screenshots as string[];
      expect(screenshots.length).toBeGreaterThan(0);
      for (const path of screenshots) expect(existsSync(resolve(repoRoot, path)), path).toBe(true);
    }
    expect(code.maintenance.contacts[0].name).toBeTruthy();
    const floor = (load("packages/cli/package.json").engines.node as string).replace(">=", "");
    expect(code.dependsOn.open.find((d: { name: string }) => d.name === "Node.js").versionMin).toBe(floor);
    // A version is named only together with its release (tag v<version>, written at versioning).
    if (code.softwareVersion !== undefined) {
      expect(code.softwareVersion).toBe(cliVersion);
      expect(code.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("zod is imported only where configuration is parsed (ADR 0021); data shapes go through ajv", () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(resolve(repoRoot, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) sources.push(path);
      }
    };
    for (const group of ["packages", "apps"]) {
      for (const name of readdirSync(resolve(repoRoot, group))) if (existsSync(resolve(repoRoot, group, name, "src"))) walk(`${group}/${name}/src`);
    }
    const importers = sources.filter((path) => /from "zod(\/[^"]*)?"/.test(text(path)));
    expect(importers.sort()).toEqual(["apps/api/src/config.ts", "packages/cli/src/config-schema.ts"]);
  });
});
