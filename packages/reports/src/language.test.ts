// One language per report: a Dutch terminal, Markdown and HTML report shows no English, whatever
// reason, status, severity or tag it has to say. The report below holds every reason code of the
// schema, every status and severity, every classification tag and a prohibited practice; its
// quoted text is Dutch, so any English hit comes from the formatters' own words.
import checkReportSchema from "@ethiek/schemas/schemas/check-report.schema.json" with { type: "json" };
import tenderSchema from "@ethiek/schemas/schemas/tender.schema.json" with { type: "json" };
import type { CheckReport, ClassificationTag, ReasonCode, RequirementResult, Status } from "@ethiek/schemas";
import { englishIn, withoutCode } from "@ethiek/messages";
import { describe, expect, it } from "vitest";
import { formatHtml } from "./html.js";
import { formatMarkdown } from "./markdown.js";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";
import { formatStylish } from "./stylish.js";
import { reasonText, tagLabel } from "./words.js";

const reasonCodes = checkReportSchema.$defs.ReasonCode.enum as ReasonCode[];
const tags = tenderSchema.$defs.ClassificationTag.enum;

/** The status a result with this reason has (the schema's description pairs them). */
function statusOf(reason: ReasonCode): Status {
  if (reason === "obligation" || reason === "by-reference" || reason === "excluded-as-required") return "satisfied";
  if (reason === "negated" || reason === "no-mention") return "missing";
  if (reason === "tag-not-applicable") return "not-applicable";
  if (reason === "waived") return "waived";
  return "partial";
}

/** A Dutch report with one result per reason code, at every severity in turn, and every tag holding. */
function everyReason(): CheckReport {
  const base = prohibitedReport();
  const severities = ["error", "warning", "info"] as const;
  const results: RequirementResult[] = reasonCodes.map((reason, i) => ({
    requirement: `eis-${reason}`,
    title: `Eis ${i + 1}`,
    status: statusOf(reason),
    reason,
    severity: severities[i % 3]!,
    message: "De aanbesteding regelt dit niet helemaal.",
    evidence:
      reason === "no-mention" || reason === "tag-not-applicable" || reason === "waived"
        ? []
        : [
            {
              document: "tenders/bijlage.pdf",
              page: i + 1,
              line: 4,
              quote: "De leverancier bewaart de logbestanden drie maanden.",
              reason,
              headingPath: ["6.3 Audit en openheid"],
              ...(reason === "retention-too-short" ? { note: "De genoemde termijn (3 maanden) is korter dan de vereiste 6 maanden." } : {}),
            },
            { document: "tenders/ivri bestek.md", page: null, line: 30 + i, quote: "Zie ook de bijlage." },
          ],
    remediation: "Schrijf een verplichting voor de leverancier.",
    ...(reason === "waived" ? { waiver: { reason: "Niet nodig.", approvedBy: "Ethisch adviseur", case: "GLD-ETH-2026-003" } } : {}),
  }));
  return {
    ...base,
    classification: tags.map((tag) => ({ tag: tag as ClassificationTag, holds: tag !== "generative", source: "text" as const, ...(tag === "high-risk" ? { detail: "5a" } : {}), reasons: ["De tekst zegt dit."] })),
    results: [...base.results, ...results],
    summary: { ...base.summary, verdict: "pass-with-warnings" },
  };
}

const reports = [everyReason(), makeReport(), prohibitedReport()];
/** Requirement ids: code, and a title when the report has no other (`exit-and-handover`). */
const ids = [...new Set(reports.flatMap((r) => r.results.map((x) => x.requirement)))].sort((a, b) => b.length - a.length);

/** What a person reads: no markup, colour codes, quoted tender text, file names or code. */
function screenText(output: string): string {
  return withoutCode(
    ids
      .reduce((text, id) => text.replaceAll(id, " "), output)
      .replace(/<(style|code|blockquote)\b[^]*?<\/\1>/gi, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&[a-z#0-9]+;/gi, " ")
      .replace(/\u001b\[[0-9;]*m/g, "")
      .replace(/[„“"][^„“"”\n]*[”"]/g, " ")
      .replace(/^\s*>.*$/gm, " ")
      .replace(/\S+\.(?:md|pdf|docx)\b/g, " ")
      .replace(/https?:\/\/\S+/g, " "),
  );
}

describe("a Dutch report", () => {
  it("has Dutch words for every reason code and classification tag of the schema", () => {
    const missing = [...reasonCodes, "prohibited" as const].filter((r) => !reasonText(r, undefined, "nl") || englishIn(reasonText(r, undefined, "nl")).length > 0);
    expect(missing).toEqual([]);
    expect(tags.filter((tag) => tagLabel(tag, "nl") === tag)).toEqual([]);
  });

  it.each([
    ["terminal", () => formatStylish(reports, { color: true, lang: "nl", requirements })],
    ["Markdown", () => formatMarkdown(reports, { lang: "nl", requirements })],
    ["HTML", () => formatHtml(reports, { lang: "nl", requirements })],
    ["HTML of one tender", () => formatHtml([everyReason()], { lang: "nl" })],
  ])("shows no English in the %s report", (_name, render) => {
    const output = render();
    expect(output).toMatch(/gedeeltelijk/i);
    expect(englishIn(screenText(output))).toEqual([]);
  });

  it("is told apart from an English one (the check itself works)", () => {
    const english = formatStylish([everyReason()], { color: false, lang: "en", requirements });
    expect(englishIn(screenText(english)).length).toBeGreaterThan(5);
  });
});
