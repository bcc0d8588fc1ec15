// The small condition language of rulesets: tags, Annex III points, text mentions and all/any/not.
import { format, type MessageKey } from "@ethiek/messages";
import type { ClassificationTag, RuleCondition, RuleSeverity, RuleSeveritySpec } from "@ethiek/schemas";

/** What a condition is evaluated against. */
export interface ConditionContext {
  readonly tags: ReadonlySet<ClassificationTag>;
  /** The Annex III point in play (also under an art. 6(3) exception), e.g. "5a", or null. */
  readonly annexArea: string | null;
  /** True when one of the terms occurs in the documents. */
  readonly mentions: (terms: readonly string[]) => boolean;
}

/**
 * Evaluates a condition; an absent condition holds.
 *
 * @example
 * evaluate({ all: [{ tag: "ai-system" }, { annexIII: "4" }] }, { tags: new Set(["ai-system"]), annexArea: "4a", mentions: () => false }) // true
 */
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

/*
 * Tag and severity names come from the one message catalogue (`report.tags.*`,
 * `report.severity.*`), the same words a report uses. Template literal types make a tag or
 * severity without a catalogue text a type error.
 */
const tagKey = (tag: ClassificationTag): MessageKey => `report.tags.${tag}`;
const severityKey = (severity: RuleSeverity): MessageKey => `report.severity.${severity}`;

/**
 * Describes a condition in words, in the words of the message catalogue.
 *
 * @example
 * describeCondition({ all: [{ tag: "ai" }, { not: { annexIII: "2" } }] }, "nl") // "AI-systeem en niet bijlage III punt 2"
 */
export function describeCondition(condition: RuleCondition | undefined, language: "nl" | "en"): string {
  if (condition === undefined) return format(language, "report.condition.always");
  if ("tag" in condition) return format(language, tagKey(condition.tag));
  if ("annexIII" in condition) return format(language, "report.annexPoint", { point: condition.annexIII });
  const or = ` ${format(language, "report.condition.or")} `;
  if ("mentions" in condition) {
    const terms = condition.mentions.slice(0, 3).map((t) => `"${t.replace(/\*/g, "…")}"`).join(or);
    return format(language, "report.condition.mentions", { terms });
  }
  const wrap = (c: RuleCondition) => {
    const s = describeCondition(c, language);
    return "all" in c || "any" in c ? `(${s})` : s;
  };
  if ("all" in condition) return condition.all.map(wrap).join(` ${format(language, "report.condition.and")} `);
  if ("any" in condition) return condition.any.map(wrap).join(or);
  return format(language, "report.condition.not", { condition: wrap(condition.not) });
}

/**
 * Describes a severity spec in words.
 *
 * @example
 * describeSeverity({ if: { tag: "high-risk" }, then: "error", else: "warning" }, "nl") // "fout als hoog-risico-AI, anders waarschuwing"
 */
export function describeSeverity(spec: RuleSeveritySpec, language: "nl" | "en"): string {
  if (typeof spec === "string") return format(language, severityKey(spec));
  return format(language, "report.condition.severity", {
    then: describeSeverity(spec.then, language),
    condition: describeCondition(spec.if, language),
    else: describeSeverity(spec.else, language),
  });
}
