import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { GovernanceModel } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { checkGovernanceModel, contradictionIn, loadGovernanceModel } from "./model.js";
import { ipoModel, shippedModels, zuidHollandModel } from "./models/index.js";

const example = (name: string): unknown => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));
const clone = (m: GovernanceModel): GovernanceModel => structuredClone(m);

describe("shipped models", () => {
  it.each(Object.keys(shippedModels))("%s loads without problems", (id) => {
    const loaded = loadGovernanceModel(JSON.parse(JSON.stringify(shippedModels[id])));
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it("mark what the seed states and what is assumed, with a note, on every body, route and step", () => {
    for (const model of Object.values(shippedModels)) {
      const marks = [model.provenance, ...model.bodies.map((b) => b.provenance), ...model.routes.flatMap((r) => [r.provenance, ...r.steps.map((s) => s.provenance)])];
      for (const mark of marks) {
        expect(["seed", "assumed"]).toContain(mark.source);
        expect(mark.note.length).toBeGreaterThan(5);
      }
    }
    expect(zuidHollandModel.bodies.find((b) => b.id === "functionaris-gegevensbescherming")!.provenance.source).toBe("assumed");
    expect(ipoModel.routes.find((r) => r.itemKind === "interprovincial-guide")!.provenance.source).toBe("seed");
  });

  it("model Zuid-Holland's think tank without a formal position", () => {
    const tank = zuidHollandModel.bodies.find((b) => b.id === "ethische-denktank")!;
    expect(tank).toMatchObject({ kind: "think-tank", formalPosition: false, provenance: { source: "seed" } });
    expect(tank.caseIntake?.acceptsConfidential).toBe(false);
  });

  it("say that the IEC takes questions but no individual cases", () => {
    expect(ipoModel.bodies.find((b) => b.id === "iec")!.caseIntake).toMatchObject({ accepts: ["question"], audience: "boards" });
  });

  it("ship the DataFryslân model as the schema example", () => {
    expect(example("governance-model.example.json")).toEqual(shippedModels.datafryslan);
  });
});

describe("loadGovernanceModel", () => {
  it("reports schema problems with a pointer and a readable message", () => {
    const loaded = loadGovernanceModel(example("invalid/governance-model.bad-tokens.json"));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.every((e) => e.code === "MODEL_SCHEMA_INVALID")).toBe(true);
    expect(loaded.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "`/id`: must be text matching ^[a-z0-9]+(-[a-z0-9]+)*$; found 'Provincie Utrecht'",
        "`/bodies/0/name/en`: required property missing",
        expect.stringMatching(/^`\/bodies\/0\/level`: must be one of ambtelijk, bestuurlijk, .*; found 'Ambtelijk'$/),
        "`/bodies/0/mandate`: required property missing",
        "`/bodies/0/formalPosition`: must be a boolean; found string 'yes'",
        "`/bodies/0/provenance/source`: must be one of seed, assumed; found 'guessed'",
        expect.stringMatching(/^`\/routes\/0\/steps\/0\/outcomes\/0`: must be one of approved, approved-with-remarks, .*; found 'approved with remarks'$/),
        "`/routes/0/steps/0/dueDays`: must be >= 1; found 0",
      ]),
    );
  });

  it("reports every problem of routes that cannot be walked", () => {
    const loaded = loadGovernanceModel(example("invalid/governance-model.broken-routes.json"));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const found = loaded.errors.map((e) => [e.code, e.pointer]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["DUPLICATE_BODY", "/bodies/2/id"],
        ["UNKNOWN_BODY", "/routes/0/steps/1/bodies/1"],
        ["NO_FORMAL_POSITION", "/routes/0/steps/1/outcomes"],
        ["CONTRADICTORY_CONDITION", "/routes/0/steps/1/condition"],
        ["UNKNOWN_STEP", "/routes/0/steps/2/next/1"],
        ["RETURN_WITHOUT_EARLIER_STEP", "/routes/0/steps/0/outcomes"],
        ["ROUTE_CYCLE", "/routes/0/steps"],
        ["UNREACHABLE_STEP", "/routes/0/steps/3"],
        ["UNKNOWN_INTAKE_ROUTE", "/bodies/0/caseIntake/itemKind"],
      ]),
    );
    expect(loaded.errors).toHaveLength(9);
    const cycle = loaded.errors.find((e) => e.code === "ROUTE_CYCLE")!;
    expect(cycle.message).toBe(
      "Route 'tender-escalation' goes round in a circle: advies -> besluit -> advies; use the outcome 'returned' to send an item back instead.",
    );
    expect(loaded.errors.find((e) => e.code === "UNREACHABLE_STEP")!.message).toContain("cannot be reached from the first step 'voorleggen'");
    expect(loaded.errors.find((e) => e.code === "NO_FORMAL_POSITION")!.message).toContain("'denktank' has no formal position");
  });

  it("reports duplicate route kinds, duplicate steps and an unknown start step", () => {
    const model = clone(zuidHollandModel);
    model.routes.push(clone(zuidHollandModel).routes[0]!);
    const route = model.routes[1]!;
    route.steps.push({ ...route.steps[0]!, next: [] });
    route.start = "begin";
    expect(checkGovernanceModel(model).map((e) => e.code)).toEqual(expect.arrayContaining(["DUPLICATE_ROUTE", "DUPLICATE_STEP", "UNKNOWN_STEP"]));
  });

  it("rejects input that is not an object without throwing", () => {
    for (const value of [null, 42, "ipo", []]) expect(loadGovernanceModel(value).ok).toBe(false);
  });
});

describe("contradictionIn", () => {
  it("finds a fact required both ways and an anyOf that contradicts allOf", () => {
    expect(contradictionIn(undefined)).toBeNull();
    expect(contradictionIn({ allOf: [{ fact: "ai", holds: true }], anyOf: [{ fact: "ai", holds: true }] })).toBeNull();
    expect(contradictionIn({ allOf: [{ fact: "ai", holds: true }, { fact: "ai", holds: false }] })).toMatch(/to hold and not to hold/);
    expect(contradictionIn({ allOf: [{ fact: "ai", holds: false }], anyOf: [{ fact: "ai", holds: true }] })).toBe("every test in anyOf contradicts allOf");
  });
});
