import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { ApiKey, Role } from "@ethiek/schemas";
import { audit } from "./audit.js";
import type { Db } from "./db/database.js";

/** The roles a key can carry. */
export const roles: readonly Role[] = ["officer", "ethics", "admin"];

/** Who is making a request: a key of an organisation, or the local user in local mode. */
export interface Actor {
  /** The key id (its public prefix), or `local`. Recorded in the audit log as `submittedBy` etc. */
  readonly id: string;
  readonly organisation: string;
  readonly roles: ReadonlySet<Role>;
}

/** The organisation every request belongs to in local mode. */
export const localOrganisation = "local";

/** The actor of local mode: one organisation, every role, no key. */
export const localActor: Actor = { id: "local", organisation: localOrganisation, roles: new Set(roles) };

const keyPattern = /^ethiek_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** HMAC with the server's pepper: a stolen database alone does not allow guessing keys offline. */
export function hashKey(key: string, pepper: string): string {
  return createHmac("sha256", pepper).update(key).digest("hex");
}

/**
 * Creates an organisation when it does not exist yet. Returns whether it was created.
 *
 * @example
 * await ensureOrganisation(db, { id: "zuid-holland", name: "Provincie Zuid-Holland" }, "cli");
 */
export async function ensureOrganisation(
  db: Db,
  org: { id: string; name?: string; storeDocuments?: boolean; commission?: string | null },
  actor: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("organisations").select("id").where("id", "=", org.id).executeTakeFirst();
    if (existing !== undefined) return false;
    await trx
      .insertInto("organisations")
      .values({
        id: org.id,
        name: org.name ?? org.id,
        store_documents: org.storeDocuments === true ? 1 : 0,
        commission_id: org.commission ?? null,
        created_at: new Date().toISOString(),
      })
      .execute();
    await audit(trx, { actor, organisation: org.id, action: "organisation.create", targetType: "organisation", targetId: org.id });
    return true;
  });
}

/**
 * Creates an API key for an organisation. The secret is returned once and only its peppered hash
 * is stored.
 *
 * @example
 * const { key, record } = await createApiKey(db, pepper, { organisation: "zuid-holland", roles: ["officer"], label: "inkoop" }, "cli");
 */
export async function createApiKey(
  db: Db,
  pepper: string,
  input: { organisation: string; roles: readonly Role[]; label: string },
  actor: string,
): Promise<{ key: string; record: ApiKey }> {
  const prefix = randomBytes(9).toString("base64url").replace(/[-_]/g, "x").slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  const key = `ethiek_${prefix}_${secret}`;
  const createdAt = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("api_keys")
      .values({
        id: prefix,
        prefix,
        hash: hashKey(key, pepper),
        organisation_id: input.organisation,
        roles: [...new Set(input.roles)].join(","),
        label: input.label,
        created_at: createdAt,
        revoked_at: null,
      })
      .execute();
    await audit(trx, {
      actor,
      organisation: input.organisation,
      action: "api-key.create",
      targetType: "api-key",
      targetId: prefix,
      detail: { roles: input.roles, label: input.label },
    });
  });
  return { key, record: { id: prefix, organisation: input.organisation, roles: [...new Set(input.roles)] as ApiKey["roles"], label: input.label, createdAt, revokedAt: null } };
}

/** Revokes a key; returns false when there is no such active key. */
export async function revokeApiKey(db: Db, id: string, actor: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("api_keys").selectAll().where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
    if (row === undefined) return false;
    await trx.updateTable("api_keys").set({ revoked_at: new Date().toISOString() }).where("id", "=", id).execute();
    await audit(trx, { actor, organisation: row.organisation_id, action: "api-key.revoke", targetType: "api-key", targetId: id });
    return true;
  });
}

/** Lists keys (never their secrets), optionally of one organisation. */
export async function listApiKeys(db: Db, organisation?: string): Promise<ApiKey[]> {
  let query = db.selectFrom("api_keys").selectAll().orderBy("created_at");
  if (organisation !== undefined) query = query.where("organisation_id", "=", organisation);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    organisation: r.organisation_id,
    roles: r.roles.split(",") as ApiKey["roles"],
    label: r.label,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/**
 * Finds the actor of a bearer key; null for a malformed, unknown, revoked or wrong key. The
 * comparison of hashes takes constant time.
 *
 * @example
 * const actor = await authenticate(db, pepper, "ethiek_abc…");
 */
export async function authenticate(db: Db, pepper: string, key: string): Promise<Actor | null> {
  const match = keyPattern.exec(key);
  if (match === null) return null;
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "hash", "organisation_id", "roles", "revoked_at"])
    .where("prefix", "=", match[1] as string)
    .executeTakeFirst();
  if (row === undefined || row.revoked_at !== null) return null;
  const expected = Buffer.from(row.hash, "hex");
  const actual = Buffer.from(hashKey(key, pepper), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { id: row.id, organisation: row.organisation_id, roles: new Set(row.roles.split(",") as Role[]) };
}
