import type { CheckReport } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";
import { formatStylish } from "./stylish.js";

/** A one-document DOCX tender like the corpus' subsidie-risicoscore: a too-short retention decides logging. */
function docxReport(): CheckReport {
  const doc = "tenders/subsidie.docx";
  return makeReport({
    tender: undefined,
    documents: [{ name: doc, format: "docx", sha256: "c".repeat(64), pageCount: null, segmentCount: 160 }],
    results: [
      {
        requirement: "logging",
        status: "partial",
        reason: "retention-too-short",
        severity: "error",
        remediation: "Eis dat de logs ten minste zes maanden worden bewaard.",
        evidence: [
          // Deliberately the audit clause first: the formatter must lead with the decisive passage.
          { document: doc, page: null, line: 147, quote: "De Provincie mag een auditor laten onderzoeken.", headingPath: ["6. Overeenkomst", "6.3 Audit en openheid"], reason: "no-retention-period", note: "Er staat geen bewaartermijn bij; vereist is ten minste 6 maanden." },
          { document: doc, page: null, line: 95, quote: "De logbestanden worden drie maanden bewaard.", headingPath: ["4. Eisen", "4.3 Techniek"], reason: "retention-too-short", note: "De genoemde termijn (3 maanden) is korter dan de vereiste 6 maanden." },
        ],
      },
      { requirement: "dpia", status: "missing", reason: "no-mention", severity: "warning", evidence: [], remediation: "Plan een DPIA." },
      { requirement: "audit-right", status: "missing", reason: "no-mention", severity: "warning", evidence: [], remediation: "Geef een auditrecht." },
      { requirement: "sustainability", status: "partial", reason: "wish", severity: "info", evidence: [{ document: doc, page: null, line: 113, quote: "Wij stellen rapportage op prijs.", headingPath: ["4.5 Wensen"], reason: "wish", note: "Een wens." }] },
      {
        requirement: "compliance-dates",
        status: "satisfied",
        reason: "obligation",
        severity: "info",
        message: "De aanbesteding verplicht dit: zie de geciteerde passage. Verboden praktijken (art. 5) en AI-geletterdheid (art. 4): vanaf 2025-02-02. Plichten voor hoog-risico-AI uit bijlage III (art. 26, 27, 49): vanaf 2027-12-02.",
        evidence: [],
      },
    ],
  });
}

describe("formatStylish", () => {
  it("leads each finding with its decisive passage: place, section, quote, reason in words and what to do", () => {
    const text = formatStylish([docxReport()], { color: false, requirements });
    expect(text).toContain(
      [
        "  ✖ gedeeltelijk  Logging en bewaartermijn  logging",
        "      alinea 95 — 4.3 Techniek",
        "      “De logbestanden worden drie maanden bewaard.”",
        "      Waarom: 3 maanden; minimaal 6 maanden vereist (retention-too-short)",
        "      Wat te doen: Eis dat de logs ten minste zes maanden worden bewaard.",
        "      Ook gevonden: alinea 147 — 6.3 Audit en openheid (geen bewaartermijn; minimaal 6 maanden vereist)",
      ].join("\n"),
    );
    expect(text).toContain("Waarom: alleen een wens (wish)");
  });

  it("prints the path once, and the AI Act dates of compliance-dates", () => {
    const text = formatStylish([docxReport()], { color: false, requirements });
    expect(text.split("tenders/subsidie.docx").length - 1).toBe(1);
    expect(text).toContain("  Data uit de AI-verordening:\n    2 februari 2025   Verboden praktijken (art. 5) en AI-geletterdheid (art. 4)\n    2 december 2027   Plichten");
  });

  it("puts errors first and groups requirements of which nothing was found under one heading", () => {
    const text = formatStylish([docxReport()], { color: false, requirements });
    expect(text.indexOf("Fouten (1)")).toBeLessThan(text.indexOf("Waarschuwingen (2)"));
    expect(text.indexOf("Waarschuwingen (2)")).toBeLessThan(text.indexOf("Info (1)"));
    expect(text).toContain(
      "  ⚠ ontbreekt  Niets gevonden in de documenten over (2):\n      · DPIA (dpia) → Plan een DPIA.\n      · Auditrecht (audit-right) → Geef een auditrecht.",
    );
    expect(text.match(/Niets gevonden/g)).toHaveLength(1);
  });

  it("names the document and the page of a passage in a tender of several documents", () => {
    const report = makeReport();
    report.results.push({
      requirement: "dpia",
      status: "partial", reason: "deferred",
      severity: "warning",
      evidence: [{ document: "tenders/bijlage.pdf", page: 9, line: 4, quote: "Een DPIA volgt later.", headingPath: ["6.3 Audit en openheid"] }],
    });
    const text = formatStylish([report], { color: false, requirements });
    expect(text.split("\n")[0]).toBe("Verkeerslichten <ivri> (GLD-2026-011)");
    expect(text).toContain("  Documenten: tenders/ivri bestek.md, tenders/bijlage.pdf");
    expect(text).toContain("      bijlage.pdf, p. 9, r. 4 — 6.3 Audit en openheid\n      “Een DPIA volgt later.”\n      Waarom: uitgesteld of opengelaten (deferred)");
    expect(text).toContain("      ivri bestek.md, r. 12\n");
    expect(text.split("\n").at(-2)).toBe("✖ 2 fouten, 2 waarschuwingen · 1 aanbesteding · 1 eis voldaan");
  });

  it("writes no escape codes without colour, and strips those in document text", () => {
    const text = formatStylish([makeReport()], { color: false });
    expect(text).not.toContain("\u001b");
    expect(text).toContain("“Opdrachtnemer logt <script>");
  });

  it("colours severities when asked", () => {
    const text = formatStylish([makeReport()], { color: true });
    expect(text).toContain("\u001b[31m✖");
  });

  it("shows only errors with minSeverity error, but counts everything in the summary", () => {
    const text = formatStylish([makeReport()], { color: false, minSeverity: "error" });
    expect(text).not.toContain("exit-and-handover");
    expect(text).toContain("1 waarschuwing");
  });

  it("speaks English when asked and reports a prohibited practice first", () => {
    const text = formatStylish([prohibitedReport()], { color: false, lang: "en" });
    expect(text).toContain("  Errors (3)\n  ✖ prohibited practice  Prohibited AI practice described (AI Act art. 5)  prohibited-practice\n      ivri bestek.md, l. 3");
    expect(text).toContain("Why: prohibited practice");
    expect(text).toContain("✖ 3 errors, 1 warning · 1 tender");
  });

  it("lists the quoted findings of a severity in reading order", () => {
    const report = makeReport();
    report.results.push({
      requirement: "audit-right",
      status: "partial", reason: "wish",
      severity: "error",
      evidence: [{ document: "tenders/ivri bestek.md", page: null, line: 5, quote: "Een audit is welkom." }],
    });
    const text = formatStylish([report], { color: false });
    expect(text.indexOf("Een audit is welkom.")).toBeLessThan(text.indexOf("Opdrachtnemer logt"));
  });

  it("says so when a tender has no findings", () => {
    const text = formatStylish([makeReport({ results: [] })], { color: false, lang: "en" });
    expect(text).toContain("✔ No findings");
  });
});
