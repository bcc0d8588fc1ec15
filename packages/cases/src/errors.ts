// The one Result of the repository, from the contract package; exported here too so that callers
// of this package's functions keep importing it from where they import the functions.
export { fail, ok, type Result } from "@ethiek/schemas";

/** Codes of lifecycle errors; stable, for a `switch` in callers and API problem codes. */
export type TransitionErrorCode =
  | "INVALID_TRANSITION"
  | "REASON_REQUIRED"
  | "REFLECTION_REQUIRED"
  | "DECISION_REQUIRED"
  | "CASE_FINISHED"
  | "INVALID_TIME"
  | "WRONG_STATE";

/** Why a lifecycle step was refused. `message` is Dutch (B1); `messageEn` English. */
export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly message: string;
  readonly messageEn: string;
  readonly from: string;
  readonly to: string;
  /** The transitions that are allowed from `from`. */
  readonly allowed: readonly string[];
}

export type InstrumentErrorCode =
  | "YAML_SYNTAX"
  | "YAML_TOO_COMPLEX"
  | "NOT_AN_INSTRUMENT"
  | "MISSING_FIELD"
  | "INVALID_URN"
  | "DUPLICATE_URN";

/** A problem in an instrument file; `path` points into the YAML (e.g. `tasks[3].urn`). */
export interface InstrumentError {
  readonly code: InstrumentErrorCode;
  readonly path: string;
  readonly message: string;
}

export type AnswerErrorCode = "WRONG_INSTRUMENT" | "UNKNOWN_QUESTION" | "DUPLICATE_ANSWER";

/** A problem with the answers recorded for an instrument. */
export interface AnswerError {
  readonly code: AnswerErrorCode;
  readonly questionUrn: string;
  readonly message: string;
}
