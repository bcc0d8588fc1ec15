import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { maxPage } from "../pagination.js";
import {
  COMMISSION_MOVES,
  PrecedentIndex,
  addReflection,
  canSeeCase,
  isAskingOrganisation,
  isHandlingCommission,
  bookletHtml,
  bookletMarkdown,
  checksCitingCase,
  citationsFromRequests,
  createCase,
  recordDecision,
  transition,
  updateCase,
  type TransitionError,
} from "@ethiek/cases";
import type { Case, CaseInput, CasePage, CaseStatus, CaseTransitionInput, ReflectionInput } from "@ethiek/schemas";
import type { Actor } from "../auth.js";
import { visibleOrganisations } from "../access.js";
import { audit } from "../audit.js";
import type { CasesTable, Db } from "../db/database.js";
import { casesVersion, publicExport } from "../public-precedents.js";
import { sendProblem } from "../problems.js";
import { schemaRef } from "../validation.js";

const TAG = "casussen";
const MORES = "moresprudentie";

const idParams = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 100, description: "De sleutel van de casus." } },
} as const;

const tagFilter = (what: string) => ({ type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description: `Alleen casussen met dit label (${what}).` }) as const;

const kebab = (code: string): string => code.toLowerCase().replace(/_/g, "-");

/** Lifecycle errors that describe a wrong request (422) rather than a conflict with the case's state (409). */
function lifecycleProblem(request: FastifyRequest, reply: FastifyReply, error: TransitionError) {
  const status = error.code === "REASON_REQUIRED" || error.code === "INVALID_TIME" ? 422 : 409;
  return sendProblem(request, reply, { status, code: kebab(error.code), detail: error.message });
}

/** The organisations with the same commission as the actor's organisation (for internal cases). */
async function actorContext(db: Db, actor: Actor): Promise<{ commissionOfActor: string | null }> {
  const org = await db.selectFrom("organisations").select("commission_id").where("id", "=", actor.organisation).executeTakeFirst();
  return { commissionOfActor: org?.commission_id ?? null };
}

/** The parties of a stored case, as `@ethiek/cases` decides visibility and moves with them. */
const partiesOf = (row: Pick<CasesTable, "organisation_id" | "commission_id" | "confidentiality">) => ({
  organisation: row.organisation_id,
  commission: row.commission_id,
  confidentiality: row.confidentiality as "public" | "internal" | "confidential",
});

/** Whether the actor may see a case (`canSeeCase` of @ethiek/cases). */
const canSee = (row: Pick<CasesTable, "organisation_id" | "commission_id" | "confidentiality">, actor: Actor, commissionOfActor: string | null) =>
  canSeeCase(partiesOf(row), { organisation: actor.organisation, roles: actor.roles, commissionOfOrganisation: commissionOfActor });

/** Whether the actor is the commission that handles the case (with the ethics role). */
export const isCommission = (row: CasesTable, actor: Actor) => isHandlingCommission(partiesOf(row), actor);
/** Whether the actor's organisation asked the case (officer or ethics role). */
export const isOwner = (row: CasesTable, actor: Actor) => isAskingOrganisation(partiesOf(row), actor);
export { COMMISSION_MOVES };

/** The cases the actor may see, newest first (also used by the web page). */
export async function visibleRows(db: Db, actor: Actor, status?: string): Promise<CasesTable[]> {
  const { commissionOfActor } = await actorContext(db, actor);
  let q = db.selectFrom("cases").selectAll();
  if (status !== undefined) q = q.where("status", "=", status);
  // A coarse filter in SQL; canSee decides precisely.
  q = q.where((eb) =>
    eb.or([
      eb("organisation_id", "=", actor.organisation),
      eb("commission_id", "=", actor.organisation),
      eb("confidentiality", "=", "public"),
      ...(commissionOfActor === null ? [] : [eb.and([eb("confidentiality", "=", "internal"), eb("commission_id", "=", commissionOfActor)])]),
    ]),
  );
  const rows = await q.orderBy("created_at", "desc").orderBy("id").execute();
  return rows.filter((r) => canSee(r, actor, commissionOfActor));
}

/** A small most-recently-used cache of search indexes, each valid for one version of the cases. */
class PrecedentIndexCache {
  private readonly entries = new Map<string, { version: string; index: Promise<PrecedentIndex> }>();
  constructor(private readonly capacity = 32) {}

  async get(key: string, version: string, build: () => Promise<PrecedentIndex>): Promise<PrecedentIndex> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit !== undefined && hit.version === version) {
      this.entries.set(key, hit);
      return hit.index;
    }
    // Concurrent requests for the same version share one build; a failed build is not kept.
    const index = build();
    const entry = { version, index };
    this.entries.set(key, entry);
    index.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return index;
  }
}

