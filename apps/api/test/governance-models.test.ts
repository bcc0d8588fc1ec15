// Governance models through HTTP (fastify.inject), on SQLite and PostgreSQL: the shipped models
// for anyone, their diagrams, and a province publishing its own model, in its own name only.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "@ethiek-test/support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateGovernanceModel } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { bearer, createTenants, databases, expectProblem, startApp, type Tenants } from "./harness.js";

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`governance models on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;

    const post = (url: string, key: string, payload: unknown) => app.inject({ method: "POST", url, headers: bearer(key), payload: payload as object });
    const get = (url: string, key?: string) => app.inject({ url, headers: key === undefined ? {} : bearer(key) });

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
        expect(res.body).toContain("ambtelijk · adviserend");
        expect((await get("/v1/governance-models/ipo/diagram.svg?language=en")).body).toContain("official · advisory");
        expectProblem(await get("/v1/governance-models/ipo/diagram.svg?language=fy"), 400);
        expectProblem(await get("/v1/governance-models/nope/diagram.svg"), 404, "governance-model-not-found");
      });
    });

    describe("POST /v1/governance-models", () => {
      it("finding 7 (issue 18): refuses a model in another organisation's name and shows who published one", async () => {
        const forged = { ...example("governance-model.example.json"), id: "nep-fryslan" };
        const refused = expectProblem(await post("/v1/governance-models", keys.noord.admin, forged), 403, "governance-model-not-yours");
        expect((refused as { invalidParams?: unknown }).invalidParams).toEqual([expect.objectContaining({ name: "body/organisation" })]);
        expectProblem(await get("/v1/governance-models/nep-fryslan"), 404, "governance-model-not-found");
        const own = { ...forged, id: "zuid-eigen", organisation: "provincie zuid", publishedBy: { organisation: "noord", name: "Provincie Noord" } };
        const created = await post("/v1/governance-models", keys.zuid.admin, own);
        expect(created.statusCode, created.body).toBe(201);
        const listed = (await get("/v1/governance-models")).json().items.find((m: { id: string }) => m.id === "zuid-eigen");
        expect(listed.publishedBy).toEqual({ organisation: "zuid", name: "Provincie Zuid" });
        expect((await get("/v1/governance-models")).json().items.find((m: { id: string }) => m.id === "ipo").publishedBy).toBeUndefined();
      });

      it("adds an organisation's model for the admin role, which then routes items", async () => {
        const model = { ...example("governance-model.example.json"), id: "noord-commissie", organisation: "Provincie Noord" };
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
  });
}
