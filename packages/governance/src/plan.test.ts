import type { GovernanceModel, RouteItem } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { PROVINCES, ipoModel, zuidHollandModel } from "./models/index.js";
import { planRoute } from "./plan.js";

const guide: RouteItem = { kind: "interprovincial-guide", title: "Interprovinciale Gids Digitale Ethiek", organisation: "Interprovinciaal Overleg" };

describe("planRoute", () => {
  it("plans the seed's guide through its five stages, the last fanned out to all twelve provincial executives", () => {
    const plan = planRoute(ipoModel, guide);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const steps = plan.value.steps;
    expect(steps.map((s) => s.bodies.map((b) => b.bodyId))).toEqual([
      ["werkgroep-ethiek"],
      ["programmalijn-data-innovatie"],
      ["aac-digitalisering"],
      ["portefeuilleoverleg-digitalisering"],
      PROVINCES.map(([id]) => `gs-${id}`),
    ]);
    expect(steps.map((s) => s.after)).toEqual([[], ["opstellen"], ["programmalijn"], ["aac"], ["portefeuilleoverleg"]]);
    const last = steps[4]!;
    expect(last.bodies).toHaveLength(12);
    expect(last.outcomes).toEqual(["noted"]);
    expect(last.bodies.every((b) => b.level === "bestuurlijk")).toBe(true);
    expect(plan.value.skipped).toEqual([]);
  });

  it("explains every step in Dutch and English with the item kind", () => {
    const plan = planRoute(ipoModel, guide);
    if (!plan.ok) throw new Error("plan failed");
    const first = plan.value.steps[0]!.explanation;
    expect(first.nl).toBe(
      "Omdat het stuk een interprovinciale gids is, komt het langs Werkgroep Ethiek en de Digitale Transformatie: de Werkgroep schrijft de gids en legt hem voor.",
    );
    expect(first.en).toMatch(/^Because the item is an interprovincial guide, it goes to Working Group on Ethics/);
    expect(plan.value.steps[4]!.explanation.nl).toContain("12 organen tegelijk");
    expect(plan.value.steps[4]!.explanation.nl).toContain("Dit is geen goedkeuring");
  });

  it("explains a conditional step with the fact and its Annex III point", () => {
    const plan = planRoute(zuidHollandModel, {
      kind: "tender-escalation",
      title: "Slimme camera's",
      facts: [{ tag: "high-risk", holds: true, detail: "5a" }],
    });
    if (!plan.ok) throw new Error("plan failed");
    const ethics = plan.value.steps.find((s) => s.stepId === "ethisch-advies")!;
    expect(ethics.explanation.en).toMatch(/^Because the tender is high-risk AI \(AI Act, Annex III 5a\), it goes to Team of ethics advisors/);
    expect(ethics.explanation.nl).toMatch(/^Omdat de aanbesteding hoog-risico-AI betreft \(AI-verordening, bijlage III, punt 5a\)/);
  });

  it("skips steps whose condition does not hold and bridges the route over them", () => {
    const plan = planRoute(zuidHollandModel, { kind: "tender-escalation", title: "t", facts: [{ tag: "high-risk", holds: true }] });
    if (!plan.ok) throw new Error("plan failed");
    expect(plan.value.steps.map((s) => s.stepId)).toEqual(["voorleggen", "ethisch-advies", "gunningsbesluit"]);
    expect(plan.value.skipped.map((s) => s.stepId)).toEqual(["privacy-advies"]);
    expect(plan.value.skipped[0]!.explanation.en).toBe(
      "Skipped: this step applies only when the tender processes personal data; that has not been established.",
    );
    const none = planRoute(zuidHollandModel, { kind: "tender-escalation", title: "t" });
    if (!none.ok) throw new Error("plan failed");
    expect(none.value.steps.map((s) => [s.stepId, s.after])).toEqual([
      ["voorleggen", []],
      ["gunningsbesluit", ["voorleggen"]],
    ]);
  });

  it("runs ethics and privacy advice in parallel and joins them before the award decision", () => {
    const plan = planRoute(zuidHollandModel, {
      kind: "tender-escalation",
      title: "t",
      facts: [
        { tag: "prohibited", holds: true },
        { tag: "personal-data", holds: true },
      ],
    });
    if (!plan.ok) throw new Error("plan failed");
    const decision = plan.value.steps.find((s) => s.stepId === "gunningsbesluit")!;
    expect(decision.after).toEqual(["ethisch-advies", "privacy-advies"]);
    expect(plan.value.steps.find((s) => s.stepId === "privacy-advies")!.explanation.nl).toContain("AVG");
  });

  it("refuses an unknown item kind and lists the known ones", () => {
    const plan = planRoute(ipoModel, { kind: "ethics-case", title: "x" });
    expect(plan).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: "UNKNOWN_ITEM_KIND", knownKinds: ["interprovincial-guide", "ethics-question", "maturity-report"] })],
    });
  });

  it("refuses an item that states a fact both ways", () => {
    const plan = planRoute(zuidHollandModel, {
      kind: "tender-escalation",
      title: "x",
      facts: [
        { tag: "personal-data", holds: true },
        { tag: "personal-data", holds: false },
      ],
    });
    expect(!plan.ok && plan.errors[0]!.code).toBe("CONTRADICTORY_FACTS");
  });

  it("refuses to plan on a model with problems and returns them", () => {
    const broken: GovernanceModel = structuredClone(ipoModel);
    broken.routes[0]!.steps[1]!.next = ["opstellen"];
    const plan = planRoute(broken, guide);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors[0]!.code).toBe("MODEL_INVALID");
    expect(plan.errors[0]!.modelErrors?.map((e) => e.code)).toContain("ROUTE_CYCLE");
  });

  it("refuses a route whose every step is conditional and none applies", () => {
    const model: GovernanceModel = structuredClone(zuidHollandModel);
    const route = model.routes.find((r) => r.itemKind === "tender-escalation")!;
    route.steps = [route.steps[2]!];
    route.steps[0]!.next = [];
    route.steps[0]!.outcomes = ["advice-given"];
    route.start = route.steps[0]!.id;
    const plan = planRoute(model, { kind: "tender-escalation", title: "x" });
    expect(!plan.ok && plan.errors[0]!.code).toBe("NO_APPLICABLE_STEPS");
  });
});
