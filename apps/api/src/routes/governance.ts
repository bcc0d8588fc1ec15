import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { maxPage } from "../pagination.js";
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
  BodyRoleGrant,
  BodyRoleGrantInput,
  BodyRoleGrantList,
  CaseRoutingRequest,
  CheckReport,
  GovernanceModel,
  Route,
  RouteEvent,
  RouteEventRequest,
  RouteInput,
  RouteItem,
  RoutePlan,
  RoutePage,
  RoutePlanInput,
  RouteResource,
} from "@ethiek/schemas";
import {
  belongsToBody,
  holdsRoleOnPlan,
  resolveBodyActor,
  visibleOrganisations,
  type BodyActorError,
  type HeldBodyRole,
  type OrganisationRef,
} from "../access.js";
import type { Actor } from "../auth.js";
import { audit } from "../audit.js";
import { findVisibleCheck } from "../storage/checks.js";
import type { Db, GovernanceModelsTable, RouteEventsTable, RoutesTable } from "../db/database.js";
import type { BodyRoleGrantsSchema, BodyRoleGrantsTable } from "../db/governance-migrations.js";
import { sendProblem, type ProblemInit } from "../problems.js";
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

/** The table of body-role grants (decision 0010), which `database.ts` does not declare. */
const grantsOf = (db: Db) => db.withTables<BodyRoleGrantsSchema>();

/** The organisation of an actor, with the name that governance models use. */
async function organisationOf(db: Db, id: string): Promise<OrganisationRef> {
  const row = await db.selectFrom("organisations").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
  return row ?? { id, name: id };
}

/** In local mode the one local user holds every role at every body of the plan. */
const localBodyRoles = (plan: RoutePlan): HeldBodyRole[] =>
  plan.steps.flatMap((step) => step.bodies.flatMap((b) => b.roles.map((role) => ({ bodyId: b.bodyId, role }))));

/**
 * The roles an actor's key holds, per governance model (keys mode): its active grants, kept only
 * where the key's organisation still is the body's parent or member organisation and the body
 * still knows the role. With `modelId`, only that model's grants are read.
 */
async function grantedBodyRoles(db: Db, actor: Actor, modelId?: string): Promise<Map<string, HeldBodyRole[]>> {
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
    if (!models.has(grant.model_id)) models.set(grant.model_id, await findModel(db, grant.model_id));
    const body = models.get(grant.model_id)?.bodies.find((b) => b.id === grant.body_id);
    if (body === undefined || !body.roles.includes(grant.role) || !belongsToBody(org, body)) continue;
    const held = byModel.get(grant.model_id) ?? [];
    if (!held.some((h) => h.bodyId === grant.body_id && h.role === grant.role)) held.push({ bodyId: grant.body_id, role: grant.role });
    byModel.set(grant.model_id, held);
  }
  return byModel;
}

/**
 * The roles an actor holds at the bodies of a route's model: the still valid grants of its key
 * (`grantedBodyRoles`). In local mode the one local user holds every role at every body of the plan.
 */
async function heldBodyRoles(app: FastifyInstance, actor: Actor, modelId: string, plan: RoutePlan): Promise<HeldBodyRole[]> {
  if (app.config.auth === "local") return localBodyRoles(plan);
  return (await grantedBodyRoles(app.storage.db, actor, modelId)).get(modelId) ?? [];
}

/**
 * The ids of the routes of other organisations than `organisations` on whose plan the actor
 * holds a role at a body: the routes `loadRouteFor` shows beyond the actor's organisations, for
 * the route list. Only routes of models the key holds grants in are read.
 */
export async function routeIdsWithHeldRole(app: FastifyInstance, actor: Actor, organisations: readonly string[], status?: string): Promise<string[]> {
  const db = app.storage.db;
  const local = app.config.auth === "local";
  const byModel = local ? undefined : await grantedBodyRoles(db, actor);
  if (byModel !== undefined && byModel.size === 0) return [];
  let query = db.selectFrom("routes").select(["id", "model_id", "plan"]).where("organisation_id", "not in", organisations);
  if (byModel !== undefined) query = query.where("model_id", "in", [...byModel.keys()]);
  if (status !== undefined) query = query.where("status", "=", status);
  const ids: string[] = [];
  for (const row of await query.execute()) {
    const plan = JSON.parse(row.plan) as RoutePlan;
    if (holdsRoleOnPlan(byModel === undefined ? localBodyRoles(plan) : (byModel.get(row.model_id) ?? []), plan)) ids.push(row.id);
  }
  return ids;
}

