// Waiver requests: an officer contests a finding of a check; the ethics role of the organisation
// (or of its commission) approves or rejects it with a reason. Queries live in storage/waivers.ts.
import type { FastifyInstance } from "fastify";
import type { CheckReport, WaiverDecisionInput, WaiverRequestInput } from "@ethiek/schemas";
import { mayDecideWaivers, visibleOrganisations } from "../../access.js";
import { sendProblem } from "../../problems.js";
import { findVisibleCheck } from "../../storage/checks.js";
import { decideWaiverRequest, findPendingRequest, findWaiverRequest, insertWaiverRequest, listWaiverRequests, toWaiverRequest } from "../../storage/waivers.js";
import * as schemas from "./schemas.js";

const notFound = (id: string) => ({ status: 404, code: "waiver-request-not-found", detail: `Er is geen verzoek ${id} dat u mag zien.` });

/**
 * Waiver requests: nobody decides their own request, and an approved waiver applies to the
 * re-checks of the same tender.
 */
export default async function waiverRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;

  app.post("/v1/checks/:id/waiver-requests", { config: { access: ["officer"] }, schema: schemas.createWaiverRequest }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const body = request.body as WaiverRequestInput;
    const check = await findVisibleCheck(db(), id, [request.actor.organisation]);
    if (check === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} van uw organisatie.` });
    const result = (JSON.parse(check.report) as CheckReport).results.find((r) => r.requirement === body.requirement);
    if (result === undefined || (result.status !== "partial" && result.status !== "missing")) {
      return sendProblem(request, reply, {
        status: 422,
        code: "no-open-finding",
        detail: `De eis ${body.requirement} heeft in deze toets geen open bevinding (${result?.status ?? "komt niet voor"}); bezwaar is alleen mogelijk tegen een gedeeltelijk of niet vervulde eis.`,
        invalidParams: [{ name: "body/requirement", reason: "geen open bevinding in deze toets", code: "no-open-finding" }],
      });
    }
    const pending = await findPendingRequest(db(), id, body.requirement);
    if (pending !== undefined) {
      return sendProblem(request, reply, { status: 409, code: "waiver-request-pending", detail: `Er loopt al een verzoek (${pending}) voor de eis ${body.requirement} in deze toets.` });
    }
    const created = await insertWaiverRequest(db(), check, body, request.actor, request.id);
    return reply.code(201).header("Location", `/v1/waiver-requests/${created.id}`).send(created);
  });

  app.get("/v1/checks/:id/waiver-requests", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listWaiverRequests }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const check = await findVisibleCheck(db(), id, await visibleOrganisations(db(), request.actor));
    if (check === undefined) return sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${id} die u mag zien.` });
    return reply.send({ items: await listWaiverRequests(db(), id) });
  });

  app.get("/v1/waiver-requests/:id", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.getWaiverRequest }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const row = await findWaiverRequest(db(), id, await visibleOrganisations(db(), request.actor));
    if (row === undefined) return sendProblem(request, reply, notFound(id));
    return reply.send(toWaiverRequest(row));
  });

  app.post("/v1/waiver-requests/:id/decision", { config: { access: ["ethics"] }, schema: schemas.decideWaiverRequest }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const body = request.body as WaiverDecisionInput;
    const row = await findWaiverRequest(db(), id, await visibleOrganisations(db(), request.actor));
    if (row === undefined) return sendProblem(request, reply, notFound(id));
    if (!(await mayDecideWaivers(db(), request.actor, row.organisation_id))) {
      return sendProblem(request, reply, { status: 403, code: "role-required", detail: "Alleen de ethiekrol van de organisatie of van haar commissie beslist over uitzonderingen." });
    }
    if (row.requested_by === request.actor.id) {
      return sendProblem(request, reply, { status: 403, code: "self-decision", detail: "U diende dit verzoek zelf in; iemand anders met de ethiekrol moet erover beslissen." });
    }
    if (row.status !== "pending") return sendProblem(request, reply, { status: 409, code: "already-decided", detail: `Over dit verzoek is al beslist: ${row.status}.` });
    const caseRef = body.case ?? row.case_ref;
    if (body.decision === "approved" && caseRef === null) {
      return sendProblem(request, reply, {
        status: 422,
        code: "case-required",
        detail: "Een uitzondering wordt alleen toegekend met een ethiekcasus (moresprudentie) die haar onderbouwt. Noem de casus in het veld case.",
        invalidParams: [{ name: "body/case", reason: "verplicht bij toekennen", code: "required" }],
      });
    }
    const decided = await decideWaiverRequest(db(), row, body, caseRef, request.actor, request.id);
    if (decided === undefined) return sendProblem(request, reply, { status: 409, code: "already-decided", detail: "Over dit verzoek is zojuist al beslist." });
    return reply.send(decided);
  });
}
