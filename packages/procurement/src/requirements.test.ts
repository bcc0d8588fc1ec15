// Runs the RuleTester-style table of test/requirement-cases.ts through check().
import { describe, expect, it } from "vitest";
import { doc, declaring, everything } from "../test/helpers.js";
import { check } from "./index.js";
import { cases } from "../test/requirement-cases.js";

function statusOf(requirement: string, text: string, heading = "4 Eisen"): string {
  const report = check([doc(`# Aanbesteding\n\n## ${heading}\n\n${text}\n`)], { manifest: declaring(everything) });
  return report.results.find((r) => r.requirement === requirement)!.status;
}

describe.each(Object.entries(cases))("requirement %s", (id, { valid, invalid }) => {
  it.each(valid)("is satisfied by: %s", (text) => {
    const body = text.includes(" | ") ? `| ID | Eis |\n|---|---|\n| ${text} |` : text;
    expect(statusOf(id, body)).toBe("satisfied");
  });
  it.each(invalid)("is not satisfied by: %s", (text) => {
    const body = text.includes(" | ") ? `| ID | Wens |\n|---|---|\n| ${text} |` : text;
    expect(statusOf(id, body)).not.toBe("satisfied");
  });
});