/**
 * A route the actor may see: one of its organisation (or, for a commission's ethics role, of an
 * organisation it serves), or one with a step at a body where the actor holds a role — a member
 * of another organisation must be able to read and act on the route its body is part of.
 *
 * @example
 * const found = await loadRouteFor(app, id, request.actor); // undefined: answer 404
 */
export async function loadRouteFor(app: FastifyInstance, id: string, actor: Actor): Promise<{ row: RoutesTable; route: Route } | undefined> {
  const db = app.storage.db;
  const row = await db.selectFrom("routes").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) return undefined;
  if (!(await visibleOrganisations(db, actor)).includes(row.organisation_id)) {
    const plan = JSON.parse(row.plan) as RoutePlan;
    if (!holdsRoleOnPlan(await heldBodyRoles(app, actor, row.model_id, plan), plan)) return undefined;
  }
  const events = await db.selectFrom("route_events").selectAll().where("route_id", "=", id).orderBy("seq").execute();
  return { row, route: rowToRoute(row, events) };
}

/** The problem for a step event whose body or role the server cannot settle from the caller's roles. */
function bodyActorProblem(error: BodyActorError, plan: RoutePlan): ProblemInit {
  const name = (bodyId: string) => plan.steps.flatMap((s) => s.bodies).find((b) => b.bodyId === bodyId)?.name.nl ?? bodyId;
  switch (error.code) {
    case "body-role-not-held": {
      const what =
        error.bodyId !== undefined && error.role !== undefined
          ? `de rol ${error.role} bij ${name(error.bodyId)} (${error.bodyId})`
          : error.bodyId !== undefined
            ? `een rol bij ${name(error.bodyId)} (${error.bodyId})`
            : `de rol ${error.role ?? ""} bij een orgaan van deze route`;
      return {
        status: 403,
        code: error.code,
        detail: `Uw sleutel heeft niet ${what}. De dienst bepaalt zelf namens welk orgaan en in welke rol u optreedt, uit de rollen die een beheerder van uw organisatie aan uw sleutel gaf. Laat bodyId en role weg, of vraag uw beheerder om de rol.`,
      };
    }
    case "no-body-role-at-step":
      return {
        status: 403,
        code: error.code,
        detail: `U hebt geen rol bij een orgaan van deze stap (${error.stepBodies.map(name).join(", ")}). Alleen wie een rol heeft bij zo'n orgaan, kan hier een uitkomst vastleggen of het stuk terugsturen.`,
      };
    case "body-choice-required":
      return {
        status: 422,
        code: error.code,
        detail: `U hebt een rol bij meer dan één orgaan van deze stap: ${error.bodyIds.join(", ")}. Zeg met bodyId namens welk orgaan u optreedt.`,
      };
    case "role-choice-required":
      return {
        status: 422,
        code: error.code,
        detail: `U hebt meer dan één rol bij ${name(error.bodyId)}: ${error.roles.join(", ")}. Zeg met role in welke rol u optreedt.`,
      };
  }
}

/** Step events are recorded on behalf of a body; the others on behalf of the route's organisation. */
const STEP_EVENTS: ReadonlySet<RouteEventRequest["type"]> = new Set(["outcome-recorded", "returned"]);

/** A body-role grant as the API shows it. */
function grantResource(row: BodyRoleGrantsTable): BodyRoleGrant {
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

/** A shipped model, or one an organisation added. */
export async function findModel(db: Db, id: string): Promise<GovernanceModel | undefined> {
  const shipped = shippedModels[id];
  if (shipped !== undefined) return shipped;
  const row = await db.selectFrom("governance_models").select("model").where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.model) as GovernanceModel);
}

