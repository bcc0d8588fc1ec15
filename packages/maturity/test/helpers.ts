// Builders shared by the test files.
import type { MaturityAssessment, MaturityMeasurement, MaturityModel, MaturityScores } from "@ethiek/schemas";
import { scoreAssessment } from "../src/scoring.js";

/** An assessment of `model` with the given answers (question id → level). */
export function assess(model: MaturityModel, answers: Record<string, number>, extra: Partial<MaturityAssessment> = {}): MaturityAssessment {
  return {
    schemaVersion: "1.0",
    id: "a-1",
    organisation: "Provincie Overijssel",
    model: { id: model.id },
    createdAt: "2026-03-01T09:00:00Z",
    answers: Object.entries(answers).map(([question, level]) => ({ question, level, answeredBy: "user-1", answeredAt: "2026-03-01T10:00:00Z" })),
    ...extra,
  };
}

/** Scores an assessment that is known to be sound; throws (a test bug) otherwise. */
export function scored(model: MaturityModel, assessment: MaturityAssessment): MaturityScores {
  const result = scoreAssessment(model, assessment);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** A measurement of one metric for the half year ending on `periodEndDate`. */
export function measurement(metric: MaturityMeasurement["metric"], value: number, periodEndDate: string): MaturityMeasurement {
  return { metric, value, periodStartDate: `${periodEndDate.slice(0, 4)}-01-01`, periodEndDate, measuredAt: `${periodEndDate}T23:00:00Z` };
}
