// Test data for the formatter tests (not exported from the package): reports with every status,
// a prohibited practice and hostile document text.
import type { CheckReport } from "@ethiek/schemas";
import type { FormatterRequirement } from "./shared.js";

export const hostileQuote = `Opdrachtnemer logt <script>alert("x")</script> & bewaart | *alles* \u001b[31mrood\u001b[0m 6 maanden.`;

export const requirements: FormatterRequirement[] = [
  {
    id: "logging",
    title: "Logging en bewaartermijn",
    explanation: "Met logs kan de provincie achteraf nagaan wat het systeem deed.",
    remediation: "Verplicht automatische logging, toegang tot de logs en minstens zes maanden bewaren.",
    sources: [
      { framework: "AI Act", reference: "art. 12", url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj" },
      { framework: "Algoritmekader", reference: "urn:nl:ak:ver:aia-07" },
    ],
    helpUri: "https://github.com/ethiek/ethiek/blob/main/docs/requirements.md#logging",
  },
  {
    id: "dpia",
    title: "DPIA",
    explanation: "Een DPIA laat zien welke risico's mensen lopen.",
    remediation: "Plan een DPIA voor het gebruik en betrek de FG.",
    sources: [{ framework: "AVG", reference: "art. 35" }],
  },
  { id: "audit-right", title: "Auditrecht", remediation: "Geef de provincie het recht op een audit.", sources: [] },
  { id: "sustainability", title: "Duurzaamheid", sources: [] },
  { id: "generative-ai-safeguards", title: "Waarborgen generatieve AI", sources: [] },
];

/** A report on a tender with one result per status. */
export function makeReport(overrides: Partial<CheckReport> = {}): CheckReport {
  return {
    schemaVersion: "1.0",
    checker: { name: "@ethiek/procurement", version: "0.1.0" },
    ruleset: { name: "ethiek:recommended", version: "1.0.0" },
    checkedAt: "2026-11-28T10:00:00Z",
    language: "nl",
    tender: { id: "GLD-2026-011", title: "Verkeerslichten <ivri>", buyer: "Provincie Gelderland" },
    documents: [
      { name: "tenders/ivri bestek.md", format: "markdown", sha256: "a".repeat(64), pageCount: null, segmentCount: 40 },
      { name: "tenders/bijlage.pdf", format: "pdf", sha256: "b".repeat(64), pageCount: 3, segmentCount: 20 },
    ],
    classification: [
      { tag: "algorithmic", holds: true, source: "text", reasons: ["De software bepaalt groentijden."] },
      { tag: "ai", holds: true, source: "text", reasons: ["Een zelflerende module."] },
      { tag: "high-risk", holds: true, source: "text", detail: "2", reasons: ["Bijlage III punt 2."] },
      { tag: "prohibited", holds: false, source: "default", reasons: ["Geen verboden praktijk."] },
    ],
    results: [
      {
        requirement: "logging",
        title: "Logging",
        status: "partial", reason: "wish",
        severity: "error",
        message: "Logs worden 30 dagen bewaard; zes maanden is nodig.",
        evidence: [
          { document: "tenders/ivri bestek.md", page: null, line: 12, quote: hostileQuote, note: "te korte bewaartermijn" },
        ],
        remediation: "Verplicht een bewaartermijn van minstens zes maanden.",
        sources: [{ framework: "AI Act", reference: "art. 12" }],
      },
      {
        requirement: "dpia",
        status: "missing", reason: "no-mention",
        severity: "error",
        evidence: [],
        remediation: "Plan een DPIA voor het gebruik.",
      },
      {
        requirement: "audit-right",
        status: "satisfied", reason: "obligation",
        severity: "error",
        evidence: [{ document: "tenders/bijlage.pdf", page: 2, line: 7, quote: "Opdrachtgever mag een audit laten doen." }],
        fingerprint: "feedbeef",
      },
      {
        requirement: "sustainability",
        status: "waived", reason: "waived",
        severity: "info",
        evidence: [],
        waiver: { reason: "Niet te leveren.", approvedBy: "Ethisch adviseur", case: "GLD-ETH-2026-003" },
      },
      { requirement: "generative-ai-safeguards", status: "not-applicable", reason: "tag-not-applicable", severity: "error", evidence: [] },
      {
        requirement: "exit-and-handover",
        status: "missing", reason: "no-mention",
        severity: "warning",
        evidence: [],
      },
    ],
    summary: {
      satisfied: 1,
      partial: 1,
      missing: 2,
      notApplicable: 1,
      waived: 1,
      findings: { error: 2, warning: 1, info: 0 },
      verdict: "fail",
    },
    ...overrides,
  };
}

/** The same tender with a described prohibited practice. */
export function prohibitedReport(): CheckReport {
  const base = makeReport();
  return {
    ...base,
    tender: { id: "ZH-2026-099", title: "Emotieherkenning personeel" },
    classification: [
      ...base.classification.filter((c) => c.tag !== "prohibited"),
      {
        tag: "prohibited",
        holds: true,
        source: "text",
        reasons: ["Emotieherkenning op de werkplek (art. 5, lid 1, f)."],
        evidence: [{ document: "tenders/ivri bestek.md", page: null, line: 3, quote: "Het systeem herkent emoties van medewerkers." }],
      },
    ],
  };
}
