import { appendOnly, appendOnlyUnlessErased, erasureMarks } from "./append-only.js";
import type { DomainMigrations } from "./migration-types.js";


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
  "governance-0003-body-role-grants": {
    async up(db) {
      await db.schema
        .createTable("body_role_grants")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("key_id", "text", (c) => c.notNull().references("api_keys.id"))
        .addColumn("model_id", "text", (c) => c.notNull())
        .addColumn("body_id", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("granted_by", "text", (c) => c.notNull())
        .addColumn("granted_at", "text", (c) => c.notNull())
        .addColumn("revoked_by", "text")
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("body_role_grants_key").on("body_role_grants").columns(["key_id", "model_id"]).execute();
      await db.schema.createIndex("body_role_grants_org").on("body_role_grants").columns(["organisation_id"]).execute();
    },
  },
  "governance-0004-erasable-route-events": {
    async up(db) {
      // An organisation's erasure (decision 0036) removes the events of its own routes; every other
      // update or delete of an event stays refused by the database.
      await erasureMarks(db);
      await appendOnlyUnlessErased(db, dialect, "route_events", "routes", "route_id");
    },
  },
});

/**
 * A role at a governance body, granted to one API key by an admin of the key's organisation
 * (decision 0010). Revoking sets `revoked_at`; rows are never deleted, and the audit log records
 * both the grant and the revocation. Declared here rather than in `database.ts` and reached with
 * `db.withTables<BodyRoleGrantsSchema>()`, because only the governance routes use it.
 */
export type BodyRoleGrantsTable = {
  id: string;
  /** The organisation of the key (and of the admin who granted it). */
  organisation_id: string;
  key_id: string;
  model_id: string;
  body_id: string;
  role: string;
  granted_by: string;
  granted_at: string;
  revoked_by: string | null;
  revoked_at: string | null;
};

/** The extra table of the governance routes, for `withTables` (a type alias: it needs an index signature). */
export type BodyRoleGrantsSchema = {
  body_role_grants: BodyRoleGrantsTable;
};
