import type { FastifyInstance } from "fastify";
import { openApiDocument } from "../openapi-document.js";
import { apiVersion } from "../openapi.js";
import { schemaRef } from "../validation.js";
import { maxPage } from "../pagination.js";
import { listAuditEvents } from "../storage/audit-events.js";

/** Health, the OpenAPI document and the audit log. */
export default async function metaRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    "/v1/health",
    {
      config: { access: "public" },
      schema: {
        operationId: "getHealth",
        tags: ["beheer"],
        summary: "Gezondheid van de dienst",
        description: "Liveness en readiness: 200 als de dienst draait en de database bereikbaar is, anders 503. Openbaar, voor load balancers.",
        security: [],
        response: {
          200: { description: "De dienst is klaar voor verzoeken.", ...schemaRef("health") },
          503: { description: "De database is niet bereikbaar of de dienst stopt.", ...schemaRef("problem") },
        },
      },
    },
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
    {
      config: { access: "public" },
      schema: {
        operationId: "getOpenApi",
        tags: ["beheer"],
        summary: "De OpenAPI-beschrijving",
        description: "Deze beschrijving van de API (OpenAPI 3.1), gemaakt uit dezelfde JSON Schemas waarmee de API verzoeken controleert. Openbaar, met CORS voor iedereen.",
        security: [],
        response: {
          200: {
            description: "Het OpenAPI-document.",
            headers: { "access-control-allow-origin": { type: "string", description: "Altijd *: iedereen mag de beschrijving ophalen." } },
            type: "object",
          },
        },
      },
    },
    async (_request, reply) => {
      cached ??= JSON.stringify(openApiDocument(app));
      return reply.type("application/json; charset=utf-8").header("Cache-Control", "public, max-age=300").send(cached);
    },
  );

  app.get(
    "/v1/audit-events",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "listAuditEvents",
        tags: ["beheer"],
        summary: "Het auditlog van uw organisatie",
        description: "Elke schrijfactie binnen uw organisatie: wie, wat, wanneer. Nieuwste eerst, per pagina. Alleen voor beheerders.",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            page: { type: "integer", minimum: 1, maximum: maxPage, default: 1, description: "Het paginanummer, vanaf 1." },
            pageSize: { type: "integer", minimum: 1, maximum: 100, default: 50, description: "Het aantal gebeurtenissen per pagina." },
            targetId: { type: "string", minLength: 1, description: "Alleen gebeurtenissen over dit record." },
          },
        },
        response: { 200: { description: "Eén pagina van het auditlog.", ...schemaRef("audit-event", "AuditEventPage") } },
      },
    },
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
