// Ethics cases: submit, list, read, update, move through the lifecycle, reflect, and the checks
// whose waivers cite a case. Who may see or move a case is @ethiek/cases' rule.
import type { FastifyInstance } from "fastify";
import { COMMISSION_MOVES, addReflection, checksCitingCase, isAskingOrganisation, isHandlingCommission, mayMoveCase, recordDecision, transition, updateCase } from "@ethiek/cases";
import type { Case, CaseInput, CasePage, CaseTransitionInput, ReflectionInput } from "@ethiek/schemas";
import { visibleOrganisations } from "../../access.js";
import { citationsOfCase, loadVisible, partiesOf, storeCase, submitCase, visibleRows } from "../../storage/cases.js";
import { conflict, forbidden, lifecycleProblem, notFound } from "./problems.js";
import * as schemas from "./schemas.js";

/** Registers the routes of the cases themselves (submit, read, change, reflect, citations). */
export async function caseRecordRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;

  app.post("/v1/cases", { config: { access: ["officer", "ethics"] }, schema: schemas.createCase }, async (request, reply) => {
    const c = await submitCase(db(), request.actor, request.body as CaseInput, request.id);
    return reply.code(201).header("Location", `/v1/cases/${c.id}`).send(c);
  });

  app.get("/v1/cases", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listCases }, async (request) => {
    const q = request.query as { page: number; pageSize: number; status?: string; confidentiality?: string; organisation?: string; value?: string; technology?: string; domain?: string };
    const cases = (await visibleRows(db(), request.actor, q.status))
      .filter((r) => (q.confidentiality === undefined || r.confidentiality === q.confidentiality) && (q.organisation === undefined || r.organisation_id === q.organisation))
      .map((r) => JSON.parse(r.document) as Case)
      .filter(
        (c) =>
          (q.value === undefined || c.tags.values.includes(q.value)) &&
          (q.technology === undefined || c.tags.technologies.includes(q.technology)) &&
          (q.domain === undefined || c.tags.policyDomains.includes(q.domain)),
      );
    const page: CasePage = { items: cases.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), page: q.page, pageSize: q.pageSize, total: cases.length };
    return page;
  });

  app.get("/v1/cases/:id", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.getCase }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const row = await loadVisible(db(), id, request.actor);
    if (row === undefined) return notFound(request, reply, id);
    return JSON.parse(row.document) as Case;
  });

  app.put("/v1/cases/:id", { config: { access: ["officer", "ethics"] }, schema: schemas.updateCase }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const actor = request.actor;
    const row = await loadVisible(db(), id, actor);
    if (row === undefined) return notFound(request, reply, id);
    const asker = isAskingOrganisation(partiesOf(row), actor);
    if (!asker && !isHandlingCommission(partiesOf(row), actor)) return forbidden(request, reply, "Alleen de indienende organisatie en de behandelende commissie mogen een casus wijzigen.");
    const current = JSON.parse(row.document) as Case;
    const { requester: _requester, to: _to, decision, ...rest } = request.body as CaseInput;
    const now = new Date().toISOString();
    let updated = updateCase(current, { ...rest, requester: current.requester } as never, now);
    if (!updated.ok) return lifecycleProblem(request, reply, updated.errors[0]!);
    // The decision is the asking organisation's; it can be recorded once the reflection is given.
    if (decision !== undefined && JSON.stringify(decision) !== JSON.stringify(current.decision)) {
      if (!asker) return forbidden(request, reply, "Alleen de indienende organisatie legt haar besluit vast.");
      updated = recordDecision(updated.value, decision);
      if (!updated.ok) return lifecycleProblem(request, reply, updated.errors[0]!);
    }
    if (!(await storeCase(db(), row, updated.value, actor, "case.update", request.id))) return conflict(request, reply);
    return updated.value;
  });

  app.post("/v1/cases/:id/events", { config: { access: ["officer", "ethics"] }, schema: schemas.transitionCase }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const actor = request.actor;
    const body = request.body as CaseTransitionInput;
    const row = await loadVisible(db(), id, actor);
    if (row === undefined) return notFound(request, reply, id);
    if (!mayMoveCase(partiesOf(row), actor, body.to)) {
      return forbidden(
        request,
        reply,
        COMMISSION_MOVES.has(body.to) ? "Deze stap zet de behandelende commissie (met de rol ethics)." : "Deze stap zet de organisatie die de casus indiende.",
      );
    }
    const current = JSON.parse(row.document) as Case;
    const result = transition(current, body.to, { actor: actor.id, at: new Date().toISOString(), ...(body.reason ? { reason: body.reason } : {}) });
    if (!result.ok) return lifecycleProblem(request, reply, result.errors[0]!);
    if (!(await storeCase(db(), row, result.value, actor, `case.${body.to}`, request.id))) return conflict(request, reply);
    return result.value;
  });

  app.post("/v1/cases/:id/reflections", { config: { access: ["ethics"] }, schema: schemas.addCaseReflection }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const actor = request.actor;
    const row = await loadVisible(db(), id, actor);
    if (row === undefined) return notFound(request, reply, id);
    if (!isHandlingCommission(partiesOf(row), actor)) return forbidden(request, reply, "Alleen de behandelende commissie (met de rol ethics) geeft een reflectie.");
    const result = addReflection(JSON.parse(row.document) as Case, request.body as ReflectionInput);
    if (!result.ok) return lifecycleProblem(request, reply, result.errors[0]!);
    const next = { ...result.value, updatedAt: new Date().toISOString() };
    if (!(await storeCase(db(), row, next, actor, "case.reflection", request.id))) return conflict(request, reply);
    return reply.code(201).send(next);
  });

  app.get("/v1/cases/:id/citing-checks", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listCaseCitingChecks }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const row = await loadVisible(db(), id, request.actor);
    if (row === undefined) return notFound(request, reply, id);
    // Only the waivers of checks the caller may see count.
    const citations = await citationsOfCase(db(), id, await visibleOrganisations(db(), request.actor));
    return { items: checksCitingCase(id, citations) };
  });
}
