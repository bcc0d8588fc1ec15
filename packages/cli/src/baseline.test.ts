import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateBaseline, validateCheckReport } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { tempDir } from "../test/helpers.js";
import { sampleReport } from "../test/report.js";
import { applyBaseline, readBaseline, writeBaseline } from "./baseline.js";

describe("baseline", () => {
  it("hides every finding that was in the baseline and keeps new ones", async () => {
    const dir = tempDir();
    const file = join(dir, "base/ethiek-baseline.json");
    const before = sampleReport();
    before.results = before.results.filter((r) => r.requirement !== "dpia");
    expect(await writeBaseline(file, [before])).toBe(1);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ version: 1, tool: "ethiek", findings: [{ tender: "T-1", requirement: "logging" }] });

    // Later: the logging passage moved down the document and a dpia finding is new.
    const now = sampleReport();
    now.results[0]!.evidence[0]!.line = 40;
    const { reports, hidden } = applyBaseline([now], await readBaseline(file));
    expect(hidden).toBe(1);
    expect(reports[0]!.results.map((r) => r.requirement)).toEqual(["dpia", "audit-right"]);
    expect(reports[0]!.summary).toEqual({
      satisfied: 1,
      partial: 0,
      missing: 1,
      notApplicable: 0,
      waived: 0,
      findings: { error: 0, warning: 1, info: 0 },
      verdict: "pass-with-warnings",
    });
    expect(validateCheckReport(reports[0]).ok).toBe(true);
  });

  it("never hides a described prohibited practice", async () => {
    const report = sampleReport();
    report.classification.push({ tag: "prohibited", holds: true, reasons: ["Social scoring."] });
    const dir = tempDir();
    const file = join(dir, "b.json");
    await writeBaseline(file, [report]);
    const { reports } = applyBaseline([report], await readBaseline(file));
    expect(reports[0]!.summary.verdict).toBe("fail");
    expect(JSON.parse(readFileSync(file, "utf8")).findings.map((f: { requirement: string }) => f.requirement)).not.toContain("prohibited-practice");
  });

  it("rejects a file that is not an ethiek baseline, and a missing one, with a hint", async () => {
    const dir = tempDir({ "x.json": '{"findings": 3}', "bad.json": "{" });
    await expect(readBaseline(join(dir, "x.json"))).rejects.toMatchObject({ code: "BASELINE_INVALID", hint: "Write it again with --update-baseline." });
    await expect(readBaseline(join(dir, "bad.json"))).rejects.toMatchObject({ code: "BASELINE_INVALID" });
    await expect(readBaseline(join(dir, "none.json"))).rejects.toMatchObject({
      code: "BASELINE_INVALID",
      hint: "Create it first with --update-baseline, or check the path.",
    });
  });
});

describe("schemas/baseline.schema.json", () => {
  const example = (name: string): unknown => JSON.parse(readFileSync(join(repoRoot, "schemas/examples", name), "utf8"));

  it("accepts the example baseline", () => {
    expect(validateBaseline(example("baseline.example.json")).ok).toBe(true);
  });

  it("lists every problem of the counter-example", () => {
    const result = validateBaseline(example("invalid/baseline.bad-findings.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^`\/version`: must be/),
        expect.stringMatching(/^`\/findings\/0\/fingerprint`: must be text matching/),
        expect.stringMatching(/^`\/findings\/0\/requirement`: must be text matching/),
        "`/findings/1/fingerprint`: required property missing",
        "`/findings/1/line`: unknown property 'line'",
      ]),
    );
  });

  it("is what --update-baseline writes", async () => {
    const dir = tempDir();
    const file = join(dir, "b.json");
    await writeBaseline(file, [sampleReport()]);
    expect(validateBaseline(JSON.parse(readFileSync(file, "utf8"))).ok).toBe(true);
  });
});
