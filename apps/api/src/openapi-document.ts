// The published OpenAPI document: what @fastify/swagger made of the routes, finished for the Dutch
// API Design Rules (openapi.ts), with the request bodies Fastify's schemas cannot express.
import type { FastifyInstance } from "fastify";
import { finishOpenApi } from "./openapi.js";
import { createCheckBody } from "./routes/checks/schemas.js";

/** Request bodies Fastify's schema cannot express (streamed multipart uploads), by operationId. */
const multipartBodies: Record<string, Record<string, unknown>> = { createCheck: createCheckBody };

/**
 * The OpenAPI document of a ready app, finished for the Dutch API Design Rules.
 *
 * @example
 * await app.ready();
 * const doc = openApiDocument(app); // doc.paths["/checks"]
 */
export function openApiDocument(app: FastifyInstance): Record<string, unknown> {
  return finishOpenApi(app.swagger() as unknown as Record<string, unknown>, {
    ...(app.config.publicUrl !== undefined ? { publicUrl: app.config.publicUrl } : {}),
    requestBodies: multipartBodies,
  });
}
