// The small condition language of rulesets: tags, Annex III points, text mentions and all/any/not.
import type { ClassificationTag, RuleCondition, RuleSeverity, RuleSeveritySpec } from "@ethiek/schemas";

/** What a condition is evaluated against. */
export interface ConditionContext {
  readonly tags: ReadonlySet<ClassificationTag>;
  /** The Annex III point in play (also under an art. 6(3) exception), e.g. "5a", or null. */
  readonly annexArea: string | null;
  /** True when one of the terms occurs in the documents. */
  readonly mentions: (terms: readonly string[]) => boolean;
}

/** Evaluates a condition; an absent condition holds. */
export function evaluate(condition: RuleCondition | undefined, ctx: ConditionContext): boolean {
  if (condition === undefined) return true;
  if ("tag" in condition) return ctx.tags.has(condition.tag);
  if ("annexIII" in condition) return ctx.annexArea !== null && ctx.annexArea.startsWith(condition.annexIII);
  if ("mentions" in condition) return ctx.mentions(condition.mentions);
  if ("all" in condition) return condition.all.every((c) => evaluate(c, ctx));
  if ("any" in condition) return condition.any.some((c) => evaluate(c, ctx));
  return !evaluate(condition.not, ctx);
}

/** Resolves a (possibly conditional) severity. */
export function resolveSeverity(spec: RuleSeveritySpec, ctx: ConditionContext): RuleSeverity {
  let current: RuleSeveritySpec = spec;
  while (typeof current !== "string") current = evaluate(current.if, ctx) ? current.then : current.else;
  return current;
}

/** Every term used in `mentions` conditions, so the scanner can index them. */
export function mentionTerms(condition: RuleCondition | RuleSeveritySpec | undefined, out: Set<string>): void {
  if (condition === undefined || typeof condition === "string") return;
  if ("if" in condition) {
    mentionTerms(condition.if, out);
    mentionTerms(condition.else, out);
    return;
  }
  if ("mentions" in condition) for (const t of condition.mentions) out.add(t);
  else if ("all" in condition) for (const c of condition.all) mentionTerms(c, out);
  else if ("any" in condition) for (const c of condition.any) mentionTerms(c, out);
  else if ("not" in condition) mentionTerms(condition.not, out);
}

const tagNames: Record<"nl" | "en", Record<ClassificationTag, string>> = {
  nl: {
    algorithmic: "algoritme",
    ai: "AI-systeem",
    "high-risk": "hoog-risico-AI",
    prohibited: "verboden AI-praktijk",
    "personal-data": "persoonsgegevens",
    "decisions-about-people": "besluiten over mensen",
    generative: "generatieve AI",
    impactful: "impactvol algoritme",
  },
  en: {
    algorithmic: "algorithmic",
    ai: "AI system",
    "high-risk": "high-risk AI",
    prohibited: "prohibited AI practice",
    "personal-data": "personal data",
    "decisions-about-people": "decisions about people",
    generative: "generative AI",
    impactful: "impactful algorithm",
  },
};

/** Severities in words: a Dutch page says "fout", not "error". */
const severityNames: Record<"nl" | "en", Record<RuleSeverity, string>> = {
  nl: { error: "fout", warning: "waarschuwing", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** Describes a condition in words, e.g. "AI-systeem en niet bijlage III punt 2". */
export function describeCondition(condition: RuleCondition | undefined, language: "nl" | "en"): string {
  const nl = language === "nl";
  if (condition === undefined) return nl ? "altijd" : "always";
  if ("tag" in condition) return tagNames[language][condition.tag];
  if ("annexIII" in condition) return nl ? `bijlage III punt ${condition.annexIII}` : `Annex III point ${condition.annexIII}`;
  if ("mentions" in condition) {
    const list = condition.mentions.slice(0, 3).map((t) => `"${t.replace(/\*/g, "…")}"`).join(nl ? " of " : " or ");
    return nl ? `de tekst noemt ${list}` : `the text mentions ${list}`;
  }
  const wrap = (c: RuleCondition) => {
    const s = describeCondition(c, language);
    return "all" in c || "any" in c ? `(${s})` : s;
  };
  if ("all" in condition) return condition.all.map(wrap).join(nl ? " en " : " and ");
  if ("any" in condition) return condition.any.map(wrap).join(nl ? " of " : " or ");
  return `${nl ? "niet" : "not"} ${wrap(condition.not)}`;
}

/** Describes a severity spec, e.g. "error als hoog-risico-AI, anders warning". */
export function describeSeverity(spec: RuleSeveritySpec, language: "nl" | "en"): string {
  if (typeof spec === "string") return severityNames[language][spec];
  const nl = language === "nl";
  return `${describeSeverity(spec.then, language)} ${nl ? "als" : "if"} ${describeCondition(spec.if, language)}, ${nl ? "anders" : "else"} ${describeSeverity(spec.else, language)}`;
}
