// The stored checks: reading them with the visibility rule, listing, re-check chains, writing a
// check with its documents, results and audit event in one transaction, and soft deletion.
import { diffReports } from "@ethiek/procurement";
import type { Check, CheckReport, CheckSummary, RequirementChange, Waiver } from "@ethiek/schemas";
import { audit, type AuditEntry } from "../audit.js";
import type { Actor } from "../auth.js";
import type { CheckDocumentsTable, ChecksTable, Db } from "../db/database.js";

/**
 * Finds a check the actor may see (own organisation, or as its commission's ethics role, or
 * explicitly shared with one of `sharedWith`); undefined otherwise, so that other organisations'
 * checks are indistinguishable from absent ones.
 *
 * @example
 * const row = await findVisibleCheck(db, id, await visibleOrganisations(db, actor), [actor.organisation]);
 */
export async function findVisibleCheck(
  db: Db,
  id: string,
  organisations: readonly string[],
  sharedWith: readonly string[] = [],
): Promise<ChecksTable | undefined> {
  return db
    .selectFrom("checks")
    .selectAll()
    .where("id", "=", id)
    .where("deleted_at", "is", null)
    .where((eb) =>
      sharedWith.length === 0
        ? eb("organisation_id", "in", [...organisations])
        : eb.or([
            eb("organisation_id", "in", [...organisations]),
            eb("id", "in", eb.selectFrom("check_shares").select("check_id").where("organisation_id", "in", [...sharedWith])),
          ]),
    )
    .executeTakeFirst();
}

/**
 * The full resource of a stored check row, with what changed since the check it re-checked.
 *
 * @example
 * const check = await loadCheck(db, row); // check.changes on a re-check
 */
export async function loadCheck(db: Db, row: ChecksTable): Promise<Check> {
  const docs = await db.selectFrom("check_documents").select(["name", "format", "sha256", "size", "content"]).where("check_id", "=", row.id).orderBy("position").execute();
  const report = JSON.parse(row.report) as CheckReport;
  let changes: RequirementChange[] | undefined;
  if (row.previous_check_id !== null) {
    const prev = await db.selectFrom("checks").select("report").where("id", "=", row.previous_check_id).executeTakeFirst();
    if (prev !== undefined) changes = diffReports(JSON.parse(prev.report) as CheckReport, report);
  }
  return {
    id: row.id,
    organisation: row.organisation_id,
    createdAt: row.created_at,
    submittedBy: row.submitted_by,
    previousCheck: row.previous_check_id,
    documents: docs.map((d) => ({ name: d.name, format: d.format, sha256: d.sha256, size: Number(d.size), stored: d.content !== null })),
    report,
    ...(changes !== undefined ? { changes } : {}),
  };
}

/** The list entry of a stored check row. */
export function toSummary(row: ChecksTable): CheckSummary {
  const report = JSON.parse(row.report) as CheckReport;
  return {
    id: row.id,
    organisation: row.organisation_id,
    createdAt: row.created_at,
    submittedBy: row.submitted_by,
    tenderTitle: row.tender_title,
    ruleset: { name: row.ruleset_name, version: row.ruleset_version },
    verdict: row.verdict as CheckSummary["verdict"],
    summary: report.summary,
    previousCheck: row.previous_check_id,
  };
}

/** A check of the organisation itself (not deleted), e.g. the one a re-check names. */
export async function findOwnCheck(db: Db, id: string, organisation: string): Promise<ChecksTable | undefined> {
  return db.selectFrom("checks").selectAll().where("id", "=", id).where("organisation_id", "=", organisation).where("deleted_at", "is", null).executeTakeFirst();
}

/** The organisation's check made with this Idempotency-Key, if any (also a deleted one: a key is never reused). */
export async function findByIdempotencyKey(db: Db, organisation: string, key: string): Promise<ChecksTable | undefined> {
  return db.selectFrom("checks").selectAll().where("organisation_id", "=", organisation).where("idempotency_key", "=", key).executeTakeFirst();
}

/** Whether the organisation keeps the uploaded documents and their text (its `store_documents` setting). */
export async function storesDocuments(db: Db, organisation: string): Promise<boolean> {
  const org = await db.selectFrom("organisations").select("store_documents").where("id", "=", organisation).executeTakeFirst();
  return org?.store_documents === 1;
}

