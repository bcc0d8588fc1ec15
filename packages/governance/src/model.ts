import { validateGovernanceModel, type GovernanceModel, type RouteCondition, type RouteTemplate } from "@ethiek/schemas";
import { fail, ok, type ModelError, type Result } from "./errors.js";

/** Outcomes that decide something: a body without a formal position cannot give them. */
const DECIDING_OUTCOMES = new Set(["approved", "approved-with-remarks", "rejected"]);

/**
 * Loads a governance model from parsed JSON: checks it against `governance-model.schema.json`,
 * then checks that its routes can be walked (every body and step exists, no cycles, every step
 * reachable from the start, no condition that can never hold, no decisions by informal bodies).
 * Returns every problem at once.
 *
 * @example
 * const loaded = loadGovernanceModel(JSON.parse(text));
 * if (!loaded.ok) for (const e of loaded.errors) console.error(`${e.pointer}: ${e.message}`);
 */
export function loadGovernanceModel(data: unknown): Result<GovernanceModel, ModelError> {
  const valid = validateGovernanceModel(data);
  if (!valid.ok) {
    return fail(
      ...valid.errors.map((e): ModelError => ({ code: "MODEL_SCHEMA_INVALID", message: e.message, pointer: e.pointer })),
    );
  }
  const problems = checkGovernanceModel(valid.value);
  return problems.length === 0 ? ok(valid.value) : fail(...problems);
}

const checked = new WeakMap<GovernanceModel, readonly ModelError[]>();

/**
 * The semantic problems of a schema-valid model (empty when it is sound). Results are cached per
 * model object, so planning many routes on one model checks it once; models are treated as
 * immutable.
 *
 * @example
 * checkGovernanceModel(ipoModel); // => []
 */
export function checkGovernanceModel(model: GovernanceModel): readonly ModelError[] {
  const cached = checked.get(model);
  if (cached) return cached;
  const problems: ModelError[] = [];
  const bodies = new Map<string, GovernanceModel["bodies"][number]>();
  model.bodies.forEach((body, i) => {
    if (bodies.has(body.id)) {
      problems.push({
        code: "DUPLICATE_BODY",
        pointer: `/bodies/${i}/id`,
        bodyId: body.id,
        message: `Body id '${body.id}' is used twice; give every body its own id.`,
      });
    }
    bodies.set(body.id, body);
  });
  const kinds = new Set<string>();
  model.routes.forEach((route, r) => {
    if (kinds.has(route.itemKind)) {
      problems.push({
        code: "DUPLICATE_ROUTE",
        pointer: `/routes/${r}/itemKind`,
        itemKind: route.itemKind,
        message: `Two route templates handle item kind '${route.itemKind}'; keep one per kind.`,
      });
    }
    kinds.add(route.itemKind);
    problems.push(...checkTemplate(route, `/routes/${r}`, bodies));
  });
  model.bodies.forEach((body, i) => {
    const kind = body.caseIntake?.itemKind;
    if (kind !== undefined && !kinds.has(kind)) {
      problems.push({
        code: "UNKNOWN_INTAKE_ROUTE",
        pointer: `/bodies/${i}/caseIntake/itemKind`,
        bodyId: body.id,
        message: `Body '${body.id}' takes cases in along route '${kind}', but the model has no route template for that kind; add one or fix the name (known: ${[...kinds].join(", ") || "none"}).`,
      });
    }
  });
  checked.set(model, problems);
  return problems;
}

