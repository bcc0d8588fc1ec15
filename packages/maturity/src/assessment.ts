import {
  validateMaturityAssessment,
  type MaturityAnswer,
  type MaturityAnswerInput,
  type MaturityAssessment,
  type MaturityAssessmentInput,
  type MaturityModel,
} from "@ethiek/schemas";
import type { AssessmentError, Result } from "./errors.js";

/**
 * Checks an assessment against its model: the model id matches, every answer names a question
 * of the model once, with a level the model has, and the target profile names known dimensions
 * once with known levels. Returns every problem (Dutch and English); an empty list means sound.
 *
 * @example
 * checkAssessment(provincialModel, assessment); // []
 */
export function checkAssessment(model: MaturityModel, assessment: MaturityAssessment): AssessmentError[] {
  const errors: AssessmentError[] = [];
  const max = model.levels.length;
  if (assessment.model.id !== model.id) {
    errors.push({
      code: "MODEL_MISMATCH",
      pointer: "/model/id",
      message: `the assessment uses model '${assessment.model.id}', not '${model.id}'; score it with its own model`,
      messageNl: `Deze meting hoort bij model '${assessment.model.id}', niet bij '${model.id}'. Gebruik het juiste model.`,
    });
  }
  errors.push(...checkAnswers(model, assessment.answers, "/answers"));
  const dimensions = new Set(model.dimensions.map((d) => d.id));
  const targeted = new Set<string>();
  assessment.target?.forEach((target, i) => {
    if (!dimensions.has(target.dimension)) {
      errors.push({
        code: "UNKNOWN_TARGET_DIMENSION",
        pointer: `/target/${i}/dimension`,
        message: `the target names dimension '${target.dimension}', which model '${model.id}' does not have; known: ${[...dimensions].join(", ")}`,
        messageNl: `Het doel noemt aspect '${target.dimension}'. Dat aspect bestaat niet in dit model. Kies uit: ${[...dimensions].join(", ")}.`,
      });
    }
    if (targeted.has(target.dimension)) {
      errors.push({
        code: "DUPLICATE_TARGET",
        pointer: `/target/${i}`,
        message: `dimension '${target.dimension}' has two targets; keep one`,
        messageNl: `Aspect '${target.dimension}' heeft twee doelen. Houd er één over.`,
      });
    }
    targeted.add(target.dimension);
    if (target.level > max) errors.push(levelError(`/target/${i}/level`, target.level, max));
  });
  return errors;
}

/**
 * Checks answers (stored or input) against a model; `at` is the pointer of the answer list.
 *
 * @example
 * checkAnswers(model, [{ question: "beleid-visie", level: 9 }]) // one error at /answers/0/level: above the highest level
 */
export function checkAnswers(model: MaturityModel, answers: ReadonlyArray<MaturityAnswerInput>, at = "/answers"): AssessmentError[] {
  const errors: AssessmentError[] = [];
  const max = model.levels.length;
  const questions = new Set(model.questions.map((q) => q.id));
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    if (!questions.has(answer.question)) {
      errors.push({
        code: "UNKNOWN_QUESTION",
        pointer: `${at}/${i}/question`,
        message: `question '${answer.question}' is not in model '${model.id}'`,
        messageNl: `Vraag '${answer.question}' staat niet in model '${model.id}'. Controleer de id van de vraag.`,
      });
    } else if (seen.has(answer.question)) {
      errors.push({
        code: "DUPLICATE_ANSWER",
        pointer: `${at}/${i}`,
        message: `question '${answer.question}' is answered twice; keep one answer`,
        messageNl: `Vraag '${answer.question}' heeft twee antwoorden. Houd er één over.`,
      });
    }
    seen.add(answer.question);
    if (answer.level > max) errors.push(levelError(`${at}/${i}/level`, answer.level, max));
  });
  return errors;
}

