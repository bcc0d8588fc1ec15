import { sql, type Kysely } from "kysely";
import type { DomainMigrations } from "./migration-types.js";

/**
 * The `maturity_models` table as maturity-0001 created it, and as maturity-0002 rebuilds it on
 * SQLite with a publisher that may be null. Both migrations are released: never change what this
 * creates; a new column or constraint is a new migration.
 */
async function createModelsTable(db: Kysely<unknown>, table: string, { publisherRequired }: { publisherRequired: boolean }): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => (publisherRequired ? c.notNull() : c).references("organisations.id"))
    .addColumn("model", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

/**
 * Digital-ethics maturity (`@ethiek/maturity`): models an organisation imported or added (the
 * shipped provincial model is not stored), and assessments with their answers, measured figures
 * and target profile as one JSON document (scores are computed on read, never stored stale).
 */
export const maturityMigrations: DomainMigrations = (dialect) => ({
  "maturity-0001-initial": {
    async up(db) {
      await createModelsTable(db, "maturity_models", { publisherRequired: true });
      await db.schema
        .createTable("maturity_assessments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("model_id", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("document", "text", (c) => c.notNull())
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("maturity_assessments_org_created").on("maturity_assessments").columns(["organisation_id", "created_at"]).execute();
    },
  },
  "maturity-0002-model-publisher-erasable": {
    async up(db) {
      // A model another organisation's assessment uses outlives the erasure of the organisation
      // that added it, without its publisher (decision 0036): organisation_id may be null.
      if (dialect === "postgres") {
        await sql`ALTER TABLE maturity_models ALTER COLUMN organisation_id DROP NOT NULL`.execute(db);
        return;
      }
      // SQLite cannot drop NOT NULL: rebuild the table (nothing refers to it by foreign key).
      await createModelsTable(db, "maturity_models_new", { publisherRequired: false });
      await sql`INSERT INTO maturity_models_new (id, organisation_id, model, source, created_by, created_at) SELECT id, organisation_id, model, source, created_by, created_at FROM maturity_models`.execute(db);
      await db.schema.dropTable("maturity_models").execute();
      await db.schema.alterTable("maturity_models_new").renameTo("maturity_models").execute();
    },
  },
});
