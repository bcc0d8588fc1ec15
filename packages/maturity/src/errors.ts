/**
 * Typed problems of the maturity package. Expected failures are returned as values with a stable
 * `code`, a JSON pointer where one applies, and a message that says what is wrong and how to fix
 * it. Texts that reach ethics staff (assessment, benchmark and comparison problems) also come in
 * Dutch at language level B1 (`messageNl`).
 */

// The one Result of the repository, from the contract package; exported here too so that callers
// of this package's functions keep importing it from where they import the functions.
export type { Result } from "@ethiek/schemas";

/** Codes of problems in a maturity model (own, custom or imported). */
export type ModelErrorCode =
  | "MODEL_SCHEMA_INVALID"
  | "LEVELS_NOT_CONSECUTIVE"
  | "DUPLICATE_LEVEL_ID"
  | "DUPLICATE_DIMENSION"
  | "DUPLICATE_QUESTION"
  | "DUPLICATE_ACTION"
  | "UNKNOWN_DIMENSION"
  | "DIMENSION_WITHOUT_QUESTIONS"
  | "STATEMENT_LEVEL_UNKNOWN"
  | "STATEMENT_LEVEL_DUPLICATE"
  | "STATEMENT_LEVEL_MISSING"
  | "ACTION_LEVEL_UNKNOWN"
  | "THRESHOLD_LEVEL_UNKNOWN"
  | "THRESHOLDS_NOT_ASCENDING"
  | "DUPLICATE_INDICATOR";

/** A problem in a maturity model, with a JSON pointer into the model. */
export interface ModelError {
  readonly code: ModelErrorCode;
  /** What is wrong, where, and how to fix it (English: models are written by developers). */
  readonly message: string;
  /** JSON pointer into the model, e.g. `/questions/3/statements/2/level`. */
  readonly pointer: string;
}

/** Codes of problems found while importing an ODI maturity model file. */
export type ImportErrorCode = "ODI_NOT_AN_OBJECT" | "ODI_FIELD_MISSING" | "ODI_FIELD_INVALID" | "ODI_RESULT_INVALID";

/** A problem in an ODI file, with a JSON pointer into the file. */
export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: string;
  readonly pointer: string;
  /** For ODI_RESULT_INVALID: what is wrong with the converted model. */
  readonly modelErrors?: readonly ModelError[];
}

/** Codes of problems in an assessment, its answers or its target profile. */
export type AssessmentErrorCode =
  | "ASSESSMENT_SCHEMA_INVALID"
  | "MODEL_MISMATCH"
  | "UNKNOWN_QUESTION"
  | "DUPLICATE_ANSWER"
  | "LEVEL_OUT_OF_RANGE"
  | "UNKNOWN_TARGET_DIMENSION"
  | "DUPLICATE_TARGET";

/** A problem in an assessment. */
export interface AssessmentError {
  readonly code: AssessmentErrorCode;
  readonly message: string;
  readonly messageNl: string;
  readonly pointer: string;
}

/** Codes of refused comparisons and benchmarks. */
export type CompareErrorCode = "DIFFERENT_ORGANISATIONS" | "DIFFERENT_MODELS" | "TOO_FEW_ORGANISATIONS" | "NOT_SCORED";

/** A refused comparison or benchmark. */
export interface CompareError {
  readonly code: CompareErrorCode;
  readonly message: string;
  readonly messageNl: string;
  /** For TOO_FEW_ORGANISATIONS: how many took part and how many are needed. */
  readonly participants?: number;
  readonly required?: number;
}
