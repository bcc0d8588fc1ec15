// Governance routes (an item on its way through the bodies) and their append-only events, read
// with the visibility rule of decision 0010: the route's organisation, its commission's ethics
// role, and every key that holds a role at a body on the route's plan.
import { routeProgress } from "@ethiek/governance";
import type { Route, RouteEvent, RoutePlan, RouteResource } from "@ethiek/schemas";
import { holdsRoleOnPlan, visibleOrganisations } from "../access.js";
import { audit, type AuditEntry } from "../audit.js";
import type { Actor } from "../auth.js";
import type { Db, RouteEventsTable, RoutesTable } from "../db/database.js";
import { grantedBodyRoles, heldBodyRoles, localBodyRoles } from "./body-role-grants.js";

/** A stored route with its events, as `loadRouteFor` finds it. */
export interface LoadedRoute {
  readonly row: RoutesTable;
  readonly route: Route;
}

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

/** A route as the API shows it: who owns it, the route itself and its progress now. */
export function routeResource(row: RoutesTable, route: Route, now = new Date()): RouteResource {
  return { id: row.id, organisation: row.organisation_id, createdBy: row.created_by, route, progress: routeProgress(route, now) };
}

/**
 * The ids of the routes of other organisations than `organisations` on whose plan the actor
 * holds a role at a body: the routes `loadRouteFor` shows beyond the actor's organisations, for
 * the route list. Only routes of models the key holds grants in are read.
 */
export async function routeIdsWithHeldRole(db: Db, local: boolean, actor: Actor, organisations: readonly string[], status?: string): Promise<string[]> {
  const byModel = local ? undefined : await grantedBodyRoles(db, actor);
  if (byModel !== undefined && byModel.size === 0) return [];
  let query = db.selectFrom("routes").select(["id", "model_id", "plan"]).where("organisation_id", "not in", [...organisations]);
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
 * const found = await loadRouteFor(db, local, id, request.actor); // undefined: answer 404
 */
export async function loadRouteFor(db: Db, local: boolean, id: string, actor: Actor): Promise<LoadedRoute | undefined> {
  const row = await db.selectFrom("routes").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) return undefined;
  if (!(await visibleOrganisations(db, actor)).includes(row.organisation_id)) {
    const plan = JSON.parse(row.plan) as RoutePlan;
    if (!holdsRoleOnPlan(await heldBodyRoles(db, local, actor, row.model_id, plan), plan)) return undefined;
  }
  const events = await db.selectFrom("route_events").selectAll().where("route_id", "=", id).orderBy("seq").execute();
  return { row, route: rowToRoute(row, events) };
}

/**
 * One page of the routes the actor may see, newest first, with the total: the same routes as
 * `loadRouteFor` shows by id (the organisations' own, and those with a body role of the key).
 */
export async function listVisibleRoutes(
  db: Db,
  local: boolean,
  actor: Actor,
  filter: { readonly status?: string; readonly page: number; readonly pageSize: number },
): Promise<{ items: LoadedRoute[]; total: number }> {
  const query = await visibleRoutesQuery(db, local, actor, filter.status);
  const total = Number((await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  const rows = await query.selectAll().orderBy("created_at", "desc").orderBy("id").limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute();
  const items: LoadedRoute[] = [];
  for (const row of rows) {
    const events = await db.selectFrom("route_events").selectAll().where("route_id", "=", row.id).orderBy("seq").execute();
    items.push({ row, route: rowToRoute(row, events) });
  }
  return { items, total };
}

/** The newest `limit` routes the actor may see, without their events (the web page's list). */
export async function listVisibleRouteRows(db: Db, local: boolean, actor: Actor, limit: number): Promise<RoutesTable[]> {
  const query = await visibleRoutesQuery(db, local, actor);
  return query.selectAll().orderBy("created_at", "desc").orderBy("id").limit(limit).execute();
}

async function visibleRoutesQuery(db: Db, local: boolean, actor: Actor, status?: string) {
  const orgs = await visibleOrganisations(db, actor);
  const held = await routeIdsWithHeldRole(db, local, actor, orgs, status);
  let query = db.selectFrom("routes").where((eb) => (held.length === 0 ? eb("organisation_id", "in", orgs) : eb.or([eb("organisation_id", "in", orgs), eb("id", "in", held)])));
  if (status !== undefined) query = query.where("status", "=", status);
  return query;
}

/** Stores a new route with its first events and audit record, in one transaction. */
export async function insertRoute(db: Db, row: RoutesTable, route: Route, entry: AuditEntry): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("routes").values(row).execute();
    for (const event of route.events) await trx.insertInto("route_events").values(eventToRow(route.id, event)).execute();
    await audit(trx, entry);
  });
}

/**
 * Appends the last event of `next` to a stored route that still has `seen` events, with its
 * audit record. False when the route changed meanwhile: the event count condition lets only one of
 * two concurrent appends through.
 */
export async function appendRouteEvent(db: Db, id: string, seen: number, next: Route, status: string, entry: AuditEntry): Promise<boolean> {
  const event = next.events.at(-1)!;
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("routes")
      .set({ status, event_count: next.events.length, updated_at: event.occurredAt })
      .where("id", "=", id)
      .where("event_count", "=", seen)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await trx.insertInto("route_events").values(eventToRow(id, event)).execute();
    await audit(trx, entry);
    return true;
  });
}
