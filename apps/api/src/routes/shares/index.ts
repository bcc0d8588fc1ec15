import type { FastifyInstance } from "fastify";
import type { CheckShare, CheckShareInput } from "@ethiek/schemas";
import { audit } from "../../audit.js";
import { findVisibleCheck } from "../../storage/checks.js";
import type { CheckSharesTable } from "../../db/database.js";
import { sendProblem } from "../../problems.js";
import * as schemas from "./schemas.js";

const toShare = (r: CheckSharesTable): CheckShare => ({ check: r.check_id, organisation: r.organisation_id, sharedBy: r.shared_by, sharedAt: r.shared_at });

/** Only the owning organisation shares, lists or stops sharing a check; to anyone else it does not exist. */
const checkNotFound = (id: string) => ({ status: 404, code: "check-not-found", detail: `Er is geen toets ${id} van uw organisatie.` });

/**
 * Explicit sharing: an organisation never sees another's checks unless the owner shares one. An
 * officer or admin of the owning organisation shares a check with another organisation, whose
 * keys (every role) may then read it by its id.
 */
export default async function shareRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    "/v1/checks/:id/shares",
    { config: { access: ["officer", "admin"] }, schema: schemas.shareCheck },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { organisation } = request.body as CheckShareInput;
      const db = app.storage.db;
      const check = await findVisibleCheck(db, id, [request.actor.organisation]);
      if (check === undefined) return sendProblem(request, reply, checkNotFound(id));
      const target = await db.selectFrom("organisations").select("id").where("id", "=", organisation).executeTakeFirst();
      if (target === undefined || organisation === check.organisation_id) {
        return sendProblem(request, reply, {
          status: 422,
          code: "unknown-organisation",
          detail: organisation === check.organisation_id ? "Een toets delen met de eigen organisatie is niet nodig." : `Er is geen organisatie ${organisation}.`,
          invalidParams: [{ name: "body/organisation", reason: "een andere, bestaande organisatie", code: "unknown-organisation" }],
        });
      }
      const existing = await db.selectFrom("check_shares").selectAll().where("check_id", "=", id).where("organisation_id", "=", organisation).executeTakeFirst();
      if (existing !== undefined) return reply.code(201).header("Location", `/v1/checks/${id}/shares`).send(toShare(existing));
      const row: CheckSharesTable = { check_id: id, organisation_id: organisation, shared_by: request.actor.id, shared_at: new Date().toISOString() };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("check_shares").values(row).execute();
        await audit(trx, {
          actor: request.actor.id,
          organisation: check.organisation_id,
          action: "check.share",
          targetType: "check",
          targetId: id,
          detail: { organisation },
          requestId: request.id,
        });
      });
      return reply.code(201).header("Location", `/v1/checks/${id}/shares`).send(toShare(row));
    },
  );

  app.get(
    "/v1/checks/:id/shares",
    { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listCheckShares },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const db = app.storage.db;
      const check = await findVisibleCheck(db, id, [request.actor.organisation]);
      if (check === undefined) return sendProblem(request, reply, checkNotFound(id));
      const rows = await db.selectFrom("check_shares").selectAll().where("check_id", "=", id).orderBy("shared_at").execute();
      return reply.send({ items: rows.map(toShare) });
    },
  );

  app.delete(
    "/v1/checks/:id/shares/:organisation",
    { config: { access: ["officer", "admin"] }, schema: schemas.unshareCheck },
    async (request, reply) => {
      const { id, organisation } = request.params as { id: string; organisation: string };
      const db = app.storage.db;
      const check = await findVisibleCheck(db, id, [request.actor.organisation]);
      if (check === undefined) return sendProblem(request, reply, checkNotFound(id));
      const deleted = await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom("check_shares").where("check_id", "=", id).where("organisation_id", "=", organisation).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) return false;
        await audit(trx, { actor: request.actor.id, organisation: check.organisation_id, action: "check.unshare", targetType: "check", targetId: id, detail: { organisation }, requestId: request.id });
        return true;
      });
      if (!deleted) return sendProblem(request, reply, { status: 404, code: "share-not-found", detail: `De toets is niet gedeeld met ${organisation}.` });
      return reply.code(204).send();
    },
  );
}
