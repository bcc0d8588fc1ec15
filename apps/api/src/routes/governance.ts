import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  applyEvent,
  createRoute,
  loadGovernanceModel,
  modelToSvg,
  planRoute,
  proposeTenderEscalation,
  routeEthicsCase,
  routeProgress,
  routeToSvg,
  shippedModels,
  type PlanError,
  type TransitionErrorCode,
} from "@ethiek/governance";
import type {
  CaseRoutingRequest,
  CheckReport,
  GovernanceModel,
  Route,
  RouteEvent,
  RouteEventRequest,
  RouteInput,
  RouteItem,
  RoutePlan,
  RoutePlanInput,
  RouteResource,
} from "@ethiek/schemas";
import { visibleOrganisations } from "../access.js";
import { audit } from "../audit.js";
import { findVisibleCheck } from "../checks.js";
import type { Db, GovernanceModelsTable, RouteEventsTable, RoutesTable } from "../db/database.js";
import { sendProblem } from "../problems.js";
import { schemaRef } from "../validation.js";

const TAG = "bestuursroutes";

const idParams = (what: string) =>
  ({
    type: "object",
    additionalProperties: false,
    required: ["id"],
    properties: { id: { type: "string", minLength: 1, maxLength: 100, description: what } },
  }) as const;

const languageQuery = {
  type: "object",
  additionalProperties: false,
  properties: { language: { type: "string", enum: ["nl", "en"], default: "nl", description: "De taal van de teksten in de tekening." } },
} as const;

const svgResponse = (description: string) => ({
  description,
  content: { "image/svg+xml": { schema: { type: "string", description: "Een op zichzelf staande SVG-tekening." } } },
});

/** Transition errors that describe a wrong request rather than a conflict with the route's state. */
const UNPROCESSABLE: ReadonlySet<TransitionErrorCode> = new Set([
  "INVALID_EVENT",
  "UNKNOWN_STEP",
  "BODY_NOT_AT_STEP",
  "ROLE_NOT_ALLOWED",
  "OUTCOME_NOT_ALLOWED",
  "REMARKS_REQUIRED",
  "RETURN_TARGET_INVALID",
  "RETURN_NOT_ALLOWED",
]);

const kebab = (code: string): string => code.toLowerCase().replace(/_/g, "-");

function rowToRoute(row: RoutesTable, events: readonly RouteEventsTable[]): Route {
  return {
    schemaVersion: "1.0",
    id: row.id,
    plan: JSON.parse(row.plan) as RoutePlan,
    createdAt: row.created_at,
    events: events.map(
      (e): RouteEvent => ({
        seq: e.seq,
        type: e.type as RouteEvent["type"],
        actor: { name: e.actor, ...(e.body_id === null ? {} : { bodyId: e.body_id }), ...(e.role === null ? {} : { role: e.role }) },
        occurredAt: e.occurred_at,
        ...(e.step_id === null ? {} : { stepId: e.step_id }),
        ...(e.outcome === null ? {} : { outcome: e.outcome as RouteEvent["outcome"] }),
        ...(e.to_step_id === null ? {} : { toStepId: e.to_step_id }),
        ...(e.remarks === null ? {} : { remarks: e.remarks }),
      }),
    ),
  };
}

function eventToRow(routeId: string, e: RouteEvent): RouteEventsTable {
  return {
    route_id: routeId,
    seq: e.seq,
    type: e.type,
    actor: e.actor.name,
    body_id: e.actor.bodyId ?? null,
    role: e.actor.role ?? null,
    step_id: e.stepId ?? null,
    outcome: e.outcome ?? null,
    to_step_id: e.toStepId ?? null,
    remarks: e.remarks ?? null,
    occurred_at: e.occurredAt,
  };
}

function resource(row: RoutesTable, route: Route, now = new Date()): RouteResource {
  return { id: row.id, organisation: row.organisation_id, createdBy: row.created_by, route, progress: routeProgress(route, now) };
}

