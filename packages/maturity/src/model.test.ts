import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "@ethiek-test/support";
import { describe, expect, it } from "vitest";
import { checkMaturityModel, loadMaturityModel } from "./model.js";
import { provincialModel, shippedModels } from "./models/index.js";

const example = (name: string): unknown => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

describe("the provincial model", () => {
  it("is sound", () => {
    expect(loadMaturityModel(provincialModel)).toEqual({ ok: true, value: provincialModel });
    expect(Object.keys(shippedModels)).toEqual(["ethiek-provincies"]);
  });

  it("has the five aspects of the Overijssel example and the five usual levels", () => {
    expect(provincialModel.dimensions.map((d) => d.name.nl)).toEqual(["Kennis & vaardigheden", "Verantwoordelijkheden", "Inrichting processen", "Inkoop & ethiek", "Beleid"]);
    expect(provincialModel.levels.map((l) => l.id)).toEqual(["initial", "repeatable", "defined", "managed", "optimising"]);
  });

  it("gives every aspect a criterion per level in Dutch and English, and action lines for every step up", () => {
    for (const dimension of provincialModel.dimensions) {
      const questions = provincialModel.questions.filter((q) => q.dimension === dimension.id);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      for (const q of questions) {
        for (const s of q.statements) {
          expect(s.text.nl, `${q.id} ${s.level}`).toBeTruthy();
          expect(s.text.en, `${q.id} ${s.level}`).toBeTruthy();
        }
        expect(q.evidenceHints?.length).toBeGreaterThan(0);
      }
      for (const level of [2, 3, 4, 5]) {
        const actions = (provincialModel.actions ?? []).filter((a) => a.dimension === dimension.id && a.level === level);
        expect(actions.length, `${dimension.id} → ${level}`).toBeGreaterThanOrEqual(1);
        for (const a of actions) expect(a.text.nl && a.text.en).toBeTruthy();
      }
      expect(dimension.mappings?.length, dimension.id).toBeGreaterThan(0);
    }
  });

  it("contains the desired results the source note quotes", () => {
    const texts = JSON.stringify(provincialModel);
    expect(texts).toContain("training digitale ethiek staat in het opleidingsportaal");
    expect(texts).toContain("Werkvormen zoals begeleidingsethiek worden gebruikt");
    expect(texts).toContain("Richtlijnen voor data, AI en algoritmen zijn geborgd in het inkoopproces");
  });

  it("feeds measured figures into the responsibilities and procurement aspects", () => {
    const metrics = Object.fromEntries(provincialModel.dimensions.map((d) => [d.id, (d.indicators ?? []).map((i) => i.metric)]));
    expect(metrics["verantwoordelijkheden"]).toEqual(["cases-closed", "reflections-followed-up-share"]);
    expect(metrics["inkoop-en-ethiek"]).toEqual(["tenders-checked-share", "requirements-met-share"]);
  });

  it("uses Dutch sentences of B1 length (at most 25 words) in its criteria and actions", () => {
    const sentences = [...provincialModel.questions.flatMap((q) => q.statements.map((s) => s.text.nl!)), ...(provincialModel.actions ?? []).map((a) => a.text.nl!)].flatMap((t) =>
      t.split(/(?<=[.?!])\s+/),
    );
    for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
  });
});

describe("custom models", () => {
  it("accept the example model", () => {
    expect(loadMaturityModel(example("maturity-model.example.json")).ok).toBe(true);
  });

  it("report schema problems with pointers and readable messages", () => {
    const result = loadMaturityModel(example("invalid/maturity-model.bad-shape.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.every((e) => e.code === "MODEL_SCHEMA_INVALID")).toBe(true);
    expect(result.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "`/id`: must be text matching ^[a-z0-9]+(-[a-z0-9]+)*$; found 'Mijn Model'",
        "`/levels/0/name`: must NOT have fewer than 1 properties",
        "`/dimensions/0/indicators/0/metric`: must be one of tenders-checked-share, requirements-met-share, cases-closed, reflections-followed-up-share; found 'trainings-given'",
        "`/questions/0/statements`: required property missing",
      ]),
    );
  });

  it("report broken rules: level gaps, unknown dimensions, missing and duplicate statements, empty dimensions", () => {
    const result = loadMaturityModel(example("invalid/maturity-model.broken-rules.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["LEVELS_NOT_CONSECUTIVE", "/levels/2/level"],
      ["THRESHOLDS_NOT_ASCENDING", "/dimensions/0/indicators/0/thresholds/1"],
      ["UNKNOWN_DIMENSION", "/questions/0/dimension"],
      ["STATEMENT_LEVEL_DUPLICATE", "/questions/0/statements/1/level"],
      ["STATEMENT_LEVEL_MISSING", "/questions/0/statements"],
      ["STATEMENT_LEVEL_MISSING", "/questions/0/statements"],
      ["DIMENSION_WITHOUT_QUESTIONS", "/dimensions/0"],
      ["ACTION_LEVEL_UNKNOWN", "/actions/0/level"],
    ]);
    expect(result.errors[2]?.message).toBe("question 'q1' names dimension 'onbekend', which the model does not define; known: beleid");
  });

  it("finds duplicate ids", () => {
    const copy = structuredClone(provincialModel);
    copy.questions.push(copy.questions[0]!);
    copy.dimensions.push(copy.dimensions[0]!);
    const codes = checkMaturityModel(copy).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(["DUPLICATE_QUESTION", "DUPLICATE_DIMENSION"]));
  });
});
