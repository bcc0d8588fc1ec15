// Body-role grants (decision 0010): which key may act for which body of a governance model, in
// which role. The roles a key holds are read from here, never from what a request says.
import { randomUUID } from "node:crypto";
import type { BodyRoleGrant, BodyRoleGrantInput, GovernanceModel, RoutePlan } from "@ethiek/schemas";
import { belongsToBody, type HeldBodyRole } from "../access.js";
import { audit } from "../audit.js";
import type { Actor } from "../auth.js";
import type { Db } from "../db/database.js";
import type { BodyRoleGrantsSchema, BodyRoleGrantsTable } from "../db/governance-migrations.js";
import { findGovernanceModel, organisationOf } from "./governance-models.js";

/** The table of body-role grants, which `database.ts` does not declare. */
const grantsOf = (db: Db) => db.withTables<BodyRoleGrantsSchema>();

/** A body-role grant as the API shows it. */
export function grantResource(row: BodyRoleGrantsTable): BodyRoleGrant {
  return {
    id: row.id,
    organisation: row.organisation_id,
    keyId: row.key_id,
    modelId: row.model_id,
    bodyId: row.body_id,
    role: row.role,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at,
  };
}

/** In local mode the one local user holds every role at every body of the plan. */
export const localBodyRoles = (plan: RoutePlan): HeldBodyRole[] =>
  plan.steps.flatMap((step) => step.bodies.flatMap((b) => b.roles.map((role) => ({ bodyId: b.bodyId, role }))));

/**
 * The roles an actor's key holds, per governance model (keys mode): its active grants, kept only
 * where the key's organisation still is the body's parent or member organisation and the body
 * still knows the role. With `modelId`, only that model's grants are read.
 */
export async function grantedBodyRoles(db: Db, actor: Actor, modelId?: string): Promise<Map<string, HeldBodyRole[]>> {
  let query = grantsOf(db)
    .selectFrom("body_role_grants")
    .select(["model_id", "body_id", "role"])
    .where("key_id", "=", actor.id)
    .where("organisation_id", "=", actor.organisation)
    .where("revoked_at", "is", null);
  if (modelId !== undefined) query = query.where("model_id", "=", modelId);
  const grants = await query.orderBy("granted_at").orderBy("id").execute();
  const byModel = new Map<string, HeldBodyRole[]>();
  if (grants.length === 0) return byModel;
  const org = await organisationOf(db, actor.organisation);
  const models = new Map<string, GovernanceModel | undefined>();
  for (const grant of grants) {
    if (!models.has(grant.model_id)) models.set(grant.model_id, await findGovernanceModel(db, grant.model_id));
    const body = models.get(grant.model_id)?.bodies.find((b) => b.id === grant.body_id);
    if (body === undefined || !body.roles.includes(grant.role) || !belongsToBody(org, body)) continue;
    const held = byModel.get(grant.model_id) ?? [];
    if (!held.some((h) => h.bodyId === grant.body_id && h.role === grant.role)) held.push({ bodyId: grant.body_id, role: grant.role });
    byModel.set(grant.model_id, held);
  }
  return byModel;
}

/**
 * The roles an actor holds at the bodies of a route's model: the still valid grants of its key.
 * In local mode the one local user holds every role at every body of the plan.
 */
export async function heldBodyRoles(db: Db, local: boolean, actor: Actor, modelId: string, plan: RoutePlan): Promise<HeldBodyRole[]> {
  if (local) return localBodyRoles(plan);
  return (await grantedBodyRoles(db, actor, modelId)).get(modelId) ?? [];
}

/** An active key of the organisation with its roles, or undefined. */
export async function findActiveKey(db: Db, id: string, organisation: string): Promise<{ id: string; roles: string[] } | undefined> {
  const key = await db.selectFrom("api_keys").select(["id", "roles"]).where("id", "=", id).where("organisation_id", "=", organisation).where("revoked_at", "is", null).executeTakeFirst();
  return key === undefined ? undefined : { id: key.id, roles: key.roles.split(",") };
}

/** The id of the key's active grant of this role at this body, if it has one. */
export async function findActiveGrant(db: Db, input: BodyRoleGrantInput): Promise<string | undefined> {
  const existing = await grantsOf(db)
    .selectFrom("body_role_grants")
    .select("id")
    .where("key_id", "=", input.keyId)
    .where("model_id", "=", input.modelId)
    .where("body_id", "=", input.bodyId)
    .where("role", "=", input.role)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return existing?.id;
}

/** Stores a new grant given by an admin of the actor's organisation, with its audit record. */
export async function insertGrant(db: Db, input: BodyRoleGrantInput, actor: Actor, requestId: string): Promise<BodyRoleGrant> {
  const row: BodyRoleGrantsTable = {
    id: randomUUID(),
    organisation_id: actor.organisation,
    key_id: input.keyId,
    model_id: input.modelId,
    body_id: input.bodyId,
    role: input.role,
    granted_by: actor.id,
    granted_at: new Date().toISOString(),
    revoked_by: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.withTables<BodyRoleGrantsSchema>().insertInto("body_role_grants").values(row).execute();
    await audit(trx, {
      actor: actor.id,
      organisation: actor.organisation,
      action: "body-role-grant.create",
      targetType: "body-role-grant",
      targetId: row.id,
      detail: { key: row.key_id, model: row.model_id, body: row.body_id, role: row.role },
      requestId,
    });
  });
  return grantResource(row);
}

/** The organisation's grants that still hold, oldest first; only one key's with `keyId`. */
export async function listGrants(db: Db, organisation: string, keyId?: string): Promise<BodyRoleGrant[]> {
  let query = grantsOf(db).selectFrom("body_role_grants").selectAll().where("organisation_id", "=", organisation).where("revoked_at", "is", null);
  if (keyId !== undefined) query = query.where("key_id", "=", keyId);
  return (await query.orderBy("granted_at").orderBy("id").execute()).map(grantResource);
}

/** Revokes a grant of the actor's organisation, with its audit record; false when there was none that held. */
export async function revokeGrant(db: Db, id: string, actor: Actor, requestId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .withTables<BodyRoleGrantsSchema>()
      .updateTable("body_role_grants")
      .set({ revoked_at: new Date().toISOString(), revoked_by: actor.id })
      .where("id", "=", id)
      .where("organisation_id", "=", actor.organisation)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await audit(trx, { actor: actor.id, organisation: actor.organisation, action: "body-role-grant.revoke", targetType: "body-role-grant", targetId: id, requestId });
    return true;
  });
}
