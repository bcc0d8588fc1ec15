// The route's state machine: the state folded from a route's events, and the one pure transition
// function that says what an event does to it or why it is refused. route.ts holds the public
// operations on routes; they all go through `transition`, so a stored route and one built event by
// event can never disagree.
import type { PlannedStep, Route, RouteEvent, RouteEventInput, RouteOutcome, RoutePlan, RouteStatus, StepProgress } from "@ethiek/schemas";
import { fail, ok, type Result, type TransitionError } from "./errors.js";

/** Outcomes after which a body's part of a step is done and the route moves on. */
const FORWARD_OUTCOMES: ReadonlySet<RouteOutcome> = new Set(["approved", "approved-with-remarks", "advice-given", "noted"]);
const TERMINAL: ReadonlySet<RouteStatus> = new Set(["completed", "rejected", "withdrawn"]);

/** What one body recorded at a step: its outcome, when, and its remarks. */
export interface BranchState {
  outcome?: RouteOutcome;
  at?: string;
  remarks?: string;
}
/** One step of a route: a branch per body, since when it is active, the returns it used. */
export interface StepState {
  branches: Map<string, BranchState>;
  activeSince?: string;
  returnsUsed: number;
  rejected: boolean;
}
/** The state of a route, folded from its events. */
export interface State {
  status: RouteStatus;
  steps: Map<string, StepState>;
  lastAt: string;
}

/**
 * True when nothing more can happen to a route in this status.
 *
 * @example
 * isTerminal("withdrawn") // true
 */
export function isTerminal(status: RouteStatus): boolean {
  return TERMINAL.has(status);
}

/** The state of a route before its first event. */
export function initialState(route: Route): State {
  const steps = new Map<string, StepState>();
  for (const step of route.plan.steps) steps.set(step.stepId, { branches: new Map(), returnsUsed: 0, rejected: false });
  return { status: "planned", steps, lastAt: route.createdAt };
}

/** The state after every stored event of a route. */
export function replay(route: Route): State {
  let state = initialState(route);
  for (const event of route.events) {
    const next = transition(state, route.plan, event);
    // Stored events were accepted by applyEvent or loadRoute; a failure here is a bug or tampering.
    if (!next.ok) throw new Error(`route ${route.id}: stored event ${event.seq} is invalid (${next.errors[0]!.code})`);
    state = next.value;
  }
  return state;
}

/** A copy to change: a refused event must leave the state it was tried on as it was. */
function cloneState(state: State): State {
  const steps = new Map<string, StepState>();
  for (const [id, s] of state.steps) {
    steps.set(id, { ...s, branches: new Map([...s.branches].map(([b, v]) => [b, { ...v }])) });
  }
  return { status: state.status, steps, lastAt: state.lastAt };
}

/** Whether every body of the step recorded an outcome that lets the route move on. */
function isDone(step: PlannedStep, s: StepState): boolean {
  return step.bodies.every((b) => {
    const outcome = s.branches.get(b.bodyId)?.outcome;
    return outcome !== undefined && FORWARD_OUTCOMES.has(outcome);
  });
}

/** Where a step stands: done, rejected, active or waiting for the steps before it. */
export function stepStatus(state: State, plan: RoutePlan, step: PlannedStep): StepProgress["status"] {
  const s = state.steps.get(step.stepId)!;
  if (s.rejected) return "rejected";
  if (isDone(step, s)) return "done";
  if (state.status !== "in-progress") return "waiting";
  const ready = step.after.every((id) => {
    const before = plan.steps.find((p) => p.stepId === id);
    return before !== undefined && isDone(before, state.steps.get(id)!);
  });
  return ready ? "active" : "waiting";
}

/** Every planned step the given step waits for, directly or indirectly. */
export function ancestors(plan: RoutePlan, stepId: string): string[] {
  const byId = new Map(plan.steps.map((s) => [s.stepId, s]));
  const found = new Set<string>();
  const stack = [...(byId.get(stepId)?.after ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(byId.get(id)?.after ?? []));
  }
  return plan.steps.map((s) => s.stepId).filter((id) => found.has(id));
}

/** The step and every planned step that (indirectly) waits for it. */
function withDescendants(plan: RoutePlan, stepId: string): Set<string> {
  const found = new Set([stepId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of plan.steps) {
      if (!found.has(s.stepId) && s.after.some((a) => found.has(a))) {
        found.add(s.stepId);
        grew = true;
      }
    }
  }
  return found;
}

