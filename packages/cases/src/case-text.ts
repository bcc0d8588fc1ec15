// The text of a case as search sees it: its fields as plain text, the commission that handled it
// and the year it became moresprudentie. The index (search.ts), the snippets (snippets.ts) and the
// public export all read a case through these, so they agree on what a case says.
import type { Case, CaseAnalysis, PrecedentSnippet } from "@ethiek/schemas";

/** The searchable fields of a case. */
export type SearchField = PrecedentSnippet["field"];

/** An analysis as running text, whatever its method. */
function analysisText(a: CaseAnalysis): string {
  switch (a.method) {
    case "guidance-ethics":
      return [
        ...a.actors.map((x) => x.name),
        ...a.effects.map((x) => x.description),
        ...a.values.map((x) => `${x.value.replaceAll("-", " ")} ${x.description ?? ""}`),
        ...a.options.map((x) => x.description),
      ].join(". ");
    case "instrument":
      return a.answers.map((x) => `${x.answer} ${x.remarks ?? ""}`).join(". ");
    case "deda":
      return a.questions.map((x) => x.answer).join(". ");
    case "free-form":
      return a.text;
  }
}

/**
 * The plain text of each searchable field of a case.
 *
 * @example
 * caseFields(c).tags // "privacy gezichtsherkenning openbare orde": tags as words
 */
export function caseFields(c: Case): Record<SearchField | "tags", string> {
  return {
    title: c.title,
    question: c.question,
    context: c.context ?? "",
    technology: [c.technology?.description ?? "", ...(c.technology?.data ?? []).map((d) => d.description)].join(". "),
    analysis: (c.analyses ?? []).map(analysisText).join(". "),
    reflection: (c.reflections ?? [])
      .map((r) => [r.text, r.advice, ...r.valuesWeighed.map((v) => v.consideration)].join(". "))
      .join(". "),
    decision: c.decision ? [c.decision.text, c.decision.followUp ?? ""].join(". ") : "",
    tags: [...c.tags.values, ...c.tags.technologies, ...c.tags.policyDomains].join(" ").replaceAll("-", " "),
  };
}

/**
 * The commission that handled the case, as shown in facets.
 *
 * @example
 * commissionOf(c) // "Data-ethyk Kommisje Fryslân"; "onbekend" when the case names none
 */
export function commissionOf(c: Case): string {
  return c.to?.name ?? "onbekend";
}

/**
 * The year a case became moresprudentie: when it was closed (or created, if never closed).
 *
 * @example
 * yearOf(c) // 2026 for a case closed on 2026-11-03
 */
export function yearOf(c: Case): number {
  const closed = [...c.events].reverse().find((e) => e.to === "closed");
  return new Date(closed?.at ?? c.createdAt).getUTCFullYear();
}