async function loadVisibleRoute(db: Db, id: string, organisations: readonly string[]): Promise<{ row: RoutesTable; route: Route } | undefined> {
  const row = await db.selectFrom("routes").selectAll().where("id", "=", id).where("organisation_id", "in", [...organisations]).executeTakeFirst();
  if (row === undefined) return undefined;
  const events = await db.selectFrom("route_events").selectAll().where("route_id", "=", id).orderBy("seq").execute();
  return { row, route: rowToRoute(row, events) };
}

/** A shipped model, or one an organisation added. */
async function findModel(db: Db, id: string): Promise<GovernanceModel | undefined> {
  const shipped = shippedModels[id];
  if (shipped !== undefined) return shipped;
  const row = await db.selectFrom("governance_models").select("model").where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.model) as GovernanceModel);
}

/** The shipped models followed by the added ones, oldest first. */
async function allModels(db: Db): Promise<GovernanceModel[]> {
  const rows = await db.selectFrom("governance_models").select("model").orderBy("created_at").orderBy("id").execute();
  return [...Object.values(shippedModels), ...rows.map((r) => JSON.parse(r.model) as GovernanceModel)];
}

function planProblem(request: FastifyRequest, reply: FastifyReply, errors: readonly { code: string; messageNl: string }[]) {
  const first = errors[0]!;
  return sendProblem(request, reply, { status: 422, code: kebab(first.code), detail: first.messageNl });
}

/**
 * Resolves what to plan: the model, and the item from the body or from a stored check (a check
 * whose classification is not high-risk or prohibited gives no escalation: 422).
 */
async function resolvePlan(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: RoutePlanInput,
): Promise<{ plan: RoutePlan } | { sent: FastifyReply }> {
  const model = await findModel(app.storage.db, body.modelId);
  if (model === undefined) {
    return {
      sent: await sendProblem(request, reply, {
        status: 404,
        code: "governance-model-not-found",
        detail: `Er is geen bestuursmodel ${body.modelId}. Kies uit: ${(await allModels(app.storage.db)).map((m) => m.id).join(", ")}.`,
      }),
    };
  }
  if ((body.item === undefined) === (body.checkId === undefined)) {
    return {
      sent: await sendProblem(request, reply, {
        status: 400,
        code: "item-or-check-required",
        detail: "Geef precies één van beide op: item (het stuk) of checkId (een opgeslagen toets).",
        invalidParams: [{ name: "body/item", reason: "item of checkId, niet beide en niet geen", code: "one-of" }],
      }),
    };
  }
  if (body.checkId !== undefined) {
    const check = await findVisibleCheck(app.storage.db, body.checkId, [request.actor.organisation]);
    if (check === undefined) {
      return { sent: await sendProblem(request, reply, { status: 404, code: "check-not-found", detail: `Er is geen toets ${body.checkId} van uw organisatie.` }) };
    }
    const proposal = proposeTenderEscalation(JSON.parse(check.report) as CheckReport, { model });
    if (!proposal.ok) return { sent: await planProblem(request, reply, proposal.errors) };
    if (proposal.value === null) {
      return {
        sent: await sendProblem(request, reply, {
          status: 422,
          code: "no-escalation-needed",
          detail: "Deze toets vond geen hoog-risico-AI en geen verboden toepassing; een escalatieroute is niet nodig.",
        }),
      };
    }
    return { plan: proposal.value };
  }
  const planned = planRoute(model, body.item as RouteItem);
  if (!planned.ok) return { sent: await planProblem(request, reply, planned.errors as readonly PlanError[]) };
  return { plan: planned.value };
}

/**
 * Governance: the shipped governance models (IPO, Zuid-Holland, Overijssel, DataFryslân) and their
 * diagrams, planning a route for an item, and tracking stored routes through append-only events.
 * Routes belong to the organisation that created them; an ethics commission's ethics role also
 * sees, and may act on, the routes of the organisations it serves.
 */
