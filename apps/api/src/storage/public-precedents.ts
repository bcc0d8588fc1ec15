// The public moresprudentie: the closed public cases, anonymised by `toPublicCase` of
// @ethiek/cases, with the tender checks whose approved waivers cite them. One source for
// GET /v1/precedents/export and the web page's /moresprudentie, so the page never shows more
// than the export does.
import { citationIndex, citationsFromRequests, exportPublic, publicPrecedentIndex, toPublicCase, type PrecedentIndex } from "@ethiek/cases";
import type { Case, PublicCase, PublicCaseExport } from "@ethiek/schemas";
import type { Db } from "../db/database.js";

/**
 * A version of the cases table that changes whenever a case is added or changed (its number,
 * the sum of its events and the latest change), read on every request so that several instances
 * sharing one database rebuild their search indexes at the same moment.
 *
 * @example
 * const version = await casesVersion(db); // "12/57/2026-12-05T10:00:00.000Z"
 */
export async function casesVersion(db: Db): Promise<string> {
  const stats = await db
    .selectFrom("cases")
    .select((eb) => [eb.fn.countAll<number>().as("cases"), eb.fn.sum<number>("event_count").as("events"), eb.fn.max("updated_at").as("latest")])
    .executeTakeFirst();
  return `${stats?.cases ?? 0}/${stats?.events ?? 0}/${stats?.latest ?? ""}`;
}

/**
 * The check ids of approved waivers per cited case, as the export lists them (`citedByChecks`):
 * a check counts when one of its waiver requests citing the case is approved. Only one case's
 * when `caseId` is given.
 */
async function approvedCitations(db: Db, caseId?: string): Promise<Map<string, string[]>> {
  const base = db.selectFrom("waiver_requests").select(["check_id", "requirement", "case_ref", "status"]);
  const requests = await (caseId === undefined ? base.where("case_ref", "is not", null) : base.where("case_ref", "=", caseId)).execute();
  const byCase = citationIndex(
    citationsFromRequests(requests.map((r) => ({ check: r.check_id, requirement: r.requirement, case: r.case_ref, status: r.status as "pending" | "approved" | "rejected" }))),
  );
  return new Map([...byCase].map(([id, checks]) => [id, checks.filter((c) => c.status === "approved").map((c) => c.checkId)]));
}

/**
 * The public export: every closed public case, anonymised, oldest first, with its approved citations.
 *
 * @example
 * const data = await publicExport(db); // data.cases[0].citedByChecks
 */
export async function publicExport(db: Db, generatedAt = new Date().toISOString()): Promise<PublicCaseExport> {
  const rows = await db.selectFrom("cases").select("document").where("status", "=", "closed").where("confidentiality", "=", "public").orderBy("created_at").execute();
  return exportPublic(
    rows.map((r) => JSON.parse(r.document) as Case),
    { generatedAt, citations: await approvedCitations(db) },
  );
}

/**
 * One case as the export shows it, or undefined when the export leaves it out (unknown, open,
 * internal or confidential: the caller cannot tell which).
 *
 * @example
 * const p = await publicCase(db, "casus-…"); // no person names, approved citations only
 */
export async function publicCase(db: Db, id: string): Promise<PublicCase | undefined> {
  const row = await db.selectFrom("cases").select("document").where("id", "=", id).where("status", "=", "closed").where("confidentiality", "=", "public").executeTakeFirst();
  if (row === undefined) return undefined;
  // toPublicCase is the export's own per-case step, with the same options exportPublic gets.
  return toPublicCase(JSON.parse(row.document) as Case, { generatedAt: new Date().toISOString(), citations: await approvedCitations(db, id) }) ?? undefined;
}

/** One index per database, rebuilt when the cases change (building costs seconds at tens of thousands). */
const indexes = new WeakMap<Db, { version: string; index: Promise<PrecedentIndex> }>();

/**
 * The moresprudentie search over the public export's cases only (`publicPrecedentIndex`): hits,
 * titles and snippets come from the anonymised texts.
 *
 * @example
 * (await publicPrecedents(db)).search("drones", { limit: 20 });
 */
export async function publicPrecedents(db: Db): Promise<PrecedentIndex> {
  const version = await casesVersion(db);
  const hit = indexes.get(db);
  if (hit !== undefined && hit.version === version) return hit.index;
  const entry = { version, index: publicExport(db).then((data) => publicPrecedentIndex(data.cases)) };
  indexes.set(db, entry);
  // A failed build is not kept.
  entry.index.catch(() => {
    if (indexes.get(db) === entry) indexes.delete(db);
  });
  return entry.index;
}
