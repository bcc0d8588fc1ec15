// Issue 18: retention of checks (reports, stored documents and text) and erasure of one
// organisation on request, both audited, on both databases (the full erasure: erasure.test.ts).
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app.js";
import { runKeys } from "../src/keys-cli.js";
import { applyRetention } from "../src/retention.js";
import { bearer, createTenants, databases, engine, form, pepper, startApp, tender, type Tenants } from "./harness.js";

for (const { name: kind, skip } of databases) {
  describe.skipIf(skip)(`retention and erasure on ${kind}`, () => {
    let app: FastifyInstance;
    let keys: Tenants;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ app, close } = await startApp(kind));
      keys = await createTenants(app);
      await app.storage.db.updateTable("organisations").set({ store_documents: 1 }).execute();
    });
    afterAll(async () => close?.());

    const submit = async (key: string) => {
      const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(key), payload: form([{ name: "t.md", bytes: tender("chatbot-publieksvragen.md") }]) });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const exists = async (id: string) => (await app.storage.db.selectFrom("checks").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

    it("erases checks older than the retention with their documents, a re-check of them stays", async () => {
      const old = await submit(keys.noord.officer);
      const recent = await submit(keys.noord.officer);
      const recheck = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([{ name: "t.md", bytes: tender("chatbot-publieksvragen.md") }], { previousCheck: old }) });
      expect(recheck.statusCode).toBe(201);
      await app.storage.db.updateTable("checks").set({ created_at: "2020-01-01T00:00:00.000Z" }).where("id", "=", old).execute();
      const result = await applyRetention(app.storage.db, 365);
      expect(result.erased).toBe(1);
      expect(await exists(old)).toBe(false);
      expect(await exists(recent)).toBe(true);
      expect((await app.storage.db.selectFrom("check_documents").select("check_id").where("check_id", "=", old).execute()).length).toBe(0);
      const again = await app.inject({ url: `/v1/checks/${recheck.json().id}`, headers: bearer(keys.noord.officer) });
      expect(again.statusCode).toBe(200);
      expect(again.json().previousCheck).toBeNull();
      const events = (await app.inject({ url: "/v1/audit-events", headers: bearer(keys.noord.admin) })).json().items as { action: string; detail: { checks: number } }[];
      expect(events.find((e) => e.action === "retention.erase")?.detail.checks).toBe(1);
      expect((await applyRetention(app.storage.db, 0)).erased).toBe(0);
    });

    it("sweeps expired checks when an instance with ETHIEK_RETENTION_DAYS starts", async () => {
      const old = await submit(keys.noord.officer);
      await app.storage.db.updateTable("checks").set({ created_at: "2019-01-01T00:00:00.000Z" }).where("id", "=", old).execute();
      const second = await buildApp({ ...app.config, retentionDays: 30, logLevel: "silent" }, { engine: await engine() });
      try {
        await second.ready();
        expect(await exists(old)).toBe(false);
      } finally {
        await second.close();
      }
    });

    it("erases every check of one organisation on request, leaving the others'", async () => {
      const zuid = await submit(keys.zuid.officer);
      const noord = await submit(keys.noord.officer);
      const shared = await app.inject({ method: "POST", url: `/v1/checks/${noord}/shares`, headers: bearer(keys.noord.officer), payload: { organisation: "zuid" } });
      expect(shared.statusCode).toBe(201);
      const env: Record<string, string> = { ETHIEK_KEY_PEPPER: pepper };
      const db = app.config.database;
      if (db.kind === "sqlite") env.ETHIEK_DATA_DIR = dirname(db.file);
      else {
        env.DATABASE_URL = db.url;
        if (db.schema !== undefined) env.ETHIEK_DB_SCHEMA = db.schema;
      }
      const out: string[] = [];
      const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
      expect(await runKeys(["erase", "--organisation", "zuid"], env, io)).toBe(2);
      expect(await runKeys(["erase", "--organisation", "zuid", "--confirm", "zuid"], env, io)).toBe(0);
      expect(JSON.parse(out.at(-1) as string)).toMatchObject({ organisation: "zuid", dryRun: false, counts: { checks: expect.any(Number) } });
      expect(await exists(zuid)).toBe(false);
      expect(await exists(noord)).toBe(true);
      expect(await app.storage.db.selectFrom("check_shares").select("check_id").where("organisation_id", "=", "zuid").execute()).toEqual([]);
      expect((await app.inject({ url: `/v1/checks/${noord}`, headers: bearer(keys.zuid.officer) })).statusCode).toBe(401);
      // Its keys are erased too; the audit log keeps the event.
      expect((await app.inject({ url: "/v1/audit-events", headers: bearer(keys.zuid.admin) })).statusCode).toBe(401);
      const events = await app.storage.db.selectFrom("audit_events").select("action").where("organisation_id", "=", "zuid").execute();
      expect(events.some((e) => e.action === "organisation.erase")).toBe(true);
    });
  });
}
