/**
 * Typed problems of the governance package. Expected failures are returned as values with a
 * stable `code`; a `switch` on `code` is exhaustive. Texts that reach ethics staff (planning and
 * transition errors) come in Dutch (`messageNl`, B1 level) and English (`message`).
 */

// The one Result of the repository, from the contract package; exported here too so that callers
// of this package's functions keep importing it from where they import the functions.
export type { Result } from "@ethiek/schemas";

/** Codes of problems found when a governance model is loaded. */
export type ModelErrorCode =
  | "MODEL_SCHEMA_INVALID"
  | "DUPLICATE_BODY"
  | "DUPLICATE_ROUTE"
  | "DUPLICATE_STEP"
  | "UNKNOWN_BODY"
  | "UNKNOWN_STEP"
  | "ROUTE_CYCLE"
  | "UNREACHABLE_STEP"
  | "CONTRADICTORY_CONDITION"
  | "NO_FORMAL_POSITION"
  | "RETURN_WITHOUT_EARLIER_STEP"
  | "UNKNOWN_INTAKE_ROUTE";

/** A problem in a governance model, with a JSON pointer into the model. */
export interface ModelError {
  readonly code: ModelErrorCode;
  /** What is wrong, where, and how to fix it (English: models are written by developers). */
  readonly message: string;
  /** JSON pointer into the model, e.g. `/routes/0/steps/2/next/0`. */
  readonly pointer: string;
  readonly itemKind?: string;
  readonly stepId?: string;
  readonly bodyId?: string;
}

/** Codes of problems found when a route is planned. */
export type PlanErrorCode = "MODEL_INVALID" | "UNKNOWN_ITEM_KIND" | "CONTRADICTORY_FACTS" | "NO_APPLICABLE_STEPS";

/** A problem that prevents planning a route. */
export interface PlanError {
  readonly code: PlanErrorCode;
  readonly message: string;
  readonly messageNl: string;
  /** For MODEL_INVALID: the model's problems. */
  readonly modelErrors?: readonly ModelError[];
  /** For UNKNOWN_ITEM_KIND: the kinds the model does route. */
  readonly knownKinds?: readonly string[];
}

/** Codes of refused route transitions. */
export type TransitionErrorCode =
  | "INVALID_EVENT"
  | "EVENT_OUT_OF_ORDER"
  | "ROUTE_ALREADY_STARTED"
  | "ROUTE_NOT_STARTED"
  | "ROUTE_CLOSED"
  | "UNKNOWN_STEP"
  | "STEP_NOT_ACTIVE"
  | "BODY_NOT_AT_STEP"
  | "ROLE_NOT_ALLOWED"
  | "OUTCOME_NOT_ALLOWED"
  | "OUTCOME_ALREADY_RECORDED"
  | "REMARKS_REQUIRED"
  | "RETURN_NOT_ALLOWED"
  | "RETURN_TARGET_INVALID"
  | "RETURN_LIMIT_REACHED"
  | "STEPS_OPEN";

/** A refused transition: the route is unchanged. */
export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly message: string;
  readonly messageNl: string;
  readonly stepId?: string;
}

/** Codes of problems with routing a tender or an ethics case. */
export type IntegrationErrorCode = "NO_MODEL_FOR_BUYER" | "NO_COMPETENT_BODY" | "INVALID_CASE_SUMMARY";

/** A problem while proposing a route for a tender check or an ethics case. */
export interface IntegrationError {
  readonly code: IntegrationErrorCode | PlanErrorCode;
  readonly message: string;
  readonly messageNl: string;
}

/** @internal */
export { fail, ok } from "@ethiek/schemas";
