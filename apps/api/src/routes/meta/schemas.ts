// The OpenAPI schemas of the service's own routes: health, this document and the audit log.
// Responses refer to schemas/health.schema.json, schemas/audit-event.schema.json and schemas/problem.schema.json.
import type { FastifySchema } from "fastify";
import { pageProperties } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

const TAG = "beheer";

export const getHealth = {
  operationId: "getHealth",
  tags: [TAG],
  summary: "Gezondheid van de dienst",
  description: "Liveness en readiness: 200 als de dienst draait en de database bereikbaar is, anders 503. Openbaar, voor load balancers.",
  security: [],
  response: {
    200: { description: "De dienst is klaar voor verzoeken.", ...schemaRef("health") },
    503: { description: "De database is niet bereikbaar of de dienst stopt.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const getOpenApi = {
  operationId: "getOpenApi",
  tags: [TAG],
  summary: "De OpenAPI-beschrijving",
  description: "Deze beschrijving van de API (OpenAPI 3.1), gemaakt uit dezelfde JSON Schemas waarmee de API verzoeken controleert. Openbaar, met CORS voor iedereen.",
  security: [],
  response: {
    // The document describes itself only as an object: OpenAPI 3.1 has no JSON Schema of its own in schemas/.
    200: {
      description: "Het OpenAPI-document.",
      headers: { "access-control-allow-origin": { type: "string", description: "Altijd *: iedereen mag de beschrijving ophalen." } },
      type: "object",
    },
  },
} satisfies FastifySchema;

export const listAuditEvents = {
  operationId: "listAuditEvents",
  tags: [TAG],
  summary: "Het auditlog van uw organisatie",
  description: "Elke schrijfactie binnen uw organisatie: wie, wat, wanneer. Nieuwste eerst, per pagina. Alleen voor beheerders.",
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      ...pageProperties("Het aantal gebeurtenissen per pagina.", { defaultSize: 50 }),
      targetId: { type: "string", minLength: 1, description: "Alleen gebeurtenissen over dit record." },
    },
  },
  response: { 200: { description: "Eén pagina van het auditlog.", ...schemaRef("audit-event", "AuditEventPage") } },
} satisfies FastifySchema;
