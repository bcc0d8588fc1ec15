import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { AuditEvent } from "@ethiek/schemas";
import type { DatabaseSchema } from "./db/database.js";

/** What a write records about itself. `detail` never holds document text or key secrets. */
export interface AuditEntry {
  readonly actor: string;
  readonly organisation: string;
  /** `<target-type>.<verb>`, e.g. `check.create`, `waiver-request.decide`, `api-key.create`. */
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly detail?: Record<string, unknown>;
  readonly requestId?: string | null;
}

/**
 * Appends one event to the audit log. Call it inside the transaction of the write it describes,
 * so that the write and its record land together or not at all. The table refuses updates and
 * deletes (database triggers), so the log is append-only even for code that forgets.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   await trx.insertInto("checks").values(row).execute();
 *   await audit(trx, { actor, organisation, action: "check.create", targetType: "check", targetId: row.id });
 * });
 */
export async function audit(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      id: randomUUID(),
      at: new Date().toISOString(),
      actor: entry.actor,
      organisation_id: entry.organisation,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      detail: JSON.stringify(entry.detail ?? {}),
      request_id: entry.requestId ?? null,
    })
    .execute();
}

/** Maps a stored row to the public {@link AuditEvent} shape. */
export function toAuditEvent(row: DatabaseSchema["audit_events"] extends infer T ? Omit<T, "seq"> : never): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    organisation: row.organisation_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    requestId: row.request_id,
  };
}
