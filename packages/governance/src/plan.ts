import type {
  ClassificationTag,
  Declaration,
  FactTest,
  GovernanceModel,
  GovernanceText,
  PlannedBody,
  PlannedStep,
  RouteItem,
  RoutePlan,
  RouteStepTemplate,
  RouteTemplate,
  SkippedStep,
} from "@ethiek/schemas";
import { fail, ok, type PlanError, type Result } from "./errors.js";
import { checkGovernanceModel } from "./model.js";
import { factPhrase, joinList } from "./text.js";

/** Default number of returns a step allows when its outcomes include `returned`. */
export const DEFAULT_MAX_RETURNS = 1;

/**
 * Computes the route an item must take through the model's bodies: the template for the item's
 * kind, minus the steps whose condition does not hold, with every step's predecessors (skipped
 * steps are bridged) and an explanation in Dutch and English of why the item passes it.
 *
 * @example
 * const plan = planRoute(ipoModel, { kind: "interprovincial-guide", title: "Interprovinciale Gids Digitale Ethiek" });
 * if (plan.ok) console.log(plan.value.steps.map((s) => s.explanation.nl));
 */
export function planRoute(model: GovernanceModel, item: RouteItem): Result<RoutePlan, PlanError> {
  const modelErrors = checkGovernanceModel(model);
  if (modelErrors.length > 0) {
    return fail({
      code: "MODEL_INVALID",
      message: `Governance model '${model.id}' has ${modelErrors.length} problem(s); fix them before planning: ${modelErrors.map((e) => e.message).join(" ")}`,
      messageNl: `Het bestuursmodel '${model.id}' bevat ${modelErrors.length} fout(en). Herstel het model voordat u een route plant.`,
      modelErrors,
    });
  }
  const template = model.routes.find((r) => r.itemKind === item.kind);
  if (!template) {
    const knownKinds = model.routes.map((r) => r.itemKind);
    return fail({
      code: "UNKNOWN_ITEM_KIND",
      message: `Model '${model.id}' has no route for items of kind '${item.kind}'; known kinds: ${knownKinds.join(", ") || "none"}.`,
      messageNl: `Het model '${model.id}' kent geen route voor stukken van de soort '${item.kind}'. Kies een van: ${knownKinds.join(", ") || "geen"}.`,
      knownKinds,
    });
  }
  const facts = new Map<ClassificationTag, Declaration>();
  for (const fact of item.facts ?? []) {
    const earlier = facts.get(fact.tag);
    if (earlier && earlier.holds !== fact.holds) {
      return fail({
        code: "CONTRADICTORY_FACTS",
        message: `The item states '${fact.tag}' both as holding and as not holding; state it once.`,
        messageNl: `Het stuk zegt zowel dat '${fact.tag}' geldt als dat het niet geldt. Geef het één keer op.`,
      });
    }
    facts.set(fact.tag, fact);
  }
  const plan = buildPlan(model, template, item, facts);
  if (plan.steps.length === 0) {
    return fail({
      code: "NO_APPLICABLE_STEPS",
      message: `No step of route '${template.itemKind}' applies to this item: ${plan.skipped.map((s) => s.explanation.en).join(" ")}`,
      messageNl: `Geen enkele stap van de route '${template.name.nl}' geldt voor dit stuk. Controleer de gegevens van het stuk.`,
    });
  }
  return ok(plan);
}

function buildPlan(
  model: GovernanceModel,
  template: RouteTemplate,
  item: RouteItem,
  facts: ReadonlyMap<ClassificationTag, Declaration>,
): RoutePlan {
  const subject: GovernanceText = item.kind === "tender-escalation" ? { nl: "de aanbesteding", en: "the tender" } : { nl: "het stuk", en: "the item" };
  const predecessors = new Map<string, string[]>();
  for (const step of template.steps) for (const n of step.next) predecessors.set(n, [...(predecessors.get(n) ?? []), step.id]);

  const included = new Set<string>();
  const skipped: SkippedStep[] = [];
  const reasons = new Map<string, FactTest[]>();
  for (const step of topologicalOrder(template)) {
    const verdict = evaluate(step, facts);
    if (verdict.holds) {
      included.add(step.id);
      reasons.set(step.id, verdict.because);
    } else {
      skipped.push({ stepId: step.id, explanation: skipExplanation(subject, verdict.missing) });
    }
  }
  // A skipped step is bridged: its successors wait for the nearest included steps before it.
  const effective = new Map<string, string[]>();
  const effectiveOf = (id: string): string[] => {
    const known = effective.get(id);
    if (known) return known;
    const result = new Set<string>();
    for (const p of predecessors.get(id) ?? []) {
      if (included.has(p)) result.add(p);
      else for (const q of effectiveOf(p)) result.add(q);
    }
    const list = [...result];
    effective.set(id, list);
    return list;
  };

  const bodies = new Map(model.bodies.map((b) => [b.id, b]));
  const steps: PlannedStep[] = [];
  for (const step of topologicalOrder(template)) {
    if (!included.has(step.id)) continue;
    const planned = step.bodies.map((id): PlannedBody => {
      const body = bodies.get(id)!;
      return { bodyId: body.id, name: body.name, level: body.level, roles: [...body.roles] };
    });
    steps.push({
      stepId: step.id,
      name: step.name,
      bodies: planned as [PlannedBody, ...PlannedBody[]],
      after: effectiveOf(step.id),
      outcomes: [...step.outcomes],
      dueDays: step.dueDays,
      maxReturns: step.outcomes.includes("returned") ? (step.maxReturns ?? DEFAULT_MAX_RETURNS) : 0,
      explanation: stepExplanation(template, step, planned, subject, reasons.get(step.id) ?? [], facts),
    });
  }
  return { modelId: model.id, item, routeName: template.name, steps: steps as [PlannedStep, ...PlannedStep[]], skipped };
}

