// The `backup` command: a consistent copy of the embedded SQLite database, made while the service
// runs (SQLite's online backup), checked before it is reported as done. PostgreSQL has its own
// tools (pg_dump, base backups); the command says so instead of copying anything.
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { formatConfigIssues, loadConfig } from "./config.js";
import { openStorage } from "./db/database.js";
import type { KeysOutput } from "./keys-cli.js";

const usage = `Usage: npm run backup -w @ethiek/api -- <file> [--force]

  Copies the embedded database (ETHIEK_DATA_DIR/ethiek.db) to <file> while the service runs,
  checks the copy (integrity_check) and prints what it holds. --force overwrites <file>.

  To restore: stop the service, replace ETHIEK_DATA_DIR/ethiek.db by the copy and remove
  ethiek.db-wal and ethiek.db-shm next to it, then start the service.`;

/**
 * Runs the backup command; returns the exit code.
 *
 * @example
 * await runBackup(["/backups/ethiek-2026-12-05.db"], process.env, { out: console.log, err: console.error });
 */
export async function runBackup(argv: readonly string[], env: Record<string, string | undefined>, io: KeysOutput): Promise<number> {
  const force = argv.includes("--force");
  const files = argv.filter((a) => a !== "--force");
  if (files.length !== 1 || files[0]?.startsWith("-")) {
    io.err(usage);
    return 2;
  }
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    io.err(`The configuration is invalid:\n${formatConfigIssues(loaded.errors)}`);
    return 2;
  }
  const database = loaded.value.database;
  if (database.kind !== "sqlite") {
    io.err("DATABASE_URL points to PostgreSQL: back it up with pg_dump or your provider's snapshots (see docs/api.md, Backups).");
    return 2;
  }
  if (!existsSync(database.file)) {
    io.err(`There is no database at ${database.file}; set ETHIEK_DATA_DIR to the service's data folder.`);
    return 2;
  }
  const target = resolve(env.INIT_CWD ?? process.cwd(), files[0] as string);
  if (existsSync(target) && !force) {
    io.err(`${target} exists already; choose another file or add --force.`);
    return 2;
  }
  // Written next to the target first, so that a failed or interrupted backup never leaves a
  // half-written file under the name of a good one.
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const storage = openStorage(database);
  try {
    await storage.backup?.(partial);
  } finally {
    await storage.close();
  }
  const copy = new SqliteDatabase(partial, { readonly: true });
  let summary: { checks: number; audit: number };
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") {
      io.err(`The copy failed SQLite's integrity check (${String(integrity)}); nothing was written to ${target}.`);
      rmSync(partial, { force: true });
      return 1;
    }
    const count = (table: string) => (copy.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    summary = { checks: count("checks"), audit: count("audit_events") };
  } finally {
    copy.close();
  }
  renameSync(partial, target);
  io.out(JSON.stringify({ file: target, ...summary }));
  return 0;
}
