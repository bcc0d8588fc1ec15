// Waiver requests: an officer contests a finding of a check; the ethics role decides. Rows are
// written with their audit record; a decision is taken at most once, also under concurrency.
import { randomUUID } from "node:crypto";
import type { WaiverDecisionInput, WaiverRequest, WaiverRequestInput } from "@ethiek/schemas";
import { audit } from "../audit.js";
import type { Actor } from "../auth.js";
import type { ChecksTable, Db, WaiverRequestsTable } from "../db/database.js";

/** A stored request as the API shows it. */
export function toWaiverRequest(row: WaiverRequestsTable): WaiverRequest {
  return {
    id: row.id,
    check: row.check_id,
    organisation: row.organisation_id,
    requirement: row.requirement,
    reason: row.reason,
    case: row.case_ref,
    status: row.status as WaiverRequest["status"],
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
  };
}

/** The id of the pending request for a requirement of a check, if there is one. */
export async function findPendingRequest(db: Db, checkId: string, requirement: string): Promise<string | undefined> {
  const pending = await db
    .selectFrom("waiver_requests")
    .select("id")
    .where("check_id", "=", checkId)
    .where("requirement", "=", requirement)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return pending?.id;
}

/** Stores a new pending request on a check, with its audit record. */
export async function insertWaiverRequest(db: Db, check: ChecksTable, input: WaiverRequestInput, actor: Actor, requestId: string): Promise<WaiverRequest> {
  const row: WaiverRequestsTable = {
    id: randomUUID(),
    check_id: check.id,
    organisation_id: check.organisation_id,
    requirement: input.requirement,
    reason: input.reason,
    case_ref: input.case ?? null,
    requested_by: actor.id,
    requested_at: new Date().toISOString(),
    status: "pending",
    decided_by: null,
    decided_at: null,
    decision_reason: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("waiver_requests").values(row).execute();
    await audit(trx, {
      actor: actor.id,
      organisation: check.organisation_id,
      action: "waiver-request.create",
      targetType: "waiver-request",
      targetId: row.id,
      detail: { check: check.id, requirement: input.requirement },
      requestId,
    });
  });
  return toWaiverRequest(row);
}

/** The requests on a check, oldest first. */
export async function listWaiverRequests(db: Db, checkId: string): Promise<WaiverRequest[]> {
  const rows = await db.selectFrom("waiver_requests").selectAll().where("check_id", "=", checkId).orderBy("requested_at").orderBy("id").execute();
  return rows.map(toWaiverRequest);
}

/** A request of one of the organisations, or undefined (another organisation's looks absent). */
export async function findWaiverRequest(db: Db, id: string, organisations: readonly string[]): Promise<WaiverRequestsTable | undefined> {
  return db.selectFrom("waiver_requests").selectAll().where("id", "=", id).where("organisation_id", "in", [...organisations]).executeTakeFirst();
}

/**
 * Records the decision on a pending request, with its audit record. Undefined when it was decided
 * meanwhile: the status condition lets only one of two concurrent decisions through.
 */
export async function decideWaiverRequest(
  db: Db,
  row: WaiverRequestsTable,
  input: WaiverDecisionInput,
  caseRef: string | null,
  actor: Actor,
  requestId: string,
): Promise<WaiverRequest | undefined> {
  const decided: WaiverRequestsTable = {
    ...row,
    status: input.decision,
    case_ref: caseRef,
    decided_by: actor.id,
    decided_at: new Date().toISOString(),
    decision_reason: input.reason,
  };
  const updated = await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("waiver_requests")
      .set({ status: decided.status, case_ref: decided.case_ref, decided_by: decided.decided_by, decided_at: decided.decided_at, decision_reason: decided.decision_reason })
      .where("id", "=", row.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await audit(trx, {
      actor: actor.id,
      organisation: row.organisation_id,
      action: "waiver-request.decide",
      targetType: "waiver-request",
      targetId: row.id,
      detail: { decision: input.decision, requirement: row.requirement, case: caseRef },
      requestId,
    });
    return true;
  });
  return updated ? toWaiverRequest(decided) : undefined;
}
