// Who may record an event on a governance route (decision 0010): the pure rules of src/access.ts,
// and local mode, where the one local user holds every role at every body.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { RouteResource } from "@ethiek/schemas";
import { belongsToBody, holdsRoleOnPlan, resolveBodyActor, type HeldBodyRole } from "../src/access.js";
import { databases, startApp } from "./harness.js";

describe("belongsToBody", () => {
  const werkgroep = { parentOrganisation: "Interprovinciaal Overleg", memberOrganisations: ["Provincie Fryslân", "Provincie Zuid-Holland"] };

  it("matches the parent organisation or a member organisation by name or id", () => {
    expect(belongsToBody({ id: "ipo", name: "Interprovinciaal Overleg" }, werkgroep)).toBe(true);
    expect(belongsToBody({ id: "pzh", name: "Provincie Zuid-Holland" }, werkgroep)).toBe(true);
    expect(belongsToBody({ id: "Provincie Zuid-Holland", name: "PZH" }, werkgroep)).toBe(true);
  });

  it("ignores case, extra spaces and Unicode normalisation, but nothing else", () => {
    expect(belongsToBody({ id: "fryslan", name: "  provincie   FRYSLA\u0302N " }, werkgroep)).toBe(true);
    expect(belongsToBody({ id: "fryslan", name: "Provincie Fryslan" }, werkgroep)).toBe(false);
    expect(belongsToBody({ id: "noord", name: "Provincie Noord" }, werkgroep)).toBe(false);
    expect(belongsToBody({ id: "zuid-holland", name: "Zuid-Holland" }, werkgroep)).toBe(false);
  });
});

describe("resolveBodyActor", () => {
  const held: HeldBodyRole[] = [
    { bodyId: "werkgroep", role: "chair" },
    { bodyId: "aac", role: "chair" },
    { bodyId: "aac", role: "secretary" },
    { bodyId: "gs-a", role: "deputy" },
    { bodyId: "gs-b", role: "deputy" },
  ];

  it("takes the one role the caller holds at the step, whatever the caller leaves out", () => {
    expect(resolveBodyActor(held, ["werkgroep"], {})).toEqual({ ok: true, value: { bodyId: "werkgroep", role: "chair" } });
    expect(resolveBodyActor(held, ["werkgroep"], { role: "chair" })).toEqual({ ok: true, value: { bodyId: "werkgroep", role: "chair" } });
    expect(resolveBodyActor(held, ["gs-a", "gs-b", "gs-c"], { bodyId: "gs-b" })).toEqual({ ok: true, value: { bodyId: "gs-b", role: "deputy" } });
  });

  it("refuses a named body or role the caller does not hold", () => {
    expect(resolveBodyActor(held, ["werkgroep"], { bodyId: "werkgroep", role: "secretary" })).toEqual({
      ok: false,
      error: { code: "body-role-not-held", bodyId: "werkgroep", role: "secretary" },
    });
    expect(resolveBodyActor(held, ["gs-c"], { bodyId: "gs-c" })).toEqual({ ok: false, error: { code: "body-role-not-held", bodyId: "gs-c" } });
    expect(resolveBodyActor(held, ["werkgroep"], { role: "member" })).toEqual({ ok: false, error: { code: "body-role-not-held", role: "member" } });
    expect(resolveBodyActor([], ["werkgroep"], { bodyId: "werkgroep", role: "chair" })).toMatchObject({ ok: false, error: { code: "body-role-not-held" } });
  });

  it("refuses a caller without a role at the step's bodies", () => {
    expect(resolveBodyActor(held, ["programmalijn"], {})).toEqual({ ok: false, error: { code: "no-body-role-at-step", stepBodies: ["programmalijn"] } });
    expect(resolveBodyActor([], ["werkgroep"], {})).toEqual({ ok: false, error: { code: "no-body-role-at-step", stepBodies: ["werkgroep"] } });
    // A held role, but only at bodies of other steps.
    expect(resolveBodyActor(held, ["programmalijn"], { role: "chair" })).toMatchObject({ ok: false, error: { code: "no-body-role-at-step" } });
  });

  it("asks for a choice only when the caller's roles leave several", () => {
    expect(resolveBodyActor(held, ["gs-a", "gs-b"], {})).toEqual({ ok: false, error: { code: "body-choice-required", bodyIds: ["gs-a", "gs-b"] } });
    expect(resolveBodyActor(held, ["aac"], {})).toEqual({ ok: false, error: { code: "role-choice-required", bodyId: "aac", roles: ["chair", "secretary"] } });
    expect(resolveBodyActor(held, ["aac"], { role: "secretary" })).toEqual({ ok: true, value: { bodyId: "aac", role: "secretary" } });
    expect(resolveBodyActor(held, ["werkgroep", "aac"], { role: "chair" })).toEqual({ ok: false, error: { code: "body-choice-required", bodyIds: ["werkgroep", "aac"] } });
  });

  it("leaves a held body at another step, or a step not on the route, to the state machine", () => {
    expect(resolveBodyActor(held, ["werkgroep"], { bodyId: "aac", role: "chair" })).toEqual({ ok: true, value: { bodyId: "aac", role: "chair" } });
    expect(resolveBodyActor(held, undefined, {})).toEqual({ ok: true, value: { bodyId: "werkgroep", role: "chair" } });
    expect(resolveBodyActor([], undefined, {})).toEqual({ ok: true, value: null });
    expect(resolveBodyActor(held, undefined, { bodyId: "gs-c" })).toMatchObject({ ok: false, error: { code: "body-role-not-held" } });
  });
});

