import type { FastifyInstance } from "fastify";
import { openApiDocument } from "../../openapi-document.js";
import { apiVersion } from "../../openapi.js";
import { listAuditEvents } from "../../storage/audit-events.js";
import * as schemas from "./schemas.js";

/** Health, the OpenAPI document and the audit log. */
export default async function metaRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    "/v1/health",
    { config: { access: "public" }, schema: schemas.getHealth },
    async (_request, reply) => {
      const up = await app.storage.ping();
      const body = { status: up ? "up" : "down", database: up ? "up" : "down", version: apiVersion };
      // 503 for readiness probes; the body still says what is down.
      return reply.code(up ? 200 : 503).send(body);
    },
  );

  let cached: string | undefined;
  app.get(
    "/v1/openapi.json",
    { config: { access: "public" }, schema: schemas.getOpenApi },
    async (_request, reply) => {
      cached ??= JSON.stringify(openApiDocument(app));
      return reply.type("application/json; charset=utf-8").header("Cache-Control", "public, max-age=300").send(cached);
    },
  );

  app.get(
    "/v1/audit-events",
    { config: { access: ["admin"] }, schema: schemas.listAuditEvents },
    async (request, reply) => {
      const q = request.query as { page: number; pageSize: number; targetId?: string };
      const { items, total } = await listAuditEvents(app.storage.db, request.actor.organisation, {
        ...(q.targetId !== undefined ? { targetId: q.targetId } : {}),
        page: q.page,
        pageSize: q.pageSize,
      });
      return reply.send({ items, page: q.page, pageSize: q.pageSize, total });
    },
  );
}
