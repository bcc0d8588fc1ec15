// The web page's sessions: a signed cookie names the key; the key is looked up on every request
// (a revoked key ends its sessions at once), and a signed-out session is remembered as revoked
// until it would have expired anyway.
import type { Role } from "@ethiek/schemas";
import { audit } from "../audit.js";
import type { Actor } from "../auth.js";
import type { Db } from "../db/database.js";

/** Whether the session with this nonce was ended by signing out. */
export async function isSessionRevoked(db: Db, nonce: string): Promise<boolean> {
  return (await db.selectFrom("revoked_sessions").select("id").where("id", "=", nonce).executeTakeFirst()) !== undefined;
}

/** The actor of a session's key and its organisation's name, or undefined when the key is revoked or gone. */
export async function sessionActor(db: Db, keyId: string): Promise<{ actor: Actor; organisationName: string } | undefined> {
  const row = await db
    .selectFrom("api_keys")
    .innerJoin("organisations", "organisations.id", "api_keys.organisation_id")
    .select(["api_keys.id as id", "api_keys.organisation_id as organisation", "api_keys.roles as roles", "organisations.name as name"])
    .where("api_keys.id", "=", keyId)
    .where("api_keys.revoked_at", "is", null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { actor: { id: row.id, organisation: row.organisation, roles: new Set(row.roles.split(",") as Role[]) }, organisationName: row.name };
}

/**
 * Ends a session on every instance: its nonce is refused from now on until it expires. Expired
 * entries are cleared on the way, and the sign-out is audited, in one transaction.
 */
export async function revokeSession(db: Db, session: { nonce: string; keyId: string; expires: number }, actor: Actor, requestId: string): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("revoked_sessions").where("expires_at", "<", now).execute();
    await trx
      .insertInto("revoked_sessions")
      .values({ id: session.nonce, key_id: session.keyId, expires_at: new Date(session.expires * 1000).toISOString(), revoked_at: now })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
    await audit(trx, {
      actor: actor.id,
      organisation: actor.organisation,
      action: "session.revoke",
      targetType: "api-key",
      targetId: session.keyId,
      detail: { reason: "sign-out" },
      requestId,
    });
  });
}