function checkTemplate(
  route: RouteTemplate,
  base: string,
  bodies: ReadonlyMap<string, GovernanceModel["bodies"][number]>,
): ModelError[] {
  const problems: ModelError[] = [];
  const kind = route.itemKind;
  const steps = new Map<string, number>();
  route.steps.forEach((step, s) => {
    if (steps.has(step.id)) {
      problems.push({
        code: "DUPLICATE_STEP",
        pointer: `${base}/steps/${s}/id`,
        itemKind: kind,
        stepId: step.id,
        message: `Route '${kind}': step id '${step.id}' is used twice.`,
      });
    }
    steps.set(step.id, s);
  });
  if (!steps.has(route.start)) {
    problems.push({
      code: "UNKNOWN_STEP",
      pointer: `${base}/start`,
      itemKind: kind,
      message: `Route '${kind}' starts at step '${route.start}', which it does not define (steps: ${[...steps.keys()].join(", ")}).`,
    });
  }
  route.steps.forEach((step, s) => {
    step.bodies.forEach((bodyId, b) => {
      const body = bodies.get(bodyId);
      if (!body) {
        problems.push({
          code: "UNKNOWN_BODY",
          pointer: `${base}/steps/${s}/bodies/${b}`,
          itemKind: kind,
          stepId: step.id,
          bodyId,
          message: `Route '${kind}', step '${step.id}': body '${bodyId}' is not defined in the model's bodies.`,
        });
        return;
      }
      if (!body.formalPosition) {
        for (const outcome of step.outcomes) {
          if (DECIDING_OUTCOMES.has(outcome)) {
            problems.push({
              code: "NO_FORMAL_POSITION",
              pointer: `${base}/steps/${s}/outcomes`,
              itemKind: kind,
              stepId: step.id,
              bodyId,
              message: `Route '${kind}', step '${step.id}': '${bodyId}' has no formal position, so it cannot give outcome '${outcome}'; let it give advice-given or noted.`,
            });
          }
        }
      }
    });
    step.next.forEach((target, n) => {
      if (!steps.has(target)) {
        problems.push({
          code: "UNKNOWN_STEP",
          pointer: `${base}/steps/${s}/next/${n}`,
          itemKind: kind,
          stepId: step.id,
          message: `Route '${kind}', step '${step.id}' continues to '${target}', which the route does not define.`,
        });
      }
    });
    const contradiction = contradictionIn(step.condition);
    if (contradiction) {
      problems.push({
        code: "CONTRADICTORY_CONDITION",
        pointer: `${base}/steps/${s}/condition`,
        itemKind: kind,
        stepId: step.id,
        message: `Route '${kind}', step '${step.id}': the condition can never hold (${contradiction}); remove one of the tests.`,
      });
    }
    if (step.id === route.start && step.outcomes.includes("returned")) {
      problems.push({
        code: "RETURN_WITHOUT_EARLIER_STEP",
        pointer: `${base}/steps/${s}/outcomes`,
        itemKind: kind,
        stepId: step.id,
        message: `Route '${kind}': the first step '${step.id}' offers outcome 'returned', but there is no earlier step to return to.`,
      });
    }
  });
  const cycle = findCycle(route);
  if (cycle) {
    problems.push({
      code: "ROUTE_CYCLE",
      pointer: `${base}/steps`,
      itemKind: kind,
      stepId: cycle[0],
      message: `Route '${kind}' goes round in a circle: ${cycle.join(" -> ")}; use the outcome 'returned' to send an item back instead.`,
    });
  }
  if (steps.has(route.start)) {
    const reached = new Set<string>();
    const stack = [route.start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      const step = route.steps[steps.get(id) ?? -1];
      if (step) stack.push(...step.next.filter((n) => steps.has(n)));
    }
    route.steps.forEach((step, s) => {
      if (!reached.has(step.id)) {
        problems.push({
          code: "UNREACHABLE_STEP",
          pointer: `${base}/steps/${s}`,
          itemKind: kind,
          stepId: step.id,
          message: `Route '${kind}': step '${step.id}' (at ${step.bodies.join(", ")}) cannot be reached from the first step '${route.start}'; add it to the 'next' of an earlier step or remove it.`,
        });
      }
    });
  }
  return problems;
}

/**
 * Describes why a condition can never hold, or returns null.
 *
 * @example
 * contradictionIn({ allOf: [{ fact: "ai", holds: true }, { fact: "ai", holds: false }] });
 * // => "allOf requires 'ai' to hold and not to hold"
 */
export function contradictionIn(condition: RouteCondition | undefined): string | null {
  if (!condition) return null;
  const required = new Map<string, boolean>();
  for (const test of condition.allOf ?? []) {
    const earlier = required.get(test.fact);
    if (earlier !== undefined && earlier !== test.holds) return `allOf requires '${test.fact}' to hold and not to hold`;
    required.set(test.fact, test.holds);
  }
  if (condition.anyOf && condition.anyOf.every((t) => required.has(t.fact) && required.get(t.fact) !== t.holds)) {
    return "every test in anyOf contradicts allOf";
  }
  return null;
}

/** A cycle in the template's `next` graph as a list of step ids (first repeated at the end), or null. */
function findCycle(route: RouteTemplate): string[] | null {
  const next = new Map(route.steps.map((s) => [s.id, s.next]));
  const state = new Map<string, "open" | "closed">();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    const seen = state.get(id);
    if (seen === "closed") return null;
    if (seen === "open") return [...path.slice(path.indexOf(id)), id];
    state.set(id, "open");
    path.push(id);
    for (const n of next.get(id) ?? []) {
      if (!next.has(n)) continue;
      const found = visit(n);
      if (found) return found;
    }
    path.pop();
    state.set(id, "closed");
    return null;
  };
  for (const step of route.steps) {
    const found = visit(step.id);
    if (found) return found;
  }
  return null;
}