/** Waivers approved on a check and on the checks it re-checked, newest decision first, one per requirement. */
export async function approvedWaivers(db: Db, checkId: string): Promise<Waiver[]> {
  const chain: string[] = [];
  let current: string | null = checkId;
  // A chain is never longer than 100, and a loop (which the ids make impossible) still ends.
  while (current !== null && !chain.includes(current) && chain.length < 100) {
    chain.push(current);
    const row: { previous_check_id: string | null } | undefined = await db.selectFrom("checks").select("previous_check_id").where("id", "=", current).executeTakeFirst();
    current = row?.previous_check_id ?? null;
  }
  const rows = await db.selectFrom("waiver_requests").selectAll().where("check_id", "in", chain).where("status", "=", "approved").orderBy("decided_at", "desc").execute();
  const seen = new Set<string>();
  const waivers: Waiver[] = [];
  for (const r of rows) {
    if (seen.has(r.requirement) || r.case_ref === null || r.decided_by === null) continue;
    seen.add(r.requirement);
    waivers.push({
      requirement: r.requirement,
      reason: r.decision_reason ?? r.reason,
      approvedBy: r.decided_by,
      case: r.case_ref,
      ...(r.decided_at !== null ? { approvedAt: r.decided_at } : {}),
    });
  }
  return waivers;
}

/** A new check as it is written: its row, its documents, the status per requirement and its audit record. */
export interface NewCheck {
  readonly row: ChecksTable;
  readonly documents: readonly CheckDocumentsTable[];
  readonly report: CheckReport;
  readonly audit: AuditEntry;
}

/** Writes a new check in one transaction; a second check with the same Idempotency-Key fails on its unique index. */
export async function insertCheck(db: Db, check: NewCheck): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("checks").values(check.row).execute();
    await trx.insertInto("check_documents").values([...check.documents]).execute();
    if (check.report.results.length > 0) {
      await trx
        .insertInto("check_results")
        .values(check.report.results.map((r) => ({ check_id: check.row.id, requirement: r.requirement, status: r.status, severity: r.severity })))
        .execute();
    }
    await audit(trx, check.audit);
  });
}

/** What `GET /v1/checks` filters on. */
export interface CheckFilter {
  /** The organisations whose own checks count (already narrowed to one by an `organisation` filter). */
  readonly organisations: readonly string[];
  /** The organisation whose shared checks count too: the caller's. */
  readonly sharedWith: string;
  /** Only shared checks of this organisation. */
  readonly organisation?: string;
  readonly createdFrom?: string;
  readonly createdUntil?: string;
  readonly verdict?: string;
  /** Only checks with an open finding (partial or missing) on this requirement. */
  readonly requirement?: string;
  readonly page: number;
  readonly pageSize: number;
}

/** One page of the checks a filter selects, newest first, with the total. */
export async function listChecks(db: Db, f: CheckFilter): Promise<{ rows: ChecksTable[]; total: number }> {
  let base = db
    .selectFrom("checks")
    .where("deleted_at", "is", null)
    .where((eb) => {
      const shared = eb("id", "in", eb.selectFrom("check_shares").select("check_id").where("organisation_id", "=", f.sharedWith));
      const sharedHere = f.organisation === undefined ? shared : eb.and([shared, eb("organisation_id", "=", f.organisation)]);
      return f.organisations.length === 0 ? sharedHere : eb.or([eb("organisation_id", "in", [...f.organisations]), sharedHere]);
    });
  if (f.createdFrom !== undefined) base = base.where("created_at", ">=", `${f.createdFrom}T00:00:00.000Z`);
  if (f.createdUntil !== undefined) base = base.where("created_at", "<=", `${f.createdUntil}T23:59:59.999Z`);
  if (f.verdict !== undefined) base = base.where("verdict", "=", f.verdict);
  if (f.requirement !== undefined) {
    const requirement = f.requirement;
    base = base.where("id", "in", (eb) => eb.selectFrom("check_results").select("check_id").where("requirement", "=", requirement).where("status", "in", ["partial", "missing"]));
  }
  const countRow = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base.selectAll().orderBy("created_at", "desc").orderBy("id").limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute();
  return { rows, total: Number(countRow?.n ?? 0) };
}

/**
 * One page of the organisations' own checks, newest first (the web page's list). A page past the
 * last shows the last one.
 */
export async function listOwnChecks(db: Db, organisations: readonly string[], requested: number, pageSize: number): Promise<{ rows: ChecksTable[]; page: number; pageCount: number }> {
  const base = db.selectFrom("checks").where("organisation_id", "in", [...organisations]).where("deleted_at", "is", null);
  const countRow = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const pageCount = Math.max(1, Math.ceil(Number(countRow?.n ?? 0) / pageSize));
  const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pageCount) : 1;
  const rows = await base.selectAll().orderBy("created_at", "desc").orderBy("id").limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, page, pageCount };
}

/** Marks a check deleted (it leaves every list), with its audit record. */
export async function deleteCheck(db: Db, row: ChecksTable, actor: Actor, requestId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("checks").set({ deleted_at: new Date().toISOString(), deleted_by: actor.id }).where("id", "=", row.id).execute();
    await audit(trx, {
      actor: actor.id,
      organisation: actor.organisation,
      action: "check.delete",
      targetType: "check",
      targetId: row.id,
      detail: { verdict: row.verdict, ruleset: row.ruleset_name },
      requestId,
    });
  });
}
