import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, scored } from "../test/helpers.js";
import { provincialModel } from "./models/index.js";
import { actionPlan } from "./plan.js";

const questionIds = provincialModel.questions.map((q) => q.id);
const max = provincialModel.levels.length;

/** Any partial set of answers to the provincial model. */
const answersArb = fc.dictionary(fc.constantFrom(...questionIds), fc.integer({ min: 1, max }), { maxKeys: questionIds.length });

describe("scoring properties", () => {
  it("keeps every level and mean within the model's levels, with level ≤ mean", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const scores = scored(provincialModel, assess(provincialModel, answers));
        for (const d of [...scores.dimensions, scores.overall]) {
          if (d.level === null) expect(d.mean).toBeNull();
          else {
            expect(d.level).toBeGreaterThanOrEqual(1);
            expect(d.level).toBeLessThanOrEqual(max);
            expect(d.mean!).toBeGreaterThanOrEqual(d.level);
            expect(d.mean!).toBeLessThanOrEqual(max);
          }
        }
        expect(scores.unanswered.length + scores.overall.answered).toBe(questionIds.length);
      }),
    );
  });

  it("never lowers a score when an answer is raised", () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...questionIds), fc.integer({ min: 1, max: max - 1 }), (answers, question, raise) => {
        const before = answers[question] ?? 1;
        const after = Math.min(max, before + raise);
        const low = scored(provincialModel, assess(provincialModel, { ...answers, [question]: before }));
        const high = scored(provincialModel, assess(provincialModel, { ...answers, [question]: after }));
        const pairs = [[low.overall, high.overall], ...low.dimensions.map((d, i) => [d, high.dimensions[i]!])] as const;
        for (const [a, b] of pairs) {
          // The same questions are answered before and after, so a dimension without answers stays without.
          expect(b.level === null).toBe(a.level === null);
          if (a.level === null || b.level === null) continue;
          expect(b.level).toBeGreaterThanOrEqual(a.level);
          expect(b.mean!).toBeGreaterThanOrEqual(a.mean!);
        }
      }),
    );
  });

  it("never increases the distance to the target when an answer is raised", () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...questionIds), fc.integer({ min: 1, max: max - 1 }), (answers, question, raise) => {
        const target = provincialModel.dimensions.map((d) => ({ dimension: d.id, level: max }));
        const before = answers[question] ?? 1;
        const lowAssessment = assess(provincialModel, { ...answers, [question]: before }, { target });
        const highAssessment = assess(provincialModel, { ...answers, [question]: Math.min(max, before + raise) }, { target });
        const low = actionPlan(provincialModel, lowAssessment, scored(provincialModel, lowAssessment));
        const high = actionPlan(provincialModel, highAssessment, scored(provincialModel, highAssessment));
        expect(high.totalDistance).toBeLessThanOrEqual(low.totalDistance);
        expect(high.totalDistance).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
