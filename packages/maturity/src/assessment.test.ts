import { validateMaturityAssessment } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { createAssessment, recordAnswers } from "./assessment.js";
import { provincialModel } from "./models/index.js";
import { scored } from "../test/helpers.js";

const context = { id: "a-9", organisation: "Provincie Overijssel", createdAt: "2026-04-01T08:00:00Z", answeredBy: "user-7" };

describe("createAssessment", () => {
  it("creates a valid assessment from client input", () => {
    const result = createAssessment(provincialModel, { model: { id: provincialModel.id }, title: "Nulmeting", answers: [{ question: "beleid-visie", level: 2 }], target: [{ dimension: "beleid", level: 4 }] }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ id: "a-9", organisation: "Provincie Overijssel", shareInBenchmark: false, model: { id: "ethiek-provincies", version: "2026.1" } });
    expect(result.value.answers).toEqual([{ question: "beleid-visie", level: 2, answeredBy: "user-7", answeredAt: "2026-04-01T08:00:00Z" }]);
    expect(validateMaturityAssessment(result.value).ok).toBe(true);
  });

  it("refuses targets for unknown dimensions and twice for the same one, in Dutch and English", () => {
    const result = createAssessment(
      provincialModel,
      { model: { id: provincialModel.id }, target: [{ dimension: "ethiek", level: 3 }, { dimension: "beleid", level: 3 }, { dimension: "beleid", level: 9 }] },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["UNKNOWN_TARGET_DIMENSION", "/target/0/dimension"],
      ["DUPLICATE_TARGET", "/target/2"],
      ["LEVEL_OUT_OF_RANGE", "/target/2/level"],
    ]);
    expect(result.errors[0]?.messageNl).toMatch(/^Het doel noemt aspect 'ethiek'/);
  });
});

describe("recordAnswers", () => {
  const start = () => {
    const r = createAssessment(provincialModel, { model: { id: provincialModel.id }, answers: [{ question: "beleid-visie", level: 2 }, { question: "kennis-training", level: 1 }] }, context);
    if (!r.ok) throw new Error("setup");
    return { ...r.value, scores: scored(provincialModel, r.value) };
  };

  it("replaces an earlier answer, keeps the others in the model's order, and drops stale scores", () => {
    const result = recordAnswers(provincialModel, start(), [{ question: "beleid-visie", level: 4, comment: "Strategie vastgesteld.", evidence: [{ url: "https://example.nl/besluit" }] }], "user-8", "2026-04-02T08:00:00Z");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.answers.map((a) => [a.question, a.level, a.answeredBy])).toEqual([
      ["kennis-training", 1, "user-7"],
      ["beleid-visie", 4, "user-8"],
    ]);
    expect(result.value.scores).toBeUndefined();
  });

  it("refuses an unknown question without changing anything", () => {
    const result = recordAnswers(provincialModel, start(), [{ question: "nope", level: 2 }], "u", "2026-04-02T08:00:00Z");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: "UNKNOWN_QUESTION", pointer: "/answers/0/question" });
  });
});
