import { readFileSync } from "node:fs";
import { conformanceMissing, conformancePath } from "@ethiek-test/support";
import { validateMaturityModel } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { assess, scored } from "../test/helpers.js";
import { ODI_2024_MODEL_ID, provincialModel } from "./models/index.js";
import { importOdiModel, ODI_LICENCE, slugify } from "./odi.js";
import { actionPlan } from "./plan.js";

interface OdiFile {
  levels: string[];
  dimensions: { name: string; activities: { questions: { text: string; statements: { text: string; associatedLevel: number }[] }[] }[] }[];
}

describe.skipIf(conformanceMissing("ODI Data Ethics Maturity Model import"))("importOdiModel on the real 2024 file", () => {
  const file = () => JSON.parse(readFileSync(conformancePath("odi", "odi-data-ethics-maturity-model-2024.json"), "utf8")) as OdiFile;
  const imported = () => {
    const result = importOdiModel(file(), { importedAt: "2026-11-28T12:00:00Z" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };

  it("keeps all 6 dimensions, 5 levels and 19 questions", () => {
    const model = imported();
    expect(model.dimensions).toHaveLength(6);
    expect(model.levels.map((l) => [l.level, l.id])).toEqual([
      [1, "initial"],
      [2, "repeatable"],
      [3, "defined"],
      [4, "managed"],
      [5, "optimising"],
    ]);
    expect(model.questions).toHaveLength(19);
    expect(model.id).toBe(ODI_2024_MODEL_ID);
    expect(validateMaturityModel(model).ok).toBe(true);
  });

  it("keeps every question's text and its statement for each level, unchanged", () => {
    const model = imported();
    const original = file().dimensions.flatMap((d) => d.activities.flatMap((a) => a.questions));
    original.forEach((q, i) => {
      const converted = model.questions[i]!;
      expect(converted.text.en).toBe(q.text.trim());
      expect(converted.statements.map((s) => s.level)).toEqual([1, 2, 3, 4, 5]);
      for (const s of q.statements) expect(converted.statements.find((x) => x.level === s.associatedLevel)?.text.en).toBe(s.text.trim());
    });
    expect(model.questions.filter((q) => q.dimension === "skills-and-knowledge")).toHaveLength(4);
  });

  it("keeps ODI's attribution: source, title, URL, licence CC BY-SA 4.0 and what was changed", () => {
    const { attribution, description } = imported();
    expect(attribution).toMatchObject({
      source: "The Open Data Institute",
      title: "Data Ethics Maturity Model (2024)",
      licence: ODI_LICENCE,
      licenceUrl: "https://creativecommons.org/licenses/by-sa/4.0/",
      importedAt: "2026-11-28T12:00:00Z",
    });
    expect(attribution?.url).toMatch(/^https:\/\/theodi\.org\//);
    expect(attribution?.changes).toMatch(/Converted from the ODI/);
    expect(description?.en).not.toMatch(/<p>/);
  });

  it("names the ODI themes our provincial model maps to", () => {
    const ids = new Set(imported().dimensions.map((d) => d.id));
    const mapped = provincialModel.dimensions.flatMap((d) => d.mappings ?? []);
    expect(mapped.length).toBeGreaterThanOrEqual(5);
    for (const m of mapped) {
      expect(m.model).toBe(ODI_2024_MODEL_ID);
      expect(ids.has(m.dimension), m.dimension).toBe(true);
    }
  });

  it("scores and plans with the imported model, stepping through ODI's statements when it has no action lines", () => {
    const model = imported();
    const assessment = assess(model, { "skills-and-knowledge-1": 2, "skills-and-knowledge-2": 3 });
    const scores = scored(model, assessment);
    expect(scores.dimensions.find((d) => d.dimension === "skills-and-knowledge")).toMatchObject({ level: 2, mean: 2.5, unanswered: ["skills-and-knowledge-3", "skills-and-knowledge-4"] });
    const plan = actionPlan(model, assessment, scores);
    const skills = plan.dimensions.find((d) => d.dimension === "skills-and-knowledge")!;
    expect(skills.nextLevel).toBe(3);
    expect(skills.actions[0]).toMatchObject({ id: "skills-and-knowledge-1-3", level: 3, question: "skills-and-knowledge-1" });
    expect(skills.actions[0]?.text.en).toMatch(/^Make this true: /);
  });
});

describe("importOdiModel on broken files", () => {
  const small = () => ({
    title: "Tiny model",
    levels: ["Low", "High"],
    dimensions: [{ name: "Skills", activities: [{ title: "Skills", questions: [{ text: "Q?", statements: [{ text: "a", associatedLevel: 1 }, { text: "b", associatedLevel: 2 }] }] }] }],
  });

  it("imports a minimal file and gives it an id from its title", () => {
    const result = importOdiModel(small());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ id: "odi-tiny-model", questions: [{ id: "skills-1", dimension: "skills" }] });
  });

  it("rejects what is not an object", () => {
    for (const value of [null, [], "x", 3]) {
      const result = importOdiModel(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.code).toBe("ODI_NOT_AN_OBJECT");
    }
  });

  it("lists every missing or wrong field at once, with pointers", () => {
    const file = small() as Record<string, unknown> & ReturnType<typeof small>;
    delete (file as Record<string, unknown>).title;
    file.dimensions[0]!.activities[0]!.questions[0]!.statements[1]!.associatedLevel = 7;
    (file.dimensions[0]!.activities[0]!.questions[0] as Record<string, unknown>).text = "";
    const result = importOdiModel(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.pointer])).toEqual([
      ["ODI_FIELD_MISSING", "/title"],
      ["ODI_FIELD_INVALID", "/dimensions/0/activities/0/questions/0/text"],
      ["ODI_FIELD_INVALID", "/dimensions/0/activities/0/questions/0/statements/1/associatedLevel"],
    ]);
    expect(result.errors[2]?.message).toBe(
      "`/dimensions/0/activities/0/questions/0/statements/1/associatedLevel`: must be a whole number from 1 to 2 (the number of levels); found 7",
    );
  });

  it("rejects a file whose questions lack a statement for a level", () => {
    const file = small();
    file.dimensions[0]!.activities[0]!.questions[0]!.statements.pop();
    const result = importOdiModel(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.code).toBe("ODI_RESULT_INVALID");
      expect(result.errors[0]?.modelErrors?.[0]).toMatchObject({ code: "STATEMENT_LEVEL_MISSING", pointer: "/questions/0/statements" });
    }
  });

  it("makes kebab-case ids from names with accents and ampersands", () => {
    expect(slugify("Kennis & vaardigheden")).toBe("kennis-and-vaardigheden");
    expect(slugify("  Données éthiques! ")).toBe("donnees-ethiques");
  });
});