describe("holdsRoleOnPlan", () => {
  const plan = { steps: [{ bodies: [{ bodyId: "werkgroep" }] }, { bodies: [{ bodyId: "gs-a" }, { bodyId: "gs-b" }] }] };

  it("is true for a role at a body of any step of the plan, active or not", () => {
    expect(holdsRoleOnPlan([{ bodyId: "gs-b", role: "deputy" }], plan)).toBe(true);
    expect(holdsRoleOnPlan([{ bodyId: "iec", role: "chair" }, { bodyId: "werkgroep", role: "member" }], plan)).toBe(true);
  });

  it("is false without roles, for bodies off the plan, and for a plan without steps", () => {
    expect(holdsRoleOnPlan([], plan)).toBe(false);
    expect(holdsRoleOnPlan([{ bodyId: "iec", role: "chair" }, { bodyId: "gs-c", role: "deputy" }], plan)).toBe(false);
    expect(holdsRoleOnPlan([{ bodyId: "werkgroep", role: "chair" }], { steps: [] })).toBe(false);
  });
});

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`route events in local mode on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ app, close } = await startApp(name, { auth: "local" }));
    });
    afterAll(() => close());

    const post = (url: string, payload: object) => app.inject({ method: "POST", url, payload });

    it("lets the one local user act for any body of the route, but only in a role the body knows", async () => {
      const created = await post("/v1/routes", { modelId: "ipo", item: { kind: "interprovincial-guide", title: "Gids" }, start: true });
      expect(created.statusCode, created.body).toBe(201);
      const id = (created.json() as RouteResource).id;
      // The working group knows three roles, and the local user holds them all: it must choose one.
      const choose = await post(`/v1/routes/${id}/events`, { type: "outcome-recorded", stepId: "opstellen", outcome: "approved" });
      expect(choose.statusCode, choose.body).toBe(422);
      expect(choose.json().code).toBe("role-choice-required");
      const wrong = await post(`/v1/routes/${id}/events`, { type: "outcome-recorded", stepId: "opstellen", bodyId: "werkgroep-ethiek", role: "gast", outcome: "approved" });
      expect(wrong.statusCode, wrong.body).toBe(403);
      expect(wrong.json().code).toBe("body-role-not-held");
      const ok = await post(`/v1/routes/${id}/events`, { type: "outcome-recorded", stepId: "opstellen", role: "secretary", outcome: "approved" });
      expect(ok.statusCode, ok.body).toBe(201);
      expect((ok.json() as RouteResource).route.events.at(-1)!.actor).toEqual({ name: "local", bodyId: "werkgroep-ethiek", role: "secretary" });
      // The programme line knows one role only: nothing to choose.
      const next = await post(`/v1/routes/${id}/events`, { type: "outcome-recorded", stepId: "programmalijn", outcome: "advice-given" });
      expect(next.statusCode, next.body).toBe(201);
      expect((next.json() as RouteResource).route.events.at(-1)!.actor).toEqual({ name: "local", bodyId: "programmalijn-data-innovatie", role: "programme-manager" });
      const withdrawn = await post(`/v1/routes/${id}/events`, { type: "withdrawn" });
      expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    });
  });
}
