// Planning a route, storing it, reading it (with its diagram and events) and recording events on
// it. Who may see a route and act for a body is decided in storage/routes.ts and access.ts.
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { applyEvent, createRoute, routeEthicsCase, routeProgress, routeToSvg } from "@ethiek/governance";
import type { CaseRoutingRequest, RouteEventRequest, RouteInput, RoutePage, RoutePlanInput } from "@ethiek/schemas";
import { resolveBodyActor, type HeldBodyRole } from "../../access.js";
import type { RoutesTable } from "../../db/database.js";
import { sendProblem } from "../../problems.js";
import { heldBodyRoles } from "../../storage/body-role-grants.js";
import { allGovernanceModels } from "../../storage/governance-models.js";
import { appendRouteEvent, insertRoute, listVisibleRoutes, loadRouteFor, routeResource } from "../../storage/routes.js";
import { resolvePlan } from "./plan.js";
import { bodyActorProblem, planProblem, routeNotFound, transitionProblem } from "./problems.js";
import * as schemas from "./schemas.js";

/** Step events are recorded on behalf of a body; the others on behalf of the route's organisation. */
const STEP_EVENTS: ReadonlySet<RouteEventRequest["type"]> = new Set(["outcome-recorded", "returned"]);

const svgHeaders = { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'" };

/** Registers planning, storing, reading and advancing routes. */
export async function routeRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;
  const local = () => app.config.auth === "local";

  app.post("/v1/route-plans", { config: { access: ["officer", "ethics"] }, schema: schemas.planRoute }, async (request, reply) => {
    const resolved = await resolvePlan(db(), request.actor, request.body as RoutePlanInput);
    if (!resolved.ok) return sendProblem(request, reply, resolved.problem);
    return reply.send(resolved.plan);
  });

  app.post("/v1/case-routings", { config: { access: ["officer", "ethics"] }, schema: schemas.routeEthicsCase }, async (request, reply) => {
    const routed = routeEthicsCase(await allGovernanceModels(db()), request.body as CaseRoutingRequest);
    if (!routed.ok) return sendProblem(request, reply, planProblem(routed.errors));
    return reply.send(routed.value);
  });

  app.post("/v1/routes", { config: { access: ["officer", "ethics"] }, schema: schemas.createRoute }, async (request, reply) => {
    const body = request.body as RouteInput;
    const resolved = await resolvePlan(db(), request.actor, body);
    if (!resolved.ok) return sendProblem(request, reply, resolved.problem);
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
    await insertRoute(db(), row, route, {
      actor: request.actor.id,
      organisation: row.organisation_id,
      action: "route.create",
      targetType: "route",
      targetId: row.id,
      detail: { model: row.model_id, itemKind: row.item_kind, steps: resolved.plan.steps.length, started: body.start === true },
      requestId: request.id,
    });
    return reply.code(201).header("Location", `/v1/routes/${row.id}`).send(routeResource(row, route));
  });

  app.get("/v1/routes", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listRoutes }, async (request, reply) => {
    const { status, page, pageSize } = request.query as { status?: string; page: number; pageSize: number };
    const { items, total } = await listVisibleRoutes(db(), local(), request.actor, { ...(status !== undefined ? { status } : {}), page, pageSize });
    const body: RoutePage = { items: items.map((found) => routeResource(found.row, found.route)), page, pageSize, total };
    return reply.send(body);
  });

  app.get("/v1/routes/:id", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.getRoute }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const found = await loadRouteFor(db(), local(), id, request.actor);
    if (found === undefined) return sendProblem(request, reply, routeNotFound(id));
    return reply.send(routeResource(found.row, found.route));
  });

  app.get("/v1/routes/:id/diagram.svg", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.getRouteDiagram }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { language } = request.query as { language: "nl" | "en" };
    const found = await loadRouteFor(db(), local(), id, request.actor);
    if (found === undefined) return sendProblem(request, reply, routeNotFound(id));
    return reply.type("image/svg+xml; charset=utf-8").headers(svgHeaders).send(routeToSvg(found.route, { now: new Date(), language }));
  });

  app.get("/v1/routes/:id/events", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listRouteEvents }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const found = await loadRouteFor(db(), local(), id, request.actor);
    if (found === undefined) return sendProblem(request, reply, routeNotFound(id));
    return reply.send({ items: found.route.events });
  });

  app.post("/v1/routes/:id/events", { config: { access: ["officer", "ethics"] }, schema: schemas.createRouteEvent }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const body = request.body as RouteEventRequest;
    const found = await loadRouteFor(db(), local(), id, request.actor);
    if (found === undefined) return sendProblem(request, reply, routeNotFound(id));
    const { bodyId, role, type, stepId, outcome, toStepId, remarks } = body;
    // The server, not the caller, says on whose behalf the event is recorded (decision 0010).
    let acting: HeldBodyRole | null = null;
    if (STEP_EVENTS.has(type)) {
      const plan = found.route.plan;
      const held = await heldBodyRoles(db(), local(), request.actor, found.row.model_id, plan);
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
    // applyEvent stores only the fields that are set (copyInput of @ethiek/governance), so the
    // optional ones pass as they came, undefined included.
    const actor = { name: request.actor.id, ...(acting === null ? {} : { bodyId: acting.bodyId, role: acting.role }) };
    const next = applyEvent(found.route, { type, actor, occurredAt, stepId, outcome, toStepId, remarks });
    if (!next.ok) return sendProblem(request, reply, transitionProblem(next.errors[0]!));
    const route = next.value;
    const event = route.events.at(-1)!;
    const status = routeProgress(route, occurredAt).status;
    const appended = await appendRouteEvent(db(), id, found.route.events.length, route, status, {
      actor: request.actor.id,
      organisation: found.row.organisation_id,
      action: `route.${event.type}`,
      targetType: "route",
      targetId: id,
      detail: { seq: event.seq, step: event.stepId ?? null, body: event.actor.bodyId ?? null, role: event.actor.role ?? null, outcome: event.outcome ?? null, status },
      requestId: request.id,
    });
    if (!appended) return sendProblem(request, reply, { status: 409, code: "route-changed", detail: "De route is zojuist gewijzigd. Lees haar opnieuw en probeer het nog eens." });
    return reply.code(201).header("Location", `/v1/routes/${id}/events`).send(routeResource({ ...found.row, status, event_count: route.events.length, updated_at: occurredAt }, route));
  });
}
