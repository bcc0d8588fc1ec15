// Small builders that keep the library data readable. The result is plain data that validates
// against schemas/clause-library.schema.json (checked by library.test.ts).
import type { Clause, ClauseKind, RuleCondition, RuleSource, RuleText } from "@ethiek/schemas";

export const t = (nl: string, en: string): RuleText => ({ nl, en });

const EUR_LEX_AI_ACT = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj";
const EUR_LEX_GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";
const MCC_AI = "https://public-buyers-community.ec.europa.eu/communities/procurement-ai/resources/eu-model-contractual-ai-clauses-pilot-procurements-ai";
const ALGORITMEKADER = "https://minbzk.github.io/Algoritmekader/";

/** An AI Act article, by number. */
export const aiAct = (reference: string): RuleSource => ({ framework: "AI Act", reference, url: EUR_LEX_AI_ACT });
/** A GDPR article, by number. */
export const gdpr = (reference: string): RuleSource => ({ framework: "GDPR", reference, url: EUR_LEX_GDPR });
/** An Algoritmekader requirement (vereiste) by its URN. */
export const akVer = (id: string): RuleSource => ({ framework: "Algoritmekader", reference: `urn:nl:ak:ver:${id}`, url: ALGORITMEKADER });
/** An Algoritmekader measure (maatregel) by its URN. */
export const akMtr = (id: string): RuleSource => ({ framework: "Algoritmekader", reference: `urn:nl:ak:mtr:${id}`, url: ALGORITMEKADER });
/** An article of the EU model contractual clauses for AI (MCC-AI), by number. */
export const mcc = (reference: string): RuleSource => ({ framework: "MCC-AI", reference, url: MCC_AI });
export const src = (framework: string, reference: string): RuleSource => ({ framework, reference });

export const HR: RuleCondition = { tag: "high-risk" };
export const NOT_HR: RuleCondition = { not: { tag: "high-risk" } };
export const AI: RuleCondition = { tag: "ai" };
export const NOT_AI: RuleCondition = { not: { tag: "ai" } };
export const PD: RuleCondition = { tag: "personal-data" };
export const NOT_PD: RuleCondition = { not: { tag: "personal-data" } };
export const GEN: RuleCondition = { tag: "generative" };
export const PROHIBITED: RuleCondition = { tag: "prohibited" };
/** Decisions about people: only then do a bias test and a human decision belong in the texts. */
export const DAP: RuleCondition = { tag: "decisions-about-people" };
export const NOT_DAP: RuleCondition = { not: { tag: "decisions-about-people" } };

/** One clause; `text` paragraphs are separated by a blank line. */
export function clause(
  id: string,
  requirement: string,
  kind: ClauseKind,
  title: RuleText,
  text: RuleText,
  sources: [RuleSource, ...RuleSource[]],
  extra: Pick<Clause, "when" | "partial" | "alsoChange"> = {},
): Clause {
  return { id, requirement, kind, title, text, sources, ...extra };
}
