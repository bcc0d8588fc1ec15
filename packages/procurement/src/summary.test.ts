import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RequirementResult } from "@ethiek/schemas";
import { summarize, verdictOf } from "./summary.js";

const statuses = ["satisfied", "partial", "missing", "not-applicable", "waived"] as const;
const severities = ["error", "warning", "info"] as const;
const result = (status: RequirementResult["status"], severity: RequirementResult["severity"]) => ({ status, severity });

describe("verdictOf", () => {
  it("fails on an open error or a described prohibited practice", () => {
    expect(verdictOf({ error: 1, warning: 0, info: 0 }, false)).toBe("fail");
    expect(verdictOf({ error: 0, warning: 0, info: 0 }, true)).toBe("fail");
  });

  it("passes with warnings on open warnings or info findings only, and passes when nothing is open", () => {
    expect(verdictOf({ error: 0, warning: 1, info: 0 }, false)).toBe("pass-with-warnings");
    expect(verdictOf({ error: 0, warning: 0, info: 3 }, false)).toBe("pass-with-warnings");
    expect(verdictOf({ error: 0, warning: 0, info: 0 }, false)).toBe("pass");
  });
});

describe("summarize", () => {
  it("counts every status and only partial and missing results as findings", () => {
    const summary = summarize(
      [result("satisfied", "error"), result("partial", "warning"), result("missing", "error"), result("not-applicable", "error"), result("waived", "error")],
      false,
    );
    expect(summary).toEqual({ satisfied: 1, partial: 1, missing: 1, notApplicable: 1, waived: 1, findings: { error: 1, warning: 1, info: 0 }, verdict: "fail" });
  });

  it("gives as many counts as results, and a verdict that agrees with verdictOf (property)", () => {
    const results = fc.array(fc.record({ status: fc.constantFrom(...statuses), severity: fc.constantFrom(...severities) }));
    fc.assert(
      fc.property(results, fc.boolean(), (rs, prohibited) => {
        const s = summarize(rs, prohibited);
        expect(s.satisfied + s.partial + s.missing + s.notApplicable + s.waived).toBe(rs.length);
        expect(s.findings!.error + s.findings!.warning + s.findings!.info).toBe(s.partial + s.missing);
        expect(s.verdict).toBe(verdictOf(s.findings!, prohibited));
      }),
    );
  });
});
