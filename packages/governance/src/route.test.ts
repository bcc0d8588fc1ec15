import type { Route, RouteActor, RoutePlan } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import type { TransitionErrorCode } from "./errors.js";
import { PROVINCES, ipoModel, zuidHollandModel } from "./models/index.js";
import { planRoute } from "./plan.js";
import {
  applyEvent,
  complete,
  createRoute,
  loadRoute,
  maxEventCount,
  overdueSteps,
  recordOutcome,
  returnTo,
  routeProgress,
  start,
  withdraw,
} from "./route.js";

const guidePlan = (): RoutePlan => {
  const plan = planRoute(ipoModel, { kind: "interprovincial-guide", title: "Interprovinciale Gids Digitale Ethiek" });
  if (!plan.ok) throw new Error("plan failed");
  return plan.value;
};
const secretariat: RouteActor = { name: "IPO-secretariaat" };
const at = (day: number): string => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString();
const must = (result: { ok: true; value: Route } | { ok: false; errors: readonly { code: string }[] }): Route => {
  if (!result.ok) throw new Error(`unexpected ${result.errors[0]!.code}`);
  return result.value;
};
const code = (result: { ok: boolean; errors?: readonly { code: string }[] }): string | undefined => (result.ok ? undefined : result.errors?.[0]?.code);

describe("the seed's guide route", () => {
  it("is walked to completion: five stages in order, the last noted by every province", () => {
    let route = createRoute(guidePlan(), { id: "gids", createdAt: at(0) });
    expect(routeProgress(route, at(0)).status).toBe("planned");
    route = must(start(route, secretariat, at(1)));
    const order: string[] = [];
    const chain: [string, string, string, "approved" | "advice-given"][] = [
      ["opstellen", "werkgroep-ethiek", "chair", "approved"],
      ["programmalijn", "programmalijn-data-innovatie", "programme-manager", "advice-given"],
      ["aac", "aac-digitalisering", "chair", "approved"],
      ["portefeuilleoverleg", "portefeuilleoverleg-digitalisering", "chair", "approved"],
    ];
    let day = 2;
    for (const [stepId, bodyId, role, outcome] of chain) {
      const active = routeProgress(route, at(day)).steps.filter((s) => s.status === "active").map((s) => s.stepId);
      expect(active).toEqual([stepId]);
      order.push(stepId);
      route = must(recordOutcome(route, { stepId, outcome, actor: { name: "x", bodyId, role }, at: at(day++) }));
    }
    order.push("gedeputeerde-staten");
    for (const [i, [province]] of PROVINCES.entries()) {
      const progress = routeProgress(route, at(day));
      expect(progress.steps.at(-1)!.status).toBe("active");
      expect(progress.status).toBe("in-progress");
      expect(progress.steps.at(-1)!.branches.filter((b) => b.outcome === "noted")).toHaveLength(i);
      route = must(
        recordOutcome(route, {
          stepId: "gedeputeerde-staten",
          outcome: "noted",
          actor: { name: `GS ${province}`, bodyId: `gs-${province}`, role: "deputy" },
          at: at(day++),
        }),
      );
    }
    expect(routeProgress(route, at(day)).status).toBe("ready-to-complete");
    route = must(complete(route, secretariat, at(day)));
    const progress = routeProgress(route, at(day));
    expect(progress.status).toBe("completed");
    expect(order).toEqual(["opstellen", "programmalijn", "aac", "portefeuilleoverleg", "gedeputeerde-staten"]);
    expect(progress.steps.every((s) => s.status === "done")).toBe(true);
    expect(route.events).toHaveLength(1 + 4 + 12 + 1);
    expect(route.events.map((e) => e.seq)).toEqual(route.events.map((_, i) => i + 1));
    expect(route.events.every((e) => e.actor.name && e.occurredAt)).toBe(true);
    expect(loadRoute(JSON.parse(JSON.stringify(route))).ok).toBe(true);
  });
});

/** A started guide route, at the AAC (steps 1 and 2 done). */
function atAac(): Route {
  let route = must(start(createRoute(guidePlan(), { id: "r", createdAt: at(0) }), secretariat, at(1)));
  route = must(recordOutcome(route, { stepId: "opstellen", outcome: "approved", actor: { name: "a", bodyId: "werkgroep-ethiek", role: "chair" }, at: at(2) }));
  return must(
    recordOutcome(route, { stepId: "programmalijn", outcome: "approved", actor: { name: "b", bodyId: "programmalijn-data-innovatie", role: "programme-manager" }, at: at(3) }),
  );
}
const aac: RouteActor = { name: "AAC-voorzitter", bodyId: "aac-digitalisering", role: "chair" };

