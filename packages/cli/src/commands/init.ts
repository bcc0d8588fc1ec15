import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { InitOptions } from "../args.js";
import { CliError, exitCodes, msg } from "../errors.js";
import { format } from "@ethiek/messages";
import type { Io } from "../io.js";
import { version } from "../version.js";
import { actionPins, integrationsRepository, pinned } from "./ci-pins.js";

/** The commented YAML config `ethiek init` writes. */
export const yamlConfig = `# ethiek configuration — see https://github.com/ethiek/ethiek/blob/main/docs/cli.md#config-file
# Paths are relative to this file.

# The ruleset: ethiek:recommended, ethiek:high-risk-strict, or a file with your province's own ruleset.
ruleset: ethiek:recommended

# Language of reports and messages: nl or en.
lang: nl

# Exit with code 1 when findings reach this level: error, warning or never.
failOn: error

# What \`ethiek check\` checks when no paths are given. Each folder is one tender.
paths:
  - tenders

# Files to leave out (globs).
ignore:
  - "**/concept-*"

# Every file its own tender (e.g. a folder of templates).
perFile: false

# Report only findings that are not in this file; write it with \`ethiek check --update-baseline\`.
# baseline: ethiek-baseline.json

# Outputs written on every run (the command line's --format/--output replace these).
# outputs:
#   - format: stylish
#   - format: sarif
#     output: ethiek.sarif

# Requirements switched off for all tenders here, each with its reason and the ethics case.
# waivers:
#   - requirement: sustainability
#     reason: Energy figures per customer cannot be supplied.
#     approvedBy: Ethics advisor
#     case: GLD-ETH-2026-003
`;

const jsonConfig = `${JSON.stringify(
  { ruleset: "ethiek:recommended", lang: "nl", failOn: "error", paths: ["tenders"], ignore: ["**/concept-*"], perFile: false },
  null,
  2,
)}\n`;

/**
 * The GitHub Actions workflow `ethiek init --ci github` writes: the shipped action at the release
 * tag of this CLI (which runs this same CLI version), checkout pinned by SHA. The action uploads
 * the SARIF report only when the check ran (exit code 0 or 1).
 *
 * @example
 * githubWorkflow("0.1.0") // "...uses: ethiek/ethiek/integrations/github@v0.1.0..."
 */
export function githubWorkflow(cliVersion: string): string {
  return `# Checks the tender documents with ethiek and shows findings in GitHub code scanning.
name: ethiek
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
  security-events: write
jobs:
  ethiek:
    runs-on: ubuntu-latest
    steps:
      - uses: ${pinned(actionPins.checkout)}
      - uses: ${integrationsRepository}/integrations/github@v${cliVersion}
        with:
          fail-on: error
          # paths: tenders/
          # ruleset: rulesets/provincie.yaml
`;
}

/**
 * The GitLab CI include `ethiek init --ci gitlab` writes: the shipped CI/CD component at the
 * release tag of this CLI, with its inputs.
 *
 * @example
 * gitlabJob("0.1.0") // "include:\n  - remote: https://raw.githubusercontent.com/ethiek/ethiek/v0.1.0/..."
 */
export function gitlabJob(cliVersion: string): string {
  return `# Checks the tender documents with ethiek; findings appear in the merge request's
# Code Quality widget and as test results. Inputs: see docs/ci.md.
include:
  - remote: https://raw.githubusercontent.com/${integrationsRepository}/v${cliVersion}/integrations/gitlab/ethiek.gitlab-ci.yml
    inputs:
      fail-on: error
      # paths: tenders/
`;
}

/** `ethiek init`: writes a commented config and a CI file; refuses to overwrite without --force. */
export async function runInit(options: InitOptions, io: Io): Promise<number> {
  const lang = options.lang ?? "nl";
  const ci = options.ci ?? (existsSync(join(io.cwd, ".gitlab-ci.yml")) ? "gitlab" : "github");
  const files: { path: string; text: string }[] = [
    options.configFormat === "json"
      ? { path: join(io.cwd, "ethiek.config.json"), text: jsonConfig }
      : { path: join(io.cwd, "ethiek.config.yaml"), text: yamlConfig },
  ];
  if (ci === "github") files.push({ path: join(io.cwd, ".github", "workflows", "ethiek.yml"), text: githubWorkflow(version()) });
  if (ci === "gitlab") {
    const own = !existsSync(join(io.cwd, ".gitlab-ci.yml"));
    files.push({ path: join(io.cwd, own ? ".gitlab-ci.yml" : "ethiek.gitlab-ci.yml"), text: own ? `stages: [test]\n\n${gitlabJob(version())}` : gitlabJob(version()) });
  }
  const existing = files.filter((f) => existsSync(f.path));
  if (existing.length > 0 && !options.force) {
    throw new CliError("FILE_EXISTS", msg("cli.error.filesExist", { files: existing.map((f) => relative(io.cwd, f.path)).join(", "), n: existing.length }), {
      hint: msg("cli.hint.force"),
    });
  }
  for (const f of files) {
    await mkdir(dirname(f.path), { recursive: true });
    await writeFile(f.path, f.text);
    io.stdout.write(`${format(lang, "cli.status.initWrote", { path: relative(io.cwd, f.path) })}\n`);
  }
  if (ci === "gitlab" && files.some((f) => f.path.endsWith("ethiek.gitlab-ci.yml"))) {
    io.stdout.write(`${format(lang, "cli.status.initGitlabInclude")}\n`);
  }
  return exitCodes.ok;
}
