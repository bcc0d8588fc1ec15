import type { Case, CaseDecision, CaseInput, CaseReflection, CaseStatus, ReflectionInput } from "@ethiek/schemas";
import { fail, ok, type Result, type TransitionError, type TransitionErrorCode } from "./errors.js";

/** Every lifecycle status, in the order a case normally passes through them. */
export const CASE_STATUSES: readonly CaseStatus[] = [
  "submitted",
  "accepted",
  "declined",
  "in-analysis",
  "reflection-given",
  "decision-recorded",
  "closed",
  "withdrawn",
];

/** Statuses after which nothing changes any more. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ["declined", "closed", "withdrawn"];

// The one table of allowed moves. Withdrawing is possible from every status that is not final.
const NEXT: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  submitted: ["accepted", "declined", "withdrawn"],
  accepted: ["in-analysis", "withdrawn"],
  "in-analysis": ["reflection-given", "withdrawn"],
  "reflection-given": ["decision-recorded", "withdrawn"],
  "decision-recorded": ["closed", "withdrawn"],
  declined: [],
  closed: [],
  withdrawn: [],
};

/** Dutch (B1) and English names of the statuses, for messages and booklets. */
export const STATUS_LABELS: Readonly<Record<CaseStatus, { readonly nl: string; readonly en: string }>> = {
  submitted: { nl: "ingediend", en: "submitted" },
  accepted: { nl: "in behandeling genomen", en: "accepted" },
  declined: { nl: "niet in behandeling genomen", en: "declined" },
  "in-analysis": { nl: "in analyse", en: "in analysis" },
  "reflection-given": { nl: "reflectie gegeven", en: "reflection given" },
  "decision-recorded": { nl: "besluit vastgelegd", en: "decision recorded" },
  closed: { nl: "afgesloten", en: "closed" },
  withdrawn: { nl: "ingetrokken", en: "withdrawn" },
};

/**
 * The statuses a case may move to from `status`.
 *
 * @example
 * allowedTransitions("submitted"); // ["accepted", "declined", "withdrawn"]
 */
export function allowedTransitions(status: CaseStatus): readonly CaseStatus[] {
  return NEXT[status];
}

/**
 * True when no transition leaves `status`.
 *
 * @example
 * isTerminal("closed") // true
 * isTerminal("in-analysis") // false
 */
export function isTerminal(status: CaseStatus): boolean {
  return NEXT[status].length === 0;
}

/** Who makes a change and when; every transition is recorded as an event with both. */
export interface Actor {
  readonly actor: string;
  /** RFC 3339 date-time. */
  readonly at: string;
}

export interface TransitionOptions extends Actor {
  /** Required for `declined` (why it is out of scope) and `withdrawn`. */
  readonly reason?: string;
}

function refuse(code: TransitionErrorCode, from: CaseStatus, to: string, nl: string, en: string): TransitionError {
  return { code, message: nl, messageEn: en, from, to, allowed: NEXT[from] };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Moves a case to status `to`, appending an event with actor and time. Returns a new case; the
 * input is not changed. Refuses, with a typed error, every move the lifecycle does not allow.
 *
 * @example
 * const r = transition(c, "declined", { actor: "secretaris", at: "2026-11-28T10:00:00Z", reason: "Buiten ons mandaat" });
 * if (!r.ok) console.log(r.errors[0].code); // e.g. "INVALID_TRANSITION"
 */
export function transition(c: Case, to: CaseStatus, options: TransitionOptions): Result<Case, TransitionError> {
  const from = c.status;
  const names = `${STATUS_LABELS[from].nl}' naar '${STATUS_LABELS[to]?.nl ?? to}`;
  if (!(to in NEXT)) {
    return fail(refuse("INVALID_TRANSITION", from, to, `'${to}' is geen status van een casus.`, `'${to}' is not a case status.`));
  }
  if (isTerminal(from)) {
    return fail(
      refuse(
        "CASE_FINISHED",
        from,
        to,
        `De casus is ${STATUS_LABELS[from].nl}; daarna kan de status niet meer veranderen. Leg zo nodig een nieuwe casus voor.`,
        `The case is ${STATUS_LABELS[from].en}; its status cannot change any more. Submit a new case if needed.`,
      ),
    );
  }
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].map((s) => STATUS_LABELS[s].nl).join(", ");
    return fail(
      refuse(
        "INVALID_TRANSITION",
        from,
        to,
        `Een casus kan niet van '${names}' gaan. Vanuit '${STATUS_LABELS[from].nl}' kan het naar: ${allowed}.`,
        `A case cannot move from '${from}' to '${to}'. Allowed from '${from}': ${NEXT[from].join(", ")}.`,
      ),
    );
  }
  const reason = options.reason?.trim();
  if ((to === "declined" || to === "withdrawn") && !reason) {
    return fail(
      refuse(
        "REASON_REQUIRED",
        from,
        to,
        to === "declined"
          ? "Geef een reden als u een casus niet in behandeling neemt, bijvoorbeeld dat de vraag buiten het mandaat van de commissie valt."
          : "Geef een reden als u een casus intrekt.",
        `A reason is required to move a case to '${to}'.`,
      ),
    );
  }
  if (to === "reflection-given" && (c.reflections ?? []).length === 0) {
    return fail(
      refuse(
        "REFLECTION_REQUIRED",
        from,
        to,
        "Voeg eerst een reflectie toe; daarna kan de status 'reflectie gegeven' worden.",
        "Add a reflection before moving the case to 'reflection-given'.",
      ),
    );
  }
  if (to === "decision-recorded" && c.decision === undefined) {
    return fail(
      refuse(
        "DECISION_REQUIRED",
        from,
        to,
        "Leg eerst het besluit van de organisatie vast; daarna kan de status 'besluit vastgelegd' worden.",
        "Record the organisation's decision before moving the case to 'decision-recorded'.",
      ),
    );
  }
  const last = c.events[c.events.length - 1];
  if (!ISO.test(options.at) || (last !== undefined && Date.parse(options.at) < Date.parse(last.at))) {
    return fail(
      refuse(
        "INVALID_TIME",
        from,
        to,
        `Het tijdstip '${options.at}' is geen geldige datum-tijd (RFC 3339) of ligt vóór de vorige stap (${last?.at ?? "geen"}).`,
        `The time '${options.at}' is not an RFC 3339 date-time or lies before the previous event (${last?.at ?? "none"}).`,
      ),
    );
  }
  const event = { from, to, actor: options.actor, at: options.at, ...(reason ? { reason } : {}) };
  return ok({ ...c, status: to, events: [...c.events, event], updatedAt: options.at });
}

