import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";
import { PROHIBITED_RULE_ID, collectFindings, countBySeverity, hash, oneLine, resultFingerprint } from "./shared.js";

describe("collectFindings", () => {
  it("returns partial and missing results, most severe first, with titles from the requirement docs", () => {
    const findings = collectFindings([makeReport()], { requirements });
    expect(findings.map((f) => [f.ruleId, f.status, f.severity])).toEqual([
      ["logging", "partial", "error"],
      ["dpia", "missing", "error"],
      ["exit-and-handover", "missing", "warning"],
    ]);
    expect(findings[0]?.title).toBe("Logging en bewaartermijn");
    // No doc and no title in the report: the id stands in.
    expect(findings[2]?.title).toBe("exit-and-handover");
  });

  it("reports a described prohibited practice as an error finding first", () => {
    const findings = collectFindings([prohibitedReport()]);
    expect(findings[0]).toMatchObject({ ruleId: PROHIBITED_RULE_ID, severity: "error", status: "prohibited" });
    expect(countBySeverity(findings)).toEqual({ error: 3, warning: 1, info: 0 });
  });
});

describe("resultFingerprint", () => {
  it("does not change when the evidence moves to another line", () => {
    const report = makeReport();
    const result = report.results[0]!;
    const moved = { ...result, evidence: result.evidence.map((e) => ({ ...e, line: e.line + 40 })) };
    expect(resultFingerprint(report, moved)).toBe(resultFingerprint(report, result));
  });

  it("differs per tender, per requirement and per status", () => {
    const report = makeReport();
    const result = report.results[1]!;
    const other = makeReport({ tender: { id: "OTHER" } });
    const prints = new Set([
      resultFingerprint(report, result),
      resultFingerprint(other, result),
      resultFingerprint(report, { ...result, requirement: "audit-right" }),
      resultFingerprint(report, { ...result, status: "partial" }),
    ]);
    expect(prints.size).toBe(4);
  });
});

describe("hash", () => {
  it("is 16 hex digits and deterministic for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const value = hash(text);
        expect(value).toMatch(/^[0-9a-f]{16}$/);
        expect(hash(text)).toBe(value);
      }),
    );
  });
});

describe("oneLine", () => {
  it("removes terminal escape characters and collapses whitespace", () => {
    expect(oneLine("a\u001b[31m\n\t b\u0007")).toBe("a[31m b");
  });
});
