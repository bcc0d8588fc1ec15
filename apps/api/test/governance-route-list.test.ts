// GET /v1/routes with body-role grants, through HTTP on SQLite and PostgreSQL: a key sees its
// organisation's routes and those on whose plan it holds a body role, with exact totals and pages.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteResource } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { bearer, createTenants, databases, expectProblem, signIn, startApp, type Tenants } from "./harness.js";
import { createIpoTenants, guide, keyId, type IpoTenants } from "./governance-fixture.js";

for (const { name, skip } of databases) {
  // A fresh database, so that the list's totals and pages are exact.
  describe.skipIf(skip)(`route list with body-role grants on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;
    let ipo: IpoTenants;
    const routes: Record<"noordGuide" | "zuidReport" | "ipoGuide" | "drentheGuide" | "overijsselReport", string> = {
      noordGuide: "",
      zuidReport: "",
      ipoGuide: "",
      drentheGuide: "",
      overijsselReport: "",
    };
    let drentheGrant = "";

    const post = (url: string, key: string, payload: unknown) => app.inject({ method: "POST", url, headers: bearer(key), payload: payload as object });
    const get = (url: string, key: string) => app.inject({ url, headers: bearer(key) });
    const province = (id: string) => ipo.provinces[id] as { admin: string; officer: string };
    const create = async (key: string, payload: object): Promise<string> => {
      const res = await post("/v1/routes", key, payload);
      expect(res.statusCode, res.body).toBe(201);
      // Distinct creation times, so that "newest first" has one answer.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return (res.json() as RouteResource).id;
    };
    const grant = async (admin: string, key: string, modelId: string, bodyId: string, role: string): Promise<string> => {
      const res = await post("/v1/body-role-grants", admin, { keyId: keyId(key), modelId, bodyId, role });
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as { id: string }).id;
    };
    const list = async (key: string, query = "") => {
      const res = await get(`/v1/routes${query}`, key);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: RouteResource[]; page: number; pageSize: number; total: number };
      return { ...page, ids: page.items.map((r) => r.id) };
    };

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
      ipo = await createIpoTenants(app);
      drentheGrant = await grant(province("drenthe").admin, province("drenthe").officer, "ipo", "gs-drenthe", "deputy");
      // The IEC is no step of the guide's route: this grant shows no other organisation's guide.
      await grant(ipo.ipo.admin, ipo.ipo.officer2, "ipo", "iec", "chair");
      // Zuid-Holland's executive in its own model; Overijssel's model has a body with the same id.
      await grant(province("zuid-holland").admin, province("zuid-holland").officer, "zuid-holland", "gedeputeerde-staten", "deputy");
      routes.noordGuide = await create(keys.noord.officer, { modelId: "ipo", item: guide });
      routes.zuidReport = await create(keys.zuid.officer, { modelId: "zuid-holland", item: { kind: "maturity-report", title: "Volwassenheid Zuid" }, start: true });
      routes.ipoGuide = await create(ipo.ipo.officer, { modelId: "ipo", item: guide, start: true });
      routes.drentheGuide = await create(province("drenthe").officer, { modelId: "ipo", item: guide, start: true });
      routes.overijsselReport = await create(province("overijssel").officer, { modelId: "overijssel", item: { kind: "maturity-report", title: "Volwassenheid Overijssel" }, start: true });
    });
    afterAll(() => close());

    it("lists the routes on whose plan the key holds a body role next to its organisation's own, newest first", async () => {
      const drenthe = await list(province("drenthe").officer);
      expect(drenthe.ids).toEqual([routes.drentheGuide, routes.ipoGuide, routes.noordGuide]);
      expect(drenthe).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      // A grant in one model does not reach a body of the same id in another model.
      expect((await list(province("zuid-holland").officer)).ids).toEqual([routes.zuidReport]);
      // A role at a body that is not on the route's plan shows nothing more than the organisation's own.
      expect((await list(ipo.ipo.officer2)).ids).toEqual([routes.ipoGuide]);
      // An organisation's admin key holds no body role: only its organisation's routes.
      expect((await list(province("drenthe").admin)).ids).toEqual([routes.drentheGuide]);
      expect((await list(province("groningen").officer)).total).toBe(0);
      expect((await list(keys.commissie.ethics)).ids).toEqual([routes.noordGuide]);
    });

    it("keeps pages and the status filter exact when routes come through a grant", async () => {
      const key = province("drenthe").officer;
      const first = await list(key, "?pageSize=2");
      const second = await list(key, "?pageSize=2&page=2");
      expect(first).toMatchObject({ ids: [routes.drentheGuide, routes.ipoGuide], total: 3, page: 1, pageSize: 2 });
      expect(second).toMatchObject({ ids: [routes.noordGuide], total: 3, page: 2, pageSize: 2 });
      expect(await list(key, "?pageSize=2&page=3")).toMatchObject({ ids: [], total: 3 });
      // Noord's guide was never started; the two others were.
      expect(await list(key, "?status=planned")).toMatchObject({ ids: [routes.noordGuide], total: 1 });
      expect(await list(key, "?status=in-progress&pageSize=1")).toMatchObject({ ids: [routes.drentheGuide], total: 2 });
      expect(await list(key, "?status=completed")).toMatchObject({ ids: [], total: 0 });
    });

    it("lists exactly the routes each key may read by id", async () => {
      const readers = [
        province("drenthe").officer,
        province("drenthe").admin,
        province("zuid-holland").officer,
        province("overijssel").officer,
        province("groningen").officer,
        ipo.ipo.officer2,
        keys.noord.officer,
        keys.zuid.ethics,
        keys.commissie.ethics,
      ];
      for (const key of readers) {
        const listed = new Set((await list(key, "?pageSize=100")).ids);
        for (const id of Object.values(routes)) {
          const status = (await get(`/v1/routes/${id}`, key)).statusCode;
          expect({ key: keyId(key), id, readable: status === 200 }).toEqual({ key: keyId(key), id, readable: listed.has(id) });
          expect([200, 404]).toContain(status);
        }
        // The web page's route list shows the same routes as the API's.
        const webPage = await app.inject({ url: "/bestuur/routes", headers: { cookie: await signIn(app, key) } });
        expect(webPage.statusCode, webPage.body).toBe(200);
        const onPage = new Set([...webPage.body.matchAll(/href="\/bestuur\/routes\/([^"/]+)"/g)].map((m) => m[1]));
        expect({ key: keyId(key), routes: [...onPage].sort() }).toEqual({ key: keyId(key), routes: [...listed].sort() });
      }
    });

    it("drops the routes a grant showed once the grant is revoked or no longer fits the model", async () => {
      const key = province("zuid-holland").officer;
      // The grant now names Groningen's executive, where Zuid-Holland does not belong (as if the model had changed): it no longer counts.
      expect((await list(key)).ids).toEqual([routes.zuidReport]);
      const [zhGrant] = (await get("/v1/body-role-grants", key)).json().items as { id: string }[];
      await sql`update body_role_grants set model_id = 'ipo', body_id = 'gs-groningen' where id = ${zhGrant!.id}`.execute(app.storage.db);
      expect((await list(key)).total).toBe(0);
      expectProblem(await get(`/v1/routes/${routes.zuidReport}`, key), 404, "route-not-found");
      expectProblem(await get(`/v1/routes/${routes.noordGuide}`, key), 404, "route-not-found");

      const drenthe = province("drenthe").officer;
      expect((await list(drenthe)).total).toBe(3);
      expect((await app.inject({ method: "DELETE", url: `/v1/body-role-grants/${drentheGrant}`, headers: bearer(province("drenthe").admin) })).statusCode).toBe(204);
      expect(await list(drenthe)).toMatchObject({ ids: [routes.drentheGuide], total: 1 });
      expectProblem(await get(`/v1/routes/${routes.ipoGuide}`, drenthe), 404, "route-not-found");
    });
  });
}
