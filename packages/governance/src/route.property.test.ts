import type { ClassificationTag, Route, RouteEventInput, RoutePlan } from "@ethiek/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataFryslanModel, ipoModel, overijsselModel, zuidHollandModel } from "./models/index.js";
import { planRoute } from "./plan.js";
import { applyEvent, createRoute, isTerminal, maxEventCount, nextValidEvents, routeProgress } from "./route.js";

const TAGS: ClassificationTag[] = ["high-risk", "prohibited", "personal-data", "ai"];
const at = (i: number): string => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();

function plan(kind: string, model = zuidHollandModel, facts: { tag: ClassificationTag; holds: boolean }[] = []): RoutePlan {
  const p = planRoute(model, { kind, title: "x", facts });
  if (!p.ok) throw new Error(p.errors[0]!.message);
  return p.value;
}

/** Plans of every shipped route, tender escalations with any combination of findings. */
const plans: fc.Arbitrary<RoutePlan> = fc.oneof(
  fc.constant(plan("interprovincial-guide", ipoModel)),
  fc.constant(plan("ethics-question", ipoModel)),
  fc.constant(plan("ethics-case", dataFryslanModel)),
  fc.constant(plan("ethics-case", zuidHollandModel)),
  fc.constant(plan("maturity-report", overijsselModel)),
  fc.subarray(TAGS).chain((tags) =>
    fc.constantFrom(zuidHollandModel, overijsselModel).map((m) => plan("tender-escalation", m, tags.map((tag) => ({ tag, holds: true })))),
  ),
);

/** Walks valid events chosen by `choices`; returns the route and the number of events applied. */
function walk(route: Route, choices: readonly number[], allowWithdraw: boolean, limit: number): { route: Route; steps: number } {
  let steps = 0;
  while (!isTerminal(routeProgress(route, at(steps)).status) && steps < limit) {
    const options = nextValidEvents(route, at(steps + 1)).filter((e) => allowWithdraw || e.type !== "withdrawn");
    expect(options.length).toBeGreaterThan(0);
    const event = options[(choices[steps] ?? 0) % options.length]!;
    const next = applyEvent(route, event);
    if (!next.ok) throw new Error(`a valid event was refused: ${next.errors[0]!.code}`);
    route = next.value;
    steps += 1;
  }
  return { route, steps };
}

describe("route state machine properties", () => {
  it("any sequence of valid events reaches a terminal state within the plan's bound", () => {
    fc.assert(
      fc.property(plans, fc.array(fc.nat(), { minLength: 400, maxLength: 400 }), fc.boolean(), (p, choices, allowWithdraw) => {
        const bound = maxEventCount(p);
        const { route, steps } = walk(createRoute(p, { id: "r", createdAt: at(0) }), choices, allowWithdraw, bound + 1);
        expect(steps).toBeLessThanOrEqual(bound);
        expect(isTerminal(routeProgress(route, at(steps)).status)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("without withdrawal, every walk ends completed or rejected", () => {
    fc.assert(
      fc.property(plans, fc.array(fc.nat(), { minLength: 400, maxLength: 400 }), (p, choices) => {
        const { route, steps } = walk(createRoute(p, { id: "r", createdAt: at(0) }), choices, false, maxEventCount(p) + 1);
        expect(["completed", "rejected"]).toContain(routeProgress(route, at(steps)).status);
      }),
      { numRuns: 100 },
    );
  });

  it("an invalid event never changes a route's state", () => {
    const anyEvent = (p: RoutePlan): fc.Arbitrary<RouteEventInput> => {
      const stepIds = p.steps.map((s) => s.stepId);
      const bodyIds = p.steps.flatMap((s) => s.bodies.map((b) => b.bodyId));
      const roles = [...new Set(p.steps.flatMap((s) => s.bodies.flatMap((b) => b.roles)))];
      return fc.record(
        {
          type: fc.constantFrom("started", "outcome-recorded", "returned", "withdrawn", "completed", "approved") as fc.Arbitrary<RouteEventInput["type"]>,
          actor: fc.record(
            { name: fc.constantFrom("a", "", "Bea"), bodyId: fc.constantFrom(...bodyIds, "nobody"), role: fc.constantFrom(...roles, "intruder") },
            { requiredKeys: ["name"] },
          ),
          occurredAt: fc.oneof(fc.integer({ min: -5, max: 200 }).map(at), fc.constant("not a time")),
          stepId: fc.constantFrom(...stepIds, "nowhere"),
          outcome: fc.constantFrom("approved", "approved-with-remarks", "returned", "rejected", "advice-given", "noted"),
          toStepId: fc.constantFrom(...stepIds, "nowhere"),
          remarks: fc.constantFrom("", "Graag aanvullen"),
        },
        { requiredKeys: ["type", "actor", "occurredAt"] },
      );
    };
    fc.assert(
      fc.property(
        plans.chain((p) => fc.tuple(fc.constant(p), fc.array(fc.nat(), { minLength: 0, maxLength: 40 }), fc.array(anyEvent(p), { minLength: 1, maxLength: 10 }))),
        ([p, choices, events]) => {
          let { route } = walk(createRoute(p, { id: "r", createdAt: at(0) }), choices, true, choices.length);
          for (const event of events) {
            const before = JSON.stringify(route);
            const progressBefore = JSON.stringify(routeProgress(route, at(300)));
            const result = applyEvent(route, event);
            expect(JSON.stringify(route)).toBe(before);
            if (!result.ok) {
              expect(JSON.stringify(routeProgress(route, at(300)))).toBe(progressBefore);
            } else {
              expect(result.value.events).toHaveLength(route.events.length + 1);
              route = result.value;
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
