// Governance models (public, with their diagrams) and the routes the visitor may see, with their
// progress and diagram. The same data and access rules as /v1/governance-models and /v1/routes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { modelToSvg, routeProgress, routeToSvg } from "@ethiek/governance";
import type { RoutePlan, RouteStatus } from "@ethiek/schemas";
import { allGovernanceModels, findGovernanceModel } from "../../storage/governance-models.js";
import { listVisibleRouteRows, loadRouteFor, type LoadedRoute } from "../../storage/routes.js";
import { sendHtml, sendSvg, type SignedInVisit, type WebContext } from "../context.js";
import { governancePage, routeListPage, routePage } from "../governance.js";
import type { Texts } from "../i18n.js";

/** Registers /bestuur (models, public) and /bestuur/routes (for readers). */
export function governancePages(app: FastifyInstance, web: WebContext): void {
  const db = () => app.storage.db;
  const title = (t: Texts) => t("web.routesTitle");

  app.get("/bestuur", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireActor(request, reply);
    if (v === null) return reply;
    // Governance models are public, as GET /v1/governance-models.
    return sendHtml(reply, 200, governancePage(v.ctx, await allGovernanceModels(db())));
  });

  app.get("/bestuur/modellen/:id/tekening.svg", { config: { access: "public" } }, async (request, reply) => {
    // Public, as GET /v1/governance-models/:id/diagram.svg.
    const v = await web.visit(request, reply);
    const { id } = request.params as { id: string };
    const model = id.length <= 100 ? await findGovernanceModel(db(), id) : undefined;
    if (model === undefined) return web.notFound(reply, v);
    return sendSvg(reply, modelToSvg(model, v.ctx.lang));
  });

  app.get("/bestuur/routes", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    // The same routes as GET /v1/routes: the organisations' own, and those where the key holds a role at a body.
    const rows = await listVisibleRouteRows(db(), web.local, v.actor, 200);
    const items = rows.map((row) => ({
      id: row.id,
      title: row.title,
      routeName: (JSON.parse(row.plan) as RoutePlan).routeName[v.ctx.lang],
      status: row.status as RouteStatus,
      createdAt: row.created_at,
    }));
    return sendHtml(reply, 200, routeListPage(v.ctx, items));
  });

  /**
   * A route the visitor may see, by the API's own rule (`loadRouteFor`: its organisation's, one its
   * commission serves, or one with a step at a body where the key holds a role), or null after a 404.
   */
  async function visibleRoute(request: FastifyRequest, reply: FastifyReply, v: SignedInVisit): Promise<LoadedRoute | null> {
    const { id } = request.params as { id: string };
    const found = id.length <= 100 ? await loadRouteFor(db(), web.local, id, v.actor) : undefined;
    if (found === undefined) {
      web.notFound(reply, v);
      return null;
    }
    return found;
  }

  app.get("/bestuur/routes/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const found = await visibleRoute(request, reply, v);
    if (found === null) return reply;
    const model = await findGovernanceModel(db(), found.route.plan.modelId);
    return sendHtml(
      reply,
      200,
      routePage(v.ctx, {
        id: found.row.id,
        route: found.route,
        progress: routeProgress(found.route, new Date()),
        ...(model !== undefined ? { modelName: model.name[v.ctx.lang] } : {}),
      }),
    );
  });

  app.get("/bestuur/routes/:id/tekening.svg", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const found = await visibleRoute(request, reply, v);
    if (found === null) return reply;
    return sendSvg(reply, routeToSvg(found.route, { now: new Date(), language: v.ctx.lang }));
  });
}
