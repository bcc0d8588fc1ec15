import { describe, expect, it } from "vitest";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";
import { formatStylish } from "./stylish.js";

describe("formatStylish", () => {
  it("groups findings per tender and document, with severity, id, title, location, quote and fix", () => {
    const text = formatStylish([makeReport()], { color: false, requirements });
    const lines = text.split("\n");
    expect(lines[0]).toBe("Verkeerslichten <ivri> (GLD-2026-011)");
    expect(lines[1]).toBe("  Classificatie: algoritme, AI-systeem, hoog risico (bijlage III punt 2)");
    expect(text).toContain("  tenders/ivri bestek.md\n    12      fout         Logging en bewaartermijn  logging");
    expect(text).toContain("gedeeltelijk (wish): “Opdrachtnemer logt <script>");
    expect(text).toContain("— te korte bewaartermijn");
    expect(text).toContain("→ Verplicht een bewaartermijn van minstens zes maanden.");
    expect(text).toContain("  (niet gevonden in de documenten)\n    -       fout         DPIA  dpia\n            ontbreekt (no-mention): niet gevonden in de documenten");
    expect(lines.at(-2)).toBe("✖ 2 fouten, 1 waarschuwing · 1 aanbesteding · 1 eisen voldaan");
  });

  it("writes no escape codes without colour, and strips those in document text", () => {
    const text = formatStylish([makeReport()], { color: false });
    expect(text).not.toContain("\u001b");
  });

  it("colours severities when asked", () => {
    const text = formatStylish([makeReport()], { color: true });
    expect(text).toContain("\u001b[31mfout");
  });

  it("shows only errors with minSeverity error, but counts everything in the summary", () => {
    const text = formatStylish([makeReport()], { color: false, minSeverity: "error" });
    expect(text).not.toContain("exit-and-handover");
    expect(text).toContain("1 waarschuwing");
  });

  it("speaks English when asked and reports a prohibited practice", () => {
    const text = formatStylish([prohibitedReport()], { color: false, lang: "en" });
    expect(text).toContain("error        Prohibited AI practice described (AI Act art. 5)  prohibited-practice");
    expect(text).toContain("✖ 3 errors, 1 warning · 1 tender");
  });

  it("lists the findings of a document in reading order", () => {
    const report = makeReport();
    report.results.push({
      requirement: "dpia",
      status: "partial", reason: "wish",
      severity: "warning",
      evidence: [{ document: "tenders/ivri bestek.md", page: null, line: 5, quote: "Een DPIA volgt later." }],
    });
    const text = formatStylish([report], { color: false });
    expect(text.indexOf("Een DPIA volgt later.")).toBeLessThan(text.indexOf("Opdrachtnemer logt"));
  });

  it("says so when a tender has no findings", () => {
    const text = formatStylish([makeReport({ results: [] })], { color: false, lang: "en" });
    expect(text).toContain("✔ No findings");
  });
});
