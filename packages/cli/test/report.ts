// A small CheckReport for in-process tests of the CLI's own logic.
import type { CheckReport } from "@ethiek/schemas";

export function sampleReport(tenderId = "T-1"): CheckReport {
  return {
    schemaVersion: "1.0",
    checker: { name: "@ethiek/procurement", version: "0.1.0" },
    ruleset: { name: "ethiek:recommended", version: "1.0.0" },
    checkedAt: "2026-11-28T10:00:00Z",
    language: "nl",
    tender: { id: tenderId, title: "Proef" },
    documents: [{ name: "bestek.md", format: "markdown", sha256: "c".repeat(64), pageCount: null, segmentCount: 3 }],
    classification: [{ tag: "ai", holds: true, source: "text", reasons: ["AI."] }],
    results: [
      { requirement: "logging", status: "partial", reason: "wish", severity: "error", evidence: [{ document: "bestek.md", page: null, line: 4, quote: "Logs 30 dagen." }] },
      { requirement: "dpia", status: "missing", reason: "no-mention", severity: "warning", evidence: [] },
      { requirement: "audit-right", status: "satisfied", reason: "obligation", severity: "error", evidence: [{ document: "bestek.md", page: null, line: 9, quote: "Audit." }] },
    ],
    summary: { satisfied: 1, partial: 1, missing: 1, notApplicable: 0, waived: 0, findings: { error: 1, warning: 1, info: 0 }, verdict: "fail" },
  };
}