describe("route transitions", () => {
  it("returns to an earlier step with remarks, resetting it and everything after it", () => {
    const route = must(returnTo(atAac(), { stepId: "aac", toStepId: "opstellen", actor: aac, at: at(5), remarks: "Hoofdstuk 3 aanvullen" }));
    const progress = routeProgress(route, at(5));
    expect(progress.steps.map((s) => s.status)).toEqual(["active", "waiting", "waiting", "waiting", "waiting"]);
    expect(progress.steps[0]!.activeSinceAt).toBe(at(5));
    expect(progress.steps[2]!.returnsUsed).toBe(1);
    expect(route.events.at(-1)).toMatchObject({ type: "returned", remarks: "Hoofdstuk 3 aanvullen", toStepId: "opstellen" });
  });

  it("ends the route when a body rejects", () => {
    const route = must(recordOutcome(atAac(), { stepId: "aac", outcome: "rejected", actor: aac, at: at(5) }));
    const progress = routeProgress(route, at(5));
    expect(progress.status).toBe("rejected");
    expect(progress.steps[2]!.status).toBe("rejected");
  });

  it("withdraws at any open moment", () => {
    const planned = createRoute(guidePlan(), { id: "r", createdAt: at(0) });
    expect(routeProgress(must(withdraw(planned, secretariat, at(1))), at(1)).status).toBe("withdrawn");
    expect(routeProgress(must(withdraw(atAac(), secretariat, at(9), "Niet meer nodig")), at(9)).status).toBe("withdrawn");
  });

  it("shows overdue steps against the given moment", () => {
    const route = atAac();
    // The AAC became active on day 3 and has 28 days.
    expect(overdueSteps(route, at(30))).toEqual([]);
    const late = overdueSteps(route, at(32));
    expect(late.map((s) => [s.stepId, s.dueAt])).toEqual([["aac", at(31)]]);
    expect(routeProgress(route, at(32)).steps[2]!.overdue).toBe(true);
  });

  it("bounds the events of a plan by its bodies and allowed returns", () => {
    // 1 start + (returns 3 + 1) * 16 bodies + 3 returns + 1 close.
    expect(maxEventCount(guidePlan())).toBe(1 + 4 * 16 + 3 + 1);
  });
});

