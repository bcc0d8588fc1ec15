import { describe, expect, it } from "vitest";
import { assess, scored } from "../test/helpers.js";
import { provincialModel } from "./models/index.js";
import { actionPlan } from "./plan.js";

const answers = {
  "kennis-training": 3,
  "kennis-werkvormen": 2,
  "verantwoordelijkheden-rollen": 4,
  "verantwoordelijkheden-opvolging": 4,
  "processen-toetsing": 1,
  "inkoop-eisen": 3,
  "inkoop-samenwerking": 5,
};

function plan(extra = {}) {
  const assessment = assess(provincialModel, answers, extra);
  return actionPlan(provincialModel, assessment, scored(provincialModel, assessment));
}

describe("actionPlan without a target profile", () => {
  it("aims one level up per dimension and sums the distance", () => {
    const p = plan();
    expect(p.targetSource).toBe("next-level");
    expect(p.dimensions.map((d) => [d.dimension, d.level, d.targetLevel, d.distance])).toEqual([
      ["kennis-en-vaardigheden", 2, 3, 1],
      ["verantwoordelijkheden", 4, 5, 1],
      ["inrichting-processen", 1, 2, 1],
      ["inkoop-en-ethiek", 3, 4, 1],
      ["beleid", null, 1, 1],
    ]);
    expect(p.totalDistance).toBe(5);
  });

  it("says what the next level requires: the next statement of every question below it", () => {
    const knowledge = plan().dimensions[0]!;
    expect(knowledge.nextLevel).toBe(3);
    expect(knowledge.requirements).toEqual([
      { question: "kennis-werkvormen", currentLevel: 2, level: 3, statement: provincialModel.questions[1]!.statements[2]!.text },
    ]);
    const policy = plan().dimensions[4]!;
    expect(policy.requirements.map((r) => [r.question, r.currentLevel, r.level])).toEqual([
      ["beleid-visie", null, 1],
      ["beleid-wetgeving", null, 1],
    ]);
  });

  it("gives the model's action lines for the next level, in Dutch and English", () => {
    const knowledge = plan().dimensions[0]!;
    expect(knowledge.actions.map((a) => a.id)).toEqual(["kennis-en-vaardigheden-3-3", "kennis-en-vaardigheden-3-4"]);
    expect(knowledge.actions[0]?.text.nl).toBe("Zet een training digitale ethiek in het opleidingsportaal.");
    expect(knowledge.actions[0]?.text.en).toBe("Put a digital-ethics training in the learning portal.");
    expect(knowledge.actions[0]?.result?.nl).toBe("De training staat in het opleidingsportaal.");
  });

  it("orders the whole plan by the level to reach, then by effect", () => {
    const ids = plan().actions.map((a) => `${a.dimension}:${a.level}:${a.effect}`);
    expect(ids).toEqual([
      "inrichting-processen:2:2",
      "inrichting-processen:2:2",
      "kennis-en-vaardigheden:3:3",
      "kennis-en-vaardigheden:3:3",
      "inkoop-en-ethiek:4:3",
      "inkoop-en-ethiek:4:2",
      "verantwoordelijkheden:5:2",
      "verantwoordelijkheden:5:2",
    ]);
  });
});

describe("actionPlan with the organisation's own target profile", () => {
  const target = [
    { dimension: "kennis-en-vaardigheden", level: 4 },
    { dimension: "inkoop-en-ethiek", level: 5 },
  ];

  it("measures the distance to the target and keeps other dimensions where they are", () => {
    const p = plan({ target });
    expect(p.targetSource).toBe("assessment");
    expect(p.dimensions.map((d) => [d.dimension, d.targetLevel, d.distance])).toEqual([
      ["kennis-en-vaardigheden", 4, 2],
      ["verantwoordelijkheden", 4, 0],
      ["inrichting-processen", 1, 0],
      ["inkoop-en-ethiek", 5, 2],
      ["beleid", 1, 1],
    ]);
    expect(p.totalDistance).toBe(5);
  });

  it("lists the steps to every level up to the target, next level first, high effect first", () => {
    const knowledge = plan({ target }).dimensions[0]!;
    expect(knowledge.actions.map((a) => [a.level, a.effect])).toEqual([
      [3, 3],
      [3, 3],
      [4, 3],
      [4, 2],
    ]);
    const done = plan({ target }).dimensions[1]!;
    expect(done).toMatchObject({ distance: 0, requirements: [], actions: [] });
    expect(done.nextLevel).toBeUndefined();
  });
});