/** One case, when the actor may see it. */
export async function loadVisible(db: Db, id: string, actor: Actor): Promise<CasesTable | undefined> {
  const row = await db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) return undefined;
  const { commissionOfActor } = await actorContext(db, actor);
  return canSee(row, actor, commissionOfActor) ? row : undefined;
}

const notFound = (request: FastifyRequest, reply: FastifyReply, id: string) =>
  sendProblem(request, reply, { status: 404, code: "case-not-found", detail: `Er is geen casus '${id}' die u mag zien.` });
const forbidden = (request: FastifyRequest, reply: FastifyReply, detail: string) => sendProblem(request, reply, { status: 403, code: "case-forbidden", detail });

/** Writes a changed case, if nobody else changed it meanwhile; appends the new events. */
export async function store(db: Db, row: CasesTable, next: Case, actor: Actor, action: string, requestId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("cases")
      .set({
        status: next.status,
        confidentiality: next.confidentiality,
        title: next.title,
        event_count: next.events.length,
        document: JSON.stringify(next),
        updated_at: next.updatedAt ?? new Date().toISOString(),
      })
      .where("id", "=", row.id)
      .where("event_count", "=", row.event_count)
      .where("updated_at", "=", row.updated_at)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    for (let seq = row.event_count; seq < next.events.length; seq++) {
      const e = next.events[seq]!;
      await trx
        .insertInto("case_events")
        .values({ case_id: row.id, seq, from_status: e.from, to_status: e.to, actor: e.actor, reason: e.reason ?? null, occurred_at: e.at })
        .execute();
    }
    await audit(trx, {
      actor: actor.id,
      organisation: actor.organisation,
      action,
      targetType: "case",
      targetId: row.id,
      detail: { status: next.status, events: next.events.length },
      requestId,
    });
    return true;
  });
}

const conflict = (request: FastifyRequest, reply: FastifyReply) =>
  sendProblem(request, reply, { status: 409, code: "case-changed", detail: "De casus is net door iemand anders gewijzigd. Haal hem opnieuw op en probeer het nog eens." });

const precedentIndexes = new PrecedentIndexCache();

/**
 * The search index over the closed cases the actor may see. Building it costs seconds at tens of
 * thousands of cases, so it is kept per visibility (organisation, ethics role, commission) and
 * rebuilt only when a case changed: the version is read from the database on every request,
 * so several instances sharing one database stay correct.
 */
export async function precedentsFor(db: Db, actor: Actor): Promise<PrecedentIndex> {
  const { commissionOfActor } = await actorContext(db, actor);
  const version = await casesVersion(db);
  const key = `${actor.organisation}|${actor.roles.has("ethics") ? "ethics" : ""}|${commissionOfActor ?? ""}`;
  return precedentIndexes.get(key, version, async () =>
    PrecedentIndex.build((await visibleRows(db, actor, "closed")).map((r) => JSON.parse(r.document) as Case)),
  );
}

/**
 * Submits a case to the commission of the actor's organisation (or to the organisation's own
 * advisers when it has none), in one transaction with its first event and an audit record. Used
 * by POST /v1/cases and the web page.
 */
