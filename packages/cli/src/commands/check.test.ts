// In-process runs of `ethiek check` on the engines' sources (no build needed); the built command
// is exercised in test/e2e.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckReport } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { corpusDir, repoRoot } from "@ethiek-test/support";
import { run, tempDir } from "../../test/helpers.js";

const corpus = (name: string) => readFileSync(join(corpusDir, "tenders", name), "utf8");
const exampleTender = readFileSync(join(repoRoot, "examples/tender-voorbeeld/bestek.md"), "utf8");

describe("ethiek check (in process)", () => {
  it("writes one JSON report per tender as an array: named files together, each folder apart", async () => {
    const dir = tempDir({ "a.md": corpus("wegonderhoud-planning.md"), "b/bestek.md": corpus("stikstof-rekenmodel.md") });
    const result = await run(["check", "a.md", "b", "--format", "json", "--fail-on", "never"], dir);
    expect(result.code).toBe(0);
    const reports = JSON.parse(result.stdout) as CheckReport[];
    expect(reports.map((r) => r.documents.map((d) => d.name))).toEqual([["a.md"], ["b/bestek.md"]]);
  });

  it("checks a tender of a PDF and a Markdown file as one, and says per evidence in which file and on which page it stands", async () => {
    const pdf = readFileSync(join(repoRoot, "packages/documents/test/fixtures/layout/wrapped-table.pdf"));
    const nvi = "# Nota van Inlichtingen\n\nVraag 1: Hoe lang worden logbestanden bewaard?\n\nAntwoord: Opdrachtnemer bewaart de logbestanden ten minste zes maanden.\n";
    const dir = tempDir({ "pve.pdf": pdf, "nota-van-inlichtingen.md": nvi });
    const result = await run(["check", "pve.pdf", "nota-van-inlichtingen.md", "--format", "json", "--fail-on", "never"], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as CheckReport;
    expect(report.documents.map((d) => d.name)).toEqual(["pve.pdf", "nota-van-inlichtingen.md"]);
    const evidence = report.results.flatMap((r) => r.evidence ?? []);
    const fromPdf = evidence.filter((e) => e.document === "pve.pdf");
    const fromNvi = evidence.filter((e) => e.document === "nota-van-inlichtingen.md");
    expect(fromPdf.length).toBeGreaterThan(0);
    expect(fromNvi.length).toBeGreaterThan(0);
    // PDF evidence has the page (the table breaks over two pages); Markdown has lines, no pages.
    expect(fromPdf.every((e) => e.page === 1 || e.page === 2)).toBe(true);
    expect(fromNvi.every((e) => e.page === null || e.page === undefined)).toBe(true);
    expect(fromNvi.some((e) => e.quote.includes("ten minste zes maanden"))).toBe(true);
  });

  it("applies a province's own ruleset file that extends the recommended one", async () => {
    const dir = tempDir({
      "bestek.md": exampleTender,
      "rulesets/provincie.yaml": [
        "name: provincie:voorbeeld",
        'version: "1.0.0"',
        "extends: [ethiek:recommended]",
        "overrides:",
        "  - requirement: sustainability",
        "    off: true",
        "    reason: Not asked in this province.",
      ].join("\n"),
    });
    const result = await run(["check", "bestek.md", "--ruleset", "./rulesets/provincie.yaml", "--format", "json"], dir);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as CheckReport;
    expect(report.ruleset.name).toBe("provincie:voorbeeld");
    expect(report.results.find((r) => r.requirement === "sustainability")).toBeUndefined();
  });

  it("exits 2 with every problem of an invalid ruleset file", async () => {
    const dir = tempDir({ "bestek.md": exampleTender, "r.json": '{"name": "x", "overrides": [{"requirement": "Logging"}]}' });
    const result = await run(["check", "bestek.md", "--ruleset", "r.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/r\.json: de regelset heeft \d+ problemen? \[RULESET_INVALID\]/);
    expect(result.stderr).toContain("version");
  });

  it("uses the config's paths, waivers and outputs", async () => {
    const dir = tempDir({
      "tenders/t1/bestek.md": exampleTender,
      "ethiek.config.yaml": [
        "paths: [tenders/t1]",
        "lang: en",
        "outputs:",
        "  - format: json",
        "    output: out/report.json",
        "waivers:",
        "  - requirement: sustainability",
        "    reason: Not measurable for this service.",
        "    approvedBy: Ethics advisor",
        "    case: PV-ETH-2026-001",
      ].join("\n"),
    });
    const result = await run(["check"], join(dir, "tenders"));
    expect(result).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const report = JSON.parse(readFileSync(join(dir, "out/report.json"), "utf8")) as CheckReport;
    expect(report.language).toBe("en");
    expect(report.results.find((r) => r.requirement === "sustainability")).toMatchObject({
      status: "waived",
      waiver: { case: "PV-ETH-2026-001" },
    });
  });

  it("shows progress on a TTY stderr, and none with --quiet", async () => {
    const dir = tempDir({ "a.md": exampleTender, "b.md": exampleTender });
    const tty = await run(["check", "a.md", "b.md", "--fail-on", "never"], dir, {}, true);
    expect(tty.stderr).toContain("[1/2] a.md");
    expect(tty.stderr).toContain("[2/2] b.md");
    const quiet = await run(["check", "a.md", "b.md", "--fail-on", "never", "--quiet"], dir, {}, true);
    expect(quiet.stderr).toBe("");
  });

  it("colours stylish output only on a TTY without NO_COLOR or --no-color", async () => {
    const dir = tempDir({ "a.md": corpus("cv-screening-werving.md") });
    const ansi = "\u001b[";
    expect((await run(["check", "a.md"], dir, {}, true)).stdout).toContain(ansi);
    expect((await run(["check", "a.md"], dir, { NO_COLOR: "1" }, true)).stdout).not.toContain(ansi);
    expect((await run(["check", "a.md", "--no-color"], dir, {}, true)).stdout).not.toContain(ansi);
    expect((await run(["check", "a.md"], dir, {}, false)).stdout).not.toContain(ansi);
    expect((await run(["check", "a.md"], dir, { FORCE_COLOR: "1" }, false)).stdout).toContain(ansi);
  });

  it("fails on warnings only with --fail-on warning", async () => {
    const dir = tempDir({ "a.md": corpus("wegonderhoud-planning.md") });
    const json = JSON.parse((await run(["check", "a.md", "-f", "json", "--fail-on", "never"], dir)).stdout) as CheckReport;
    const findings = json.summary.findings ?? { error: 0, warning: 0, info: 0 };
    const onError = await run(["check", "a.md", "-q"], dir);
    const onWarning = await run(["check", "a.md", "-q", "--fail-on", "warning"], dir);
    expect(onError.code).toBe(findings.error > 0 ? 1 : 0);
    expect(onWarning.code).toBe(findings.error + findings.warning > 0 ? 1 : 0);
  });
});
