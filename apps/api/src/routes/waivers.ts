import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { CheckReport, WaiverDecisionInput, WaiverRequest, WaiverRequestInput } from "@ethiek/schemas";
import { mayDecideWaivers, visibleOrganisations } from "../access.js";
import { audit } from "../audit.js";
import { findVisibleCheck } from "../storage/checks.js";
import type { WaiverRequestsTable } from "../db/database.js";
import { sendProblem } from "../problems.js";
import { schemaRef } from "../validation.js";

function toWaiverRequest(row: WaiverRequestsTable): WaiverRequest {
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

const idParams = (what: string) =>
  ({
    type: "object",
    additionalProperties: false,
    required: ["id"],
    properties: { id: { type: "string", minLength: 1, maxLength: 100, description: what } },
  }) as const;

/**
 * Waiver requests: an officer contests a finding of a check; the ethics role of the organisation
 * (or of its commission) approves or rejects it with a reason. Nobody decides their own request.
 * An approved waiver applies to the re-checks of the same tender.
 */
export default async function waiverRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    "/v1/checks/:id/waiver-requests",
    {
      config: { access: ["officer"] },
      schema: {
        operationId: "createWaiverRequest",
        tags: ["uitzonderingen"],
        summary: "Maak bezwaar tegen een bevinding",
        description:
          "Vraag om een eis voor deze aanbesteding buiten beschouwing te laten. Alleen eisen die gedeeltelijk of niet zijn vervuld komen in aanmerking. De ethiekrol van uw organisatie of haar commissie beslist.",
        params: idParams("De identificatie van de toets."),
        body: schemaRef("waiver-request", "WaiverRequestInput"),
        response: {
          201: { description: "Het verzoek is ingediend.", headers: { Location: { type: "string", description: "Het pad van het verzoek." } }, ...schemaRef("waiver-request") },
          409: { description: "Er loopt al een verzoek voor deze eis.", ...schemaRef("problem") },
          422: { description: "De eis heeft in deze toets geen open bevinding.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const body = request.body as WaiverRequestInput;
      const db = app.storage.db;
      const check = await findVisibleCheck(db, id, [request.actor.organisation]);
      if (check === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} van uw organisatie.` });
      const report = JSON.parse(check.report) as CheckReport;
      const result = report.results.find((r) => r.requirement === body.requirement);
      if (result === undefined || (result.status !== "partial" && result.status !== "missing")) {
        return sendProblem(request, reply, {
          status: 422,
          code: "no-open-finding",
          detail: `De eis ${body.requirement} heeft in deze toets geen open bevinding (${result?.status ?? "komt niet voor"}); bezwaar is alleen mogelijk tegen een gedeeltelijk of niet vervulde eis.`,
          invalidParams: [{ name: "body/requirement", reason: "geen open bevinding in deze toets", code: "no-open-finding" }],
        });
      }
      const pending = await db
        .selectFrom("waiver_requests")
        .select("id")
        .where("check_id", "=", id)
        .where("requirement", "=", body.requirement)
        .where("status", "=", "pending")
        .executeTakeFirst();
      if (pending !== undefined) {
        return sendProblem(request, reply, {
          status: 409,
          code: "waiver-request-pending",
          detail: `Er loopt al een verzoek (${pending.id}) voor de eis ${body.requirement} in deze toets.`,
        });
      }
      const row: WaiverRequestsTable = {
        id: randomUUID(),
        check_id: id,
        organisation_id: check.organisation_id,
        requirement: body.requirement,
        reason: body.reason,
        case_ref: body.case ?? null,
        requested_by: request.actor.id,
        requested_at: new Date().toISOString(),
        status: "pending",
        decided_by: null,
        decided_at: null,
        decision_reason: null,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("waiver_requests").values(row).execute();
        await audit(trx, {
          actor: request.actor.id,
          organisation: check.organisation_id,
          action: "waiver-request.create",
          targetType: "waiver-request",
          targetId: row.id,
          detail: { check: id, requirement: body.requirement },
          requestId: request.id,
        });
      });
      return reply.code(201).header("Location", `/v1/waiver-requests/${row.id}`).send(toWaiverRequest(row));
    },
  );

  app.get(
    "/v1/checks/:id/waiver-requests",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listWaiverRequests",
        tags: ["uitzonderingen"],
        summary: "Verzoeken om uitzondering bij een toets",
        description: "Alle verzoeken om uitzondering bij deze toets, oudste eerst.",
        params: idParams("De identificatie van de toets."),
        response: { 200: { description: "De verzoeken.", ...schemaRef("waiver-request", "WaiverRequestList") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const db = app.storage.db;
      const check = await findVisibleCheck(db, id, await visibleOrganisations(db, request.actor));
      if (check === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} die u mag zien.` });
      const rows = await db.selectFrom("waiver_requests").selectAll().where("check_id", "=", id).orderBy("requested_at").orderBy("id").execute();
      return reply.send({ items: rows.map(toWaiverRequest) });
    },
  );

  app.get(
    "/v1/waiver-requests/:id",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "getWaiverRequest",
        tags: ["uitzonderingen"],
        summary: "Lees een verzoek om uitzondering",
        description: "Het verzoek met, als er al is beslist, het besluit en de motivering.",
        params: idParams("De identificatie van het verzoek."),
        response: { 200: { description: "Het verzoek.", ...schemaRef("waiver-request") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const db = app.storage.db;
      const orgs = await visibleOrganisations(db, request.actor);
      const row = await db.selectFrom("waiver_requests").selectAll().where("id", "=", id).where("organisation_id", "in", orgs).executeTakeFirst();
      if (row === undefined) return sendProblem(request, reply, { status: 404, code: "waiver-request-not-found", detail: `Er is geen verzoek ${id} dat u mag zien.` });
      return reply.send(toWaiverRequest(row));
    },
  );

  app.post(
    "/v1/waiver-requests/:id/decision",
    {
      config: { access: ["ethics"] },
      schema: {
        operationId: "decideWaiverRequest",
        tags: ["uitzonderingen"],
        summary: "Beslis over een verzoek om uitzondering",
        description:
          "Alleen voor de ethiekrol van de organisatie of van haar commissie, en nooit door wie het verzoek indiende. Toekennen vraagt een ethiekcasus die de uitzondering onderbouwt; de uitzondering geldt voor de hertoetsen van dezelfde aanbesteding.",
        params: idParams("De identificatie van het verzoek."),
        body: schemaRef("waiver-request", "WaiverDecisionInput"),
        response: {
          200: { description: "Het besluit is vastgelegd.", ...schemaRef("waiver-request") },
          409: { description: "Over dit verzoek is al beslist.", ...schemaRef("problem") },
          422: { description: "Toekennen zonder ethiekcasus.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const body = request.body as WaiverDecisionInput;
      const db = app.storage.db;
      const orgs = await visibleOrganisations(db, request.actor);
      const row = await db.selectFrom("waiver_requests").selectAll().where("id", "=", id).where("organisation_id", "in", orgs).executeTakeFirst();
      if (row === undefined) return sendProblem(request, reply, { status: 404, code: "waiver-request-not-found", detail: `Er is geen verzoek ${id} dat u mag zien.` });
      if (!(await mayDecideWaivers(db, request.actor, row.organisation_id))) {
        return sendProblem(request, reply, { status: 403, code: "role-required", detail: "Alleen de ethiekrol van de organisatie of van haar commissie beslist over uitzonderingen." });
      }
      if (row.requested_by === request.actor.id) {
        return sendProblem(request, reply, {
          status: 403,
          code: "self-decision",
          detail: "U diende dit verzoek zelf in; iemand anders met de ethiekrol moet erover beslissen.",
        });
      }
      if (row.status !== "pending") {
        return sendProblem(request, reply, { status: 409, code: "already-decided", detail: `Over dit verzoek is al beslist: ${row.status}.` });
      }
      const caseRef = body.case ?? row.case_ref;
      if (body.decision === "approved" && caseRef === null) {
        return sendProblem(request, reply, {
          status: 422,
          code: "case-required",
          detail: "Een uitzondering wordt alleen toegekend met een ethiekcasus (moresprudentie) die haar onderbouwt. Noem de casus in het veld case.",
          invalidParams: [{ name: "body/case", reason: "verplicht bij toekennen", code: "required" }],
        });
      }
      const decided: WaiverRequestsTable = {
        ...row,
        status: body.decision,
        case_ref: caseRef,
        decided_by: request.actor.id,
        decided_at: new Date().toISOString(),
        decision_reason: body.reason,
      };
      const updated = await db.transaction().execute(async (trx) => {
        // The status condition makes two concurrent decisions impossible: only one update matches.
        const result = await trx
          .updateTable("waiver_requests")
          .set({ status: decided.status, case_ref: decided.case_ref, decided_by: decided.decided_by, decided_at: decided.decided_at, decision_reason: decided.decision_reason })
          .where("id", "=", id)
          .where("status", "=", "pending")
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await audit(trx, {
          actor: request.actor.id,
          organisation: row.organisation_id,
          action: "waiver-request.decide",
          targetType: "waiver-request",
          targetId: id,
          detail: { decision: body.decision, requirement: row.requirement, case: caseRef },
          requestId: request.id,
        });
        return true;
      });
      if (!updated) return sendProblem(request, reply, { status: 409, code: "already-decided", detail: "Over dit verzoek is zojuist al beslist." });
      return reply.send(toWaiverRequest(decided));
    },
  );
}
