import type { MaturityAssessment, MaturityMeasurement, MaturitySystemMeasurementInput, Status } from "@ethiek/schemas";

/** A period of whole days, as an assessment's measurements name it (`YYYY-MM-DD`, both included). */
export type MeasurementPeriod = Pick<MaturitySystemMeasurementInput, "periodStartDate" | "periodEndDate">;

/** One stored check of a tender: its id and the earlier check it re-checked, if any. */
export interface CheckRecord {
  readonly id: string;
  readonly previousCheck: string | null;
}

/** The status one check gave one requirement. */
export interface CheckResultRecord {
  readonly checkId: string;
  readonly status: Status;
}

/** A step in a case's lifecycle: the status it moved to and when. */
export interface CaseEventRecord {
  readonly caseId: string;
  readonly toStatus: string;
  readonly occurredAt: string;
}

/**
 * What the service knows of one organisation over a period: its checks made in the period, the
 * results of (at least) the latest of them, and its case events up to the period's end.
 */
export interface ServiceRecords {
  readonly checks: readonly CheckRecord[];
  readonly results: readonly CheckResultRecord[];
  readonly caseEvents: readonly CaseEventRecord[];
}

/** Statuses that count as met: only a satisfied requirement. */
export const MET_STATUSES: ReadonlySet<Status> = new Set(["satisfied"]);

/** Statuses that count at all: waived and not-applicable requirements are left out of the share. */
export const APPLICABLE_STATUSES: ReadonlySet<Status> = new Set(["satisfied", "partial", "missing"]);

/**
 * The first and the first-after moments of a period, as ISO text (which compares in time order,
 * also in a database): `from` is inclusive, `until` exclusive.
 *
 * @example
 * periodBounds({ periodStartDate: "2026-01-01", periodEndDate: "2026-03-31" })
 * // { from: "2026-01-01T00:00:00", until: "2026-04-01T00:00:00.000Z" }
 */
export function periodBounds(period: MeasurementPeriod): { from: string; until: string } {
  return {
    from: `${period.periodStartDate}T00:00:00`,
    until: new Date(Date.parse(`${period.periodEndDate}T00:00:00Z`) + 86_400_000).toISOString(),
  };
}

/**
 * The checks that count for a tender: a re-check replaces the check it re-checked, so only the
 * last check of each chain remains.
 *
 * @example
 * latestChecks([{ id: "a", previousCheck: null }, { id: "b", previousCheck: "a" }]) // ["b"]
 */
export function latestChecks(checks: readonly CheckRecord[]): string[] {
  const superseded = new Set(checks.flatMap((c) => (c.previousCheck === null ? [] : [c.previousCheck])));
  return checks.filter((c) => !superseded.has(c.id)).map((c) => c.id);
}

const share = (numerator: number, denominator: number) => Math.round((numerator / denominator) * 10_000) / 10_000;

/**
 * An organisation's figures from the service's own records over a period: the share of applicable
 * requirements met in its latest check per tender ({@link MET_STATUSES} out of
 * {@link APPLICABLE_STATUSES}), the share of its tenders checked (only when the caller says how
 * many tenders there were), the ethics cases closed in the period, and the share of cases with a
 * reflection whose decision (follow-up) was recorded. A share without anything to count is left
 * out rather than given as 0.
 *
 * @example
 * measureFromRecords(records, { periodStartDate: "2026-01-01", periodEndDate: "2026-12-31", tendersTotal: 8 }, new Date().toISOString())
 * // [{ metric: "requirements-met-share", value: 0.75, numerator: 30, denominator: 40, … }, …]
 */
export function measureFromRecords(records: ServiceRecords, input: MaturitySystemMeasurementInput, measuredAt: string): MaturityMeasurement[] {
  const { from, until } = periodBounds(input);
  const period = { periodStartDate: input.periodStartDate, periodEndDate: input.periodEndDate, measuredAt };
  const out: MaturityMeasurement[] = [];

  const latest = latestChecks(records.checks);
  const counted = new Set(latest);
  const results = records.results.filter((r) => counted.has(r.checkId));
  const applicable = results.filter((r) => APPLICABLE_STATUSES.has(r.status)).length;
  const met = results.filter((r) => MET_STATUSES.has(r.status)).length;
  if (applicable > 0) out.push({ metric: "requirements-met-share", value: share(met, applicable), numerator: met, denominator: applicable, ...period });
  if (input.tendersTotal !== undefined) {
    out.push({ metric: "tenders-checked-share", value: share(latest.length, input.tendersTotal), numerator: latest.length, denominator: input.tendersTotal, ...period });
  }

  const events = records.caseEvents.filter((e) => e.occurredAt < until);
  const closed = new Set(events.filter((e) => e.toStatus === "closed" && e.occurredAt >= from).map((e) => e.caseId));
  out.push({ metric: "cases-closed", value: closed.size, ...period });
  const reflected = new Set(events.filter((e) => e.toStatus === "reflection-given").map((e) => e.caseId));
  const followedUp = new Set(events.filter((e) => e.toStatus === "decision-recorded" && reflected.has(e.caseId)).map((e) => e.caseId));
  if (reflected.size > 0) {
    out.push({ metric: "reflections-followed-up-share", value: share(followedUp.size, reflected.size), numerator: followedUp.size, denominator: reflected.size, ...period });
  }
  return out;
}

/**
 * The assessment with measurements added: one for the same metric and period replaces the old
 * one. Stored scores are dropped, as they are computed again when read.
 *
 * @example
 * const next = addMeasurements(assessment, measureFromRecords(records, input, now));
 */
export function addMeasurements(assessment: MaturityAssessment, measurements: readonly MaturityMeasurement[]): MaturityAssessment {
  const key = (m: MaturityMeasurement) => `${m.metric}|${m.periodStartDate}|${m.periodEndDate}`;
  const merged = new Map((assessment.measurements ?? []).map((m) => [key(m), m] as const));
  for (const m of measurements) merged.set(key(m), m);
  const { scores: _stale, ...rest } = assessment;
  return { ...rest, measurements: [...merged.values()] };
}
