import { validateMaturityAssessment } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { assess, measurement, scored } from "../test/helpers.js";
import { provincialModel } from "./models/index.js";
import { indicatorLevel, scoreAssessment, SCORING_METHOD } from "./scoring.js";

// Hand-computed case used throughout: knowledge 3 and 2; responsibilities 4 and 4; process design
// 1 and unanswered; procurement 3 and 5; policy unanswered.
const answers = {
  "kennis-training": 3,
  "kennis-werkvormen": 2,
  "verantwoordelijkheden-rollen": 4,
  "verantwoordelijkheden-opvolging": 4,
  "processen-toetsing": 1,
  "inkoop-eisen": 3,
  "inkoop-samenwerking": 5,
};

describe("scoreAssessment", () => {
  it("gives each dimension the lowest answered level and the mean beside it", () => {
    const scores = scored(provincialModel, assess(provincialModel, answers));
    const byId = Object.fromEntries(scores.dimensions.map((d) => [d.dimension, d]));
    expect(byId["kennis-en-vaardigheden"]).toMatchObject({ level: 2, mean: 2.5, answered: 2, questions: 2, provisional: false, source: "self-assessed" });
    expect(byId["verantwoordelijkheden"]).toMatchObject({ level: 4, mean: 4, answered: 2 });
    expect(byId["inrichting-processen"]).toMatchObject({ level: 1, mean: 1, answered: 1, unanswered: ["processen-register"], provisional: true });
    expect(byId["inkoop-en-ethiek"]).toMatchObject({ level: 3, mean: 4 });
    expect(byId["beleid"]).toMatchObject({ level: null, mean: null, answered: 0, unanswered: ["beleid-visie", "beleid-wetgeving"], provisional: true });
  });

  it("scores overall as the lowest dimension level and the mean of dimension means", () => {
    const scores = scored(provincialModel, assess(provincialModel, answers));
    // min(2, 4, 1, 3) = 1; (2.5 + 4 + 1 + 4) / 4 = 2.875 → 2.88; policy has no answers and is left out.
    expect(scores.overall).toEqual({ level: 1, mean: 2.88, answered: 7, questions: 10, provisional: true });
    expect(scores.maxLevel).toBe(5);
    expect(scores.model).toEqual({ id: "ethiek-provincies", version: "2026.1" });
  });

  it("reports unanswered questions instead of counting them as level 1", () => {
    const scores = scored(provincialModel, assess(provincialModel, answers));
    expect(scores.unanswered).toEqual(["processen-register", "beleid-visie", "beleid-wetgeving"]);
    // Were the unanswered questions counted as 1, process design's mean would drop to 1 and policy would get level 1.
    expect(scores.dimensions.find((d) => d.dimension === "beleid")?.level).toBeNull();
  });

  it("states the method in the result, in Dutch and English", () => {
    const scores = scored(provincialModel, assess(provincialModel, answers));
    expect(scores.method).toEqual(SCORING_METHOD);
    expect(scores.method.level).toBe("lowest-level-reached");
    expect(scores.method.description.nl).toMatch(/laagste antwoord/);
    expect(scores.method.description.en).toMatch(/lowest answer/);
  });

  it("scores an empty assessment as all unanswered, with no level at all", () => {
    const scores = scored(provincialModel, assess(provincialModel, {}));
    expect(scores.overall).toEqual({ level: null, mean: null, answered: 0, questions: 10, provisional: true });
    expect(scores.unanswered).toHaveLength(10);
  });

  it("produces scores that validate against the assessment schema", () => {
    const assessment = assess(provincialModel, answers, { measurements: [measurement("cases-closed", 3, "2026-06-30")] });
    const scores = scored(provincialModel, assessment);
    expect(validateMaturityAssessment({ ...assessment, scores }).ok).toBe(true);
  });

  it("refuses an assessment with unknown questions, duplicate answers and levels beyond the model", () => {
    const assessment = assess(provincialModel, { "kennis-training": 6, "bestaat-niet": 2 });
    assessment.answers.push({ question: "kennis-training", level: 2, answeredBy: "u", answeredAt: "2026-03-01T10:00:00Z" });
    const result = scoreAssessment(provincialModel, assessment);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["LEVEL_OUT_OF_RANGE", "/answers/0/level"],
      ["UNKNOWN_QUESTION", "/answers/1/question"],
      ["DUPLICATE_ANSWER", "/answers/2"],
    ]);
    expect(result.errors[0]?.messageNl).toBe("Niveau 6 bestaat niet. Kies een niveau van 1 tot en met 5.");
  });

  it("refuses an assessment made with another model", () => {
    const result = scoreAssessment(provincialModel, assess({ ...provincialModel, id: "ander-model" }, {}));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: "MODEL_MISMATCH", pointer: "/model/id" });
  });
});

