import type { CheckReport, CitingCheck, Tender, WaiverRequest } from "@ethiek/schemas";

/** The tender checks that cite one case, as a case page shows them (`case.schema.json#/$defs/CitingCheck`). */
export type { CitingCheck };

/** One reference from a tender check to an ethics case: a waiver (granted or requested) that cites it. */
export interface WaiverCitation {
  readonly checkId: string;
  readonly requirement: string;
  readonly caseId: string;
  /** `approved` for a waiver in a manifest or report; the request's status otherwise. */
  readonly status: "pending" | "approved" | "rejected";
}

/**
 * Citations from the waivers of a tender manifest (each waiver names its case).
 *
 * @example
 * citationsFromTender("check-42", tender);
 */
export function citationsFromTender(checkId: string, tender: Pick<Tender, "waivers">): WaiverCitation[] {
  return (tender.waivers ?? []).map((w) => ({ checkId, requirement: w.requirement, caseId: w.case, status: "approved" }));
}

/**
 * Citations from a check report: every result that was waived names the case behind the waiver.
 *
 * @example
 * citationsFromReport("check-42", report);
 */
export function citationsFromReport(checkId: string, report: Pick<CheckReport, "results">): WaiverCitation[] {
  return report.results.flatMap((r) =>
    r.waiver ? [{ checkId, requirement: r.requirement, caseId: r.waiver.case, status: "approved" as const }] : [],
  );
}

/**
 * Citations from waiver requests of the API (pending, approved or rejected); requests without a case are skipped.
 *
 * @example
 * citationsFromRequests(await listWaiverRequests());
 */
export function citationsFromRequests(requests: readonly Pick<WaiverRequest, "check" | "requirement" | "case" | "status">[]): WaiverCitation[] {
  return requests.flatMap((r) => (r.case ? [{ checkId: r.check, requirement: r.requirement, caseId: r.case, status: r.status }] : []));
}

const RANK = { approved: 2, pending: 1, rejected: 0 } as const;

/**
 * The tender checks that cite a case, one entry per check with the requirements it waives
 * (sorted), approved waivers before pending and rejected ones.
 *
 * @example
 * checksCitingCase("dkf-2025-003", [...citationsFromRequests(requests), ...citationsFromTender(id, tender)]);
 * // [{ checkId: "check-42", requirements: ["logging"], status: "approved" }]
 */
export function checksCitingCase(caseId: string, citations: readonly WaiverCitation[]): CitingCheck[] {
  return citationIndex(citations).get(caseId) ?? [];
}

/**
 * All citations grouped by case id, for showing many cases at once (e.g. the public export).
 *
 * @example
 * const byCase = citationIndex(citations);
 * exportPublic(cases, { generatedAt, citations: new Map([...byCase].map(([k, v]) => [k, v.map((c) => c.checkId)])) });
 */
export function citationIndex(citations: readonly WaiverCitation[]): Map<string, CitingCheck[]> {
  const byCase = new Map<string, Map<string, { requirements: Set<string>; status: CitingCheck["status"] }>>();
  for (const c of citations) {
    let checks = byCase.get(c.caseId);
    if (!checks) byCase.set(c.caseId, (checks = new Map()));
    const entry = checks.get(c.checkId);
    if (!entry) checks.set(c.checkId, { requirements: new Set([c.requirement]), status: c.status });
    else {
      entry.requirements.add(c.requirement);
      if (RANK[c.status] > RANK[entry.status]) entry.status = c.status;
    }
  }
  const out = new Map<string, CitingCheck[]>();
  for (const [caseId, checks] of byCase) {
    out.set(
      caseId,
      [...checks]
        .map(([checkId, e]) => ({ checkId, requirements: [...e.requirements].sort(), status: e.status }))
        .sort((a, b) => RANK[b.status] - RANK[a.status] || a.checkId.localeCompare(b.checkId)),
    );
  }
  return out;
}
