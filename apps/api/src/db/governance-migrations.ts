import { appendOnly } from "./append-only.js";
import type { DomainMigrations } from "./migrations.js";


/**
 * Routes of items through governance bodies (`@ethiek/governance`): the route with its plan, and
 * its events, which are append-only in the database itself.
 */
export const governanceMigrations: DomainMigrations = (dialect) => ({
  "governance-0001-routes": {
    async up(db) {
      await db.schema
        .createTable("routes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("model_id", "text", (c) => c.notNull())
        .addColumn("item_kind", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("plan", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("event_count", "integer", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("routes_org_created").on("routes").columns(["organisation_id", "created_at"]).execute();
      await db.schema
        .createTable("route_events")
        .addColumn("route_id", "text", (c) => c.notNull().references("routes.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("actor", "text", (c) => c.notNull())
        .addColumn("body_id", "text")
        .addColumn("role", "text")
        .addColumn("step_id", "text")
        .addColumn("outcome", "text")
        .addColumn("to_step_id", "text")
        .addColumn("remarks", "text")
        .addColumn("occurred_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("route_events_pk", ["route_id", "seq"])
        .execute();
      await appendOnly(db, dialect, "route_events");
    },
  },
  "governance-0002-models": {
    async up(db) {
      await db.schema
        .createTable("governance_models")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("model", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
    },
  },
});
