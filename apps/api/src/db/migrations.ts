import { sql, type Kysely } from "kysely";
import { Migrator, type Migration, type MigrationProvider } from "kysely/migration";
import { appendOnly } from "./append-only.js";
import type { Storage } from "./database.js";
import { governanceMigrations } from "./governance-migrations.js";
import { caseMigrations } from "./cases-migrations.js";
import { maturityMigrations } from "./maturity-migrations.js";
import type { DomainMigrations } from "./migration-types.js";

export type { Dialect, DomainMigrations } from "./migration-types.js";


/** The service's own tables: organisations, keys, the audit log, checks and waiver requests. */
export const coreMigrations: DomainMigrations = (dialect) => ({
  "core-0001-organisations-keys-audit": {
    async up(db) {
      await db.schema
        .createTable("organisations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("store_documents", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("commission_id", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("api_keys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("prefix", "text", (c) => c.notNull().unique())
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("roles", "text", (c) => c.notNull())
        .addColumn("label", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema
        .createTable("audit_events")
        .addColumn("seq", dialect === "sqlite" ? "integer" : "serial", (c) =>
          dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor", "text", (c) => c.notNull())
        .addColumn("organisation_id", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("target_type", "text", (c) => c.notNull())
        .addColumn("target_id", "text", (c) => c.notNull())
        .addColumn("detail", "text", (c) => c.notNull())
        .addColumn("request_id", "text")
        .execute();
      await db.schema.createIndex("audit_events_target").on("audit_events").columns(["target_type", "target_id"]).execute();
      await appendOnly(db, dialect, "audit_events");
    },
  },
  "core-0002-checks": {
    async up(db) {
      await db.schema
        .createTable("checks")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("submitted_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("ruleset_name", "text", (c) => c.notNull())
        .addColumn("ruleset_version", "text", (c) => c.notNull())
        .addColumn("verdict", "text", (c) => c.notNull())
        .addColumn("tender_title", "text")
        .addColumn("report", "text", (c) => c.notNull())
        .addColumn("previous_check_id", "text", (c) => c.references("checks.id"))
        .addColumn("idempotency_key", "text")
        .addColumn("request_hash", "text", (c) => c.notNull())
        .addColumn("deleted_at", "text")
        .addColumn("deleted_by", "text")
        .addUniqueConstraint("checks_idempotency", ["organisation_id", "idempotency_key"])
        .execute();
      await db.schema.createIndex("checks_org_created").on("checks").columns(["organisation_id", "created_at"]).execute();
      await db.schema
        .createTable("check_documents")
        .addColumn("check_id", "text", (c) => c.notNull().references("checks.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("sha256", "text", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .addColumn("content", dialect === "sqlite" ? "blob" : "bytea")
        .addColumn("text", "text")
        .addPrimaryKeyConstraint("check_documents_pk", ["check_id", "position"])
        .execute();
      await db.schema
        .createTable("check_results")
        .addColumn("check_id", "text", (c) => c.notNull().references("checks.id"))
        .addColumn("requirement", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("severity", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("check_results_pk", ["check_id", "requirement"])
        .execute();
      await db.schema.createIndex("check_results_requirement").on("check_results").columns(["requirement", "status"]).execute();
    },
  },
  "core-0003-waiver-requests": {
    async up(db) {
      await db.schema
        .createTable("waiver_requests")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("check_id", "text", (c) => c.notNull().references("checks.id"))
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("requirement", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("case_ref", "text")
        .addColumn("requested_by", "text", (c) => c.notNull())
        .addColumn("requested_at", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("decided_by", "text")
        .addColumn("decided_at", "text")
        .addColumn("decision_reason", "text")
        .execute();
      await db.schema.createIndex("waiver_requests_check").on("waiver_requests").columns(["check_id"]).execute();
    },
  },
  "core-0004-check-shares": {
    async up(db) {
      await db.schema
        .createTable("check_shares")
        .addColumn("check_id", "text", (c) => c.notNull().references("checks.id"))
        .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("shared_by", "text", (c) => c.notNull())
        .addColumn("shared_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("check_shares_pk", ["check_id", "organisation_id"])
        .execute();
      await db.schema.createIndex("check_shares_organisation").on("check_shares").columns(["organisation_id"]).execute();
    },
  },
  "core-0005-revoked-sessions": {
    async up(db) {
      // Web sessions ended by signing out: a copied cookie is refused until it would have expired
      // anyway (then the row may go). Only the session's random nonce is kept, never the cookie.
      await db.schema
        .createTable("revoked_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("key_id", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text", (c) => c.notNull())
        .execute();
    },
  },
});

/**
 * Every domain's migrations, in one list. A domain (cases, maturity, governance) adds its
 * `DomainMigrations` here; see `src/routes/README.md`.
 */
export const allMigrations: readonly DomainMigrations[] = [coreMigrations, governanceMigrations, caseMigrations, maturityMigrations];

/**
 * Runs every pending migration, in name order, under the migrator's lock (PostgreSQL: an advisory
 * lock, so several instances may start at once). Returns the names it applied.
 *
 * @example
 * const applied = await migrate(storage);
 */
export async function migrate(storage: Storage, schema?: string): Promise<string[]> {
  if (storage.kind === "postgres" && schema !== undefined) {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(storage.db);
  }
  const migrations: Record<string, Migration> = {};
  for (const domain of allMigrations) {
    for (const [name, migration] of Object.entries(domain(storage.kind))) {
      if (name in migrations) throw new Error(`two migrations are named ${name}`);
      migrations[name] = migration;
    }
  }
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({
    db: storage.db,
    provider,
    // Domains add migrations independently; their names interleave with the core's.
    allowUnorderedMigrations: true,
    ...(storage.kind === "postgres" && schema !== undefined ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
