// Retention and erasure of checks: a check older than the configured retention, or every check
// of an organisation that asked to be erased, is removed with its documents, extracted text,
// results, shares and waiver requests, in one transaction with an audit event. The audit log
// itself is append-only and keeps its events (who did what, document hashes and names).
import type { Db } from "./db/database.js";
import { audit } from "./audit.js";

/** At most this many checks are erased per transaction, so a large sweep never holds a long lock. */
const batchSize = 200;

type Trx = Parameters<Parameters<ReturnType<Db["transaction"]>["execute"]>[0]>[0];

/** Removes checks and everything that hangs off them (not the audit log). */
async function eraseChecks(trx: Trx, ids: readonly string[]): Promise<void> {
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

/**
 * Erases every check of one organisation (its documents, text, results, shares and waiver
 * requests, and the shares other organisations gave it), with one audit event
 * `organisation.erase`. Cases, maturity assessments, routes and governance models are not
 * touched. Returns how many checks were erased.
 *
 * @example
 * await eraseOrganisation(db, "zuid-holland", "cli") // { checks: 31 }
 */
export async function eraseOrganisation(db: Db, organisation: string, actor: string): Promise<{ checks: number }> {
  // One transaction: an erasure is either complete, with its audit event, or did not happen.
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom("checks").select("id").where("organisation_id", "=", organisation).execute();
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += batchSize) await eraseChecks(trx, ids.slice(i, i + batchSize));
    await trx.deleteFrom("check_shares").where("organisation_id", "=", organisation).execute();
    await audit(trx, { actor, organisation, action: "organisation.erase", targetType: "organisation", targetId: organisation, detail: { checks: ids.length } });
    return { checks: ids.length };
  });
}