export default async function governanceRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    "/v1/governance-models",
    {
      config: { access: "public" },
      schema: {
        operationId: "listGovernanceModels",
        tags: [TAG],
        summary: "De bestuursmodellen",
        description:
          "De organen (niveau, soort, mandaat) en routes van IPO, Zuid-Holland, Overijssel en DataFryslân, en de modellen die organisaties toevoegden. Bij elk onderdeel staat of de bron het noemt (seed) of dat het is aangenomen (assumed).",
        security: [],
        response: { 200: { description: "De modellen.", ...schemaRef("governance-model", "GovernanceModelList") } },
      },
    },
    async (_request, reply) => reply.send({ items: await allModels(app.storage.db) }),
  );

  app.post(
    "/v1/governance-models",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "createGovernanceModel",
        tags: [TAG],
        summary: "Voeg een bestuursmodel toe",
        description:
          "Voegt het bestuursmodel van uw organisatie toe. De dienst controleert of elke route te lopen is: bestaande organen en stappen, geen kringloop, elke stap bereikbaar, geen voorwaarde die nooit kan gelden, geen besluit door een orgaan zonder formele plek. Bestuursmodellen zijn openbaar.",
        body: schemaRef("governance-model"),
        response: {
          201: { description: "Het model is toegevoegd.", headers: { Location: { type: "string", description: "Het pad van het model." } }, ...schemaRef("governance-model") },
          409: { description: "Er is al een model met deze id.", ...schemaRef("problem") },
          422: { description: "Het model klopt niet; invalidParams noemt elke fout.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const loaded = loadGovernanceModel(request.body);
      if (!loaded.ok) {
        return sendProblem(request, reply, {
          status: 422,
          code: "governance-model-invalid",
          detail: `Het bestuursmodel bevat ${loaded.errors.length} fout(en); invalidParams noemt ze met hun plaats.`,
          invalidParams: loaded.errors.map((e) => ({ name: `body${e.pointer}`, reason: e.message, code: kebab(e.code) })),
        });
      }
      const model = loaded.value;
      const db = app.storage.db;
      if ((await findModel(db, model.id)) !== undefined) {
        return sendProblem(request, reply, { status: 409, code: "governance-model-exists", detail: `Er is al een bestuursmodel ${model.id}. Kies een andere id.` });
      }
      const row: GovernanceModelsTable = {
        id: model.id,
        organisation_id: request.actor.organisation,
        model: JSON.stringify(model),
        created_by: request.actor.id,
        created_at: new Date().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("governance_models").values(row).execute();
        await audit(trx, {
          actor: request.actor.id,
          organisation: row.organisation_id,
          action: "governance-model.create",
          targetType: "governance-model",
          targetId: row.id,
          detail: { bodies: model.bodies.length, routes: model.routes.length },
          requestId: request.id,
        });
      });
      return reply.code(201).header("Location", `/v1/governance-models/${model.id}`).send(model);
    },
  );

  app.get(
    "/v1/governance-models/:id",
    {
      config: { access: "public" },
      schema: {
        operationId: "getGovernanceModel",
        tags: [TAG],
        summary: "Lees een bestuursmodel",
        description: "Eén bestuursmodel met zijn organen en routes.",
        security: [],
        params: idParams("Het bestuursmodel, bijvoorbeeld ipo."),
        response: { 200: { description: "Het model.", ...schemaRef("governance-model") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const model = await findModel(app.storage.db, id);
      if (model === undefined) return sendProblem(request, reply, { status: 404, code: "governance-model-not-found", detail: `Er is geen bestuursmodel ${id}.` });
      return reply.send(model);
    },
  );

  app.get(
    "/v1/governance-models/:id/diagram.svg",
    {
      config: { access: "public" },
      schema: {
        operationId: "getGovernanceModelDiagram",
        tags: [TAG],
        summary: "Tekening van een bestuursmodel",
        description: "De organen per niveau met de routes als pijlen. Gestreept: geen formele plek. Grijs: aangenomen, niet uit de bron.",
        security: [],
        params: idParams("Het bestuursmodel, bijvoorbeeld ipo."),
        querystring: languageQuery,
        response: { 200: svgResponse("De tekening.") },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { language } = request.query as { language: "nl" | "en" };
      const model = await findModel(app.storage.db, id);
      if (model === undefined) return sendProblem(request, reply, { status: 404, code: "governance-model-not-found", detail: `Er is geen bestuursmodel ${id}.` });
      return reply
        .type("image/svg+xml; charset=utf-8")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .send(modelToSvg(model, language));
    },
  );

  app.post(
    "/v1/route-plans",
    {
      config: { access: ["officer", "ethics"] },
      schema: {
        operationId: "planRoute",
        tags: [TAG],
        summary: "Plan een route",
        description: "Berekent langs welke organen een stuk moet, met bij elke stap waarom. Slaat niets op.",
        body: schemaRef("route", "RoutePlanInput"),
        response: {
          200: { description: "De geplande route.", ...schemaRef("route", "RoutePlan") },
          422: { description: "Het model kent deze soort stuk niet, of de gegevens van het stuk spreken elkaar tegen.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const resolved = await resolvePlan(app, request, reply, request.body as RoutePlanInput);
      if ("sent" in resolved) return resolved.sent;
      return reply.send(resolved.plan);
    },
  );

  app.post(
    "/v1/case-routings",
    {
      config: { access: ["officer", "ethics"] },
      schema: {
        operationId: "routeEthicsCase",
        tags: [TAG],
        summary: "Zoek de bevoegde commissie",
        description:
          "Welke commissie of welke adviseurs een ethische vraag of casus behandelen, en waarom de andere niet. De IEC adviseert bestuurders over vragen maar behandelt geen losse casussen.",
        body: schemaRef("route", "CaseRoutingRequest"),
        response: {
          200: { description: "De bevoegde commissie met haar route.", ...schemaRef("route", "CaseRoutingResult") },
          422: { description: "Geen enkel orgaan is bevoegd.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const routed = routeEthicsCase(await allModels(app.storage.db), request.body as CaseRoutingRequest);
      if (!routed.ok) return planProblem(request, reply, routed.errors);
      return reply.send(routed.value);
    },
  );

  app.post(
    "/v1/routes",
    {
      config: { access: ["officer", "ethics"] },
      schema: {
        operationId: "createRoute",
        tags: [TAG],
        summary: "Start een route",
        description: "Plant de route van een stuk (of van een toets met hoog risico) en slaat haar op; met start: true is de eerste stap meteen aan de beurt.",
        body: schemaRef("route", "RouteInput"),
        response: {
          201: { description: "De route is aangemaakt.", headers: { Location: { type: "string", description: "Het pad van de route." } }, ...schemaRef("route", "RouteResource") },
          422: { description: "De route kan niet worden gepland.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const body = request.body as RouteInput;
      const resolved = await resolvePlan(app, request, reply, body);
      if ("sent" in resolved) return resolved.sent;
      const now = new Date().toISOString();
      let route = createRoute(resolved.plan, { id: randomUUID(), createdAt: now });
      if (body.start === true) {
        const started = applyEvent(route, { type: "started", actor: { name: request.actor.id }, occurredAt: now });
        if (!started.ok) throw new Error(`a new route could not start: ${started.errors[0]!.code}`);
        route = started.value;
      }
      const row: RoutesTable = {
        id: route.id,
        organisation_id: request.actor.organisation,
        model_id: body.modelId,
        item_kind: resolved.plan.item.kind,
        title: resolved.plan.item.title,
        plan: JSON.stringify(resolved.plan),
        status: routeProgress(route, now).status,
        event_count: route.events.length,
        created_by: request.actor.id,
        created_at: now,
        updated_at: now,
      };
      await app.storage.db.transaction().execute(async (trx) => {
        await trx.insertInto("routes").values(row).execute();
        for (const event of route.events) await trx.insertInto("route_events").values(eventToRow(route.id, event)).execute();
        await audit(trx, {
          actor: request.actor.id,
          organisation: row.organisation_id,
          action: "route.create",
          targetType: "route",
          targetId: row.id,
          detail: { model: row.model_id, itemKind: row.item_kind, steps: resolved.plan.steps.length, started: body.start === true },
          requestId: request.id,
        });
      });
      return reply.code(201).header("Location", `/v1/routes/${row.id}`).send(resource(row, route));
    },
  );

  app.get(
    "/v1/routes",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listRoutes",
        tags: [TAG],
        summary: "De routes",
        description: "De routes van uw organisatie (en voor de ethiekrol van een commissie: van de organisaties die zij bedient), nieuwste eerst.",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            status: { type: "string", enum: ["planned", "in-progress", "ready-to-complete", "completed", "rejected", "withdrawn"], description: "Alleen routes met deze status." },
            page: { type: "integer", minimum: 1, default: 1, description: "De pagina, vanaf 1." },
            pageSize: { type: "integer", minimum: 1, maximum: 100, default: 20, description: "Het aantal routes per pagina." },
          },
        },
        response: { 200: { description: "Een pagina routes.", ...schemaRef("route", "RoutePage") } },
      },
    },
    async (request, reply) => {
      const { status, page, pageSize } = request.query as { status?: string; page: number; pageSize: number };
      const db = app.storage.db;
      const orgs = await visibleOrganisations(db, request.actor);
      let query = db.selectFrom("routes").where("organisation_id", "in", orgs);
      if (status !== undefined) query = query.where("status", "=", status);
      const total = Number((await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      const rows = await query.selectAll().orderBy("created_at", "desc").orderBy("id").limit(pageSize).offset((page - 1) * pageSize).execute();
      const items: RouteResource[] = [];
      for (const row of rows) {
        const events = await db.selectFrom("route_events").selectAll().where("route_id", "=", row.id).orderBy("seq").execute();
        items.push(resource(row, rowToRoute(row, events)));
      }
      return reply.send({ items, page, pageSize, total });
    },
  );

  app.get(
    "/v1/routes/:id",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "getRoute",
        tags: [TAG],
        summary: "Lees een route",
        description: "De route met haar plan, gebeurtenissen en de stand van nu, met de stappen die te laat zijn.",
        params: idParams("De identificatie van de route."),
        response: { 200: { description: "De route.", ...schemaRef("route", "RouteResource") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const found = await loadVisibleRoute(app.storage.db, id, await visibleOrganisations(app.storage.db, request.actor));
      if (found === undefined) return sendProblem(request, reply, { status: 404, code: "route-not-found", detail: `Er is geen route ${id} die u mag zien.` });
      return reply.send(resource(found.row, found.route));
    },
  );

  app.get(
    "/v1/routes/:id/diagram.svg",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "getRouteDiagram",
        tags: [TAG],
        summary: "Tekening van een route",
        description: "De stappen met hun stand: klaar, aan de beurt, wacht, te laat of afgewezen.",
        params: idParams("De identificatie van de route."),
        querystring: languageQuery,
        response: { 200: svgResponse("De tekening.") },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { language } = request.query as { language: "nl" | "en" };
      const found = await loadVisibleRoute(app.storage.db, id, await visibleOrganisations(app.storage.db, request.actor));
      if (found === undefined) return sendProblem(request, reply, { status: 404, code: "route-not-found", detail: `Er is geen route ${id} die u mag zien.` });
      return reply
        .type("image/svg+xml; charset=utf-8")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .send(routeToSvg(found.route, { now: new Date(), language }));
    },
  );

  app.get(
    "/v1/routes/:id/events",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listRouteEvents",
        tags: [TAG],
        summary: "Gebeurtenissen van een route",
        description: "Alle gebeurtenissen, oudste eerst. Gebeurtenissen worden nooit gewijzigd of verwijderd.",
        params: idParams("De identificatie van de route."),
        response: { 200: { description: "De gebeurtenissen.", ...schemaRef("route", "RouteEventList") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const found = await loadVisibleRoute(app.storage.db, id, await visibleOrganisations(app.storage.db, request.actor));
      if (found === undefined) return sendProblem(request, reply, { status: 404, code: "route-not-found", detail: `Er is geen route ${id} die u mag zien.` });
      return reply.send({ items: found.route.events });
    },
  );

  app.post(
    "/v1/routes/:id/events",
    {
      config: { access: ["officer", "ethics"] },
      schema: {
        operationId: "createRouteEvent",
        tags: [TAG],
        summary: "Leg een gebeurtenis vast",
        description:
          "Start, een uitkomst bij de stap die aan de beurt is (namens een orgaan, in een rol bij dat orgaan), terugsturen naar een eerdere stap met opmerkingen, intrekken of afronden. Een gebeurtenis die niet mag, verandert niets.",
        params: idParams("De identificatie van de route."),
        body: schemaRef("route", "RouteEventRequest"),
        response: {
          201: { description: "De gebeurtenis is vastgelegd; de route met de nieuwe stand.", ...schemaRef("route", "RouteResource") },
          409: { description: "De gebeurtenis past niet bij de stand van de route.", ...schemaRef("problem") },
          422: { description: "De gebeurtenis is onvolledig of niet toegestaan bij deze stap.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const body = request.body as RouteEventRequest;
      const db = app.storage.db;
      const found = await loadVisibleRoute(db, id, await visibleOrganisations(db, request.actor));
      if (found === undefined) return sendProblem(request, reply, { status: 404, code: "route-not-found", detail: `Er is geen route ${id} die u mag zien.` });
      const now = new Date().toISOString();
      const last = found.route.events.at(-1)?.occurredAt;
      // Clocks of several instances may differ slightly; never date an event before the previous one.
      const occurredAt = last !== undefined && last > now ? last : now;
      const { bodyId, role, type, stepId, outcome, toStepId, remarks } = body;
      const next = applyEvent(found.route, {
        type,
        actor: { name: request.actor.id, ...(bodyId === undefined ? {} : { bodyId }), ...(role === undefined ? {} : { role }) },
        occurredAt,
        ...(stepId === undefined ? {} : { stepId }),
        ...(outcome === undefined ? {} : { outcome }),
        ...(toStepId === undefined ? {} : { toStepId }),
        ...(remarks === undefined ? {} : { remarks }),
      });
      if (!next.ok) {
        const error = next.errors[0]!;
        return sendProblem(request, reply, { status: UNPROCESSABLE.has(error.code) ? 422 : 409, code: kebab(error.code), detail: error.messageNl });
      }
      const route = next.value;
      const event = route.events.at(-1)!;
      const status = routeProgress(route, occurredAt).status;
      const appended = await db.transaction().execute(async (trx) => {
        // The event count condition makes two concurrent appends impossible: only one update matches.
        const result = await trx
          .updateTable("routes")
          .set({ status, event_count: route.events.length, updated_at: occurredAt })
          .where("id", "=", id)
          .where("event_count", "=", found.route.events.length)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await trx.insertInto("route_events").values(eventToRow(id, event)).execute();
        await audit(trx, {
          actor: request.actor.id,
          organisation: found.row.organisation_id,
          action: `route.${event.type}`,
          targetType: "route",
          targetId: id,
          detail: { seq: event.seq, step: event.stepId ?? null, outcome: event.outcome ?? null, status },
          requestId: request.id,
        });
        return true;
      });
      if (!appended) return sendProblem(request, reply, { status: 409, code: "route-changed", detail: "De route is zojuist gewijzigd. Lees haar opnieuw en probeer het nog eens." });
      return reply.code(201).header("Location", `/v1/routes/${id}/events`).send(resource({ ...found.row, status, event_count: route.events.length, updated_at: occurredAt }, route));
    },
  );
}
