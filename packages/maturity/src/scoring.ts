import type {
  MaturityAssessment,
  MaturityDimension,
  MaturityDimensionScore,
  MaturityIndicator,
  MaturityIndicatorResult,
  MaturityMeasuredScore,
  MaturityMeasurement,
  MaturityModel,
  MaturityScores,
  MaturityScoringMethod,
} from "@ethiek/schemas";
import { checkAssessment } from "./assessment.js";
import type { AssessmentError, Result } from "./errors.js";

/** The scoring method, stated in every result. */
export const SCORING_METHOD: MaturityScoringMethod = {
  level: "lowest-level-reached",
  mean: "mean-of-answers",
  description: {
    nl: "Een aspect heeft een niveau pas als alle beantwoorde vragen van dat aspect dat niveau halen: het niveau is het laagste antwoord. Het totaal is het laagste niveau van alle aspecten. Daarnaast staat het gemiddelde van de antwoorden per aspect, en het gemiddelde van die aspecten als totaal. Vragen zonder antwoord tellen niet mee en worden apart genoemd; zolang er zulke vragen zijn, is de uitkomst voorlopig.",
    en: "A dimension reaches a level only when every answered question of that dimension reaches it: its level is the lowest answer. The overall level is the lowest dimension level. Beside it stands the mean of the answers per dimension, and the mean of those dimension means overall. Unanswered questions are not counted and are listed; while there are any, the result is provisional.",
  },
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The level one figure points to: the highest level whose threshold it reaches, or level 1.
 *
 * @example
 * indicatorLevel({ metric: "tenders-checked-share", thresholds: [{ level: 2, atLeast: 0.1 }, { level: 3, atLeast: 0.5 }] }, 0.6); // 3
 */
export function indicatorLevel(indicator: MaturityIndicator, value: number): number {
  let level = 1;
  for (const threshold of indicator.thresholds) if (value >= threshold.atLeast && threshold.level > level) level = threshold.level;
  return level;
}

/**
 * What the system's own figures say about one dimension: per indicator the latest figure, its
 * level and the trend over all periods; the dimension's measured level is the lowest of them (the
 * same rule as for questions). Undefined when none of its indicators was measured.
 *
 * @example
 * measuredScore(dimension, assessment.measurements ?? [], 2)?.level // the lowest level among its measured indicators
 */
export function measuredScore(
  dimension: MaturityDimension,
  measurements: readonly MaturityMeasurement[],
  selfAssessedLevel: number | null,
): MaturityMeasuredScore | undefined {
  const indicators: MaturityIndicatorResult[] = [];
  for (const indicator of dimension.indicators ?? []) {
    const series = measurements
      .filter((m) => m.metric === indicator.metric)
      .sort((a, b) => a.periodEndDate.localeCompare(b.periodEndDate) || a.measuredAt.localeCompare(b.measuredAt));
    const latest = series.at(-1);
    if (latest === undefined) continue;
    indicators.push({
      metric: indicator.metric,
      value: latest.value,
      level: indicatorLevel(indicator, latest.value),
      periodEndDate: latest.periodEndDate,
      trend: series.map((m) => ({ periodEndDate: m.periodEndDate, value: m.value })),
    });
  }
  if (indicators.length === 0) return undefined;
  const level = Math.min(...indicators.map((i) => i.level));
  const agreement: MaturityMeasuredScore["agreement"] =
    selfAssessedLevel === null
      ? "not-self-assessed"
      : selfAssessedLevel - level > 1
        ? "self-assessed-higher"
        : level - selfAssessedLevel > 1
          ? "self-assessed-lower"
          : "consistent";
  return { source: "measured", level, indicators, agreement };
}

/**
 * Scores an assessment: per dimension the lowest level reached by all answered questions and,
 * beside it, the mean of the answers; overall the lowest dimension level and the mean of the
 * dimension means. Unanswered questions are listed and make the result provisional; they are
 * never counted as level 1. Measured figures appear per dimension as `measured`, apart from the
 * self-assessed score.
 *
 * @example
 * const scored = scoreAssessment(provincialModel, assessment);
 * if (scored.ok) console.log(scored.value.overall.level, scored.value.overall.mean);
 */
export function scoreAssessment(model: MaturityModel, assessment: MaturityAssessment): Result<MaturityScores, AssessmentError> {
  const errors = checkAssessment(model, assessment);
  if (errors.length > 0) return { ok: false, errors };
  const answers = new Map(assessment.answers.map((a) => [a.question, a.level] as const));
  const measurements = assessment.measurements ?? [];
  const dimensions: MaturityDimensionScore[] = model.dimensions.map((dimension) => {
    const questions = model.questions.filter((q) => q.dimension === dimension.id);
    const levels: number[] = [];
    const unanswered: string[] = [];
    for (const q of questions) {
      const level = answers.get(q.id);
      if (level === undefined) unanswered.push(q.id);
      else levels.push(level);
    }
    const level = levels.length > 0 ? Math.min(...levels) : null;
    const measured = measuredScore(dimension, measurements, level);
    return {
      dimension: dimension.id,
      source: "self-assessed",
      level,
      mean: levels.length > 0 ? round2(mean(levels)) : null,
      answered: levels.length,
      questions: questions.length,
      unanswered,
      provisional: unanswered.length > 0,
      ...(measured !== undefined ? { measured } : {}),
    };
  });
  const levels = dimensions.flatMap((d) => (d.level === null ? [] : [d.level]));
  // The overall mean averages unrounded dimension means, so rounding happens once.
  const rawMeans = model.dimensions.flatMap((dimension) => {
    const values = model.questions.filter((q) => q.dimension === dimension.id).flatMap((q) => (answers.has(q.id) ? [answers.get(q.id)!] : []));
    return values.length > 0 ? [mean(values)] : [];
  });
  const unanswered = model.questions.filter((q) => !answers.has(q.id)).map((q) => q.id);
  return {
    ok: true,
    value: {
      model: { id: model.id, ...(model.version !== undefined ? { version: model.version } : {}) },
      method: SCORING_METHOD,
      maxLevel: model.levels.length,
      overall: {
        level: levels.length > 0 ? Math.min(...levels) : null,
        mean: rawMeans.length > 0 ? round2(mean(rawMeans)) : null,
        answered: model.questions.length - unanswered.length,
        questions: model.questions.length,
        provisional: unanswered.length > 0,
      },
      dimensions,
      unanswered,
    },
  };
}