/** Marks newly active steps as active since `at`. */
function stampActivation(state: State, plan: RoutePlan, at: string): void {
  for (const step of plan.steps) {
    const s = state.steps.get(step.stepId)!;
    if (s.activeSince === undefined && stepStatus(state, plan, step) === "active") s.activeSince = at;
  }
  if (state.status === "in-progress" && plan.steps.every((step) => isDone(step, state.steps.get(step.stepId)!))) {
    state.status = "ready-to-complete";
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A refused transition, with its message in English and in Dutch (B1). */
function err(code: TransitionError["code"], message: string, messageNl: string, stepId?: string) {
  return fail<TransitionError>({ code, message, messageNl, ...(stepId === undefined ? {} : { stepId }) });
}

/** The event as stored: the input's fields, without any others a caller passed along. */
export function copyInput(input: RouteEventInput): Omit<RouteEvent, "seq"> {
  const { type, actor, occurredAt, stepId, outcome, toStepId, remarks } = input;
  return {
    type,
    actor: { ...actor },
    occurredAt,
    ...(stepId === undefined ? {} : { stepId }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(toStepId === undefined ? {} : { toStepId }),
    ...(remarks === undefined ? {} : { remarks }),
  };
}

const EVENT_TYPES = new Set(["started", "outcome-recorded", "returned", "withdrawn", "completed"]);

/** The pure transition function: the next state, or why the event is refused. */
export function transition(current: State, plan: RoutePlan, input: RouteEventInput): Result<State, TransitionError> {
  if (input === null || typeof input !== "object" || !EVENT_TYPES.has(input.type)) {
    return err("INVALID_EVENT", `Unknown event type '${String((input as { type?: unknown } | null)?.type)}'; use one of ${[...EVENT_TYPES].join(", ")}.`, `Onbekende gebeurtenis. Kies uit: ${[...EVENT_TYPES].join(", ")}.`);
  }
  if (!input.actor || typeof input.actor.name !== "string" || input.actor.name.trim() === "") {
    return err("INVALID_EVENT", "The event has no actor name; say who does this.", "De gebeurtenis heeft geen naam van wie het doet. Vul de naam in.");
  }
  if (typeof input.occurredAt !== "string" || !RFC3339.test(input.occurredAt) || Number.isNaN(Date.parse(input.occurredAt))) {
    return err("INVALID_EVENT", `'occurredAt' must be a date and time such as 2026-11-28T09:30:00Z; found '${String(input.occurredAt)}'.`, `Het tijdstip moet een datum en tijd zijn, zoals 2026-11-28T09:30:00Z.`);
  }
  if (isTerminal(current.status)) {
    return err("ROUTE_CLOSED", `The route is ${current.status}; nothing more can happen to it.`, `De route is al afgesloten (${current.status}). Er kan niets meer gebeuren.`);
  }
  if (Date.parse(input.occurredAt) < Date.parse(current.lastAt)) {
    return err("EVENT_OUT_OF_ORDER", `The event is dated ${input.occurredAt}, before the previous event (${current.lastAt}); events are recorded in time order.`, `De gebeurtenis is gedateerd vóór de vorige gebeurtenis (${current.lastAt}). Gebeurtenissen komen in volgorde van tijd.`);
  }
  const state = cloneState(current);
  state.lastAt = input.occurredAt;
  switch (input.type) {
    case "started": {
      if (state.status !== "planned") return err("ROUTE_ALREADY_STARTED", "The route has already started.", "De route is al gestart.");
      state.status = "in-progress";
      stampActivation(state, plan, input.occurredAt);
      return ok(state);
    }
    case "withdrawn": {
      state.status = "withdrawn";
      return ok(state);
    }
    case "completed": {
      if (state.status === "planned") return err("ROUTE_NOT_STARTED", "The route has not started yet.", "De route is nog niet gestart.");
      if (state.status !== "ready-to-complete") {
        const open = plan.steps.filter((s) => !isDone(s, state.steps.get(s.stepId)!)).map((s) => s.stepId);
        return err("STEPS_OPEN", `The route cannot be completed while steps are open: ${open.join(", ")}.`, `De route kan nog niet af: deze stappen zijn nog open: ${open.join(", ")}.`);
      }
      state.status = "completed";
      return ok(state);
    }
    case "outcome-recorded":
    case "returned":
      return stepTransition(state, plan, input);
  }
}

/** An outcome or a return at a step: who may record it, and what it does to the step. */
function stepTransition(state: State, plan: RoutePlan, input: RouteEventInput): Result<State, TransitionError> {
  if (state.status === "planned") return err("ROUTE_NOT_STARTED", "The route has not started yet; start it first.", "De route is nog niet gestart. Start de route eerst.");
  if (typeof input.stepId !== "string") return err("INVALID_EVENT", "The event needs 'stepId': the step it belongs to.", "Geef aan bij welke stap dit hoort (stepId).");
  const step = plan.steps.find((s) => s.stepId === input.stepId);
  if (!step) {
    return err("UNKNOWN_STEP", `Step '${input.stepId}' is not on this route; its steps are ${plan.steps.map((s) => s.stepId).join(", ")}.`, `Stap '${input.stepId}' hoort niet bij deze route.`, input.stepId);
  }
  const status = stepStatus(state, plan, step);
  if (status !== "active") {
    return err("STEP_NOT_ACTIVE", `Step '${step.stepId}' is ${status}, not the current step.`, `Stap '${step.name.nl}' is nu niet aan de beurt (${status}).`, step.stepId);
  }
  const body = step.bodies.find((b) => b.bodyId === input.actor.bodyId);
  if (!body) {
    return err("BODY_NOT_AT_STEP", `The actor acts for '${input.actor.bodyId ?? "no body"}', but step '${step.stepId}' is at ${step.bodies.map((b) => b.bodyId).join(", ")}; set actor.bodyId to one of them.`, `Alleen ${joinNames(step)} kan bij deze stap een uitkomst vastleggen.`, step.stepId);
  }
  if (input.actor.role === undefined || !body.roles.includes(input.actor.role)) {
    return err("ROLE_NOT_ALLOWED", `Role '${input.actor.role ?? "none"}' may not act for '${body.bodyId}'; allowed roles: ${body.roles.join(", ")}.`, `Met de rol '${input.actor.role ?? "geen"}' mag u niet namens ${body.name.nl} optreden. Toegestane rollen: ${body.roles.join(", ")}.`, step.stepId);
  }
  const s = state.steps.get(step.stepId)!;
  if (input.type === "returned") return returnTransition(state, plan, step, s, input);

  const outcome = input.outcome;
  if (outcome === undefined) return err("INVALID_EVENT", "The event needs 'outcome'.", "Geef de uitkomst op.", step.stepId);
  if (outcome === "returned") {
    return err("OUTCOME_NOT_ALLOWED", "To return an item, record a 'returned' event with toStepId and remarks.", "Terugsturen gaat met de gebeurtenis 'returned', met de stap waarheen en een toelichting.", step.stepId);
  }
  if (!step.outcomes.includes(outcome)) {
    return err("OUTCOME_NOT_ALLOWED", `Step '${step.stepId}' allows the outcomes ${step.outcomes.join(", ")}, not '${outcome}'.`, `Bij stap '${step.name.nl}' kan de uitkomst alleen zijn: ${step.outcomes.join(", ")}.`, step.stepId);
  }
  const branch = s.branches.get(body.bodyId);
  if (branch?.outcome !== undefined) {
    return err("OUTCOME_ALREADY_RECORDED", `'${body.bodyId}' already recorded '${branch.outcome}' at step '${step.stepId}'.`, `${body.name.nl} heeft bij deze stap al een uitkomst vastgelegd.`, step.stepId);
  }
  if (outcome === "approved-with-remarks" && !input.remarks?.trim()) {
    return err("REMARKS_REQUIRED", "Outcome 'approved-with-remarks' needs the remarks.", "Bij 'akkoord met opmerkingen' horen de opmerkingen. Vul ze in.", step.stepId);
  }
  s.branches.set(body.bodyId, { outcome, at: input.occurredAt, ...(input.remarks ? { remarks: input.remarks } : {}) });
  if (outcome === "rejected") {
    s.rejected = true;
    state.status = "rejected";
    return ok(state);
  }
  stampActivation(state, plan, input.occurredAt);
  return ok(state);
}

/** Sending the item back to an earlier step: that step and every step after it start again. */
function returnTransition(state: State, plan: RoutePlan, step: PlannedStep, s: StepState, input: RouteEventInput): Result<State, TransitionError> {
  if (!step.outcomes.includes("returned")) {
    return err("RETURN_NOT_ALLOWED", `Step '${step.stepId}' cannot send the item back; its outcomes are ${step.outcomes.join(", ")}.`, `Bij stap '${step.name.nl}' kan het stuk niet worden teruggestuurd.`, step.stepId);
  }
  if (!input.remarks?.trim()) {
    return err("REMARKS_REQUIRED", "A return needs remarks: what must change.", "Zeg bij het terugsturen wat er moet veranderen.", step.stepId);
  }
  const earlier = ancestors(plan, step.stepId);
  if (typeof input.toStepId !== "string" || !earlier.includes(input.toStepId)) {
    return err("RETURN_TARGET_INVALID", `An item can only go back to an earlier step of this route (${earlier.join(", ") || "none"}), not to '${String(input.toStepId)}'.`, `Het stuk kan alleen terug naar een eerdere stap: ${earlier.join(", ") || "geen"}.`, step.stepId);
  }
  if (s.returnsUsed >= step.maxReturns) {
    return err("RETURN_LIMIT_REACHED", `Step '${step.stepId}' has already sent the item back ${s.returnsUsed} time(s), its maximum.`, `Stap '${step.name.nl}' heeft het stuk al ${s.returnsUsed} keer teruggestuurd; vaker mag niet. Neem een besluit.`, step.stepId);
  }
  s.returnsUsed += 1;
  for (const id of withDescendants(plan, input.toStepId)) {
    const reset = state.steps.get(id)!;
    reset.branches = new Map();
    delete reset.activeSince;
  }
  stampActivation(state, plan, input.occurredAt);
  return ok(state);
}

/** The Dutch names of a step's bodies, for a message. */
function joinNames(step: PlannedStep): string {
  return step.bodies.map((b) => b.name.nl).join(", ");
}
