// The cases API through HTTP (fastify.inject), on SQLite and PostgreSQL, in keys mode with two
// provinces (noord is handled by the commission `commissie`, zuid has none) and the commission:
// every endpoint × role × other organisation.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateCase, validatePrecedentSearchResult, validatePublicCaseExport, type Case } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { bearer, createTenants, databases, expectProblem, startApp, type Tenants } from "./harness.js";

const input = (over: Record<string, unknown> = {}) => ({
  title: "Slimme camera's op het stationsplein",
  requester: { organisation: { name: "wordt overschreven" }, department: "Team Openbare Orde", contact: { name: "Pieter de Boer", role: "projectleider" } },
  question: "Mogen wij camera's met gezichtsherkenning gebruiken op het stationsplein?",
  context: "Er zijn veel zakkenrollers. GEHEIME-CONTEXT-TEKST",
  confidentiality: "confidential",
  tags: { values: ["privacy"], technologies: ["gezichtsherkenning"], policyDomains: ["openbare-orde"] },
  ...over,
});

const reflection = {
  authors: [{ name: "Anna Jansen", role: "voorzitter" }],
  givenDate: "2026-11-20",
  text: "Gezichtsherkenning raakt de privacy van iedereen op het plein.",
  valuesWeighed: [{ value: "privacy", consideration: "Weegt zwaar." }],
  advice: "Gebruik geen gezichtsherkenning.",
};
const decision = { decidedDate: "2026-11-25", decidedBy: "Gedeputeerde Staten", text: "Geen gezichtsherkenning.", followsAdvice: "yes", reviewDate: "2027-11-25" };

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`cases API on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;

    const send = (method: "POST" | "PUT", url: string, key: string, payload: unknown) => app.inject({ method, url, headers: bearer(key), payload: payload as object });
    const get = (url: string, key?: string) => app.inject({ url, headers: key === undefined ? {} : bearer(key) });
    const create = async (key: string, over: Record<string, unknown> = {}): Promise<Case> => {
      const res = await send("POST", "/v1/cases", key, input(over));
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const move = (id: string, key: string, to: string, reason?: string) => send("POST", `/v1/cases/${id}/events`, key, { to, ...(reason ? { reason } : {}) });

    /** Walks a case of noord through the whole lifecycle, by the right parties. */
    const closeCase = async (c: Case, commissionKey: string, ownerKey: string) => {
      expect((await move(c.id, commissionKey, "accepted")).statusCode).toBe(200);
      expect((await move(c.id, commissionKey, "in-analysis")).statusCode).toBe(200);
      expect((await send("POST", `/v1/cases/${c.id}/reflections`, commissionKey, reflection)).statusCode).toBe(201);
      expect((await move(c.id, commissionKey, "reflection-given")).statusCode).toBe(200);
      const current = (await get(`/v1/cases/${c.id}`, ownerKey)).json() as Case;
      const { id: _i, schemaVersion: _s, status: _st, events: _e, createdAt: _c, updatedAt: _u, reflections: _r, ...editable } = current;
      expect((await send("PUT", `/v1/cases/${c.id}`, ownerKey, { ...editable, decision })).statusCode).toBe(200);
      expect((await move(c.id, ownerKey, "decision-recorded")).statusCode).toBe(200);
      const closed = await move(c.id, commissionKey, "closed");
      expect(closed.statusCode, closed.body).toBe(200);
      return closed.json() as Case;
    };

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
    });
    afterAll(() => close());

    describe("creating and reading cases", () => {
      it("creates a case for the caller's organisation, addressed to its commission", async () => {
        const res = await send("POST", "/v1/cases", keys.noord.officer, input());
        expect(res.statusCode, res.body).toBe(201);
        const c = res.json() as Case;
        expect(validateCase(c).ok).toBe(true);
        expect(res.headers.location).toBe(`/v1/cases/${c.id}`);
        expect(c.status).toBe("submitted");
        expect(c.requester.organisation).toEqual({ id: "noord", name: "Provincie Noord" });
        expect(c.to).toMatchObject({ name: "Ethiekcommissie", organisationId: "commissie" });
        expect(c.events).toEqual([{ from: null, to: "submitted", actor: expect.any(String), at: expect.any(String) }]);
      });

      it("refuses an invalid case with every problem (400), and callers without a key (401) or role (403)", async () => {
        const body = expectProblem(await send("POST", "/v1/cases", keys.noord.officer, { ...input(), confidentiality: "geheim", question: "" }), 400);
        expect(JSON.stringify(body)).toMatch(/confidentiality/);
        expectProblem(await app.inject({ method: "POST", url: "/v1/cases", payload: input() }), 401);
        expectProblem(await send("POST", "/v1/cases", keys.noord.admin, input()), 403);
      });

      it("shows a confidential case only to its organisation and the commission handling it", async () => {
        const c = await create(keys.noord.officer);
        for (const key of [keys.noord.officer, keys.noord.admin, keys.noord.ethics, keys.commissie.ethics]) {
          expect((await get(`/v1/cases/${c.id}`, key)).statusCode).toBe(200);
        }
        for (const key of [keys.zuid.officer, keys.zuid.ethics, keys.zuid.admin]) expectProblem(await get(`/v1/cases/${c.id}`, key), 404, "case-not-found");
        const zuidList = (await get("/v1/cases", keys.zuid.officer)).json();
        expect(zuidList.items.map((x: Case) => x.id)).not.toContain(c.id);
        const commissionList = (await get("/v1/cases?confidentiality=confidential", keys.commissie.ethics)).json();
        expect(commissionList.items.map((x: Case) => x.id)).toContain(c.id);
      });

      it("shows public cases to every organisation and filters lists by status and tags", async () => {
        const c = await create(keys.zuid.officer, { confidentiality: "public", tags: { values: ["transparantie"], technologies: ["chatbot"], policyDomains: [] } });
        expect((await get(`/v1/cases/${c.id}`, keys.noord.officer)).statusCode).toBe(200);
        const list = (await get("/v1/cases?value=transparantie&status=submitted&pageSize=5", keys.noord.officer)).json();
        expect(list).toMatchObject({ page: 1, pageSize: 5 });
        expect(list.items.map((x: Case) => x.id)).toEqual([c.id]);
        expect((await get("/v1/cases?technology=drones", keys.noord.officer)).json().total).toBe(0);
      });
    });

    describe("the lifecycle over HTTP", () => {
      it("lets each party take only its own steps", async () => {
        const c = await create(keys.noord.officer);
        // The asking organisation cannot accept its own case; another organisation does not see it.
        expectProblem(await move(c.id, keys.noord.officer, "accepted"), 403, "case-forbidden");
        expectProblem(await move(c.id, keys.noord.ethics, "accepted"), 403, "case-forbidden");
        expectProblem(await move(c.id, keys.zuid.ethics, "accepted"), 404);
        // An invalid move is a conflict with the case's state.
        expectProblem(await move(c.id, keys.commissie.ethics, "closed"), 409, "invalid-transition");
        // Reflections come from the commission, during analysis.
        expect((await move(c.id, keys.commissie.ethics, "accepted")).statusCode).toBe(200);
        expectProblem(await send("POST", `/v1/cases/${c.id}/reflections`, keys.commissie.ethics, reflection), 409, "wrong-state");
        expect((await move(c.id, keys.commissie.ethics, "in-analysis")).statusCode).toBe(200);
        expectProblem(await send("POST", `/v1/cases/${c.id}/reflections`, keys.noord.ethics, reflection), 403);
        expectProblem(await send("POST", `/v1/cases/${c.id}/reflections`, keys.noord.officer, reflection), 403);
        expectProblem(await move(c.id, keys.commissie.ethics, "reflection-given"), 409, "reflection-required");
      });

      it("walks a case to closed, with an event per step, and then freezes it", async () => {
        const c = await create(keys.noord.officer);
        const closed = await closeCase(c, keys.commissie.ethics, keys.noord.officer);
        expect(validateCase(closed).ok).toBe(true);
        expect(closed.events.map((e) => e.to)).toEqual(["submitted", "accepted", "in-analysis", "reflection-given", "decision-recorded", "closed"]);
        expect(closed.reflections?.[0]?.binding).toBe(false);
        expect(closed.decision?.reviewDate).toBe("2027-11-25");
        const { id: _i, schemaVersion: _s, status: _st, events: _e, createdAt: _c, updatedAt: _u, reflections: _r, ...editable } = closed;
        expectProblem(await send("PUT", `/v1/cases/${c.id}`, keys.noord.officer, editable), 409, "wrong-state");
        expectProblem(await move(c.id, keys.noord.officer, "withdrawn", "te laat"), 409, "case-finished");
        const events = await app.storage.db.selectFrom("case_events").selectAll().where("case_id", "=", c.id).orderBy("seq").execute();
        expect(events.map((e) => e.to_status)).toEqual(closed.events.map((e) => e.to));
      });

      it("needs a reason to withdraw or decline (422)", async () => {
        const c = await create(keys.noord.officer);
        expectProblem(await move(c.id, keys.noord.officer, "withdrawn"), 422, "reason-required");
        expectProblem(await move(c.id, keys.commissie.ethics, "declined"), 422, "reason-required");
        const declined = await move(c.id, keys.commissie.ethics, "declined", "Geen ethische vraag; valt buiten ons mandaat.");
        expect(declined.statusCode).toBe(200);
        expect((declined.json() as Case).events.at(-1)).toMatchObject({ to: "declined", reason: "Geen ethische vraag; valt buiten ons mandaat." });
      });

      it("lets an organisation without a commission handle its cases with its own ethics advisors", async () => {
        const c = await create(keys.zuid.officer);
        expect(c.to?.organisationId).toBe("zuid");
        expect((await move(c.id, keys.zuid.ethics, "accepted")).statusCode).toBe(200);
        expectProblem(await move(c.id, keys.commissie.ethics, "in-analysis"), 404);
      });

      it("keeps case events append-only in the database", async () => {
        const c = await create(keys.noord.officer);
        await expect(sql`update case_events set actor = 'x' where case_id = ${c.id}`.execute(app.storage.db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from case_events where case_id = ${c.id}`.execute(app.storage.db)).rejects.toThrow(/append-only/);
      });
    });

    describe("moresprudentie", () => {
      let publicCase: Case;
      let secretCase: Case;
      beforeAll(async () => {
        publicCase = await closeCase(await create(keys.noord.officer, { confidentiality: "public", title: "Drones boven de natuur", question: "Mogen drones natuurgebieden bewaken?", context: "Boswachters willen drones.", tags: { values: ["privacy"], technologies: ["drones"], policyDomains: ["natuur"] } }), keys.commissie.ethics, keys.noord.officer);
        secretCase = await closeCase(await create(keys.noord.officer, { title: "Geheime kentekencamera's", question: "Mogen kentekencamera's vrachtverkeer volgen?" }), keys.commissie.ethics, keys.noord.officer);
      });

      it("searches closed cases with stemming, snippets and facets", async () => {
        const res = await get("/v1/precedents?q=drone%20natuurgebied", keys.zuid.officer);
        expect(res.statusCode).toBe(200);
        const body = res.json();
        expect(validatePrecedentSearchResult(body).ok).toBe(true);
        expect(body.hits[0].caseId).toBe(publicCase.id);
        expect(body.hits[0].snippets[0].highlights.length).toBeGreaterThan(0);
        expect(body.facets.technologies).toContainEqual({ value: "drones", count: 1 });
      });

      it("finds a confidential precedent only for its organisation and commission", async () => {
        const hitsFor = async (key: string) => ((await get("/v1/precedents?q=kentekencamera", key)).json().hits as { caseId: string }[]).map((h) => h.caseId);
        expect(await hitsFor(keys.noord.officer)).toContain(secretCase.id);
        expect(await hitsFor(keys.commissie.ethics)).toContain(secretCase.id);
        expect(await hitsFor(keys.zuid.officer)).not.toContain(secretCase.id);
        expect(await hitsFor(keys.zuid.admin)).not.toContain(secretCase.id);
      });

      it("finds a case as soon as it is closed, and stops finding it when it is no longer visible", async () => {
        const search = async () => ((await get("/v1/precedents?q=waterschapsdrempel", keys.zuid.officer)).json().hits as { caseId: string }[]).map((h) => h.caseId);
        expect(await search()).toEqual([]);
        const c = await closeCase(
          await create(keys.noord.officer, { confidentiality: "public", title: "Slimme waterschapsdrempel", question: "Mag een algoritme de waterschapsdrempel verlagen?" }),
          keys.commissie.ethics,
          keys.noord.officer,
        );
        expect(await search()).toEqual([c.id]);
        // Made confidential behind the search's back: the next search must not show it.
        await app.storage.db.updateTable("cases").set({ confidentiality: "confidential", updated_at: new Date(Date.now() + 1000).toISOString() }).where("id", "=", c.id).execute();
        expect(await search()).toEqual([]);
      });

      it("filters by facet and needs a key", async () => {
        expect((await get("/v1/precedents?domain=natuur", keys.zuid.officer)).json().total).toBe(1);
        expect((await get("/v1/precedents?year=1999", keys.zuid.officer)).json().total).toBe(0);
        expectProblem(await get("/v1/precedents?q=x"), 401);
      });

      it("lists similar closed cases for a new case, never the case itself and never what the caller may not see", async () => {
        const fresh = await create(keys.zuid.officer, { confidentiality: "public", title: "Drones bij de dijk", question: "Mogen drones dijken bewaken?", tags: { values: ["privacy"], technologies: ["drones"], policyDomains: [] } });
        const res = await get(`/v1/cases/${fresh.id}/similar?limit=3`, keys.zuid.officer);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        expect(validatePrecedentSearchResult(body).ok).toBe(true);
        const ids = body.hits.map((h: { caseId: string }) => h.caseId);
        expect(ids[0]).toBe(publicCase.id);
        expect(ids).not.toContain(fresh.id);
        expect(ids).not.toContain(secretCase.id);
        expectProblem(await get(`/v1/cases/${secretCase.id}/similar`, keys.zuid.officer), 404);
      });

      it("shows the tender checks whose waiver requests cite a case", async () => {
        const db = app.storage.db;
        const now = new Date().toISOString();
        await db.insertInto("checks").values({ id: "check-cites", organisation_id: "noord", submitted_by: "t", created_at: now, ruleset_name: "r", ruleset_version: "1", verdict: "fail", tender_title: null, report: "{}", previous_check_id: null, idempotency_key: null, request_hash: "h", deleted_at: null, deleted_by: null }).execute();
        await db.insertInto("waiver_requests").values({ id: "w-1", check_id: "check-cites", organisation_id: "noord", requirement: "logging", reason: "r", case_ref: publicCase.id, requested_by: "t", requested_at: now, status: "approved", decided_by: "e", decided_at: now, decision_reason: "ok" }).execute();
        const res = await get(`/v1/cases/${publicCase.id}/citing-checks`, keys.noord.officer);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toEqual({ items: [{ checkId: "check-cites", requirements: ["logging"], status: "approved" }] });
        // Another organisation sees the public case but not noord's checks.
        expect((await get(`/v1/cases/${publicCase.id}/citing-checks`, keys.zuid.officer)).json()).toEqual({ items: [] });
        expect((await get("/v1/precedents/export")).json().cases[0].citedByChecks).toEqual(["check-cites"]);
      });

      it("exports the public moresprudentie without a key, without names or confidential text", async () => {
        const res = await get("/v1/precedents/export");
        expect(res.statusCode, res.body).toBe(200);
        const data = res.json();
        expect(validatePublicCaseExport(data).ok).toBe(true);
        expect(data.cases.map((c: { id: string }) => c.id)).toEqual([publicCase.id]);
        for (const text of [res.body, (await get("/v1/precedents/export?format=markdown")).body, (await get("/v1/precedents/export?format=html")).body]) {
          for (const leak of ["Pieter", "Boer", "Anna Jansen", "GEHEIME-CONTEXT-TEKST", "kentekencamera"]) expect(text).not.toContain(leak);
        }
        const html = await get("/v1/precedents/export?format=html");
        expect(html.headers["content-type"]).toMatch(/^text\/html/);
        expect(html.body).toContain("Drones boven de natuur");
        expect((await get("/v1/precedents/export?format=markdown")).headers["content-type"]).toMatch(/^text\/markdown/);
      });
    });
  });
}
