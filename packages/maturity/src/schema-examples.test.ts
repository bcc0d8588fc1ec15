import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "@ethiek-test/support";
import { validateMaturityAssessment, validateMaturityModel, type MaturityAssessment } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { loadAssessment } from "./assessment.js";
import { provincialModel } from "./models/index.js";
import { scoreAssessment } from "./scoring.js";

const example = (name: string): unknown => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

describe("maturity schema examples", () => {
  it("accept the example model and assessment", () => {
    expect(validateMaturityModel(example("maturity-model.example.json")).ok).toBe(true);
    expect(validateMaturityAssessment(example("maturity-assessment.example.json")).ok).toBe(true);
    expect(loadAssessment(provincialModel, example("maturity-assessment.example.json")).ok).toBe(true);
  });

  it("store the scores that scoring the example's answers gives", () => {
    const { scores, ...assessment } = example("maturity-assessment.example.json") as MaturityAssessment;
    const result = scoreAssessment(provincialModel, assessment);
    expect(result.ok && result.value).toEqual(scores);
  });

  it("list every problem of a broken assessment at once", () => {
    const result = validateMaturityAssessment(example("invalid/maturity-assessment.bad-answers.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "`/createdAt`: must be a date and time (RFC 3339, e.g. 2026-05-01T09:30:00Z); found '2026-03-01'",
        "`/answers/0/level`: must be >= 1; found 0",
        "`/answers/1/answeredBy`: required property missing",
        expect.stringMatching(/^`\/answers\/1\/evidence\/0\/url`: must be /),
        expect.stringMatching(/^`\/measurements\/0\/metric`: must be one of tenders-checked-share, .*; found 'tenders-checked'$/),
        "`/measurements/0/value`: must be >= 0; found -0.5",
        expect.stringMatching(/^`\/measurements\/0\/periodEndDate`: must be a date/),
        "`/target/0/level`: must be an integer; found string 'hoog'",
      ]),
    );
  });

  it("turn schema problems into assessment errors when loading", () => {
    const result = loadAssessment(provincialModel, example("invalid/maturity-assessment.bad-answers.json"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.every((e) => e.code === "ASSESSMENT_SCHEMA_INVALID" && e.pointer.length > 0)).toBe(true);
  });
});
