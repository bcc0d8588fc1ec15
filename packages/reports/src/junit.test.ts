import { describe, expect, it } from "vitest";
import { formatJunit } from "./junit.js";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";

describe("formatJunit", () => {
  const xml = formatJunit([makeReport(), prohibitedReport()], { requirements });

  it("has one testcase per requirement per tender, plus the prohibited practice", () => {
    expect(xml.match(/<testcase /g)).toHaveLength(6 + 7);
    expect(xml).toContain('<testsuites name="ethiek" tests="13" failures="7" errors="0" skipped="4">');
    expect(xml).toContain('name="prohibited-practice: Verboden AI-praktijk beschreven (AI-verordening art. 5)"');
  });

  it("marks partial and missing as failures typed by severity, waived and not-applicable as skipped", () => {
    expect(xml).toMatch(/name="dpia: DPIA">\s*<failure type="error"/);
    expect(xml).toMatch(/name="exit-and-handover: exit-and-handover">\s*<failure type="warning"/);
    expect(xml).toMatch(/name="sustainability: Duurzaamheid">\s*<skipped message="ontheffing: Niet te leveren. \(GLD-ETH-2026-003\)"\/>/);
    expect(xml).toMatch(/name="audit-right: Auditrecht">\s*<system-out>/);
  });

  it("escapes document text and drops characters XML cannot carry", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;");
    expect(xml).not.toContain("\u001b");
  });
});
