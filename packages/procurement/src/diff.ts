import type { CheckReport, RequirementChange } from "@ethiek/schemas";

/**
 * What changed between two reports of the same tender (a re-check): each requirement whose status
 * differs, appeared (`before: null`) or vanished (`after: null`), sorted by requirement id so
 * that the same two reports always give the same list.
 *
 * @example
 * diffReports(before, after) // [{ requirement: "logging", before: "missing", after: "satisfied" }]
 */
export function diffReports(before: Pick<CheckReport, "results">, after: Pick<CheckReport, "results">): RequirementChange[] {
  const old = new Map(before.results.map((r) => [r.requirement, r.status]));
  const now = new Map(after.results.map((r) => [r.requirement, r.status]));
  const changes: RequirementChange[] = [];
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const b = old.get(id) ?? null;
    const a = now.get(id) ?? null;
    if (b !== a) changes.push({ requirement: id, before: b, after: a });
  }
  return changes.sort((x, y) => x.requirement.localeCompare(y.requirement));
}
