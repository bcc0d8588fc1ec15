// Storage on both databases: migrations, keys, the append-only audit log.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, createApiKey, ensureOrganisation, hashKey, listApiKeys, revokeApiKey } from "../src/auth.js";
import { openStorage, type Storage } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { databases, freshDatabase, pepper } from "./harness.js";

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`storage on ${name}`, () => {
    let storage: Storage;
    let drop: () => Promise<void>;
    let schema: string | undefined;
    beforeAll(async () => {
      const db = await freshDatabase(name);
      drop = db.drop;
      schema = db.config.kind === "postgres" ? db.config.schema : undefined;
      storage = openStorage(db.config);
    });
    afterAll(async () => {
      await storage.close();
      await drop();
    });

    it("applies every migration once, and none on a second start", async () => {
      const first = await migrate(storage, schema);
      expect(first).toEqual(expect.arrayContaining(["core-0001-organisations-keys-audit", "core-0002-checks", "core-0003-waiver-requests", "core-0004-check-shares"]));
      expect(await migrate(storage, schema)).toEqual([]);
      expect(await storage.ping()).toBe(true);
    });

    it("stores keys only as peppered hashes and finds the actor of a valid key", async () => {
      await ensureOrganisation(storage.db, { id: "noord" }, "test");
      const { key, record } = await createApiKey(storage.db, pepper, { organisation: "noord", roles: ["officer", "ethics"], label: "x" }, "test");
      const row = await storage.db.selectFrom("api_keys").selectAll().where("id", "=", record.id).executeTakeFirstOrThrow();
      expect(row.hash).toBe(hashKey(key, pepper));
      expect(JSON.stringify(row)).not.toContain(key.slice(20));
      const actor = await authenticate(storage.db, pepper, key);
      expect(actor?.organisation).toBe("noord");
      expect([...(actor?.roles ?? [])].sort()).toEqual(["ethics", "officer"]);
      expect(await authenticate(storage.db, "another-pepper-0000", key)).toBeNull();
      expect(await authenticate(storage.db, pepper, `${key.slice(0, -1)}x`)).toBeNull();
      expect(await authenticate(storage.db, pepper, "not-a-key")).toBeNull();
      expect((await listApiKeys(storage.db, "noord")).map((k) => k.id)).toContain(record.id);
      expect(await revokeApiKey(storage.db, record.id, "test")).toBe(true);
      expect(await authenticate(storage.db, pepper, key)).toBeNull();
      expect(await revokeApiKey(storage.db, record.id, "test")).toBe(false);
    });

    it("records every write in the audit log, which refuses updates and deletes", async () => {
      const events = await storage.db.selectFrom("audit_events").select(["action", "actor"]).orderBy("seq").execute();
      expect(events.map((e) => e.action)).toEqual(["organisation.create", "api-key.create", "api-key.revoke"]);
      await expect(sql`update audit_events set actor = 'someone-else'`.execute(storage.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_events`.execute(storage.db)).rejects.toThrow(/append-only/);
      const after = await storage.db.selectFrom("audit_events").select("actor").execute();
      expect(after.every((e) => e.actor === "test")).toBe(true);
    });
  });
}
