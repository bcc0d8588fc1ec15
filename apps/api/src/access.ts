import type { Actor } from "./auth.js";
import type { Db } from "./db/database.js";

/**
 * The organisations whose checks an actor may read: its own, and — for the ethics role of an
 * ethics commission — those of the organisations that name it as their commission. Nothing else
 * is visible: another organisation's check answers 404, as if it did not exist.
 *
 * @example
 * const orgs = await visibleOrganisations(db, request.actor);
 */
export async function visibleOrganisations(db: Db, actor: Actor): Promise<string[]> {
  const orgs = [actor.organisation];
  if (actor.roles.has("ethics")) {
    const members = await db.selectFrom("organisations").select("id").where("commission_id", "=", actor.organisation).execute();
    for (const m of members) orgs.push(m.id);
  }
  return orgs;
}

/**
 * Whether an actor may decide a waiver request of an organisation: the ethics role of the
 * organisation itself or of its commission.
 */
export async function mayDecideWaivers(db: Db, actor: Actor, organisation: string): Promise<boolean> {
  if (!actor.roles.has("ethics")) return false;
  if (actor.organisation === organisation) return true;
  const org = await db.selectFrom("organisations").select("commission_id").where("id", "=", organisation).executeTakeFirst();
  return org?.commission_id === actor.organisation;
}