describe("forbidden transitions are typed errors and leave the route unchanged", () => {
  const cases: [string, () => Route, Parameters<typeof applyEvent>[1], TransitionErrorCode][] = [
    ["an unknown event type", atAac, { type: "approved" as never, actor: aac, occurredAt: at(5) }, "INVALID_EVENT"],
    ["an event without actor name", atAac, { type: "withdrawn", actor: { name: " " }, occurredAt: at(5) }, "INVALID_EVENT"],
    ["an event with a bad time", atAac, { type: "withdrawn", actor: aac, occurredAt: "gisteren" }, "INVALID_EVENT"],
    ["an outcome without stepId", atAac, { type: "outcome-recorded", outcome: "approved", actor: aac, occurredAt: at(5) }, "INVALID_EVENT"],
    ["an outcome without outcome", atAac, { type: "outcome-recorded", stepId: "aac", actor: aac, occurredAt: at(5) }, "INVALID_EVENT"],
    ["an event dated before the previous one", atAac, { type: "outcome-recorded", stepId: "aac", outcome: "approved", actor: aac, occurredAt: at(2) }, "EVENT_OUT_OF_ORDER"],
    ["starting twice", atAac, { type: "started", actor: secretariat, occurredAt: at(5) }, "ROUTE_ALREADY_STARTED"],
    [
      "an outcome before the start",
      () => createRoute(guidePlan(), { id: "r", createdAt: at(0) }),
      { type: "outcome-recorded", stepId: "opstellen", outcome: "approved", actor: { name: "a", bodyId: "werkgroep-ethiek", role: "chair" }, occurredAt: at(1) },
      "ROUTE_NOT_STARTED",
    ],
    [
      "a return before the start",
      () => createRoute(guidePlan(), { id: "r", createdAt: at(0) }),
      { type: "returned", stepId: "aac", toStepId: "opstellen", remarks: "r", actor: aac, occurredAt: at(1) },
      "ROUTE_NOT_STARTED",
    ],
    ["completing before the start", () => createRoute(guidePlan(), { id: "r", createdAt: at(0) }), { type: "completed", actor: secretariat, occurredAt: at(1) }, "ROUTE_NOT_STARTED"],
    ["completing with open steps", atAac, { type: "completed", actor: secretariat, occurredAt: at(5) }, "STEPS_OPEN"],
    ["anything after withdrawal", () => must(withdraw(atAac(), secretariat, at(4))), { type: "started", actor: secretariat, occurredAt: at(5) }, "ROUTE_CLOSED"],
    [
      "anything after rejection",
      () => must(recordOutcome(atAac(), { stepId: "aac", outcome: "rejected", actor: aac, at: at(4) })),
      { type: "withdrawn", actor: secretariat, occurredAt: at(5) },
      "ROUTE_CLOSED",
    ],
    ["a step that is not on the route", atAac, { type: "outcome-recorded", stepId: "bac", outcome: "approved", actor: aac, occurredAt: at(5) }, "UNKNOWN_STEP"],
    [
      "an outcome at a step that is not current",
      atAac,
      { type: "outcome-recorded", stepId: "portefeuilleoverleg", outcome: "approved", actor: { name: "p", bodyId: "portefeuilleoverleg-digitalisering", role: "chair" }, occurredAt: at(5) },
      "STEP_NOT_ACTIVE",
    ],
    [
      "an outcome at a step already done",
      atAac,
      { type: "outcome-recorded", stepId: "opstellen", outcome: "approved", actor: { name: "a", bodyId: "werkgroep-ethiek", role: "chair" }, occurredAt: at(5) },
      "STEP_NOT_ACTIVE",
    ],
    ["an actor of another body", atAac, { type: "outcome-recorded", stepId: "aac", outcome: "approved", actor: { name: "x", bodyId: "iec", role: "chair" }, occurredAt: at(5) }, "BODY_NOT_AT_STEP"],
    ["an actor without body", atAac, { type: "outcome-recorded", stepId: "aac", outcome: "approved", actor: { name: "x" }, occurredAt: at(5) }, "BODY_NOT_AT_STEP"],
    [
      "an actor with a role the body does not have",
      atAac,
      { type: "outcome-recorded", stepId: "aac", outcome: "approved", actor: { name: "x", bodyId: "aac-digitalisering", role: "member" }, occurredAt: at(5) },
      "ROLE_NOT_ALLOWED",
    ],
    ["an outcome the step does not allow", atAac, { type: "outcome-recorded", stepId: "aac", outcome: "noted", actor: aac, occurredAt: at(5) }, "OUTCOME_NOT_ALLOWED"],
    ["'returned' recorded as a plain outcome", atAac, { type: "outcome-recorded", stepId: "aac", outcome: "returned", actor: aac, occurredAt: at(5) }, "OUTCOME_NOT_ALLOWED"],
    ["approval with remarks but without remarks", atAac, { type: "outcome-recorded", stepId: "aac", outcome: "approved-with-remarks", actor: aac, occurredAt: at(5) }, "REMARKS_REQUIRED"],
    ["a return without remarks", atAac, { type: "returned", stepId: "aac", toStepId: "opstellen", actor: aac, occurredAt: at(5) }, "REMARKS_REQUIRED"],
    ["a return to a later step", atAac, { type: "returned", stepId: "aac", toStepId: "gedeputeerde-staten", remarks: "r", actor: aac, occurredAt: at(5) }, "RETURN_TARGET_INVALID"],
    ["a return to the step itself", atAac, { type: "returned", stepId: "aac", toStepId: "aac", remarks: "r", actor: aac, occurredAt: at(5) }, "RETURN_TARGET_INVALID"],
    [
      "a return from a step without that outcome",
      () => createRoute(guidePlan(), { id: "r", createdAt: at(0) }),
      { type: "returned", stepId: "opstellen", toStepId: "opstellen", remarks: "r", actor: { name: "a", bodyId: "werkgroep-ethiek", role: "chair" }, occurredAt: at(1) },
      "ROUTE_NOT_STARTED",
    ],
  ];

  it.each(cases)("refuses %s", (_name, make, event, expected) => {
    const route = make();
    const before = JSON.stringify(route);
    const beforeProgress = JSON.stringify(routeProgress(route, at(50)));
    const result = applyEvent(route, event);
    expect(code(result)).toBe(expected);
    if (!result.ok) {
      expect(result.errors[0]!.message.length).toBeGreaterThan(10);
      expect(result.errors[0]!.messageNl.length).toBeGreaterThan(10);
    }
    expect(JSON.stringify(route)).toBe(before);
    expect(JSON.stringify(routeProgress(route, at(50)))).toBe(beforeProgress);
  });

  it("refuses a return from a step whose outcomes do not include returned", () => {
    const route = must(start(createRoute(guidePlan(), { id: "r", createdAt: at(0) }), secretariat, at(1)));
    const result = returnTo(route, { stepId: "opstellen", toStepId: "opstellen", actor: { name: "a", bodyId: "werkgroep-ethiek", role: "chair" }, at: at(2), remarks: "r" });
    expect(code(result)).toBe("RETURN_NOT_ALLOWED");
  });

  it("refuses a second outcome from the same body in a fan-out", () => {
    let route = atAac();
    route = must(recordOutcome(route, { stepId: "aac", outcome: "approved", actor: aac, at: at(5) }));
    route = must(recordOutcome(route, { stepId: "portefeuilleoverleg", outcome: "approved", actor: { name: "p", bodyId: "portefeuilleoverleg-digitalisering", role: "chair" }, at: at(6) }));
    const gs = { name: "GS", bodyId: "gs-zeeland", role: "deputy" };
    route = must(recordOutcome(route, { stepId: "gedeputeerde-staten", outcome: "noted", actor: gs, at: at(7) }));
    expect(code(recordOutcome(route, { stepId: "gedeputeerde-staten", outcome: "noted", actor: gs, at: at(8) }))).toBe("OUTCOME_ALREADY_RECORDED");
  });

  it("refuses a return beyond the step's limit", () => {
    let route = atAac();
    route = must(returnTo(route, { stepId: "aac", toStepId: "programmalijn", actor: aac, at: at(5), remarks: "eerst de programmalijn" }));
    route = must(recordOutcome(route, { stepId: "programmalijn", outcome: "approved", actor: { name: "b", bodyId: "programmalijn-data-innovatie", role: "programme-manager" }, at: at(6) }));
    expect(code(returnTo(route, { stepId: "aac", toStepId: "programmalijn", actor: aac, at: at(7), remarks: "nog eens" }))).toBe("RETURN_LIMIT_REACHED");
  });

  it("rejects a stored route whose events were tampered with", () => {
    const route = atAac();
    const tampered = structuredClone(route);
    tampered.events[1]!.actor.role = "observer";
    expect(code(loadRoute(tampered))).toBe("ROLE_NOT_ALLOWED");
    const renumbered = structuredClone(route);
    renumbered.events[1]!.seq = 7;
    expect(code(loadRoute(renumbered))).toBe("EVENT_SEQUENCE_BROKEN");
    expect(code(loadRoute({ id: 3 }))).toBe("ROUTE_SCHEMA_INVALID");
  });

  it("walks a tender escalation with a parallel join to the award decision", () => {
    const plan = planRoute(zuidHollandModel, {
      kind: "tender-escalation",
      title: "t",
      facts: [
        { tag: "high-risk", holds: true, detail: "5a" },
        { tag: "personal-data", holds: true },
      ],
    });
    if (!plan.ok) throw new Error("plan failed");
    let route = must(start(createRoute(plan.value, { id: "t", createdAt: at(0) }), secretariat, at(0)));
    route = must(recordOutcome(route, { stepId: "voorleggen", outcome: "approved", actor: { name: "i", bodyId: "inkoop", role: "procurement-officer" }, at: at(1) }));
    expect(routeProgress(route, at(1)).steps.filter((s) => s.status === "active").map((s) => s.stepId)).toEqual(["ethisch-advies", "privacy-advies"]);
    route = must(recordOutcome(route, { stepId: "privacy-advies", outcome: "advice-given", actor: { name: "f", bodyId: "functionaris-gegevensbescherming", role: "data-protection-officer" }, at: at(2) }));
    // The award waits for the ethics advice (join).
    expect(routeProgress(route, at(2)).steps.at(-1)!.status).toBe("waiting");
    route = must(recordOutcome(route, { stepId: "ethisch-advies", outcome: "advice-given", actor: { name: "e", bodyId: "ethiek-adviseurs", role: "ethics-advisor" }, at: at(3) }));
    expect(routeProgress(route, at(3)).steps.at(-1)!.status).toBe("active");
    route = must(recordOutcome(route, { stepId: "gunningsbesluit", outcome: "approved-with-remarks", remarks: "Met logging", actor: { name: "g", bodyId: "gedeputeerde-staten", role: "deputy" }, at: at(4) }));
    route = must(complete(route, secretariat, at(4)));
    expect(routeProgress(route, at(4)).status).toBe("completed");
  });
});
