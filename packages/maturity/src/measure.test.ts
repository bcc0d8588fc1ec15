import { describe, expect, it } from "vitest";
import type { MaturityAssessment } from "@ethiek/schemas";
import { addMeasurements, latestChecks, measureFromRecords, periodBounds, type ServiceRecords } from "./measure.js";

const now = "2026-07-01T12:00:00.000Z";
const year = { periodStartDate: "2026-01-01", periodEndDate: "2026-06-30" };

describe("periodBounds", () => {
  it("runs from the first day's start up to the day after the last", () => {
    expect(periodBounds(year)).toEqual({ from: "2026-01-01T00:00:00", until: "2026-07-01T00:00:00.000Z" });
  });
});

describe("latestChecks", () => {
  it("keeps only the last check of each chain of re-checks", () => {
    expect(latestChecks([{ id: "a", previousCheck: null }, { id: "b", previousCheck: "a" }, { id: "c", previousCheck: "b" }, { id: "d", previousCheck: null }])).toEqual(["c", "d"]);
  });
});

describe("measureFromRecords", () => {
  const records: ServiceRecords = {
    checks: [
      { id: "first", previousCheck: null },
      { id: "recheck", previousCheck: "first" },
      { id: "other", previousCheck: null },
    ],
    results: [
      // The re-checked check no longer counts.
      { checkId: "first", status: "missing" },
      { checkId: "recheck", status: "satisfied" },
      { checkId: "recheck", status: "partial" },
      { checkId: "recheck", status: "waived" },
      { checkId: "other", status: "satisfied" },
      { checkId: "other", status: "not-applicable" },
      { checkId: "other", status: "missing" },
    ],
    caseEvents: [
      { caseId: "c1", toStatus: "reflection-given", occurredAt: "2025-12-01T00:00:00.000Z" },
      { caseId: "c1", toStatus: "decision-recorded", occurredAt: "2026-02-01T00:00:00.000Z" },
      { caseId: "c1", toStatus: "closed", occurredAt: "2026-03-01T00:00:00.000Z" },
      { caseId: "c2", toStatus: "reflection-given", occurredAt: "2026-04-01T00:00:00.000Z" },
      { caseId: "c3", toStatus: "closed", occurredAt: "2025-06-01T00:00:00.000Z" },
      { caseId: "c4", toStatus: "closed", occurredAt: "2026-07-01T00:00:00.000Z" },
    ],
  };

  it("counts only satisfied out of satisfied, partial and missing in the latest check per tender", () => {
    const [met] = measureFromRecords(records, year, now);
    expect(met).toEqual({ metric: "requirements-met-share", value: 0.5, numerator: 2, denominator: 4, ...year, measuredAt: now });
  });

  it("counts cases closed within the period and reflections followed up by a decision", () => {
    const byMetric = Object.fromEntries(measureFromRecords(records, year, now).map((m) => [m.metric, m]));
    expect(byMetric["cases-closed"]?.value).toBe(1);
    expect(byMetric["reflections-followed-up-share"]).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(byMetric["tenders-checked-share"]).toBeUndefined();
  });

  it("gives the share of tenders checked only when the total is known, and no share without anything to count", () => {
    const measured = measureFromRecords({ checks: records.checks, results: [], caseEvents: [] }, { ...year, tendersTotal: 3 }, now);
    expect(measured.map((m) => m.metric)).toEqual(["tenders-checked-share", "cases-closed"]);
    expect(measured[0]).toMatchObject({ value: 0.6667, numerator: 2, denominator: 3 });
  });
});

describe("addMeasurements", () => {
  it("replaces a measurement of the same metric and period and drops stale scores", () => {
    const old = { metric: "cases-closed", value: 1, ...year, measuredAt: "2026-06-01T00:00:00.000Z" } as const;
    const assessment = { measurements: [old], scores: {} } as unknown as MaturityAssessment;
    const next = addMeasurements(assessment, [{ ...old, value: 4, measuredAt: now }]);
    expect(next.measurements).toEqual([{ ...old, value: 4, measuredAt: now }]);
    expect("scores" in next).toBe(false);
  });
});
