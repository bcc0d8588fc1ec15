import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RequirementResult } from "@ethiek/schemas";
import { diffReports } from "./diff.js";

const statuses = ["satisfied", "partial", "missing", "not-applicable", "waived"] as const;
const reportWith = (results: Record<string, (typeof statuses)[number]>) => ({
  results: Object.entries(results).map(([requirement, status]) => ({ requirement, status }) as RequirementResult),
});

describe("diffReports", () => {
  it("names each requirement whose status changed, appeared or vanished, in id order", () => {
    const before = reportWith({ logging: "missing", dpia: "partial", "audit-right": "satisfied" });
    const after = reportWith({ logging: "satisfied", dpia: "partial", sustainability: "missing" });
    expect(diffReports(before, after)).toEqual([
      { requirement: "audit-right", before: "satisfied", after: null },
      { requirement: "logging", before: "missing", after: "satisfied" },
      { requirement: "sustainability", before: null, after: "missing" },
    ]);
  });

  it("turns the earlier statuses into the later ones, and finds nothing between a report and itself (property)", () => {
    const results = fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.constantFrom(...statuses));
    fc.assert(
      fc.property(results, results, (a, b) => {
        const applied: Record<string, string> = { ...a };
        for (const c of diffReports(reportWith(a), reportWith(b))) {
          expect(c.before).toBe(a[c.requirement] ?? null);
          if (c.after === null) delete applied[c.requirement];
          else applied[c.requirement] = c.after;
        }
        expect(applied).toEqual(b);
        expect(diffReports(reportWith(a), reportWith(a))).toEqual([]);
      }),
    );
  });
});
