// Retention of checks: a check older than the configured retention is removed with its documents,
// extracted text, results, shares and waiver requests, in one transaction with an audit event.
// The erasure of a whole organisation (erasure.ts) removes its checks the same way. The audit log
// itself is append-only and keeps its events (who did what, document hashes and names).
import type { Transaction } from "kysely";
import type { DatabaseSchema, Db } from "./db/database.js";
import { audit } from "./audit.js";

/** At most this many checks are erased per transaction, so a large sweep never holds a long lock. */
const batchSize = 200;

type Trx = Transaction<DatabaseSchema>;

/**
 * Removes checks and everything that hangs off them (not the audit log), inside the caller's
 * transaction; at most a few hundred ids per call.
 *
 * @example
 * await db.transaction().execute((trx) => eraseChecks(trx, ["3f0c…"]));
 */
export async function eraseChecks(trx: Trx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const list = [...ids];
  await trx.deleteFrom("check_results").where("check_id", "in", list).execute();
  await trx.deleteFrom("check_documents").where("check_id", "in", list).execute();
  await trx.deleteFrom("check_shares").where("check_id", "in", list).execute();
  await trx.deleteFrom("waiver_requests").where("check_id", "in", list).execute();
  // A re-check of an erased check stays, but no longer points to it.
  await trx.updateTable("checks").set({ previous_check_id: null }).where("previous_check_id", "in", list).execute();
  await trx.deleteFrom("checks").where("id", "in", list).execute();
}

/**
 * Erases every check created before `now - days`, per organisation with one audit event
 * `retention.erase`. Returns how many checks were erased. `days` 0 keeps everything.
 *
 * @example
 * await applyRetention(db, 365) // { erased: 12, before: "2025-12-05T…" }
 */
export async function applyRetention(db: Db, days: number, now = new Date()): Promise<{ erased: number; before: string }> {
  const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  if (days <= 0) return { erased: 0, before };
  let erased = 0;
  for (;;) {
    const rows = await db.selectFrom("checks").select(["id", "organisation_id"]).where("created_at", "<", before).orderBy("created_at").limit(batchSize).execute();
    if (rows.length === 0) break;
    await db.transaction().execute(async (trx) => {
      const byOrganisation = new Map<string, string[]>();
      for (const r of rows) byOrganisation.set(r.organisation_id, [...(byOrganisation.get(r.organisation_id) ?? []), r.id]);
      await eraseChecks(
        trx,
        rows.map((r) => r.id),
      );
      for (const [organisation, ids] of byOrganisation) {
        await audit(trx, {
          actor: "retention",
          organisation,
          action: "retention.erase",
          targetType: "organisation",
          targetId: organisation,
          detail: { checks: ids.length, createdBefore: before, retentionDays: days },
        });
      }
    });
    erased += rows.length;
  }
  return { erased, before };
}
