// Requirement documentation for `ethiek rules`, SARIF rule metadata and the API.
import { format } from "@ethiek/messages";
import type { Severity, Source } from "@ethiek/schemas";
import { resolveCached, type Language } from "./check.js";
import { describeCondition, describeSeverity } from "./conditions.js";
import type { ResolvedRuleset } from "./rulesets.js";

export interface RequirementDoc {
  id: string;
  title: string;
  /** The default severity (the `then` branch of a conditional one). */
  severity: Severity;
  /** The severity rule in words, e.g. "error als hoog-risico-AI, anders warning". */
  severityRule: string;
  /** When it applies, in words. */
  applies: string;
  explanation: string;
  remediation: string;
  sources: Source[];
  helpUri?: string;
}

/** Where the requirement docs are published. */
export const docsBase = "https://github.com/ethiek/ethiek/blob/main/docs/procurement.md";

/**
 * Lists the requirements of a ruleset (default ethiek:recommended) with their texts.
 *
 * @example
 * for (const r of listRequirements("ethiek:recommended", "nl")) console.log(r.id, r.title);
 */
export function listRequirements(ruleset: string | ResolvedRuleset = "ethiek:recommended", language: Language = "nl"): RequirementDoc[] {
  const resolved = typeof ruleset === "string" ? resolveCached(ruleset, []) : ruleset;
  return resolved.requirements
    .filter((r) => !r.off)
    .map((r) => {
      const d = r.definition;
      const severity: Severity = typeof r.severity === "string" ? r.severity : r.severity.then;
      return {
        id: d.id,
        title: d.title[language],
        severity,
        severityRule: describeSeverity(r.severity, language),
        applies: r.applies.length === 0 ? describeCondition(undefined, language) : r.applies.map((c) => describeCondition(c, language)).join(` ${format(language, "report.condition.and")} `),
        explanation: d.explanation[language],
        remediation: d.remediation[language],
        sources: d.sources.map((s) => ({ ...s })),
        helpUri: d.helpUri ?? `${docsBase}#${d.id}`,
      };
    });
}
