import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CheckReport, RequirementResult } from "@ethiek/schemas";
import { diffReports } from "@ethiek/procurement";
import { kebab } from "./problems.js";
import { negotiate } from "./routes/checks/negotiate.js";

const statuses = ["satisfied", "partial", "missing", "not-applicable", "waived"] as const;
const reasonOf = { satisfied: "obligation", partial: "wish", missing: "no-mention", "not-applicable": "tag-not-applicable", waived: "waived" } as const;
const reportWith = (results: Record<string, (typeof statuses)[number]>): CheckReport =>
  ({
    results: Object.entries(results).map(([requirement, status]): RequirementResult => ({ requirement, status, reason: reasonOf[status], severity: "error", evidence: [] })),
  }) as unknown as CheckReport;

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

  it("applying the changes to the earlier statuses gives the later ones (property)", () => {
    const results = fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.constantFrom(...statuses));
    fc.assert(
      fc.property(results, results, (a, b) => {
        const changes = diffReports(reportWith(a), reportWith(b));
        const applied: Record<string, string> = { ...a };
        for (const c of changes) {
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

describe("negotiate", () => {
  const offers = ["application/json", "application/sarif+json", "text/html"];

  it("honours quality values, exact types over wildcards, and refuses what is not offered", () => {
    expect(negotiate(undefined, offers)).toBe("application/json");
    expect(negotiate("*/*", offers)).toBe("application/json");
    expect(negotiate("text/html,application/xhtml+xml,*/*;q=0.8", offers)).toBe("text/html");
    expect(negotiate("application/json;q=0.5, application/sarif+json", offers)).toBe("application/sarif+json");
    expect(negotiate("text/*", offers)).toBe("text/html");
    expect(negotiate("image/png", offers)).toBe(false);
    expect(negotiate("text/html;q=0", offers)).toBe(false);
  });

  it("never throws and only answers an offered type or false, for any header (property)", () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const answer = negotiate(header, offers);
        expect(answer === false || offers.includes(answer)).toBe(true);
      }),
    );
  });
});

describe("kebab", () => {
  it("turns the document reader's codes into problem codes", () => {
    expect(kebab("PDF_ENCRYPTED")).toBe("pdf-encrypted");
    expect(kebab("TOO_MANY_PAGES")).toBe("too-many-pages");
  });
});
