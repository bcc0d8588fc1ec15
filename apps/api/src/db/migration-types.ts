// The shapes every migration file shares, apart from the list that runs them (migrations.ts), so
// that the domain migration files and the runner do not import each other.
import type { Migration } from "kysely/migration";
import type { Storage } from "./database.js";

/** The dialect a migration runs on, for the few statements that differ. */
export type Dialect = Storage["kind"];

/**
 * A domain's migrations: name -> migration. Names sort in the order they must run and start with
 * the domain, e.g. `checks-0001-initial`; a released migration is never edited, only followed.
 */
export type DomainMigrations = (dialect: Dialect) => Record<string, Migration>;