/** Steps in an order in which every step follows its predecessors (template order breaks ties). */
function topologicalOrder(template: RouteTemplate): RouteStepTemplate[] {
  const indegree = new Map(template.steps.map((s) => [s.id, 0]));
  for (const s of template.steps) for (const n of s.next) indegree.set(n, (indegree.get(n) ?? 0) + 1);
  const order: RouteStepTemplate[] = [];
  const ready = template.steps.filter((s) => indegree.get(s.id) === 0);
  const byId = new Map(template.steps.map((s) => [s.id, s]));
  while (ready.length > 0) {
    ready.sort((a, b) => template.steps.indexOf(a) - template.steps.indexOf(b));
    const step = ready.shift()!;
    order.push(step);
    for (const n of step.next) {
      const left = (indegree.get(n) ?? 0) - 1;
      indegree.set(n, left);
      const target = byId.get(n);
      if (left === 0 && target) ready.push(target);
    }
  }
  return order;
}

interface Verdict {
  readonly holds: boolean;
  /** The tests that made the step apply (for the explanation). */
  readonly because: FactTest[];
  /** The tests that did not hold (for the skip explanation). */
  readonly missing: FactTest[];
}

function evaluate(step: RouteStepTemplate, facts: ReadonlyMap<ClassificationTag, Declaration>): Verdict {
  const condition = step.condition;
  if (!condition) return { holds: true, because: [], missing: [] };
  // A fact the item does not state counts as not holding: an escalation needs a finding.
  const test = (t: FactTest): boolean => (facts.get(t.fact)?.holds ?? false) === t.holds;
  const all = condition.allOf ?? [];
  const any = condition.anyOf ?? [];
  const failedAll = all.filter((t) => !test(t));
  const heldAny = any.filter(test);
  const anyOk = any.length === 0 || heldAny.length > 0;
  if (failedAll.length === 0 && anyOk) return { holds: true, because: [...all, ...heldAny], missing: [] };
  return { holds: false, because: [], missing: [...failedAll, ...(anyOk ? [] : any)] };
}

function stepExplanation(
  template: RouteTemplate,
  step: RouteStepTemplate,
  bodies: readonly PlannedBody[],
  subject: GovernanceText,
  because: readonly FactTest[],
  facts: ReadonlyMap<ClassificationTag, Declaration>,
): GovernanceText {
  const where: GovernanceText =
    bodies.length === 1
      ? { nl: bodies[0]!.name.nl, en: bodies[0]!.name.en }
      : {
          nl: `${step.name.nl} (${bodies.length} organen tegelijk, elk met een eigen uitkomst)`,
          en: `${step.name.en} (${bodies.length} bodies at once, each with its own outcome)`,
        };
  const reason: GovernanceText =
    because.length === 0
      ? { nl: `${template.because.nl} is`, en: `is ${template.because.en}` }
      : {
          nl: joinList(because.map((t) => factPhrase(t.fact, t.holds, facts.get(t.fact)?.detail).nl), "en"),
          en: joinList(because.map((t) => factPhrase(t.fact, t.holds, facts.get(t.fact)?.detail).en), "and"),
        };
  const extra = because.length > 0 && step.because ? { nl: ` ${step.because.nl}`, en: ` ${step.because.en}` } : { nl: "", en: "" };
  return {
    nl: `Omdat ${subject.nl} ${reason.nl}, komt het langs ${where.nl}: ${step.purpose.nl}${extra.nl}`,
    en: `Because ${subject.en} ${reason.en}, it goes to ${where.en}: ${step.purpose.en}${extra.en}`,
  };
}

function skipExplanation(subject: GovernanceText, missing: readonly FactTest[]): GovernanceText {
  const nl = joinList(missing.map((t) => factPhrase(t.fact, t.holds).nl), "of");
  const en = joinList(missing.map((t) => factPhrase(t.fact, t.holds).en), "or");
  return {
    nl: `Overgeslagen: deze stap geldt alleen als ${subject.nl} ${nl}; dat staat niet vast.`,
    en: `Skipped: this step applies only when ${subject.en} ${en}; that has not been established.`,
  };
}