/**
 * Creates a submitted case from what the requester supplied, with the first event (from `null`).
 *
 * @example
 * const c = createCase(input, { id: "dkf-2026-014", actor: "key-123", at: new Date().toISOString() });
 */
export function createCase(input: CaseInput, options: Actor & { readonly id: string }): Case {
  return {
    schemaVersion: "1.0",
    id: options.id,
    status: "submitted",
    ...input,
    events: [{ from: null, to: "submitted", actor: options.actor, at: options.at }],
    createdAt: options.at,
  };
}

/** Editing refused because of the case's status. */
function frozen(c: Case, what: string, allowed: readonly CaseStatus[]): TransitionError {
  return {
    code: "WRONG_STATE",
    message: `${what} kan alleen als de casus ${allowed.map((s) => `'${STATUS_LABELS[s].nl}'`).join(" of ")} is; deze casus is '${STATUS_LABELS[c.status].nl}'.`,
    messageEn: `${what} is only possible in status ${allowed.join(" or ")}; this case is ${c.status}.`,
    from: c.status,
    to: c.status,
    allowed: NEXT[c.status],
  };
}

/**
 * Adds a reflection of the commission. A reflection is non-binding by nature (`binding: false`).
 * Allowed while the case is in analysis or after an earlier reflection.
 *
 * @example
 * const r = addReflection(c, { authors: [{ name: "…" }], givenDate: "2026-11-20", text, valuesWeighed: [], advice });
 */
export function addReflection(c: Case, input: ReflectionInput, id?: string): Result<Case, TransitionError> {
  const allowed: CaseStatus[] = ["in-analysis", "reflection-given"];
  if (!allowed.includes(c.status)) return fail(frozen(c, "Een reflectie toevoegen", allowed));
  const reflections = c.reflections ?? [];
  const reflection: CaseReflection = { id: id ?? `reflectie-${reflections.length + 1}`, ...input, binding: false };
  return ok({ ...c, reflections: [...reflections, reflection] });
}

/**
 * Records the organisation's decision after the reflection (with follow-up and review date).
 *
 * @example
 * const r = recordDecision(c, { decidedDate: "2026-12-01", decidedBy: "Gedeputeerde Staten", text, followsAdvice: "partly", reviewDate: "2027-12-01" });
 */
export function recordDecision(c: Case, decision: CaseDecision): Result<Case, TransitionError> {
  const allowed: CaseStatus[] = ["reflection-given", "decision-recorded"];
  if (!allowed.includes(c.status)) return fail(frozen(c, "Een besluit vastleggen", allowed));
  return ok({ ...c, decision });
}

/** Fields of a case that its owner may change while the case is open. */
export type CasePatch = Partial<Omit<CaseInput, "requester">>;

/**
 * Applies changes to an open case. Cases that are final (closed, declined, withdrawn) are part of
 * the record and cannot be edited.
 *
 * @example
 * const r = updateCase(c, { context: "Nieuwe informatie …" }, "2026-11-29T09:00:00Z");
 */
export function updateCase(c: Case, patch: CasePatch, at: string): Result<Case, TransitionError> {
  if (isTerminal(c.status)) {
    return fail(frozen(c, "Een casus wijzigen", CASE_STATUSES.filter((s) => !isTerminal(s))));
  }
  return ok({ ...c, ...patch, updatedAt: at });
}
