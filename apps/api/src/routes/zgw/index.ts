import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Case, ZgwPullResult, ZgwPushInput, ZgwPushResult } from "@ethiek/schemas";
import { pullCases, pushCases, type ZgwError } from "@ethiek/zgw";
import { audit } from "../../audit.js";
import { kebab, sendProblem } from "../../problems.js";
import * as schemas from "./schemas.js";

/** A failure of the case system as a problem: 504 when it did not answer, else 502 with ZGW's own field errors. */
function zgwProblem(request: FastifyRequest, reply: FastifyReply, error: ZgwError) {
  return sendProblem(request, reply, {
    status: error.code === "ZGW_TIMEOUT" ? 504 : 502,
    code: kebab(error.code),
    detail: error.message,
    ...(error.invalidParams?.length ? { invalidParams: error.invalidParams.map((p) => ({ name: `zgw/${p.name}`, reason: p.reason, code: p.code })) } : {}),
  });
}

/**
 * The province's ZGW case system: `POST /v1/zgw/push` puts the organisation's cases into it
 * (idempotent, resumable, every step in the audit log), `POST /v1/zgw/pull` imports its ethics
 * zaken as cases for the moresprudentie (all in one transaction). Configured with ETHIEK_ZGW_*.
 */
export default async function zgwRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;
  const notConfigured = (request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(request, reply, { status: 409, code: "zgw-not-configured", detail: "Er is geen zaaksysteem ingesteld. De beheerder stelt ETHIEK_ZGW_ZAKEN_URL, _CATALOGI_URL, _CATALOGUS_URL, _RSIN, _CLIENT_ID en _SECRET in." });

  app.post(
    "/v1/zgw/push",
    { config: { access: ["ethics", "admin"] }, schema: schemas.pushCasesToZgw },
    async (request, reply) => {
      const zgw = app.config.zgw;
      if (zgw === undefined) return notConfigured(request, reply);
      const actor = request.actor;
      const input = (request.body ?? {}) as ZgwPushInput;
      let q = db().selectFrom("cases").select(["id", "document"]).where("organisation_id", "=", actor.organisation);
      if (input.caseIds !== undefined) q = q.where("id", "in", input.caseIds.length > 0 ? input.caseIds : [""]);
      const rows = await q.orderBy("created_at").orderBy("id").execute();
      const missing = (input.caseIds ?? []).filter((id) => !rows.some((r) => r.id === id));
      if (missing.length > 0) {
        return sendProblem(request, reply, { status: 404, code: "case-not-found", detail: `Uw organisatie heeft geen casus ${missing.join(", ")}.` });
      }
      const cases = rows.map((r) => JSON.parse(r.document) as Case);
      // Every write in the case system is one audit event; resources found unchanged are counted
      // in the closing event, so a repeated push does not flood the log.
      const report = await pushCases(cases, zgw, {
        onStep: async (step) => {
          if (step.action === "unchanged") return;
          await audit(db(), {
            actor: actor.id,
            organisation: actor.organisation,
            action: `zgw.push.${step.action}`,
            targetType: step.caseId ? "case" : "zgw-zaaktype",
            targetId: step.caseId ?? step.url,
            detail: { resource: step.resource, url: step.url, label: step.label, ...(step.fields ? { fields: step.fields } : {}) },
            requestId: request.id,
          });
        },
      });
      await audit(db(), {
        actor: actor.id,
        organisation: actor.organisation,
        action: report.ok ? "zgw.push" : "zgw.push.failed",
        targetType: "zgw",
        targetId: zgw.zakenApiUrl,
        detail: { counts: report.counts, cases: cases.length, ...(report.ok ? {} : { error: report.error.code, caseId: report.caseId }) },
        requestId: request.id,
      });
      if (!report.ok) return zgwProblem(request, reply, report.error);
      const result: ZgwPushResult = {
        counts: report.counts,
        zaken: report.zaken,
        warnings: report.warnings.map((w) => ({ code: kebab(w.code), message: w.message, ...(w.url ? { url: w.url } : {}) })),
      };
      return reply.send(result);
    },
  );

  app.post(
    "/v1/zgw/pull",
    { config: { access: ["ethics", "admin"] }, schema: schemas.pullCasesFromZgw },
    async (request, reply) => {
      const zgw = app.config.zgw;
      if (zgw === undefined) return notConfigured(request, reply);
      const actor = request.actor;
      const report = await pullCases(zgw);
      if (!report.ok) {
        await audit(db(), { actor: actor.id, organisation: actor.organisation, action: "zgw.pull.failed", targetType: "zgw", targetId: zgw.zakenApiUrl, detail: { error: report.error.code }, requestId: request.id });
        return zgwProblem(request, reply, report.error);
      }
      const org = await db().selectFrom("organisations").select("commission_id").where("id", "=", actor.organisation).executeTakeFirst();
      const commissionId = org?.commission_id ?? actor.organisation;
      const result: ZgwPullResult = { imported: [], alreadyPresent: [], skipped: report.skipped.map((s) => ({ code: kebab(s.code), message: s.message, url: s.zaak })) };
      // One transaction: every case with its events and audit record, or none.
      await db()
        .transaction()
        .execute(async (trx) => {
          const ids = report.cases.map((c) => c.id);
          const present = new Set(ids.length === 0 ? [] : (await trx.selectFrom("cases").select("id").where("id", "in", ids).execute()).map((r) => r.id));
          const now = new Date().toISOString();
          for (const c of report.cases) {
            if (present.has(c.id)) {
              result.alreadyPresent.push(c.id);
              continue;
            }
            await trx
              .insertInto("cases")
              .values({ id: c.id, organisation_id: actor.organisation, commission_id: commissionId, status: c.status, confidentiality: c.confidentiality, title: c.title, event_count: c.events.length, document: JSON.stringify(c), created_by: actor.id, created_at: c.createdAt, updated_at: now })
              .execute();
            await trx
              .insertInto("case_events")
              .values(c.events.map((e, seq) => ({ case_id: c.id, seq, from_status: e.from, to_status: e.to, actor: e.actor, reason: e.reason ?? null, occurred_at: e.at })))
              .execute();
            await audit(trx, { actor: actor.id, organisation: actor.organisation, action: "case.zgw-import", targetType: "case", targetId: c.id, detail: { confidentiality: c.confidentiality }, requestId: request.id });
            result.imported.push(c.id);
          }
          await audit(trx, { actor: actor.id, organisation: actor.organisation, action: "zgw.pull", targetType: "zgw", targetId: zgw.zakenApiUrl, detail: { imported: result.imported.length, alreadyPresent: result.alreadyPresent.length, skipped: result.skipped.length }, requestId: request.id });
        });
      return reply.send(result);
    },
  );
}
