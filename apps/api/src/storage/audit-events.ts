// Reading the audit log of one organisation (written by `audit` in ../audit.ts).
import type { AuditEvent } from "@ethiek/schemas";
import { toAuditEvent } from "../audit.js";
import type { Db } from "../db/database.js";

/** One page of an organisation's audit events, newest first, with the total; only one record's with `targetId`. */
export async function listAuditEvents(
  db: Db,
  organisation: string,
  filter: { readonly targetId?: string; readonly page: number; readonly pageSize: number },
): Promise<{ items: AuditEvent[]; total: number }> {
  let base = db.selectFrom("audit_events").where("organisation_id", "=", organisation);
  if (filter.targetId !== undefined) base = base.where("target_id", "=", filter.targetId);
  const count = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base
    .select(["id", "at", "actor", "organisation_id", "action", "target_type", "target_id", "detail", "request_id"])
    .orderBy("seq", "desc")
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items: rows.map(toAuditEvent), total: Number(count?.n ?? 0) };
}