export async function submitCase(db: Db, actor: Actor, input: CaseInput, requestId: string): Promise<Case> {
  const org = await db.selectFrom("organisations").select(["name", "commission_id"]).where("id", "=", actor.organisation).executeTakeFirst();
  const commissionId = org?.commission_id ?? actor.organisation;
  const commission = await db.selectFrom("organisations").select("name").where("id", "=", commissionId).executeTakeFirst();
  const now = new Date().toISOString();
  const id = `casus-${randomUUID()}`;
  const c = createCase(
    {
      ...input,
      requester: { ...input.requester, organisation: { id: actor.organisation, name: org?.name ?? input.requester.organisation.name } },
      to: { ...(input.to ?? { name: commission?.name ?? commissionId, routing: "manual" as const }), organisationId: commissionId },
    },
    { id, actor: actor.id, at: now },
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("cases")
      .values({
        id,
        organisation_id: actor.organisation,
        commission_id: commissionId,
        status: c.status,
        confidentiality: c.confidentiality,
        title: c.title,
        event_count: 1,
        document: JSON.stringify(c),
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx.insertInto("case_events").values({ case_id: id, seq: 0, from_status: null, to_status: "submitted", actor: actor.id, reason: null, occurred_at: now }).execute();
    await audit(trx, { actor: actor.id, organisation: actor.organisation, action: "case.create", targetType: "case", targetId: id, detail: { confidentiality: c.confidentiality }, requestId });
  });
  return c;
}

/** Routes of ethics cases and moresprudentie (`@ethiek/cases`). */
export default async function caseRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;
  const visiblePrecedents = (actor: Actor) => precedentsFor(db(), actor);


  app.post(
    "/v1/cases",
    {
      config: { access: ["officer", "ethics"] },
      schema: {
        operationId: "createCase",
        tags: [TAG],
        summary: "Leg een casus voor",
        description:
          "Legt een ethische vraag of casus voor aan de commissie van uw organisatie (of, als uw organisatie geen commissie heeft, aan uw eigen ethiek-adviseurs). De casus krijgt de status 'ingediend'.",
        body: schemaRef("case", "CaseInput"),
        response: {
          201: { description: "De casus is ingediend.", headers: { Location: { type: "string", description: "Het adres van de nieuwe casus." } }, ...schemaRef("case") },
        },
      },
    },
    async (request, reply) => {
      const c = await submitCase(db(), request.actor, request.body as CaseInput, request.id);
      return reply.code(201).header("Location", `/v1/cases/${c.id}`).send(c);
    },
  );

  app.get(
    "/v1/cases",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listCases",
        tags: [TAG],
        summary: "Casussen zoeken",
        description: "De casussen die u mag zien: van uw organisatie, die uw commissie behandelt, interne casussen van uw commissie en openbare casussen. Nieuwste eerst.",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            page: { type: "integer", minimum: 1, maximum: maxPage, default: 1, description: "Het paginanummer, vanaf 1." },
            pageSize: { type: "integer", minimum: 1, maximum: 100, default: 20, description: "Het aantal casussen per pagina (1 tot 100)." },
            status: { type: "string", enum: ["submitted", "accepted", "declined", "in-analysis", "reflection-given", "decision-recorded", "closed", "withdrawn"], description: "Alleen casussen met deze status." },
            confidentiality: { type: "string", enum: ["public", "internal", "confidential"], description: "Alleen casussen met deze vertrouwelijkheid." },
            organisation: { type: "string", minLength: 1, description: "Alleen casussen van deze organisatie." },
            value: tagFilter("waarde"),
            technology: tagFilter("technologie"),
            domain: tagFilter("beleidsdomein"),
          },
        },
        response: { 200: { description: "Een pagina casussen.", ...schemaRef("case", "CasePage") } },
      },
    },
    async (request) => {
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
    },
  );

  app.get(
    "/v1/cases/:id",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "getCase",
        tags: [TAG],
        summary: "Een casus lezen",
        description: "De casus met analyse, reflecties, besluit en alle stappen. Een casus die u niet mag zien, bestaat voor u niet (404).",
        params: idParams,
        response: { 200: { description: "De casus.", ...schemaRef("case") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const row = await loadVisible(db(), id, request.actor);
      if (row === undefined) return notFound(request, reply, id);
      return JSON.parse(row.document) as Case;
    },
  );

  app.put(
    "/v1/cases/:id",
    {
      config: { access: ["officer", "ethics"] },
      schema: {
        operationId: "updateCase",
        tags: [TAG],
        summary: "Een casus bijwerken",
        description:
          "Vervangt de gegevens van een open casus (vraag, context, technologie, labels, analyse, besluit). De indienende organisatie en de behandelende commissie mogen dat. Afgesloten, afgewezen en ingetrokken casussen veranderen niet meer (409).",
        params: idParams,
        body: schemaRef("case", "CaseInput"),
        response: {
          200: { description: "De bijgewerkte casus.", ...schemaRef("case") },
          409: { description: "De casus is afgerond of net gewijzigd.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const actor = request.actor;
      const row = await loadVisible(db(), id, actor);
      if (row === undefined) return notFound(request, reply, id);
      if (!isOwner(row, actor) && !isCommission(row, actor)) return forbidden(request, reply, "Alleen de indienende organisatie en de behandelende commissie mogen een casus wijzigen.");
      const current = JSON.parse(row.document) as Case;
      const { requester: _requester, to: _to, decision, ...rest } = request.body as CaseInput;
      const now = new Date().toISOString();
      let updated = updateCase(current, { ...rest, requester: current.requester } as never, now);
      if (!updated.ok) return lifecycleProblem(request, reply, updated.errors[0]!);
      // The decision is the asking organisation's; it can be recorded once the reflection is given.
      if (decision !== undefined && JSON.stringify(decision) !== JSON.stringify(current.decision)) {
        if (!isOwner(row, actor)) return forbidden(request, reply, "Alleen de indienende organisatie legt haar besluit vast.");
        updated = recordDecision(updated.value, decision);
        if (!updated.ok) return lifecycleProblem(request, reply, updated.errors[0]!);
      }
      if (!(await store(db(), row, updated.value, actor, "case.update", request.id))) return conflict(request, reply);
      return updated.value;
    },
  );

  app.post(
    "/v1/cases/:id/events",
    {
      config: { access: ["officer", "ethics"] },
      schema: {
        operationId: "transitionCase",
        tags: [TAG],
        summary: "De status van een casus veranderen",
        description:
          "Zet de casus een stap verder. De behandelende commissie (rol ethics) neemt in behandeling, wijst af (met reden), start de analyse, geeft de reflectie en sluit af. De indienende organisatie legt het besluit vast en kan intrekken (met reden). Elke stap wordt vastgelegd met wie en wanneer.",
        params: idParams,
        body: schemaRef("case", "CaseTransitionInput"),
        response: {
          200: { description: "De casus na de stap.", ...schemaRef("case") },
          409: { description: "Deze stap kan niet vanuit de huidige status.", ...schemaRef("problem") },
          422: { description: "Er ontbreekt een reden.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const actor = request.actor;
      const body = request.body as CaseTransitionInput;
      const row = await loadVisible(db(), id, actor);
      if (row === undefined) return notFound(request, reply, id);
      const allowed = COMMISSION_MOVES.has(body.to) ? isCommission(row, actor) : isOwner(row, actor);
      if (!allowed) {
        return forbidden(
          request,
          reply,
          COMMISSION_MOVES.has(body.to)
            ? "Deze stap zet de behandelende commissie (met de rol ethics)."
            : "Deze stap zet de organisatie die de casus indiende.",
        );
      }
      const current = JSON.parse(row.document) as Case;
      const result = transition(current, body.to, { actor: actor.id, at: new Date().toISOString(), ...(body.reason ? { reason: body.reason } : {}) });
      if (!result.ok) return lifecycleProblem(request, reply, result.errors[0]!);
      if (!(await store(db(), row, result.value, actor, `case.${body.to}`, request.id))) return conflict(request, reply);
      return result.value;
    },
  );

  app.post(
    "/v1/cases/:id/reflections",
    {
      config: { access: ["ethics"] },
      schema: {
        operationId: "addCaseReflection",
        tags: [TAG],
        summary: "Een reflectie geven",
        description: "De behandelende commissie voegt haar reflectie toe: auteurs, datum, tekst, de gewogen waarden en het advies. Een reflectie is nooit bindend. Kan als de casus in analyse is of al een reflectie heeft.",
        params: idParams,
        body: schemaRef("case", "ReflectionInput"),
        response: {
          201: { description: "De casus met de nieuwe reflectie.", ...schemaRef("case") },
          409: { description: "De casus is niet in analyse.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const actor = request.actor;
      const row = await loadVisible(db(), id, actor);
      if (row === undefined) return notFound(request, reply, id);
      if (!isCommission(row, actor)) return forbidden(request, reply, "Alleen de behandelende commissie (met de rol ethics) geeft een reflectie.");
      const result = addReflection(JSON.parse(row.document) as Case, request.body as ReflectionInput);
      if (!result.ok) return lifecycleProblem(request, reply, result.errors[0]!);
      const next = { ...result.value, updatedAt: new Date().toISOString() };
      if (!(await store(db(), row, next, actor, "case.reflection", request.id))) return conflict(request, reply);
      return reply.code(201).send(next);
    },
  );

  app.get(
    "/v1/cases/:id/citing-checks",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listCaseCitingChecks",
        tags: [TAG],
        summary: "Toetsen die deze casus aanhalen",
        description:
          "De aanbestedingstoetsen waarin een uitzondering op een eis (of een verzoek daartoe) deze casus als onderbouwing noemt, met de eisen en de stand van het besluit. Alleen toetsen die u mag zien.",
        params: idParams,
        response: { 200: { description: "De toetsen, toegekende eerst.", ...schemaRef("case", "CitingCheckList") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const actor = request.actor;
      const row = await loadVisible(db(), id, actor);
      if (row === undefined) return notFound(request, reply, id);
      const organisations = await visibleOrganisations(db(), actor);
      const requests = await db()
        .selectFrom("waiver_requests")
        .select(["check_id", "requirement", "case_ref", "status"])
        .where("case_ref", "=", id)
        .where("organisation_id", "in", organisations)
        .execute();
      const citations = citationsFromRequests(
        requests.map((r) => ({ check: r.check_id, requirement: r.requirement, case: r.case_ref, status: r.status as "pending" | "approved" | "rejected" })),
      );
      return { items: checksCitingCase(id, citations) };
    },
  );

  app.get(
    "/v1/cases/:id/similar",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listSimilarPrecedents",
        tags: [MORES],
        summary: "Vergelijkbare eerdere casussen",
        description: "Afgesloten casussen die lijken op deze casus (dezelfde woorden, waarden, technologie of beleidsdomein), de meest vergelijkbare eerst. Alleen casussen die u mag zien.",
        params: idParams,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { limit: { type: "integer", minimum: 1, maximum: 20, default: 5, description: "Het aantal casussen (1 tot 20)." } },
        },
        response: { 200: { description: "De vergelijkbare casussen en hun facetten.", ...schemaRef("precedent") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { limit } = request.query as { limit: number };
      const row = await loadVisible(db(), id, request.actor);
      if (row === undefined) return notFound(request, reply, id);
      const c = JSON.parse(row.document) as Case;
      const index = await visiblePrecedents(request.actor);
      const hits = index.similar(c, { limit });
      const facets = index.search("", { filters: {}, canSee: (x) => hits.some((h) => h.caseId === x.id), limit: 1 }).facets;
      return { query: c.title, total: hits.length, hits, facets };
    },
  );

  app.get(
    "/v1/precedents",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "searchPrecedents",
        tags: [MORES],
        summary: "Zoeken in de moresprudentie",
        description:
          "Zoekt in de afgesloten casussen die u mag zien, in het Nederlands en Engels (ook andere woordvormen), gerangschikt, met gemarkeerde fragmenten en aantallen per waarde, technologie, beleidsdomein, commissie en jaar.",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            q: { type: "string", maxLength: 500, default: "", description: "De zoekvraag; leeg geeft alle casussen, nieuwste eerst." },
            value: tagFilter("waarde"),
            technology: tagFilter("technologie"),
            domain: tagFilter("beleidsdomein"),
            commission: { type: "string", minLength: 1, description: "Alleen casussen van deze commissie (naam)." },
            year: { type: "integer", minimum: 1900, maximum: 2999, description: "Alleen casussen die in dit jaar zijn afgesloten." },
            page: { type: "integer", minimum: 1, maximum: maxPage, default: 1, description: "Het paginanummer, vanaf 1." },
            pageSize: { type: "integer", minimum: 1, maximum: 100, default: 10, description: "Het aantal treffers per pagina (1 tot 100)." },
          },
        },
        response: { 200: { description: "De treffers en facetten.", ...schemaRef("precedent") } },
      },
    },
    async (request) => {
      const q = request.query as { q: string; value?: string; technology?: string; domain?: string; commission?: string; year?: number; page: number; pageSize: number };
      const index = await visiblePrecedents(request.actor);
      return index.search(q.q, {
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
        filters: {
          ...(q.value ? { values: [q.value] } : {}),
          ...(q.technology ? { technologies: [q.technology] } : {}),
          ...(q.domain ? { policyDomains: [q.domain] } : {}),
          ...(q.commission ? { commissions: [q.commission] } : {}),
          ...(q.year ? { years: [q.year] } : {}),
        },
      });
    },
  );

  app.get(
    "/v1/precedents/export",
    {
      config: { access: "public" },
      schema: {
        operationId: "exportPrecedents",
        tags: [MORES],
        summary: "De openbare moresprudentie",
        description:
          "De ethische leidraad: alle afgesloten openbare casussen, zonder namen van personen en zonder vertrouwelijke of interne casussen, als JSON, Markdown of HTML. Zie docs/cases.md voor de regels.",
        security: [],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            format: { type: "string", enum: ["json", "markdown", "html"], default: "json", description: "json (standaard), markdown of html." },
          },
        },
        response: {
          200: {
            description: "De export.",
            content: {
              "application/json": { schema: schemaRef("case-export") },
              "text/markdown": { schema: { type: "string", description: "Het boekje in Markdown." } },
              "text/html": { schema: { type: "string", description: "Het boekje als HTML-pagina." } },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query as { format: "json" | "markdown" | "html" };
      // The same data as the web page's /moresprudentie (src/public-precedents.ts).
      const data = await publicExport(db());
      if (format === "markdown") return reply.type("text/markdown; charset=utf-8").send(bookletMarkdown(data));
      if (format === "html") return reply.type("text/html; charset=utf-8").send(bookletHtml(data));
      return data;
    },
  );
}
