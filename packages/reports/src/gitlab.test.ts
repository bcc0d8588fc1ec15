import { describe, expect, it } from "vitest";
import { type GitlabIssue, formatGitlab } from "./gitlab.js";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";

describe("formatGitlab", () => {
  const issues = JSON.parse(formatGitlab([makeReport(), prohibitedReport()], { requirements })) as GitlabIssue[];

  it("lists one code-quality issue per finding with the fields GitLab requires", () => {
    expect(issues).toHaveLength(7);
    for (const issue of issues) {
      expect(issue).toEqual({
        description: expect.any(String),
        check_name: expect.any(String),
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
        location: { path: expect.any(String), lines: { begin: expect.any(Number) } },
      });
    }
  });

  it("maps severities and makes a prohibited practice a blocker", () => {
    expect(issues.find((i) => i.check_name === "prohibited-practice")?.severity).toBe("blocker");
    expect(issues.find((i) => i.check_name === "dpia")?.severity).toBe("major");
    expect(issues.find((i) => i.check_name === "exit-and-handover")?.severity).toBe("minor");
  });

  it("locates a finding at its passage, or at line 1 of the first document when nothing was found", () => {
    expect(issues[0]?.location).toEqual({ path: "tenders/ivri bestek.md", lines: { begin: 12 } });
    expect(issues.find((i) => i.check_name === "dpia")?.location).toEqual({ path: "tenders/ivri bestek.md", lines: { begin: 1 } });
  });

  it("carries the page, section and reason of the decisive passage in the description", () => {
    const report = makeReport();
    report.results[0]!.evidence = [
      { document: "tenders/bijlage.pdf", page: 9, line: 4, quote: "Logs 3 maanden.", headingPath: ["6.3 Audit en openheid"], reason: "wish" },
    ];
    const [logging] = JSON.parse(formatGitlab([report], { requirements })) as GitlabIssue[];
    expect(logging?.description).toContain("[p. 9, r. 4 — 6.3 Audit en openheid: alleen een wens]");
    expect(logging?.location).toEqual({ path: "tenders/bijlage.pdf", lines: { begin: 4 } });
  });

  it("gives every finding a distinct fingerprint, also across tenders", () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it("is an empty array when nothing is open", () => {
    expect(JSON.parse(formatGitlab([makeReport({ results: [] })]))).toEqual([]);
  });
});
