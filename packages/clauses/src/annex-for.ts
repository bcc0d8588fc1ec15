// One call from a report to its annex: resolve the report's ruleset, its clause set, build.
import type { CheckReport, ClauseLibrary, Result, Ruleset } from "@ethiek/schemas";
import { listRequirements, resolveRuleset, type RulesetIssue } from "@ethiek/procurement";
import { buildAnnex, type Annex } from "./annex.js";
import { resolveClauses, type ClauseIssue } from "./resolve.js";
import type { Language } from "./text.js";

export interface AnnexForOptions {
  /** The ruleset the report was checked with, as a name or object; default the report's name. */
  readonly ruleset?: string | Ruleset;
  /** Rulesets that `extends` may name (a province's own). */
  readonly rulesets?: readonly Ruleset[];
  readonly library?: ClauseLibrary;
  readonly language?: Language;
  readonly notes?: boolean;
}

/** The annex, or every problem with the ruleset or its clause set. */
export type AnnexResult = Result<Annex, RulesetIssue | ClauseIssue>;

/**
 * Builds the annex for a report with the clause set of its ruleset.
 *
 * @example
 * const annex = annexFor(check(documents));
 * if (annex.ok) writeFileSync("bijlage.md", annexToMarkdown(annex.value));
 */
export function annexFor(report: CheckReport, options: AnnexForOptions = {}): AnnexResult {
  const resolved = resolveRuleset(options.ruleset ?? report.ruleset.name, options.rulesets ?? []);
  if (!resolved.ok) return { ok: false, errors: resolved.errors };
  const set = resolveClauses(resolved.value, options.library);
  if (!set.ok) return { ok: false, errors: set.errors };
  const language = options.language ?? report.language;
  return {
    ok: true,
    value: buildAnnex(report, {
      clauses: set.value,
      language,
      requirements: listRequirements(resolved.value, language),
      ...(options.notes !== undefined ? { notes: options.notes } : {}),
    }),
  };
}
