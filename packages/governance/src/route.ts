// Routes through the bodies of a governance model: creating one for a plan, applying events to it,
// loading a stored one, and what it looks like at a moment. Every change goes through the state
// machine in route-machine.ts.
import {
  validateRoute,
  type BranchProgress,
  type Route,
  type RouteActor,
  type RouteEvent,
  type RouteEventInput,
  type RouteOutcome,
  type RoutePlan,
  type RouteProgress,
  type StepProgress,
} from "@ethiek/schemas";
import { fail, ok, type Result, type TransitionError } from "./errors.js";
import { ancestors, copyInput, initialState, isTerminal, replay, stepStatus, transition } from "./route-machine.js";

export { isTerminal };

const DAY_MS = 86_400_000;

/**
 * Creates a route for a plan, before anything has happened (status `planned`).
 *
 * @example
 * const route = createRoute(plan, { id: "r-1", createdAt: "2026-11-28T09:00:00Z" });
 */
export function createRoute(plan: RoutePlan, options: { id: string; createdAt: string }): Route {
  return { schemaVersion: "1.0", id: options.id, plan, createdAt: options.createdAt, events: [] };
}

/**
 * Applies one event to a route. Returns the route with the event appended (the input route is not
 * changed), or a typed error saying why the transition is not allowed — the route then stays as
 * it was.
 *
 * @example
 * const next = applyEvent(route, { type: "started", actor: { name: "IPO-secretariaat" }, at: "2026-11-28T09:00:00Z" });
 * if (!next.ok) console.error(next.errors[0].messageNl);
 */
export function applyEvent(route: Route, input: RouteEventInput): Result<Route, TransitionError> {
  const state = replay(route);
  const result = transition(state, route.plan, input);
  if (!result.ok) return result;
  const event: RouteEvent = { seq: route.events.length + 1, ...copyInput(input) };
  return ok({ ...route, events: [...route.events, event] });
}

/**
 * Checks a stored route: its shape against `route.schema.json`, then every event in order.
 *
 * @example
 * const loaded = loadRoute(JSON.parse(row.body));
 */
export function loadRoute(data: unknown): Result<Route, { code: string; message: string }> {
  const valid = validateRoute(data);
  if (!valid.ok) return fail(...valid.errors.map((e) => ({ code: "ROUTE_SCHEMA_INVALID", message: e.message })));
  const route = valid.value;
  let state = initialState(route);
  for (const [i, event] of route.events.entries()) {
    if (event.seq !== i + 1) return fail({ code: "EVENT_SEQUENCE_BROKEN", message: `Event ${i + 1} has seq ${event.seq}; events must be numbered 1, 2, 3, …` });
    const next = transition(state, route.plan, event);
    if (!next.ok) return fail({ code: next.errors[0]!.code, message: `Event ${event.seq}: ${next.errors[0]!.message}` });
    state = next.value;
  }
  return ok(route);
}

// Shorthands for the five transitions; each returns what applyEvent returns, so a caller that
// needs a field the shorthand does not take can always fall back to applyEvent.

/**
 * Starts a planned route: its first steps become active.
 *
 * @example
 * let r = start(route, { name: "IPO-secretariaat" }, "2026-01-05T09:00:00Z");
 * if (r.ok) r = recordOutcome(r.value, { stepId: "aac", outcome: "approved", actor: { name: "AAC", bodyId: "aac-digitalisering", role: "chair" }, at: "2026-02-01T10:00:00Z" });
 */
export const start = (route: Route, actor: RouteActor, at: string) => applyEvent(route, { type: "started", actor, occurredAt: at });

/**
 * Records one body's outcome at an active step (`approved-with-remarks` needs `remarks`). The step
 * is done when every body at it has recorded an outcome that moves the route on; `rejected` ends
 * the route.
 *
 * @example
 * recordOutcome(route, { stepId: "aac", outcome: "advice-given", actor: { name: "AAC", bodyId: "aac-digitalisering", role: "chair" }, at: "2026-02-01T10:00:00Z" });
 */
export const recordOutcome = (
  route: Route,
  args: { stepId: string; outcome: RouteOutcome; actor: RouteActor; at: string; remarks?: string },
) => {
  const { at, ...rest } = args;
  return applyEvent(route, { type: "outcome-recorded", ...rest, occurredAt: at });
};

/**
 * Sends the item back from a step to an earlier one, with remarks on what must change; that step
 * and every step after it start again. A step may do so at most `maxReturns` times.
 *
 * @example
 * returnTo(route, { stepId: "gs", toStepId: "aac", actor: { name: "GS", bodyId: "gs", role: "member" }, at: "2026-03-01T10:00:00Z", remarks: "Risico's uitwerken" });
 */
export const returnTo = (route: Route, args: { stepId: string; toStepId: string; actor: RouteActor; at: string; remarks: string }) =>
  applyEvent(route, { type: "returned", stepId: args.stepId, toStepId: args.toStepId, actor: args.actor, remarks: args.remarks, occurredAt: args.at });

/**
 * Withdraws the route at any moment before it is closed, optionally saying why.
 *
 * @example
 * withdraw(route, { name: "IPO-secretariaat" }, "2026-02-10T09:00:00Z", "Project gestopt");
 */
