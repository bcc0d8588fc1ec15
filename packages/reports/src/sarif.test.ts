import { describe, expect, it } from "vitest";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";
import { buildSarif, documentUri, formatSarif } from "./sarif.js";

// Validation against the OASIS SARIF 2.1.0 schema runs in packages/cli (it needs ajv-draft-04).
describe("formatSarif", () => {
  const log = buildSarif([makeReport()], { requirements, baseUri: "file:///repo/" });
  const run = log.runs[0]!;

  it("is SARIF 2.1.0 with one run and the requirements as rules with help and sources", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const logging = run.tool.driver.rules.find((r) => r.id === "logging");
    expect(logging?.shortDescription.text).toBe("Logging en bewaartermijn");
    expect(logging?.help?.text).toContain("zes maanden");
    expect(logging?.help?.markdown).toContain("[AI Act art. 12](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)");
    expect(logging?.helpUri).toContain("#logging");
    expect(logging?.properties?.sources).toHaveLength(2);
    // A result whose requirement has no doc still gets a rule.
    expect(run.tool.driver.rules.some((r) => r.id === "exit-and-handover")).toBe(true);
  });

  it("maps statuses onto kinds and only failures carry a level", () => {
    const byRule = Object.fromEntries(run.results.map((r) => [r.ruleId, r]));
    expect(byRule["audit-right"]).toMatchObject({ kind: "pass", level: "none" });
    expect(byRule.logging).toMatchObject({ kind: "review", level: "none" });
    expect(byRule.dpia).toMatchObject({ kind: "fail", level: "error" });
    expect(byRule["exit-and-handover"]).toMatchObject({ kind: "fail", level: "warning" });
    expect(byRule["generative-ai-safeguards"]).toMatchObject({ kind: "notApplicable", level: "none" });
    expect(byRule.sustainability?.suppressions?.[0]).toMatchObject({ kind: "external", status: "accepted" });
    expect(byRule.sustainability?.suppressions?.[0]?.justification).toContain("GLD-ETH-2026-003");
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it("locates evidence at file and line, and a missing requirement at the first document", () => {
    const logging = run.results.find((r) => r.ruleId === "logging");
    expect(logging?.locations[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: "tenders/ivri%20bestek.md", uriBaseId: "SRCROOT", index: 0 },
      region: { startLine: 12 },
    });
    const audit = run.results.find((r) => r.ruleId === "audit-right");
    // The page and place travel with the location, as words and as a property.
    expect(audit?.locations[0]?.message?.text).toBe("p. 2, r. 7");
    expect(audit?.locations[0]?.properties).toEqual({ page: 2 });
    expect(logging?.locations[0]?.message?.text).toBe("r. 12: te korte bewaartermijn");
    expect(logging?.locations[0]?.properties).toEqual({ page: null });
    const dpia = run.results.find((r) => r.ruleId === "dpia");
    expect(dpia?.locations[0]?.physicalLocation.artifactLocation.uri).toBe("tenders/ivri%20bestek.md");
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: "file:///repo/" } });
    expect(run.artifacts[1]).toEqual({ location: { uri: "tenders/bijlage.pdf", uriBaseId: "SRCROOT" }, hashes: { "sha-256": "b".repeat(64) } });
  });

  it("gives every result a fingerprint that survives a moved passage", () => {
    const prints = run.results.map((r) => r.partialFingerprints["ethiekFinding/v1"]);
    expect(new Set(prints).size).toBe(prints.length);
    const moved = makeReport();
    moved.results[0]!.evidence[0]!.line = 99;
    const again = buildSarif([moved], { requirements }).runs[0]!.results[0]!;
    expect(again.partialFingerprints).toEqual(run.results[0]?.partialFingerprints);
  });

  it("reports a prohibited practice as an error result with its own rule", () => {
    const r = buildSarif([prohibitedReport()], { requirements }).runs[0]!;
    const result = r.results.find((x) => x.ruleId === "prohibited-practice");
    expect(result).toMatchObject({ kind: "fail", level: "error" });
    expect(result?.locations[0]?.physicalLocation.region?.startLine).toBe(3);
  });

  it("serialises to JSON text ending in a newline", () => {
    const text = formatSarif([makeReport()], { requirements });
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text).runs[0].originalUriBaseIds).toBeUndefined();
  });
});

describe("documentUri", () => {
  it("percent-encodes each path segment and turns backslashes into slashes", () => {
    expect(documentUri("a b\\c#d/é.md")).toBe("a%20b/c%23d/%C3%A9.md");
  });
});

describe("formatSarif for GitHub code scanning", () => {
  it("keeps only findings and waivers, with partial results as failures at their severity", () => {
    const run = buildSarif([makeReport()], { requirements, codeScanning: true }).runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.kind, r.level, r.properties.status])).toEqual([
      ["logging", "fail", "error", "partial"],
      ["dpia", "fail", "error", "missing"],
      ["sustainability", "fail", "note", "waived"],
      ["exit-and-handover", "fail", "warning", "missing"],
    ]);
    // Rules still document every requirement, so alerts link to their help.
    expect(run.tool.driver.rules.some((r) => r.id === "audit-right")).toBe(true);
  });
});
