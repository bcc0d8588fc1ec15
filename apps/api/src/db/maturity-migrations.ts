import type { DomainMigrations } from "./migrations.js";

/**
 * Digital-ethics maturity (`@ethiek/maturity`): models an organisation imported or added (the
 * shipped provincial model is not stored), and assessments with their answers, measured figures
 * and target profile as one JSON document (scores are computed on read, never stored stale).
 */
export const maturityMigrations: DomainMigrations = () => ({
  "maturity-0001-initial": {
    async up(db) {
      await db.schema
        .createTable("maturity_models")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("model", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
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
});
