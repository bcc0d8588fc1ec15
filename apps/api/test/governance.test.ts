// The governance API through HTTP (fastify.inject), on SQLite and PostgreSQL, in keys mode with two
// provinces and an ethics commission: every endpoint × role × other organisation. The models
// themselves: governance-models.test.ts; the route list as body-role grants widen it:
// governance-route-list.test.ts.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateRoute, type RoutePlan, type RouteResource } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { createValidatorCompiler, schemaRef } from "../src/validation.js";
import { PROVINCES } from "@ethiek/governance";
import { bearer, createTenants, databases, expectProblem, form, startApp, tender, type Tenants } from "./harness.js";
import { createIpoTenants, guide, keyId, type IpoTenants } from "./governance-fixture.js";

const validatorCompiler = createValidatorCompiler();
/** Whether a response matches a `$defs` entry of `schemas/route.schema.json`, as the API's own validators judge. */
const matchesSchema = (def: string, data: unknown): boolean => {
  const validate = validatorCompiler({ schema: schemaRef("route", def), method: "GET", url: "/", httpPart: "body" }) as (data: unknown) => { error?: unknown };
  return validate(data).error === undefined;
};

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
    let ipo: IpoTenants;
    const grant = async (admin: string, key: string, bodyId: string, role: string) => {
      const res = await post("/v1/body-role-grants", admin, { keyId: keyId(key), modelId: "ipo", bodyId, role });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; keyId: string; bodyId: string; role: string; organisation: string };
    };
    const province = (id: string) => ipo.provinces[id] as { admin: string; officer: string };
    const eventCount = async (id: string) => Number((await app.storage.db.selectFrom("route_events").select((eb) => eb.fn.countAll().as("n")).where("route_id", "=", id).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
      ipo = await createIpoTenants(app);
      // IPO's officer is the secretariat of the guide's chain; each province's officer speaks for its executive.
      await grant(ipo.ipo.admin, ipo.ipo.officer, "werkgroep-ethiek", "chair");
      await grant(ipo.ipo.admin, ipo.ipo.officer, "programmalijn-data-innovatie", "programme-manager");
      await grant(ipo.ipo.admin, ipo.ipo.officer, "aac-digitalisering", "chair");
      await grant(ipo.ipo.admin, ipo.ipo.officer, "portefeuilleoverleg-digitalisering", "chair");
      await grant(ipo.ipo.admin, ipo.ipo.officer, "iec", "chair");
      for (const [id] of PROVINCES) await grant(province(id).admin, province(id).officer, `gs-${id}`, "deputy");
    });
    afterAll(() => close());

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

    describe("body-role grants", () => {
      const grants = (key: string) => get("/v1/body-role-grants", key);
      const body = (key: string, bodyId: string, role: string, modelId = "ipo") => ({ keyId: keyId(key), modelId, bodyId, role });

      it("lets an admin give a key of its organisation a role at a body its organisation belongs to, and take it back", async () => {
        const officer = province("drenthe").officer;
        const res = await post("/v1/body-role-grants", province("drenthe").admin, body(officer, "aac-digitalisering", "secretary"));
        expect(res.statusCode, res.body).toBe(201);
        const created = res.json();
        expect(matchesSchema("BodyRoleGrant", created), res.body).toBe(true);
        expect(matchesSchema("BodyRoleGrant", { ...created, grantedAt: "gisteren" })).toBe(false);
        expect(created).toMatchObject({ organisation: "drenthe", keyId: keyId(officer), modelId: "ipo", bodyId: "aac-digitalisering", role: "secretary", grantedBy: keyId(province("drenthe").admin) });
        expectProblem(await post("/v1/body-role-grants", province("drenthe").admin, body(officer, "aac-digitalisering", "secretary")), 409, "body-role-grant-exists");
        // The admin sees every grant of the organisation; the officer only its own.
        expect((await grants(province("drenthe").admin)).json().items.map((g: { bodyId: string }) => g.bodyId)).toEqual(["gs-drenthe", "aac-digitalisering"]);
        expect((await grants(officer)).json().items).toHaveLength(2);
        expect(matchesSchema("BodyRoleGrantList", (await grants(province("drenthe").admin)).json())).toBe(true);
        expect((await grants(ipo.ipo.officer2)).json().items).toEqual([]);
        expect((await app.inject({ method: "DELETE", url: `/v1/body-role-grants/${created.id}`, headers: bearer(officer) })).statusCode).toBe(403);
        expectProblem(await app.inject({ method: "DELETE", url: `/v1/body-role-grants/${created.id}`, headers: bearer(ipo.ipo.admin) }), 404, "body-role-grant-not-found");
        expect((await app.inject({ method: "DELETE", url: `/v1/body-role-grants/${created.id}`, headers: bearer(province("drenthe").admin) })).statusCode).toBe(204);
        expectProblem(await app.inject({ method: "DELETE", url: `/v1/body-role-grants/${created.id}`, headers: bearer(province("drenthe").admin) }), 404, "body-role-grant-not-found");
        expect((await grants(officer)).json().items.map((g: { bodyId: string }) => g.bodyId)).toEqual(["gs-drenthe"]);
        const audit = await app.storage.db.selectFrom("audit_events").select("action").where("target_id", "=", created.id).orderBy("seq").execute();
        expect(audit.map((a) => a.action)).toEqual(["body-role-grant.create", "body-role-grant.revoke"]);
      });

      it("refuses a body the organisation does not belong to with 403 organisation-not-at-body", async () => {
        // The programme line has no member organisations: a province cannot sit in it.
        const res = expectProblem(await post("/v1/body-role-grants", province("drenthe").admin, body(province("drenthe").officer, "programmalijn-data-innovatie", "programme-manager")), 403, "organisation-not-at-body");
        expect(res.detail).toContain("Provincie Drenthe hoort volgens bestuursmodel ipo niet bij");
        // Nor another province's executive; and Provincie Noord is in no IPO body at all.
        expectProblem(await post("/v1/body-role-grants", province("drenthe").admin, body(province("drenthe").officer, "gs-groningen", "deputy")), 403, "organisation-not-at-body");
        expectProblem(await post("/v1/body-role-grants", keys.noord.admin, body(keys.noord.officer, "werkgroep-ethiek", "member")), 403, "organisation-not-at-body");
        expect((await grants(keys.noord.officer)).json().items).toEqual([]);
      });

      it("refuses unknown bodies, roles, models and keys, keys that cannot record, and callers that are no admin", async () => {
        const admin = province("drenthe").admin;
        const officer = province("drenthe").officer;
        expectProblem(await post("/v1/body-role-grants", admin, body(officer, "gs-atlantis", "deputy")), 422, "unknown-body");
        expectProblem(await post("/v1/body-role-grants", admin, body(officer, "gs-drenthe", "chair")), 422, "role-not-allowed");
        expectProblem(await post("/v1/body-role-grants", admin, body(officer, "gs-drenthe", "deputy", "gelre")), 404, "governance-model-not-found");
        expectProblem(await post("/v1/body-role-grants", admin, body(province("zeeland").officer, "gs-drenthe", "deputy")), 404, "api-key-not-found");
        expectProblem(await post("/v1/body-role-grants", admin, body(admin, "gs-drenthe", "provincial-secretary")), 422, "api-key-cannot-record");
        expectProblem(await post("/v1/body-role-grants", officer, body(officer, "gs-drenthe", "provincial-secretary")), 403, "role-required");
        expectProblem(await post("/v1/body-role-grants", admin, { ...body(officer, "gs-drenthe", "deputy"), bodyId: "GS Drenthe" }), 400, "invalid-input");
        expectProblem(await post("/v1/body-role-grants", admin, { keyId: keyId(officer), modelId: "ipo", bodyId: "gs-drenthe" }), 400, "invalid-input");
      });
    });

    describe("routes and their events", () => {
      it("creates a started route and walks the guide to completion, each body acting through the keys that hold its roles", async () => {
        const created = await createGuideRoute(ipo.ipo.officer);
        expect(validateRoute(created.route).ok).toBe(true);
        expect(created).toMatchObject({ organisation: "ipo", progress: { status: "in-progress" } });
        const id = created.id;
        const chain: [string, string, string, string][] = [
          ["opstellen", "werkgroep-ethiek", "chair", "approved"],
          ["programmalijn", "programmalijn-data-innovatie", "programme-manager", "advice-given"],
          ["aac", "aac-digitalisering", "chair", "approved"],
          ["portefeuilleoverleg", "portefeuilleoverleg-digitalisering", "chair", "approved-with-remarks"],
        ];
        for (const [stepId, bodyId, role, outcome] of chain) {
          // The caller names no body and no role: the server finds them in the key's grants.
          const res = await event(id, ipo.ipo.officer, { type: "outcome-recorded", stepId, outcome, remarks: "Akkoord" });
          expect(res.statusCode, res.body).toBe(201);
          expect((res.json() as RouteResource).route.events.at(-1)).toMatchObject({ actor: { name: keyId(ipo.ipo.officer), bodyId, role }, stepId, outcome });
        }
        for (const [provinceId] of PROVINCES) {
          // A province reads the IPO route by its id because its executive is on it, and speaks only for that executive.
          expect((await get(`/v1/routes/${id}`, province(provinceId).officer)).statusCode).toBe(200);
          const res = await event(id, province(provinceId).officer, { type: "outcome-recorded", stepId: "gedeputeerde-staten", outcome: "noted" });
          expect(res.statusCode, res.body).toBe(201);
          expect((res.json() as RouteResource).route.events.at(-1)!.actor).toEqual({ name: keyId(province(provinceId).officer), bodyId: `gs-${provinceId}`, role: "deputy" });
        }
        expectProblem(await event(id, province("utrecht").officer, { type: "completed" }), 403, "route-owner-required");
        const done = await event(id, ipo.ipo.officer, { type: "completed" });
        expect(done.statusCode, done.body).toBe(201);
        const route = done.json() as RouteResource;
        expect(route.progress.status).toBe("completed");
        expect(route.route.events).toHaveLength(18);
        expect(route.route.events.every((e, i) => i === 0 || e.occurredAt >= route.route.events[i - 1]!.occurredAt)).toBe(true);
        const stored = await app.storage.db.selectFrom("route_events").select(["actor", "body_id", "role"]).where("route_id", "=", id).where("step_id", "=", "aac").execute();
        expect(stored).toEqual([{ actor: keyId(ipo.ipo.officer), body_id: "aac-digitalisering", role: "chair" }]);
        const audit = await app.storage.db.selectFrom("audit_events").select("detail").where("target_id", "=", id).where("action", "=", "route.outcome-recorded").execute();
        expect(JSON.parse(audit[0]!.detail)).toMatchObject({ step: "opstellen", body: "werkgroep-ethiek", role: "chair" });
        const events = await get(`/v1/routes/${id}/events`, ipo.ipo.admin);
        expect(events.json().items.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
        const svg = await get(`/v1/routes/${id}/diagram.svg`, ipo.ipo.officer);
        expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/);
        expect(svg.body).toContain("afgerond");
      });

      it("refuses forbidden events with a problem and leaves the route unchanged", async () => {
        const { id } = await createGuideRoute(ipo.ipo.officer);
        const officer = ipo.ipo.officer;
        expectProblem(await event(id, officer, { type: "started" }), 409, "route-already-started");
        expectProblem(await event(id, officer, { type: "completed" }), 409, "steps-open");
        expectProblem(await event(id, officer, { type: "outcome-recorded", stepId: "aac", bodyId: "aac-digitalisering", role: "chair", outcome: "approved" }), 409, "step-not-active");
        expectProblem(await event(id, officer, { type: "outcome-recorded", stepId: "opstellen", bodyId: "iec", role: "chair", outcome: "approved" }), 422, "body-not-at-step");
        expectProblem(await event(id, officer, { type: "outcome-recorded", stepId: "opstellen", outcome: "advice-given" }), 422, "outcome-not-allowed");
        expectProblem(await event(id, officer, { type: "outcome-recorded", stepId: "slotstap", outcome: "approved" }), 422, "unknown-step");
        expectProblem(await event(id, officer, { type: "goedgekeurd" }), 400);
        const after = (await get(`/v1/routes/${id}`, officer)).json() as RouteResource;
        expect(after.route.events).toHaveLength(1);
        await event(id, officer, { type: "withdrawn", remarks: "Niet meer nodig" });
        expectProblem(await event(id, officer, { type: "withdrawn" }), 409, "route-closed");
      });

      it("refuses a body or role the caller does not hold with 403 body-role-not-held, changing nothing", async () => {
        const { id } = await createGuideRoute(ipo.ipo.officer);
        const outcome = { type: "outcome-recorded", stepId: "opstellen", outcome: "approved" };
        // The body is held, but as chair, not as secretary.
        expectProblem(await event(id, ipo.ipo.officer, { ...outcome, bodyId: "werkgroep-ethiek", role: "secretary" }), 403, "body-role-not-held");
        // A role the body does not even know.
        const role = expectProblem(await event(id, ipo.ipo.officer, { ...outcome, role: "gast" }), 403, "body-role-not-held");
        expect(role.detail).toContain("De dienst bepaalt zelf namens welk orgaan");
        // A body the key does hold, but at another step: the state machine says which body belongs here.
        expectProblem(await event(id, ipo.ipo.officer, { ...outcome, bodyId: "aac-digitalisering" }), 422, "body-not-at-step");
        // Another IPO key without grants cannot borrow the secretariat's body and role.
        const other = expectProblem(
          await event(id, ipo.ipo.officer2, { type: "outcome-recorded", stepId: "opstellen", bodyId: "werkgroep-ethiek", role: "chair", outcome: "approved" }),
          403,
          "body-role-not-held",
        );
        expect(other.detail).toContain("Werkgroep Ethiek en de Digitale Transformatie (werkgroep-ethiek)");
        // A province speaking for another province's executive.
        expectProblem(await event(id, province("zeeland").officer, { type: "outcome-recorded", stepId: "opstellen", bodyId: "gs-limburg", role: "deputy", outcome: "approved" }), 403, "body-role-not-held");
        expect(await eventCount(id)).toBe(1);
        const ok = await event(id, ipo.ipo.officer, { type: "outcome-recorded", stepId: "opstellen", bodyId: "werkgroep-ethiek", role: "chair", outcome: "approved" });
        expect(ok.statusCode, ok.body).toBe(201);
        expect(await eventCount(id)).toBe(2);
      });

      it("refuses an outcome by a key of another organisation with 403, leaving the route unchanged", async () => {
        const { id } = await createGuideRoute(ipo.ipo.officer);
        const before = (await get(`/v1/routes/${id}`, ipo.ipo.officer)).json() as RouteResource;
        // Groningen is on the route (its executive), but holds no role at the working group.
        const groningen = expectProblem(await event(id, province("groningen").officer, { type: "outcome-recorded", stepId: "opstellen", outcome: "approved" }), 403, "no-body-role-at-step");
        expect(groningen.detail).toContain("Werkgroep Ethiek en de Digitale Transformatie");
        // Groningen cannot withdraw IPO's route either, nor name a body for it.
        expectProblem(await event(id, province("groningen").officer, { type: "withdrawn" }), 403, "route-owner-required");
        expectProblem(await event(id, ipo.ipo.officer, { type: "withdrawn", bodyId: "werkgroep-ethiek", role: "chair" }), 422, "body-not-applicable");
        // An organisation without any role on the route does not see it at all.
        expectProblem(await event(id, keys.zuid.officer, { type: "outcome-recorded", stepId: "opstellen", outcome: "approved" }), 404, "route-not-found");
        const after = (await get(`/v1/routes/${id}`, ipo.ipo.officer)).json() as RouteResource;
        expect(after.route.events).toEqual(before.route.events);
        expect(after.progress.status).toBe("in-progress");
        const audit = await app.storage.db.selectFrom("audit_events").select("action").where("target_id", "=", id).execute();
        expect(audit.map((a) => a.action)).toEqual(["route.create"]);
      });

      it("sends an item back only on behalf of a body of the step, recorded with the body and role the server found", async () => {
        const { id } = await createGuideRoute(ipo.ipo.officer);
        expect((await event(id, ipo.ipo.officer, { type: "outcome-recorded", stepId: "opstellen", outcome: "approved" })).statusCode).toBe(201);
        const back = { type: "returned", stepId: "programmalijn", toStepId: "opstellen", remarks: "Meer voorbeelden graag" };
        expectProblem(await event(id, province("gelderland").officer, back), 403, "no-body-role-at-step");
        expectProblem(await event(id, ipo.ipo.officer, { ...back, bodyId: "programmalijn-data-innovatie", role: "chair" }), 403, "body-role-not-held");
        expect(await eventCount(id)).toBe(2);
        const res = await event(id, ipo.ipo.officer, back);
        expect(res.statusCode, res.body).toBe(201);
        const route = res.json() as RouteResource;
        expect(route.route.events.at(-1)).toMatchObject({ type: "returned", actor: { name: keyId(ipo.ipo.officer), bodyId: "programmalijn-data-innovatie", role: "programme-manager" }, toStepId: "opstellen" });
        expect(route.progress.steps.filter((st) => st.status === "active").map((st) => st.stepId)).toEqual(["opstellen"]);
      });

      it("lets a commission see its organisations' routes but act only where it holds a role", async () => {
        const { id } = await createGuideRoute(keys.noord.officer);
        expectProblem(await event(id, keys.commissie.ethics, { type: "outcome-recorded", stepId: "opstellen", outcome: "approved" }), 403, "no-body-role-at-step");
        expectProblem(await event(id, keys.commissie.ethics, { type: "outcome-recorded", stepId: "opstellen", bodyId: "werkgroep-ethiek", role: "chair", outcome: "approved" }), 403, "body-role-not-held");
        expectProblem(await event(id, keys.commissie.ethics, { type: "withdrawn" }), 403, "route-owner-required");
        // Provincie Noord is not in the IPO model: its own key cannot record an outcome on its own route.
        expectProblem(await event(id, keys.noord.officer, { type: "outcome-recorded", stepId: "opstellen", bodyId: "werkgroep-ethiek", role: "chair", outcome: "approved" }), 403, "body-role-not-held");
        expect(await eventCount(id)).toBe(1);
        const withdrawn = await event(id, keys.noord.officer, { type: "withdrawn", remarks: "Verkeerd model" });
        expect(withdrawn.statusCode, withdrawn.body).toBe(201);
      });

      it("asks which role when the key holds several at the body of the step", async () => {
        const secretary = await grant(ipo.ipo.admin, ipo.ipo.officer2, "werkgroep-ethiek", "secretary");
        await grant(ipo.ipo.admin, ipo.ipo.officer2, "werkgroep-ethiek", "member");
        const { id } = await createGuideRoute(ipo.ipo.officer);
        const choice = expectProblem(await event(id, ipo.ipo.officer2, { type: "outcome-recorded", stepId: "opstellen", outcome: "approved" }), 422, "role-choice-required");
        expect(choice.detail).toContain("secretary, member");
        const res = await event(id, ipo.ipo.officer2, { type: "outcome-recorded", stepId: "opstellen", role: "secretary", outcome: "approved" });
        expect(res.statusCode, res.body).toBe(201);
        expect((res.json() as RouteResource).route.events.at(-1)!.actor).toEqual({ name: keyId(ipo.ipo.officer2), bodyId: "werkgroep-ethiek", role: "secretary" });
        // Once revoked, the role no longer counts: the key has no role at the next step either.
        expect((await app.inject({ method: "DELETE", url: `/v1/body-role-grants/${secretary.id}`, headers: bearer(ipo.ipo.admin) })).statusCode).toBe(204);
        const { id: next } = await createGuideRoute(ipo.ipo.officer);
        expectProblem(await event(next, ipo.ipo.officer2, { type: "outcome-recorded", stepId: "opstellen", role: "secretary", outcome: "approved" }), 403, "body-role-not-held");
        expect(await eventCount(next)).toBe(1);
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
        const res = await get("/v1/routes?status=completed", ipo.ipo.officer);
        expect(res.statusCode).toBe(200);
        expect(res.json().items.length).toBeGreaterThanOrEqual(1);
        expect(res.json().items.every((r: RouteResource) => r.progress.status === "completed")).toBe(true);
        const page = (await get("/v1/routes?pageSize=1&page=2", ipo.ipo.officer)).json();
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