describe("measured evidence", () => {
  const withMeasurements = assess(provincialModel, answers, {
    measurements: [
      measurement("tenders-checked-share", 0.85, "2026-06-30"),
      measurement("tenders-checked-share", 0.4, "2025-12-31"),
      measurement("requirements-met-share", 0.6, "2026-06-30"),
      measurement("cases-closed", 2, "2026-06-30"),
      measurement("reflections-followed-up-share", 0.3, "2026-06-30"),
    ],
  });

  it("shows the procurement figures as measured, beside the self-assessed level", () => {
    const d = scored(provincialModel, withMeasurements).dimensions.find((x) => x.dimension === "inkoop-en-ethiek")!;
    expect(d.source).toBe("self-assessed");
    expect(d.level).toBe(3);
    // tenders checked 0.85 ≥ 0.8 → level 4; requirements met 0.6 ≥ 0.5 → level 3; lowest: 3.
    expect(d.measured).toMatchObject({ source: "measured", level: 3, agreement: "consistent" });
    expect(d.measured?.indicators.map((i) => [i.metric, i.value, i.level])).toEqual([
      ["tenders-checked-share", 0.85, 4],
      ["requirements-met-share", 0.6, 3],
    ]);
  });

  it("keeps the trend over time, oldest period first", () => {
    const d = scored(provincialModel, withMeasurements).dimensions.find((x) => x.dimension === "inkoop-en-ethiek")!;
    expect(d.measured?.indicators[0]?.trend).toEqual([
      { periodEndDate: "2025-12-31", value: 0.4 },
      { periodEndDate: "2026-06-30", value: 0.85 },
    ]);
  });

  it("flags a self-assessment two levels above what the cases and reflections show", () => {
    const d = scored(provincialModel, withMeasurements).dimensions.find((x) => x.dimension === "verantwoordelijkheden")!;
    // 2 cases closed → level 2; 30 % followed up → level 2; self-assessed 4.
    expect(d.measured).toMatchObject({ level: 2, agreement: "self-assessed-higher" });
    expect(d.level).toBe(4);
  });

  it("never mixes measured figures into the self-assessed score", () => {
    const without = scored(provincialModel, assess(provincialModel, answers));
    const withFigures = scored(provincialModel, withMeasurements);
    expect(withFigures.overall).toEqual(without.overall);
    expect(without.dimensions.every((d) => d.measured === undefined)).toBe(true);
  });

  it("marks measured figures for a dimension without answers as not self-assessed", () => {
    const d = scored(provincialModel, assess(provincialModel, {}, { measurements: [measurement("cases-closed", 25, "2026-06-30")] })).dimensions.find(
      (x) => x.dimension === "verantwoordelijkheden",
    )!;
    expect(d.measured).toMatchObject({ level: 5, agreement: "not-self-assessed" });
  });

  it("maps a figure to the highest threshold it reaches, or level 1", () => {
    const indicator = { metric: "tenders-checked-share" as const, thresholds: [{ level: 2, atLeast: 0.1 }, { level: 3, atLeast: 0.5 }] };
    expect(indicatorLevel(indicator, 0)).toBe(1);
    expect(indicatorLevel(indicator, 0.1)).toBe(2);
    expect(indicatorLevel(indicator, 0.49)).toBe(2);
    expect(indicatorLevel(indicator, 1)).toBe(3);
  });
});
