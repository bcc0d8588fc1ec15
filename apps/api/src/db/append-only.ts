import { sql, type Kysely } from "kysely";
import type { Dialect } from "./migrations.js";

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
