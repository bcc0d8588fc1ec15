// The governance API through HTTP (fastify.inject), on SQLite and PostgreSQL, in keys mode with two
// provinces and an ethics commission: every endpoint × role × other organisation.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { sql } from "kysely";
import { repoRoot } from "@ethiek-test/support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateGovernanceModel, validateProblem, validateRoute, type RoutePlan, type RouteResource } from "@ethiek/schemas";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { bearer, createTenants, databases, form, startApp, tender, type Tenants } from "./harness.js";

function expectProblem(res: LightMyRequestResponse, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(validateProblem(body).ok).toBe(true);
  if (code !== undefined) expect(body.code).toBe(code);
  return body as { detail: string; code: string };
}

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

const guide = { kind: "interprovincial-guide", title: "Interprovinciale Gids Digitale Ethiek" };
const provinces = ["groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland", "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg"];

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`governance API on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;

    const post = (url: string, key: string, payload: unknown) => app.inject({ method: "POST", url, headers: bearer(key), payload: payload as object });
    const get = (url: string, key?: string) => app.inject({ url, headers: key === undefined ? {} : bearer(key) });
    const createGuideRoute = async (key: string): Promise<RouteResource> => {
      const res = await post("/v1/routes", key, { modelId: "ipo", item: guide, start: true });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const event = (id: string, key: string, payload: object) => post(`/v1/routes/${id}/events`, key, payload);

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
    });
    afterAll(() => close());

    describe("governance models", () => {
      it("lists the shipped models without a key", async () => {
        const res = await get("/v1/governance-models");
        expect(res.statusCode).toBe(200);
        const items = res.json().items as unknown[];
        expect(items.map((m) => (m as { id: string }).id)).toEqual(["ipo", "zuid-holland", "overijssel", "datafryslan"]);
        for (const m of items) expect(validateGovernanceModel(m).ok).toBe(true);
      });

      it("reads one model, and answers 404 for an unknown one", async () => {
        expect((await get("/v1/governance-models/zuid-holland")).json().organisation).toBe("Provincie Zuid-Holland");
        expectProblem(await get("/v1/governance-models/utrecht"), 404, "governance-model-not-found");
      });

      it("draws a model as SVG in Dutch or English", async () => {
        const res = await get("/v1/governance-models/ipo/diagram.svg");
        expect(res.statusCode).toBe(200);
        expect(res.headers["content-type"]).toMatch(/^image\/svg\+xml/);
        expect(res.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(res.body).toContain("Ambtelijk");
        expect((await get("/v1/governance-models/ipo/diagram.svg?language=en")).body).toContain("Official");
        expectProblem(await get("/v1/governance-models/ipo/diagram.svg?language=fy"), 400);
        expectProblem(await get("/v1/governance-models/nope/diagram.svg"), 404, "governance-model-not-found");
      });
    });

    describe("POST /v1/governance-models", () => {
      it("adds an organisation's model for the admin role, which then routes items", async () => {
        const model = { ...example("governance-model.example.json"), id: "noord-commissie" };
        expectProblem(await post("/v1/governance-models", keys.noord.officer, model), 403);
        const res = await post("/v1/governance-models", keys.noord.admin, model);
        expect(res.statusCode, res.body).toBe(201);
        expect(res.headers.location).toBe("/v1/governance-models/noord-commissie");
        expect((await get("/v1/governance-models/noord-commissie")).json().id).toBe("noord-commissie");
        expect((await get("/v1/governance-models")).json().items.map((m: { id: string }) => m.id)).toContain("noord-commissie");
        const plan = await post("/v1/route-plans", keys.zuid.officer, { modelId: "noord-commissie", item: { kind: "ethics-case", title: "Camera's" } });
        expect(plan.statusCode, plan.body).toBe(200);
        expectProblem(await post("/v1/governance-models", keys.zuid.admin, model), 409, "governance-model-exists");
        expectProblem(await post("/v1/governance-models", keys.zuid.admin, { ...model, id: "ipo" }), 409, "governance-model-exists");
        const audit = await app.storage.db.selectFrom("audit_events").select("action").where("target_id", "=", "noord-commissie").execute();
        expect(audit.map((a) => a.action)).toEqual(["governance-model.create"]);
      });

      it("refuses a model whose routes cannot be walked with every problem in invalidParams", async () => {
        const res = await post("/v1/governance-models", keys.noord.admin, example("invalid/governance-model.broken-routes.json"));
        const problem = expectProblem(res, 422, "governance-model-invalid") as unknown as { invalidParams: { name: string; code: string }[] };
        expect(problem.invalidParams.map((p) => [p.code, p.name])).toEqual(
          expect.arrayContaining([
            ["route-cycle", "body/routes/0/steps"],
            ["unreachable-step", "body/routes/0/steps/3"],
            ["unknown-body", "body/routes/0/steps/1/bodies/1"],
            ["contradictory-condition", "body/routes/0/steps/1/condition"],
          ]),
        );
        expectProblem(await post("/v1/governance-models", keys.noord.admin, example("invalid/governance-model.bad-tokens.json")), 400);
      });
    });

    describe("POST /v1/route-plans", () => {
      it("plans the guide's five stages with explanations, storing nothing", async () => {
        const res = await post("/v1/route-plans", keys.noord.officer, { modelId: "ipo", item: guide });
        expect(res.statusCode, res.body).toBe(200);
        const plan = res.json() as RoutePlan;
        expect(plan.steps.map((s) => s.stepId)).toEqual(["opstellen", "programmalijn", "aac", "portefeuilleoverleg", "gedeputeerde-staten"]);
        expect(plan.steps[4]!.bodies).toHaveLength(12);
        expect(plan.steps[0]!.explanation.nl).toMatch(/^Omdat het stuk een interprovinciale gids is/);
        const count = await app.storage.db.selectFrom("routes").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(0);
      });

      it("answers 422 for an item kind the model does not route, 404 for an unknown model, 400 without item", async () => {
        expectProblem(await post("/v1/route-plans", keys.noord.ethics, { modelId: "ipo", item: { kind: "ethics-case", title: "x" } }), 422, "unknown-item-kind");
        expectProblem(await post("/v1/route-plans", keys.noord.ethics, { modelId: "gelre", item: guide }), 404, "governance-model-not-found");
        expectProblem(await post("/v1/route-plans", keys.noord.ethics, { modelId: "ipo" }), 400, "item-or-check-required");
        expectProblem(await post("/v1/route-plans", keys.noord.ethics, { modelId: "ipo", item: { kind: "Gids", title: "" } }), 400);
      });

      it("needs the officer or ethics role", async () => {
        expectProblem(await app.inject({ method: "POST", url: "/v1/route-plans", payload: { modelId: "ipo", item: guide } }), 401);
        expectProblem(await post("/v1/route-plans", keys.noord.admin, { modelId: "ipo", item: guide }), 403);
      });

      it("proposes a tender escalation for a stored high-risk check, and none for a low-risk one", async () => {
        const submit = async (file: string) => {
          const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([{ name: "leidraad.md", bytes: tender(file) }]) });
          expect(res.statusCode, res.body).toBe(201);
          return (res.json() as { id: string }).id;
        };
        // The corpus labels CV screening as high-risk (Annex III 4a) with personal data.
        const cv = await submit("cv-screening-werving.md");
        const res = await post("/v1/route-plans", keys.noord.officer, { modelId: "zuid-holland", checkId: cv });
        expect(res.statusCode, res.body).toBe(200);
        const plan = res.json() as RoutePlan;
        expect(plan.item).toMatchObject({ kind: "tender-escalation" });
        expect(plan.steps.map((s) => s.stepId)).toEqual(["voorleggen", "ethisch-advies", "privacy-advies", "gunningsbesluit"]);
        expect(plan.steps[1]!.explanation.nl).toContain("bijlage III, punt 4a");
        const created = await post("/v1/routes", keys.noord.officer, { modelId: "zuid-holland", checkId: cv });
        expect(created.statusCode, created.body).toBe(201);
        expect((created.json() as RouteResource).progress.status).toBe("planned");
        expectProblem(await post("/v1/route-plans", keys.noord.officer, { modelId: "zuid-holland", checkId: await submit("kantoormeubilair-raamovereenkomst.md") }), 422, "no-escalation-needed");
        expectProblem(await post("/v1/route-plans", keys.zuid.officer, { modelId: "zuid-holland", checkId: cv }), 404, "check-not-found");
      });
    });

    describe("POST /v1/case-routings", () => {
      it("names the DKF for a Frisian case and refuses an Overijssel case with the reasons", async () => {
        const res = await post("/v1/case-routings", keys.noord.ethics, { organisation: "Provincie Fryslân", kind: "case", confidentiality: "internal" });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({ modelId: "datafryslan", bodyId: "dkf" });
        const none = expectProblem(await post("/v1/case-routings", keys.noord.ethics, { organisation: "Provincie Overijssel", kind: "case", confidentiality: "internal" }), 422, "no-competent-body");
        expect(none.detail).toContain("behandelt geen losse casussen");
      });
    });

    describe("routes and their events", () => {
      it("creates a started route and walks the guide to completion through events", async () => {
        const created = await createGuideRoute(keys.noord.officer);
        expect(validateRoute(created.route).ok).toBe(true);
        expect(created).toMatchObject({ organisation: "noord", progress: { status: "in-progress" } });
        const id = created.id;
        const chain: [string, string, string, string][] = [
          ["opstellen", "werkgroep-ethiek", "chair", "approved"],
          ["programmalijn", "programmalijn-data-innovatie", "programme-manager", "advice-given"],
          ["aac", "aac-digitalisering", "chair", "approved"],
          ["portefeuilleoverleg", "portefeuilleoverleg-digitalisering", "chair", "approved-with-remarks"],
        ];
        for (const [stepId, bodyId, role, outcome] of chain) {
          const res = await event(id, keys.noord.officer, { type: "outcome-recorded", stepId, bodyId, role, outcome, remarks: "Akkoord" });
          expect(res.statusCode, res.body).toBe(201);
        }
        for (const province of provinces) {
          const res = await event(id, keys.noord.ethics, { type: "outcome-recorded", stepId: "gedeputeerde-staten", bodyId: `gs-${province}`, role: "deputy", outcome: "noted" });
          expect(res.statusCode, res.body).toBe(201);
        }
        const done = await event(id, keys.noord.officer, { type: "completed" });
        expect(done.statusCode, done.body).toBe(201);
        const route = done.json() as RouteResource;
        expect(route.progress.status).toBe("completed");
        expect(route.route.events).toHaveLength(18);
        const events = await get(`/v1/routes/${id}/events`, keys.noord.admin);
        expect(events.json().items.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
        const svg = await get(`/v1/routes/${id}/diagram.svg`, keys.noord.officer);
        expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/);
        expect(svg.body).toContain("afgerond");
      });

      it("refuses forbidden events with a problem and leaves the route unchanged", async () => {
        const { id } = await createGuideRoute(keys.noord.officer);
        expectProblem(await event(id, keys.noord.officer, { type: "started" }), 409, "route-already-started");
        expectProblem(await event(id, keys.noord.officer, { type: "completed" }), 409, "steps-open");
        expectProblem(await event(id, keys.noord.officer, { type: "outcome-recorded", stepId: "aac", bodyId: "aac-digitalisering", role: "chair", outcome: "approved" }), 409, "step-not-active");
        expectProblem(await event(id, keys.noord.officer, { type: "outcome-recorded", stepId: "opstellen", bodyId: "werkgroep-ethiek", role: "gast", outcome: "approved" }), 422, "role-not-allowed");
        expectProblem(await event(id, keys.noord.officer, { type: "outcome-recorded", stepId: "opstellen", bodyId: "iec", role: "chair", outcome: "approved" }), 422, "body-not-at-step");
        expectProblem(await event(id, keys.noord.officer, { type: "goedgekeurd" }), 400);
        const after = (await get(`/v1/routes/${id}`, keys.noord.officer)).json() as RouteResource;
        expect(after.route.events).toHaveLength(1);
        await event(id, keys.noord.officer, { type: "withdrawn", remarks: "Niet meer nodig" });
        expectProblem(await event(id, keys.noord.officer, { type: "withdrawn" }), 409, "route-closed");
      });

      it("shows a route only to its organisation and its commission", async () => {
        const { id } = await createGuideRoute(keys.noord.officer);
        expectProblem(await get(`/v1/routes/${id}`, keys.zuid.ethics), 404, "route-not-found");
        expectProblem(await get(`/v1/routes/${id}/events`, keys.zuid.officer), 404, "route-not-found");
        expectProblem(await get(`/v1/routes/${id}/diagram.svg`, keys.zuid.admin), 404, "route-not-found");
        expectProblem(await event(id, keys.zuid.officer, { type: "withdrawn" }), 404, "route-not-found");
        expect((await get(`/v1/routes/${id}`, keys.commissie.ethics)).statusCode).toBe(200);
        expect((await get(`/v1/routes/${id}`, keys.noord.admin)).statusCode).toBe(200);
        expectProblem(await event(id, keys.noord.admin, { type: "withdrawn" }), 403);
        expectProblem(await get(`/v1/routes/${id}`), 401);
        const list = (await get("/v1/routes?pageSize=2", keys.zuid.officer)).json();
        expect(list).toMatchObject({ items: [], total: 0, page: 1, pageSize: 2 });
      });

      it("lists routes newest first with a status filter and pages", async () => {
        const res = await get("/v1/routes?status=completed", keys.noord.officer);
        expect(res.statusCode).toBe(200);
        expect(res.json().items.every((r: RouteResource) => r.progress.status === "completed")).toBe(true);
        const page = (await get("/v1/routes?pageSize=1&page=2", keys.noord.officer)).json();
        expect(page.items).toHaveLength(1);
        expect(page.total).toBeGreaterThanOrEqual(3);
        expectProblem(await get("/v1/routes?status=klaar", keys.noord.officer), 400);
      });

      it("keeps events append-only in the database and writes the audit log", async () => {
        const { id } = await createGuideRoute(keys.noord.officer);
        await expect(sql`update route_events set actor = 'someone' where route_id = ${id}`.execute(app.storage.db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from route_events where route_id = ${id}`.execute(app.storage.db)).rejects.toThrow(/append-only/);
        const audit = await app.storage.db.selectFrom("audit_events").select("action").where("target_id", "=", id).execute();
        expect(audit.map((a) => a.action)).toEqual(["route.create"]);
      });
    });
  });
}
