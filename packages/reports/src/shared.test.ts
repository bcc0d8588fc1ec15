import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";
import {
  PROHIBITED_RULE_ID,
  collectFindings,
  complianceDates,
  countBySeverity,
  decisiveEvidence,
  evidenceInOrder,
  hash,
  oneLine,
  resultFingerprint,
} from "./shared.js";
import { dateText, placeText, reasonText } from "./words.js";

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

describe("reasonText", () => {
  it("says a reason code in plain words, with the figures of a retention period", () => {
    expect(reasonText("wish", undefined, "nl")).toBe("alleen een wens");
    expect(reasonText("retention-too-short", "De genoemde termijn (3 maanden) is korter dan de vereiste 6 maanden.", "nl")).toBe("3 maanden; minimaal 6 maanden vereist");
    expect(reasonText("retention-too-short", "The stated period (30 days) is shorter than the required 6 months.", "en")).toBe("30 days; at least 6 months required");
    expect(reasonText("no-retention-period", "Er staat geen bewaartermijn bij; vereist is ten minste 6 maanden.", "nl")).toBe("geen bewaartermijn; minimaal 6 maanden vereist");
    expect(reasonText("retention-too-short", "zonder cijfers", "nl")).toBe("bewaartermijn te kort");
  });
});

describe("decisiveEvidence", () => {
  it("takes the passage whose reason is the result's, not the first one", () => {
    const audit = { document: "a.docx", page: null, line: 147, quote: "audit", reason: "no-retention-period" as const };
    const logs = { document: "a.docx", page: null, line: 95, quote: "drie maanden", reason: "retention-too-short" as const };
    expect(decisiveEvidence({ reason: "retention-too-short", evidence: [audit, logs] })).toBe(logs);
    expect(evidenceInOrder({ reason: "retention-too-short", evidence: [audit, logs] })).toEqual([logs, audit]);
    expect(decisiveEvidence({ reason: "no-mention", evidence: [audit] })).toBe(audit);
    expect(decisiveEvidence({ reason: "no-mention", evidence: [] })).toBeUndefined();
  });
});

describe("placeText", () => {
  it("gives page and line with the section heading, a paragraph for DOCX, a line for text", () => {
    expect(placeText({ page: 9, line: 4, headingPath: ["6. Overeenkomst", "6.3 Audit en openheid"] }, "pdf", "nl")).toBe("p. 9, r. 4 — 6.3 Audit en openheid");
    expect(placeText({ page: null, line: 147 }, "docx", "nl")).toBe("alinea 147");
    expect(placeText({ page: null, line: 147 }, "odt", "en")).toBe("paragraph 147");
    expect(placeText({ page: null, line: 12, headingPath: [] }, "markdown", "nl")).toBe("r. 12");
  });
});

describe("complianceDates", () => {
  it("reads the AI Act dates out of the compliance-dates message, titles with 'art. 5' intact", () => {
    const report = makeReport({
      results: [
        {
          requirement: "compliance-dates",
          status: "partial",
          reason: "wish",
          severity: "info",
          evidence: [],
          message:
            "Het onderwerp staat erin: zie de toelichting. Een wens, geen verplichting. Verboden praktijken (art. 5) en AI-geletterdheid (art. 4): vanaf 2025-02-02. Bestaande systemen (art. 111, lid 2): vanaf 2030-08-02.",
        },
      ],
    });
    expect(complianceDates(report)).toEqual([
      { title: "Verboden praktijken (art. 5) en AI-geletterdheid (art. 4)", date: "2025-02-02" },
      { title: "Bestaande systemen (art. 111, lid 2)", date: "2030-08-02" },
    ]);
    expect(complianceDates(makeReport())).toEqual([]);
    expect(dateText("2027-12-02", "nl")).toBe("2 december 2027");
  });
});