export const withdraw = (route: Route, actor: RouteActor, at: string, remarks?: string) =>
  applyEvent(route, { type: "withdrawn", actor, occurredAt: at, ...(remarks === undefined ? {} : { remarks }) });

/**
 * Closes a route whose steps are all done (status `ready-to-complete`).
 *
 * @example
 * complete(route, { name: "IPO-secretariaat" }, "2026-04-01T09:00:00Z");
 */
export const complete = (route: Route, actor: RouteActor, at: string) => applyEvent(route, { type: "completed", actor, occurredAt: at });

/**
 * The state of a route at a moment: its status and, per step, its status, branches (one per
 * body), since when it is active, when it is due and whether it is overdue at `now`.
 *
 * @example
 * const progress = routeProgress(route, new Date());
 * const late = progress.steps.filter((s) => s.overdue);
 */
export function routeProgress(route: Route, now: Date | string): RouteProgress {
  const state = replay(route);
  const nowMs = typeof now === "string" ? Date.parse(now) : now.getTime();
  const steps = route.plan.steps.map((step): StepProgress => {
    const s = state.steps.get(step.stepId)!;
    const status = stepStatus(state, route.plan, step);
    const branches = step.bodies.map((b): BranchProgress => {
      const branch = s.branches.get(b.bodyId) ?? {};
      return {
        bodyId: b.bodyId,
        ...(branch.outcome ? { outcome: branch.outcome } : {}),
        ...(branch.at ? { recordedAt: branch.at } : {}),
        ...(branch.remarks ? { remarks: branch.remarks } : {}),
      };
    });
    const due = s.activeSince ? new Date(Date.parse(s.activeSince) + step.dueDays * DAY_MS).toISOString() : undefined;
    return {
      stepId: step.stepId,
      status,
      ...(s.activeSince ? { activeSinceAt: s.activeSince } : {}),
      ...(due ? { dueAt: due } : {}),
      overdue: status === "active" && due !== undefined && nowMs > Date.parse(due),
      branches,
      returnsUsed: s.returnsUsed,
    };
  });
  return { routeId: route.id, status: state.status, asOfAt: new Date(nowMs).toISOString(), steps };
}

/**
 * The steps that are active and past their due time at `now`.
 *
 * @example
 * overdueSteps(route, "2027-03-01T00:00:00Z").map((s) => s.stepId);
 */
export function overdueSteps(route: Route, now: Date | string): StepProgress[] {
  return routeProgress(route, now).steps.filter((s) => s.overdue);
}

/**
 * An upper bound on the number of events any route on this plan can have: a start, at most one
 * outcome per body between two returns, the returns the steps allow, and one closing event.
 *
 * @example
 * maxEventCount(plan) // 10 for two one-body steps that may each send back once: 1 + 3 × 2 + 2 + 1
 */
export function maxEventCount(plan: RoutePlan): number {
  const branches = plan.steps.reduce((n, s) => n + s.bodies.length, 0);
  const returns = plan.steps.reduce((n, s) => n + s.maxReturns, 0);
  return 1 + (returns + 1) * branches + returns + 1;
}

/**
 * Every event that would be accepted now (with the first role of the body as actor role): what
 * a user interface can offer, and what the property tests walk.
 *
 * @example
 * nextValidEvents(route, "2026-12-01T10:00:00Z").filter((e) => e.type === "outcome-recorded");
 */
export function nextValidEvents(route: Route, at: string, actorName = "user"): RouteEventInput[] {
  const state = replay(route);
  const actor: RouteActor = { name: actorName };
  const events: RouteEventInput[] = [];
  if (isTerminal(state.status)) return events;
  if (state.status === "planned") events.push({ type: "started", actor, occurredAt: at });
  if (state.status === "ready-to-complete") events.push({ type: "completed", actor, occurredAt: at });
  if (state.status === "in-progress") {
    for (const step of route.plan.steps) {
      if (stepStatus(state, route.plan, step) !== "active") continue;
      const s = state.steps.get(step.stepId)!;
      for (const body of step.bodies) {
        const bodyActor: RouteActor = { name: actorName, bodyId: body.bodyId, role: body.roles[0] ?? "member" };
        if (s.branches.get(body.bodyId)?.outcome === undefined) {
          for (const outcome of step.outcomes) {
            if (outcome === "returned") continue;
            events.push({
              type: "outcome-recorded",
              stepId: step.stepId,
              outcome,
              actor: bodyActor,
              occurredAt: at,
              ...(outcome === "approved-with-remarks" ? { remarks: "Opmerkingen" } : {}),
            });
          }
        }
        if (step.outcomes.includes("returned") && s.returnsUsed < step.maxReturns) {
          for (const target of ancestors(route.plan, step.stepId)) {
            events.push({ type: "returned", stepId: step.stepId, toStepId: target, actor: bodyActor, occurredAt: at, remarks: "Terug voor aanpassing" });
          }
        }
      }
    }
  }
  events.push({ type: "withdrawn", actor, occurredAt: at });
  return events;
}
