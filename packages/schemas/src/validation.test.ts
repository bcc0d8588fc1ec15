import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { formatIssues, validateCheckReport, validateDocument, validateTender, validators } from "./index.js";

const example = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

describe("validateTender", () => {
  it("accepts the example tender manifest", () => {
    const result = validateTender(example("tender.example.json"));
    expect(result).toEqual({ ok: true, value: example("tender.example.json") });
  });

  it("lists every problem of a broken manifest at once, in words", () => {
    const result = validateTender(example("invalid/tender.missing-title-bad-enums.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "`/title`: required property missing",
        "`/buyer/name`: required property missing",
        "`/procurementMethod`: must be one of open, selective, limited, direct; found 'openbaar'",
        "`/value/amount`: must be >= 0; found -5",
        "`/value/currency`: must be text matching ^[A-Z]{3}$; found 'euro'",
        "`/submissionDeadlineAt`: must be a date and time (RFC 3339, e.g. 2026-05-01T09:30:00Z); found '15-09-2026'",
        expect.stringMatching(/^`\/declarations\/0\/tag`: must be one of algorithmic, ai, high-risk, .*; found 'high risk'$/),
        "`/declarations/0/holds`: must be a boolean; found string 'yes'",
        "`/waivers/0/reason`: must be at least 1 character(s) long; found ''",
        "`/waivers/0/approvedBy`: required property missing",
        "`/waivers/0/case`: required property missing",
        "`/colour`: unknown property 'colour'",
      ]),
    );
    expect(result.errors).toHaveLength(12);
    // Every issue carries a JSON pointer to the offending place.
    expect(result.errors.find((e) => e.code === "required" && e.pointer === "/title")).toBeDefined();
  });

  it("reports wrong types with what was expected and what was found", () => {
    const result = validateTender(example("invalid/tender.wrong-types.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: "/title", code: "type", expected: "string", found: "42" }),
        expect.objectContaining({ pointer: "/items", code: "type", expected: "array" }),
        expect.objectContaining({ pointer: "/documents/0/url", code: "format" }),
      ]),
    );
  });

  it("rejects values that are not objects without throwing", () => {
    for (const value of [null, 3, "tender", [], undefined]) {
      const result = validateTender(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toMatch(/^`\/`: must be an object/);
    }
  });

  it("formats issues as one readable line each", () => {
    const result = validateTender({ title: "" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssues(result.errors)).toBe("- `/title`: must be at least 1 character(s) long; found ''");
  });
});

describe("validateCheckReport", () => {
  it("accepts the example report", () => {
    expect(validateCheckReport(example("check-report.example.json")).ok).toBe(true);
  });

  it("rejects an unknown status and a wrong tag with both errors", () => {
    const report = example("check-report.example.json") as { results: { status: string }[]; classification: { tag: string }[] };
    report.results[0]!.status = "ok";
    report.classification[0]!.tag = "algorithmisch";
    const result = validateCheckReport(report);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.pointer)).toEqual(["/classification/0/tag", "/results/0/status"]);
    }
  });
});

describe("validateDocument", () => {
  it("accepts located segments, with null pages for formats without pages", () => {
    const document = {
      name: "bestek.md",
      format: "markdown",
      sha256: "a".repeat(64),
      pageCount: null,
      segments: [{ text: "Opdrachtnemer logt alle beslissingen.", page: null, line: 12, headingPath: ["3 Eisen"], kind: "paragraph" }],
    };
    expect(validateDocument(document).ok).toBe(true);
  });

  it("rejects line 0 and an unknown segment kind", () => {
    const result = validateDocument({
      name: "x.pdf",
      format: "pdf",
      sha256: "b".repeat(64),
      pageCount: 1,
      segments: [{ text: "x", page: 1, line: 0, headingPath: [], kind: "footnote" }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.pointer).sort()).toEqual(["/segments/0/kind", "/segments/0/line"]);
  });
});

describe("validators registry", () => {
  it("has a validator for every schema file", () => {
    expect(Object.keys(validators).sort()).toEqual(expect.arrayContaining(["check-report", "document", "tender"]));
  });
});