/** The shipped models followed by the added ones, oldest first. */
export async function allModels(db: Db): Promise<GovernanceModel[]> {
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
 * sees the routes of the organisations it serves. Only the route's organisation starts, withdraws
 * and completes it; an outcome or a return is recorded on behalf of a body by a key that holds a
 * role there (a body-role grant, decision 0010), whichever organisation the key belongs to.
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
          "Voegt het bestuursmodel van uw organisatie toe, op naam van uw organisatie (organisation is de naam of id van de organisatie van uw sleutel; publishedBy zet de dienst). De dienst controleert of elke route te lopen is: bestaande organen en stappen, geen kringloop, elke stap bereikbaar, geen voorwaarde die nooit kan gelden, geen besluit door een orgaan zonder formele plek. Bestuursmodellen zijn openbaar.",
        body: schemaRef("governance-model"),
        response: {
          201: { description: "Het model is toegevoegd.", headers: { Location: { type: "string", description: "Het pad van het model." } }, ...schemaRef("governance-model") },
          403: { description: "Het model noemt een andere organisatie dan die van uw sleutel (governance-model-not-yours), of uw sleutel heeft de rol admin niet.", ...schemaRef("problem") },
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
      // Only an organisation may publish a model in its own name, and the model says who did.
      const publisher = await db.selectFrom("organisations").select(["id", "name"]).where("id", "=", request.actor.organisation).executeTakeFirst();
      const own = (value: string) => value.normalize("NFC").trim().toLocaleLowerCase("nl");
      if (publisher === undefined || (own(model.organisation) !== own(publisher.name) && own(model.organisation) !== own(publisher.id))) {
        return sendProblem(request, reply, {
          status: 403,
          code: "governance-model-not-yours",
          detail: `U publiceert namens ${publisher?.name ?? request.actor.organisation}, maar het model noemt organisatie '${model.organisation}'. Zet in organisation de naam van uw eigen organisatie; een ander publiceert haar eigen model.`,
          invalidParams: [{ name: "body/organisation", reason: `moet ${publisher?.name ?? request.actor.organisation} zijn`, code: "not-your-organisation" }],
        });
      }
      const published: GovernanceModel = { ...model, publishedBy: { organisation: publisher.id, name: publisher.name } };
      const row: GovernanceModelsTable = {
        id: model.id,
        organisation_id: request.actor.organisation,
        model: JSON.stringify(published),
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
      return reply.code(201).header("Location", `/v1/governance-models/${model.id}`).send(published);
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
        description:
          "De routes van uw organisatie (en voor de ethiekrol van een commissie: van de organisaties die zij bedient), nieuwste eerst. " +
          "Ook de routes van andere organisaties waarop uw sleutel een rol heeft bij een orgaan (zie /body-role-grants): dezelfde routes die u met hun id kunt lezen.",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            status: { type: "string", enum: ["planned", "in-progress", "ready-to-complete", "completed", "rejected", "withdrawn"], description: "Alleen routes met deze status." },
            page: { type: "integer", minimum: 1, maximum: maxPage, default: 1, description: "De pagina, vanaf 1." },
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
      // The same routes as loadRouteFor shows by id: the organisations' own, and those on whose plan the key holds a body role.
      const held = await routeIdsWithHeldRole(app, request.actor, orgs, status);
      let query = db.selectFrom("routes").where((eb) => (held.length === 0 ? eb("organisation_id", "in", orgs) : eb.or([eb("organisation_id", "in", orgs), eb("id", "in", held)])));
      if (status !== undefined) query = query.where("status", "=", status);
      const total = Number((await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      const rows = await query.selectAll().orderBy("created_at", "desc").orderBy("id").limit(pageSize).offset((page - 1) * pageSize).execute();
      const items: RouteResource[] = [];
      for (const row of rows) {
        const events = await db.selectFrom("route_events").selectAll().where("route_id", "=", row.id).orderBy("seq").execute();
        items.push(resource(row, rowToRoute(row, events)));
      }
      const body: RoutePage = { items, page, pageSize, total };
      return reply.send(body);
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
      const found = await loadRouteFor(app, id, request.actor);
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
      const found = await loadRouteFor(app, id, request.actor);
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
      const found = await loadRouteFor(app, id, request.actor);
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
          "Start, een uitkomst bij de stap die aan de beurt is, terugsturen naar een eerdere stap met opmerkingen, intrekken of afronden. " +
          "Een uitkomst of terugsturen legt u vast namens een orgaan van de stap. De dienst bepaalt zelf namens welk orgaan en in welke rol: uit de rollen die een beheerder van uw organisatie aan uw sleutel gaf (zie /body-role-grants). " +
          "Uw organisatie moet de organisatie van het orgaan zijn of er lid van zijn. bodyId en role hoeft u alleen mee te sturen als u bij de stap meer dan één orgaan of rol hebt; " +
          "noemt u een orgaan of rol die uw sleutel niet heeft, dan volgt 403. Starten, intrekken en afronden kan alleen de organisatie die de route startte, zonder bodyId en role. " +
          "Een gebeurtenis die niet mag, verandert niets. Elke gebeurtenis wordt bewaard met wie (de sleutel, het orgaan en de rol) en wanneer.",
        params: idParams("De identificatie van de route."),
        // allOf: @fastify/swagger drops a description next to a bare $ref.
        body: {
          allOf: [schemaRef("route", "RouteEventRequest")],
          description:
            "Een gebeurtenis op een route. Wie (de sleutel, en bij een uitkomst of terugsturen het orgaan en de rol) en wanneer (nu) vult de dienst zelf in. " +
            "bodyId en role zijn alleen nodig om te kiezen als uw sleutel bij de stap meer dan één orgaan of rol heeft; een orgaan of rol die uw sleutel niet heeft, geeft 403.",
        },
        response: {
          201: { description: "De gebeurtenis is vastgelegd; de route met de nieuwe stand.", ...schemaRef("route", "RouteResource") },
          403: {
            description:
              "U mag deze gebeurtenis niet vastleggen: uw sleutel heeft geen rol bij een orgaan van de stap, het genoemde orgaan of de genoemde rol is niet van u, of alleen de organisatie van de route mag dit.",
            ...schemaRef("problem"),
          },
          409: { description: "De gebeurtenis past niet bij de stand van de route.", ...schemaRef("problem") },
          422: { description: "De gebeurtenis is onvolledig of niet toegestaan bij deze stap, of u moet kiezen namens welk orgaan of in welke rol.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const body = request.body as RouteEventRequest;
      const db = app.storage.db;
      const found = await loadRouteFor(app, id, request.actor);
      if (found === undefined) return sendProblem(request, reply, { status: 404, code: "route-not-found", detail: `Er is geen route ${id} die u mag zien.` });
      const { bodyId, role, type, stepId, outcome, toStepId, remarks } = body;
      // The server, not the caller, says on whose behalf the event is recorded (decision 0010).
      let acting: HeldBodyRole | null = null;
      if (STEP_EVENTS.has(type)) {
        const plan = found.route.plan;
        const held = await heldBodyRoles(app, request.actor, found.row.model_id, plan);
        const step = plan.steps.find((s) => s.stepId === stepId);
        const resolved = resolveBodyActor(held, step?.bodies.map((b) => b.bodyId), { bodyId, role });
        if (!resolved.ok) return sendProblem(request, reply, bodyActorProblem(resolved.error, plan));
        acting = resolved.value;
      } else {
        if (bodyId !== undefined || role !== undefined) {
          return sendProblem(request, reply, {
            status: 422,
            code: "body-not-applicable",
            detail: "Starten, intrekken en afronden doet u namens de organisatie van de route, niet namens een orgaan. Laat bodyId en role weg.",
            invalidParams: [
              ...(bodyId === undefined ? [] : [{ name: "body/bodyId", reason: "hoort niet bij deze gebeurtenis", code: "body-not-applicable" }]),
              ...(role === undefined ? [] : [{ name: "body/role", reason: "hoort niet bij deze gebeurtenis", code: "body-not-applicable" }]),
            ],
          });
        }
        if (request.actor.organisation !== found.row.organisation_id) {
          return sendProblem(request, reply, {
            status: 403,
            code: "route-owner-required",
            detail: `Alleen de organisatie die de route startte (${found.row.organisation_id}), kan haar starten, intrekken of afronden.`,
          });
        }
      }
      const now = new Date().toISOString();
      const last = found.route.events.at(-1)?.occurredAt;
      // Clocks of several instances may differ slightly; never date an event before the previous one.
      const occurredAt = last !== undefined && last > now ? last : now;
      const next = applyEvent(found.route, {
        type,
        actor: { name: request.actor.id, ...(acting === null ? {} : { bodyId: acting.bodyId, role: acting.role }) },
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
          detail: { seq: event.seq, step: event.stepId ?? null, body: event.actor.bodyId ?? null, role: event.actor.role ?? null, outcome: event.outcome ?? null, status },
          requestId: request.id,
        });
        return true;
      });
      if (!appended) return sendProblem(request, reply, { status: 409, code: "route-changed", detail: "De route is zojuist gewijzigd. Lees haar opnieuw en probeer het nog eens." });
      return reply.code(201).header("Location", `/v1/routes/${id}/events`).send(resource({ ...found.row, status, event_count: route.events.length, updated_at: occurredAt }, route));
    },
  );

  app.post(
    "/v1/body-role-grants",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "createBodyRoleGrant",
        tags: [TAG],
        summary: "Geef een sleutel een rol bij een orgaan",
        description:
          "Alleen voor een beheerder. Geeft een sleutel van uw eigen organisatie (met de rol officer of ethics) een rol bij een orgaan van een bestuursmodel, bijvoorbeeld chair bij aac-digitalisering. " +
          "Uw organisatie moet volgens het model de organisatie van het orgaan zijn of er lid van zijn; de rol moet een van de rollen zijn die het model bij het orgaan noemt. " +
          "Daarna legt die sleutel bij een route namens dat orgaan een uitkomst vast of stuurt het stuk terug.",
        body: schemaRef("route", "BodyRoleGrantInput"),
        response: {
          201: { description: "De rol is gegeven.", ...schemaRef("route", "BodyRoleGrant") },
          403: { description: "Uw organisatie hoort volgens het bestuursmodel niet bij dit orgaan, of u bent geen beheerder.", ...schemaRef("problem") },
          404: { description: "Er is geen actieve sleutel van uw organisatie met deze id, of geen bestuursmodel met deze id.", ...schemaRef("problem") },
          409: { description: "De sleutel heeft deze rol bij dit orgaan al.", ...schemaRef("problem") },
          422: { description: "Het orgaan of de rol bestaat niet in het model, of de sleutel kan geen gebeurtenissen vastleggen.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const input = request.body as BodyRoleGrantInput;
      const db = app.storage.db;
      const actor = request.actor;
      const key = await db
        .selectFrom("api_keys")
        .select(["id", "roles"])
        .where("id", "=", input.keyId)
        .where("organisation_id", "=", actor.organisation)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      if (key === undefined) {
        return sendProblem(request, reply, { status: 404, code: "api-key-not-found", detail: `Er is geen actieve sleutel ${input.keyId} van uw organisatie.` });
      }
      const keyRoles = key.roles.split(",");
      if (!keyRoles.includes("officer") && !keyRoles.includes("ethics")) {
        return sendProblem(request, reply, {
          status: 422,
          code: "api-key-cannot-record",
          detail: `Sleutel ${input.keyId} heeft de rol ${keyRoles.join(", ")}. Alleen een sleutel met de rol officer of ethics kan gebeurtenissen vastleggen; geef de rol bij het orgaan aan zo'n sleutel.`,
        });
      }
      const model = await findModel(db, input.modelId);
      if (model === undefined) {
        return sendProblem(request, reply, { status: 404, code: "governance-model-not-found", detail: `Er is geen bestuursmodel ${input.modelId}.` });
      }
      const body = model.bodies.find((b) => b.id === input.bodyId);
      if (body === undefined) {
        return sendProblem(request, reply, {
          status: 422,
          code: "unknown-body",
          detail: `Bestuursmodel ${model.id} heeft geen orgaan ${input.bodyId}. Kies uit: ${model.bodies.map((b) => b.id).join(", ")}.`,
          invalidParams: [{ name: "body/bodyId", reason: "onbekend orgaan in dit model", code: "unknown-body" }],
        });
      }
      if (!body.roles.includes(input.role)) {
        return sendProblem(request, reply, {
          status: 422,
          code: "role-not-allowed",
          detail: `${body.name.nl} kent de rol ${input.role} niet. Kies uit: ${body.roles.join(", ")}.`,
          invalidParams: [{ name: "body/role", reason: "geen rol van dit orgaan", code: "role-not-allowed" }],
        });
      }
      const org = await organisationOf(db, actor.organisation);
      if (!belongsToBody(org, body)) {
        return sendProblem(request, reply, {
          status: 403,
          code: "organisation-not-at-body",
          detail: `${org.name} hoort volgens bestuursmodel ${model.id} niet bij ${body.name.nl}: dat orgaan is van ${body.parentOrganisation}${
            body.memberOrganisations.length > 0 ? `, met als leden ${body.memberOrganisations.join(", ")}` : ""
          }. U kunt daar geen rol geven.`,
        });
      }
      const grants = grantsOf(db);
      const existing = await grants
        .selectFrom("body_role_grants")
        .select("id")
        .where("key_id", "=", input.keyId)
        .where("model_id", "=", model.id)
        .where("body_id", "=", body.id)
        .where("role", "=", input.role)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      if (existing !== undefined) {
        return sendProblem(request, reply, {
          status: 409,
          code: "body-role-grant-exists",
          detail: `Sleutel ${input.keyId} heeft de rol ${input.role} bij ${body.name.nl} al (toekenning ${existing.id}).`,
        });
      }
      const row: BodyRoleGrantsTable = {
        id: randomUUID(),
        organisation_id: actor.organisation,
        key_id: input.keyId,
        model_id: model.id,
        body_id: body.id,
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
          requestId: request.id,
        });
      });
      return reply.code(201).send(grantResource(row));
    },
  );

  app.get(
    "/v1/body-role-grants",
    {
      config: { access: ["officer", "ethics", "admin"] },
      schema: {
        operationId: "listBodyRoleGrants",
        tags: [TAG],
        summary: "De rollen bij organen",
        description: "Voor een beheerder: alle rollen bij organen die de sleutels van uw organisatie hebben. Voor andere sleutels: de rollen van uw eigen sleutel. Ingetrokken rollen staan er niet bij.",
        response: {
          200: { description: "De rollen, oudste eerst.", ...schemaRef("route", "BodyRoleGrantList") },
        },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      let query = grantsOf(app.storage.db).selectFrom("body_role_grants").selectAll().where("organisation_id", "=", actor.organisation).where("revoked_at", "is", null);
      if (!actor.roles.has("admin")) query = query.where("key_id", "=", actor.id);
      const rows = await query.orderBy("granted_at").orderBy("id").execute();
      const list: BodyRoleGrantList = { items: rows.map(grantResource) };
      return reply.send(list);
    },
  );

  app.delete(
    "/v1/body-role-grants/:id",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "revokeBodyRoleGrant",
        tags: [TAG],
        summary: "Trek een rol bij een orgaan in",
        description:
          "Alleen voor een beheerder van de organisatie van de sleutel. De sleutel kan daarna niet meer namens het orgaan optreden. Eerder vastgelegde gebeurtenissen blijven staan; het auditlog houdt vast wie de rol wanneer introk.",
        params: idParams("De identificatie van de toekenning."),
        response: { 204: { description: "De rol is ingetrokken.", type: "null" } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const actor = request.actor;
      const revoked = await app.storage.db
        .transaction()
        .execute(async (trx) => {
          const result = await trx
            .withTables<BodyRoleGrantsSchema>()
            .updateTable("body_role_grants")
            .set({ revoked_at: new Date().toISOString(), revoked_by: actor.id })
            .where("id", "=", id)
            .where("organisation_id", "=", actor.organisation)
            .where("revoked_at", "is", null)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) return false;
          await audit(trx, { actor: actor.id, organisation: actor.organisation, action: "body-role-grant.revoke", targetType: "body-role-grant", targetId: id, requestId: request.id });
          return true;
        });
      if (!revoked) return sendProblem(request, reply, { status: 404, code: "body-role-grant-not-found", detail: `Er is geen geldende toekenning ${id} van uw organisatie.` });
      return reply.code(204).send();
    },
  );
}
