import type { RequirementResult, Summary } from "@ethiek/schemas";

/** The verdict of a report: `fail`, `pass-with-warnings` or `pass`. */
export type Verdict = Summary["verdict"];

/** Open findings (partial and missing results) counted per severity. */
export type FindingCounts = NonNullable<Summary["findings"]>;

/**
 * The verdict rule, the one place it is written: an open error-level finding or a described
 * prohibited practice fails the tender; any other open finding passes it with warnings.
 *
 * @example
 * verdictOf({ error: 0, warning: 2, info: 0 }, false) // "pass-with-warnings"
 */
export function verdictOf(findings: FindingCounts, prohibited: boolean): Verdict {
  if (findings.error > 0 || prohibited) return "fail";
  return findings.warning + findings.info > 0 ? "pass-with-warnings" : "pass";
}

/**
 * A report's summary from its results: the count per status, the open findings per severity and
 * the verdict. The engine summarises with it, and so does everything that drops results from a
 * report afterwards (a CI baseline), so a filtered report never disagrees with the engine.
 *
 * @example
 * const summary = summarize(report.results, report.classification.some((c) => c.tag === "prohibited" && c.holds));
 * summary.verdict // "fail"
 */
export function summarize(results: readonly Pick<RequirementResult, "status" | "severity">[], prohibited: boolean): Summary {
  const count = (status: RequirementResult["status"]) => results.filter((r) => r.status === status).length;
  const findings: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const r of results) if (r.status === "partial" || r.status === "missing") findings[r.severity] += 1;
  return {
    satisfied: count("satisfied"),
    partial: count("partial"),
    missing: count("missing"),
    notApplicable: count("not-applicable"),
    waived: count("waived"),
    findings,
    verdict: verdictOf(findings, prohibited),
  };
}
