// Governance models: the shipped ones (IPO, provinces) and those organisations published, which
// are stored as JSON with their publisher.
import { shippedModels } from "@ethiek/governance";
import type { GovernanceModel } from "@ethiek/schemas";
import type { OrganisationRef } from "../access.js";
import { audit } from "../audit.js";
import type { Actor } from "../auth.js";
import type { Db } from "../db/database.js";

/**
 * A shipped model, or one an organisation added.
 *
 * @example
 * const model = await findGovernanceModel(db, "ipo"); // undefined: answer 404
 */
export async function findGovernanceModel(db: Db, id: string): Promise<GovernanceModel | undefined> {
  const shipped = shippedModels[id];
  if (shipped !== undefined) return shipped;
  const row = await db.selectFrom("governance_models").select("model").where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.model) as GovernanceModel);
}

/** The shipped models followed by the added ones, oldest first. */
export async function allGovernanceModels(db: Db): Promise<GovernanceModel[]> {
  const rows = await db.selectFrom("governance_models").select("model").orderBy("created_at").orderBy("id").execute();
  return [...Object.values(shippedModels), ...rows.map((r) => JSON.parse(r.model) as GovernanceModel)];
}

/** An organisation with the name that governance models use; an unknown id stands for itself. */
export async function organisationOf(db: Db, id: string): Promise<OrganisationRef> {
  const row = await db.selectFrom("organisations").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
  return row ?? { id, name: id };
}

/** The organisation as stored, or undefined when it is not (yet) known. */
export async function findOrganisation(db: Db, id: string): Promise<OrganisationRef | undefined> {
  return db.selectFrom("organisations").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
}

/** Stores a model an organisation published, with its audit record, in one transaction. */
export async function insertGovernanceModel(db: Db, model: GovernanceModel, actor: Actor, requestId: string): Promise<void> {
  const row = { id: model.id, organisation_id: actor.organisation, model: JSON.stringify(model), created_by: actor.id, created_at: new Date().toISOString() };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("governance_models").values(row).execute();
    await audit(trx, {
      actor: actor.id,
      organisation: row.organisation_id,
      action: "governance-model.create",
      targetType: "governance-model",
      targetId: row.id,
      detail: { bodies: model.bodies.length, routes: model.routes.length },
      requestId,
    });
  });
}