function levelError(pointer: string, level: number, max: number): AssessmentError {
  return {
    code: "LEVEL_OUT_OF_RANGE",
    pointer,
    message: `level ${level} does not exist; the model has levels 1 to ${max}`,
    messageNl: `Niveau ${level} bestaat niet. Kies een niveau van 1 tot en met ${max}.`,
  };
}

/**
 * Validates any value as an assessment of `model`: first the schema, then {@link checkAssessment}.
 *
 * @example
 * const result = loadAssessment(provincialModel, JSON.parse(text));
 */
export function loadAssessment(model: MaturityModel, value: unknown): Result<MaturityAssessment, AssessmentError> {
  const validated = validateMaturityAssessment(value);
  if (!validated.ok) {
    return {
      ok: false,
      errors: validated.errors.map((e) => ({ code: "ASSESSMENT_SCHEMA_INVALID", pointer: e.pointer, message: e.message, messageNl: e.message })),
    };
  }
  const errors = checkAssessment(model, validated.value);
  return errors.length === 0 ? { ok: true, value: validated.value } : { ok: false, errors };
}

/** Facts the caller (the API) supplies when an assessment is created. */
export interface AssessmentContext {
  readonly id: string;
  readonly organisation: string;
  readonly createdAt: string;
  /** Who gives the initial answers, if any. */
  readonly answeredBy: string;
}

/**
 * Creates an assessment from client input, checked against the model.
 *
 * @example
 * const created = createAssessment(provincialModel, { model: { id: provincialModel.id } },
 *   { id: "a1", organisation: "Provincie Overijssel", createdAt: now, answeredBy: "user-1" });
 */
export function createAssessment(model: MaturityModel, input: MaturityAssessmentInput, context: AssessmentContext): Result<MaturityAssessment, AssessmentError> {
  const assessment: MaturityAssessment = {
    schemaVersion: "1.0",
    id: context.id,
    organisation: context.organisation,
    ...(input.title !== undefined ? { title: input.title } : {}),
    model: { id: input.model.id, ...(input.model.version ?? model.version ? { version: input.model.version ?? model.version } : {}) },
    createdAt: context.createdAt,
    ...(input.previousAssessment !== undefined ? { previousAssessment: input.previousAssessment } : {}),
    shareInBenchmark: input.shareInBenchmark ?? false,
    answers: (input.answers ?? []).map((a) => toAnswer(a, context.answeredBy, context.createdAt)),
    ...(input.target !== undefined ? { target: input.target } : {}),
  };
  const errors = checkAssessment(model, assessment);
  return errors.length === 0 ? { ok: true, value: assessment } : { ok: false, errors };
}

function toAnswer(input: MaturityAnswerInput, answeredBy: string, answeredAt: string): MaturityAnswer {
  return {
    question: input.question,
    level: input.level,
    ...(input.evidence !== undefined ? { evidence: input.evidence } : {}),
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
    answeredBy,
    answeredAt,
  };
}

/**
 * Records answers: each replaces an earlier answer to the same question; other answers stay.
 * Stored scores are dropped (they no longer match); score again with `scoreAssessment`.
 *
 * @example
 * const next = recordAnswers(provincialModel, assessment, [{ question: "beleid-visie", level: 3 }], "user-1", now);
 */
export function recordAnswers(
  model: MaturityModel,
  assessment: MaturityAssessment,
  answers: ReadonlyArray<MaturityAnswerInput>,
  answeredBy: string,
  answeredAt: string,
): Result<MaturityAssessment, AssessmentError> {
  const errors = checkAnswers(model, answers);
  if (errors.length > 0) return { ok: false, errors };
  const replaced = new Map(assessment.answers.map((a) => [a.question, a] as const));
  for (const input of answers) replaced.set(input.question, toAnswer(input, answeredBy, answeredAt));
  const order = new Map(model.questions.map((q, i) => [q.id, i] as const));
  const { scores: _stale, ...rest } = assessment;
  return {
    ok: true,
    value: { ...rest, answers: [...replaced.values()].sort((a, b) => (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0)) },
  };
}
