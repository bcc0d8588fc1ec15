// POST /v1/zgw/push and /v1/zgw/pull against the ZGW mock that validates every request against
// the real specifications: the audit log, a second push, pull into the moresprudentie, and
// failures of the case system as problems with nothing half-written.
import { conformanceMissing } from "@ethiek-test/support";
import { startZgwMock, type ZgwMock } from "@ethiek-test/zgw";
import { zgwProjection } from "@ethiek/cases";
import { validateProblem, validateZgwPushResult, type Case } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precedents } from "../../../packages/cases/test/fixtures.js";
import { bearer, createTenants, startApp, type Tenants } from "./harness.js";

const secret = "api-geheim-van-genoeg-tekens";

describe.skipIf(conformanceMissing("ZGW push and pull through the API"))("the case system through the API (SQLite)", { timeout: 180_000 }, () => {
  let zgw: ZgwMock;
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let keys: Tenants;
  const cases: Case[] = precedents.slice(0, 3);

  beforeAll(async () => {
    zgw = await startZgwMock({ clients: { ethiek: secret } });
    const started = await startApp("sqlite", {
      zgw: { zakenApiUrl: zgw.zakenApiUrl, catalogiApiUrl: zgw.catalogiApiUrl, catalogusUrl: zgw.catalogusUrl, bronorganisatie: "002220647", clientId: "ethiek", secret, timeoutMs: 30_000 },
    });
    app = started.app;
    close = started.close;
    keys = await createTenants(app);
    // The fixture cases as noord's own cases (as if recorded here earlier).
    for (const c of cases) {
      await app.storage.db
        .insertInto("cases")
        .values({ id: c.id, organisation_id: "noord", commission_id: "commissie", status: c.status, confidentiality: c.confidentiality, title: c.title, event_count: c.events.length, document: JSON.stringify(c), created_by: "test", created_at: c.createdAt, updated_at: c.createdAt })
        .execute();
    }
  }, 180_000);

  afterAll(async () => {
    await close();
    await zgw.close();
  });

  const post = (url: string, key: string, payload?: unknown) => app.inject({ method: "POST", url, headers: bearer(key), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const auditActions = async () => (await app.storage.db.selectFrom("audit_events").select(["action", "target_id"]).orderBy("seq").execute()).map((r) => r.action);

  it("pushes the organisation's cases, with every step in the audit log, and a second push changes nothing", async () => {
    const res = await post("/v1/zgw/push", keys.noord.ethics, {});
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(validateZgwPushResult(body).ok).toBe(true);
    expect(Object.keys(body.zaken).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(["archive-defaults"]);
    const actions = await auditActions();
    expect(actions.filter((a) => a === "zgw.push.create")).toHaveLength(body.counts.created);
    expect(actions.filter((a) => a === "zgw.push.publish")).toHaveLength(1);
    expect(actions.at(-1)).toBe("zgw.push");

    const writes = zgw.writes();
    const again = await post("/v1/zgw/push", keys.noord.ethics, { caseIds: [cases[0]!.id] });
    expect(again.statusCode).toBe(200);
    expect(again.json().counts).toMatchObject({ created: 0, updated: 0, deleted: 0, published: 0 });
    expect(zgw.writes()).toBe(writes);
    const after = await auditActions();
    expect(after.slice(actions.length)).toEqual(["zgw.push"]);
  });

  it("imports the zaken as cases of the organisation in one go, searchable as precedents; a second pull adds nothing", async () => {
    const other = await startApp("sqlite", { zgw: { zakenApiUrl: zgw.zakenApiUrl, catalogiApiUrl: zgw.catalogiApiUrl, catalogusUrl: zgw.catalogusUrl, bronorganisatie: "002220647", clientId: "ethiek", secret, timeoutMs: 30_000 } });
    try {
      const k = await createTenants(other.app);
      const count = async () => (await other.app.storage.db.selectFrom("cases").select("id").execute()).length;

      zgw.faults = { failAfterWrites: 0 };
      const failed = await other.app.inject({ method: "POST", url: "/v1/zgw/pull", headers: bearer(k.noord.admin) });
      zgw.heal();
      expect(failed.statusCode).toBe(502);
      expect(failed.json()).toMatchObject({ code: "zgw-http" });
      expect(await count()).toBe(0);

      const res = await other.app.inject({ method: "POST", url: "/v1/zgw/pull", headers: bearer(k.noord.admin) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ imported: expect.arrayContaining(cases.map((c) => c.id)), alreadyPresent: [], skipped: [] });
      for (const c of cases) {
        const got = await other.app.inject({ method: "GET", url: `/v1/cases/${c.id}`, headers: bearer(k.noord.admin) });
        expect(got.json()).toEqual(zgwProjection(c));
      }
      const search = await other.app.inject({ method: "GET", url: "/v1/precedents?q=gezichtsherkenning%20stationsplein", headers: bearer(k.noord.officer) });
      expect(search.json().hits[0]).toMatchObject({ caseId: "dkf-2024-001" });

      const again = await other.app.inject({ method: "POST", url: "/v1/zgw/pull", headers: bearer(k.noord.admin) });
      expect(again.json()).toMatchObject({ imported: [], alreadyPresent: cases.map((c) => c.id).sort() });
      expect(await count()).toBe(cases.length);
      const actions = (await other.app.storage.db.selectFrom("audit_events").select("action").execute()).map((r) => r.action);
      expect(actions.filter((a) => a === "case.zgw-import")).toHaveLength(cases.length);
      expect(actions).toContain("zgw.pull.failed");
    } finally {
      await other.close();
    }
  });

  it("answers 502 with ZGW's own reason when the case system refuses the login, and 404 for a case not of the organisation", async () => {
    zgw.faults = {};
    const wrong = await startApp("sqlite", { zgw: { zakenApiUrl: zgw.zakenApiUrl, catalogiApiUrl: zgw.catalogiApiUrl, catalogusUrl: zgw.catalogusUrl, bronorganisatie: "002220647", clientId: "ethiek", secret: "verkeerd", timeoutMs: 30_000 } });
    try {
      const k = await createTenants(wrong.app);
      const res = await wrong.app.inject({ method: "POST", url: "/v1/zgw/pull", headers: bearer(k.noord.admin) });
      expect(res.statusCode).toBe(502);
      expect(validateProblem(res.json()).ok).toBe(true);
      expect(res.json()).toMatchObject({ code: "zgw-unauthorized" });
      expect(res.json().detail).toMatch(/weigert de aanmelding/);
      const cases404 = await wrong.app.inject({ method: "POST", url: "/v1/zgw/push", headers: bearer(k.noord.ethics), payload: { caseIds: ["bestaat-niet"] } });
      expect(cases404.statusCode).toBe(404);
    } finally {
      await wrong.close();
    }
  });

  it("answers 409 when no case system is configured, and refuses officers", async () => {
    const bare = await startApp("sqlite");
    try {
      const k = await createTenants(bare.app);
      expect((await bare.app.inject({ method: "POST", url: "/v1/zgw/pull", headers: bearer(k.noord.admin) })).json()).toMatchObject({ status: 409, code: "zgw-not-configured" });
      expect((await bare.app.inject({ method: "POST", url: "/v1/zgw/push", headers: bearer(k.noord.officer), payload: {} })).statusCode).toBe(403);
    } finally {
      await bare.close();
    }
  });
});
