import { appendOnly, appendOnlyUnlessErased, erasureMarks } from "./append-only.js";
import type { DomainMigrations } from "./migration-types.js";

// Case migrations sort before the core's ("cases-" < "core-"), so they must not depend on core
// tables: no foreign key to organisations.

/** Ethics cases (`@ethiek/cases`): the case document and its lifecycle events (append-only). */
export const caseMigrations: DomainMigrations = (dialect) => ({
  "cases-0001-cases": {
    async up(db) {
      await db.schema
        .createTable("cases")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull())
        .addColumn("commission_id", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("confidentiality", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("event_count", "integer", (c) => c.notNull())
        .addColumn("document", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("cases_org_created").on("cases").columns(["organisation_id", "created_at"]).execute();
      await db.schema.createIndex("cases_commission_status").on("cases").columns(["commission_id", "status"]).execute();
      await db.schema
        .createTable("case_events")
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("from_status", "text")
        .addColumn("to_status", "text", (c) => c.notNull())
        .addColumn("actor", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("occurred_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("case_events_pk", ["case_id", "seq"])
        .execute();
      await appendOnly(db, dialect, "case_events");
    },
  },
  "cases-0002-erasable-events": {
    async up(db) {
      // An organisation's erasure (decision 0036) removes the events of its own cases; every other
      // update or delete of an event stays refused by the database.
      await erasureMarks(db);
      await appendOnlyUnlessErased(db, dialect, "case_events", "cases", "case_id");
    },
  },
});
