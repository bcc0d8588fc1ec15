// The erasure's migrations on a database that the earlier migrations created and filled: the
// event tables stay append-only, maturity models survive the table rebuild, and the erasure then
// removes the organisation's case events. On both databases.
import { sql } from "kysely";
import { Migrator, type Migration } from "kysely/migration";
import { describe, expect, it } from "vitest";
import { openStorage } from "../src/db/database.js";
import { allMigrations, migrate } from "../src/db/migrations.js";
import { eraseOrganisation } from "../src/erasure.js";
import { databases, freshDatabase } from "./harness.js";

const added = ["cases-0002-erasable-events", "governance-0004-erasable-route-events", "maturity-0002-model-publisher-erasable"];

for (const { name: kind, skip } of databases) {
  describe.skipIf(skip)(`erasure migrations on a filled ${kind} database`, () => {
    it("upgrade a database with data, keep it append-only, and let the erasure remove an organisation's events", async () => {
      const fresh = await freshDatabase(kind);
      const storage = openStorage(fresh.config);
      const schema = fresh.config.kind === "postgres" ? fresh.config.schema : undefined;
      try {
        if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(storage.db);
        const earlier: Record<string, Migration> = {};
        for (const domain of allMigrations) for (const [name, m] of Object.entries(domain(storage.kind))) if (!added.includes(name)) earlier[name] = m;
        const before = await new Migrator({ db: storage.db, provider: { getMigrations: async () => earlier }, allowUnorderedMigrations: true, ...(schema !== undefined ? { migrationTableSchema: schema } : {}) }).migrateToLatest();
        expect(before.error).toBeUndefined();
        const db = storage.db;
        const now = new Date().toISOString();
        await db.insertInto("organisations").values({ id: "a", name: "A", store_documents: 0, commission_id: null, created_at: now }).execute();
        await db.insertInto("maturity_models").values({ id: "m", organisation_id: "a", model: "{}", source: "custom", created_by: "k", created_at: now }).execute();
        await db.insertInto("cases").values({ id: "c", organisation_id: "a", commission_id: "a", status: "submitted", confidentiality: "public", title: "t", event_count: 1, document: "{}", created_by: "k", created_at: now, updated_at: now }).execute();
        await db.insertInto("case_events").values({ case_id: "c", seq: 0, from_status: null, to_status: "submitted", actor: "k", reason: null, occurred_at: now }).execute();

        expect(await migrate(storage, schema)).toEqual(added.slice().sort());
        expect(await db.selectFrom("maturity_models").select(["id", "organisation_id"]).execute()).toEqual([{ id: "m", organisation_id: "a" }]);
        await expect(db.deleteFrom("case_events").execute()).rejects.toThrow(/append-only/);
        await expect(db.updateTable("case_events").set({ reason: "x" }).execute()).rejects.toThrow(/append-only/);
        const erased = await eraseOrganisation(db, "a", "test");
        expect(erased).toMatchObject({ ok: true, value: { organisation: 1, cases: 1, caseEvents: 1, maturityModels: 1 } });
        expect(await db.selectFrom("case_events").selectAll().execute()).toEqual([]);
      } finally {
        await storage.close();
        await fresh.drop();
      }
    });
  });
}
