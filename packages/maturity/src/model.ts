import { validateMaturityModel, type MaturityModel, type MaturityQuestion } from "@ethiek/schemas";
import type { ModelError, Result } from "./errors.js";

/**
 * Checks the rules of a maturity model that JSON Schema cannot express: levels numbered 1..n
 * without gaps, unique ids, every question in a known dimension with exactly one statement per
 * level, every dimension with at least one question, actions and indicator thresholds at known
 * levels. Returns every problem at once; an empty list means the model is sound.
 *
 * @example
 * const problems = checkMaturityModel(provincialModel); // []
 */
export function checkMaturityModel(model: MaturityModel): ModelError[] {
  const errors: ModelError[] = [];
  const add = (code: ModelError["code"], pointer: string, message: string) => errors.push({ code, pointer, message });

  const levelNumbers = new Set<number>();
  const levelIds = new Set<string>();
  if (model.levels.length < 2) add("LEVELS_NOT_CONSECUTIVE", "/levels", `a model needs at least 2 levels; found ${model.levels.length}`);
  model.levels.forEach((level, i) => {
    if (level.level !== i + 1) {
      add("LEVELS_NOT_CONSECUTIVE", `/levels/${i}/level`, `levels must be listed in order and numbered 1, 2, 3, …; level ${i + 1} is expected here, found ${level.level}`);
    }
    if (levelIds.has(level.id)) add("DUPLICATE_LEVEL_ID", `/levels/${i}/id`, `level id '${level.id}' is used twice; give every level its own id`);
    levelIds.add(level.id);
    levelNumbers.add(level.level);
  });
  const maxLevel = model.levels.length;
  const levelKnown = (n: number) => levelNumbers.has(n);

  const dimensions = new Set<string>();
  if (model.dimensions.length === 0) add("DIMENSION_WITHOUT_QUESTIONS", "/dimensions", "a model needs at least one dimension");
  model.dimensions.forEach((dimension, i) => {
    if (dimensions.has(dimension.id)) add("DUPLICATE_DIMENSION", `/dimensions/${i}/id`, `dimension id '${dimension.id}' is used twice`);
    dimensions.add(dimension.id);
    const metrics = new Set<string>();
    dimension.indicators?.forEach((indicator, j) => {
      const at = `/dimensions/${i}/indicators/${j}`;
      if (metrics.has(indicator.metric)) add("DUPLICATE_INDICATOR", `${at}/metric`, `metric '${indicator.metric}' is listed twice for dimension '${dimension.id}'`);
      metrics.add(indicator.metric);
      if (indicator.thresholds.length === 0) add("THRESHOLD_LEVEL_UNKNOWN", `${at}/thresholds`, "an indicator needs at least one threshold");
      indicator.thresholds.forEach((t, k) => {
        if (!levelKnown(t.level)) add("THRESHOLD_LEVEL_UNKNOWN", `${at}/thresholds/${k}/level`, `level ${t.level} does not exist; the model has levels 1 to ${maxLevel}`);
        const before = indicator.thresholds[k - 1];
        if (before !== undefined && (t.level <= before.level || t.atLeast < before.atLeast)) {
          add("THRESHOLDS_NOT_ASCENDING", `${at}/thresholds/${k}`, "thresholds must rise: each one a higher level and at least the previous figure");
        }
      });
    });
  });

  const questions = new Set<string>();
  const perDimension = new Map<string, number>();
  model.questions.forEach((question, i) => {
    const at = `/questions/${i}`;
    if (questions.has(question.id)) add("DUPLICATE_QUESTION", `${at}/id`, `question id '${question.id}' is used twice`);
    questions.add(question.id);
    if (!dimensions.has(question.dimension)) {
      add("UNKNOWN_DIMENSION", `${at}/dimension`, `question '${question.id}' names dimension '${question.dimension}', which the model does not define; known: ${[...dimensions].join(", ")}`);
    }
    perDimension.set(question.dimension, (perDimension.get(question.dimension) ?? 0) + 1);
    const seen = new Set<number>();
    question.statements.forEach((statement, j) => {
      if (!levelKnown(statement.level)) {
        add("STATEMENT_LEVEL_UNKNOWN", `${at}/statements/${j}/level`, `level ${statement.level} does not exist; the model has levels 1 to ${maxLevel}`);
      } else if (seen.has(statement.level)) {
        add("STATEMENT_LEVEL_DUPLICATE", `${at}/statements/${j}/level`, `question '${question.id}' has two statements for level ${statement.level}; keep one`);
      }
      seen.add(statement.level);
    });
    for (const level of levelNumbers) {
      if (!seen.has(level)) add("STATEMENT_LEVEL_MISSING", `${at}/statements`, `question '${question.id}' has no statement for level ${level}; every question needs one statement per level`);
    }
  });
  model.dimensions.forEach((dimension, i) => {
    if (!perDimension.has(dimension.id)) add("DIMENSION_WITHOUT_QUESTIONS", `/dimensions/${i}`, `dimension '${dimension.id}' has no questions; add at least one or remove the dimension`);
  });

  const actions = new Set<string>();
  model.actions?.forEach((action, i) => {
    const at = `/actions/${i}`;
    if (actions.has(action.id)) add("DUPLICATE_ACTION", `${at}/id`, `action id '${action.id}' is used twice`);
    actions.add(action.id);
    if (!dimensions.has(action.dimension)) add("UNKNOWN_DIMENSION", `${at}/dimension`, `action '${action.id}' names dimension '${action.dimension}', which the model does not define`);
    if (!levelKnown(action.level)) add("ACTION_LEVEL_UNKNOWN", `${at}/level`, `level ${action.level} does not exist; the model has levels 1 to ${maxLevel}`);
  });
  return errors;
}

/**
 * Validates any value as a maturity model: first against `maturity-model.schema.json`, then
 * against the rules of {@link checkMaturityModel}. Never throws.
 *
 * @example
 * const result = loadMaturityModel(JSON.parse(text));
 * if (!result.ok) for (const e of result.errors) console.error(`${e.pointer}: ${e.message}`);
 */
export function loadMaturityModel(value: unknown): Result<MaturityModel, ModelError> {
  const validated = validateMaturityModel(value);
  if (!validated.ok) {
    return { ok: false, errors: validated.errors.map((e) => ({ code: "MODEL_SCHEMA_INVALID", pointer: e.pointer, message: e.message })) };
  }
  const errors = checkMaturityModel(validated.value);
  return errors.length === 0 ? { ok: true, value: validated.value } : { ok: false, errors };
}

/**
 * The highest level of a model.
 *
 * @example
 * maxLevelOf(model) // 5 for a model with levels 1 to 5
 */
export function maxLevelOf(model: MaturityModel): number {
  return model.levels.length;
}

/**
 * The questions of one dimension, in the model's order.
 *
 * @example
 * questionsOf(model, "beleid").map((q) => q.id) // ["beleid-visie", "beleid-wetgeving"]
 */
export function questionsOf(model: MaturityModel, dimension: string): MaturityQuestion[] {
  return model.questions.filter((q) => q.dimension === dimension);
}
