import { sql, type Kysely } from "kysely";
import type { Dialect } from "./migration-types.js";

/** SQL that turns a table append-only: updates and deletes are refused by the database itself. */
export async function appendOnly(db: Kysely<unknown>, dialect: Dialect, table: string): Promise<void> {
  if (dialect === "sqlite") {
    for (const op of ["UPDATE", "DELETE"]) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION ethiek_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
    )
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ethiek_append_only()`)
    .execute(db);
}

/**
 * Creates the table that marks an organisation's erasure in progress. The erasure inserts its
 * organisation here at the start of its transaction and removes it before the commit, so no other
 * transaction ever sees a row: the mark only lifts the append-only guard for the erasing
 * transaction itself, and only for that organisation's rows (decision 0036). Created by each
 * domain that needs it (cases and governance migrations run in either order).
 */
export async function erasureMarks(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable("erasures_in_progress").ifNotExists().addColumn("organisation_id", "text", (c) => c.primaryKey()).execute();
}

/**
 * Replaces the DELETE guard of an append-only event table created by {@link appendOnly}: a delete
 * is still refused, unless the parent row (`parent.id = OLD.<column>`) belongs to an organisation
 * whose erasure is in progress in this transaction. Updates stay refused always.
 */
export async function appendOnlyUnlessErased(db: Kysely<unknown>, dialect: Dialect, table: string, parent: string, column: string): Promise<void> {
  const erased = `SELECT 1 FROM erasures_in_progress e JOIN ${parent} p ON p.organisation_id = e.organisation_id WHERE p.id = OLD.${column}`;
  if (dialect === "sqlite") {
    await sql.raw(`DROP TRIGGER ${table}_no_delete`).execute(db);
    await sql
      .raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} WHEN NOT EXISTS (${erased}) BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`)
      .execute(db);
    return;
  }
  await sql.raw(`DROP TRIGGER ${table}_append_only ON ${table}`).execute(db);
  await sql.raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ethiek_append_only()`).execute(db);
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION ${table}_erasable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (${erased}) THEN RETURN OLD; END IF; RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
    )
    .execute(db);
  await sql.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_erasable()`).execute(db);
}
