import type { FastifyInstance } from "fastify";
import { caseRecordRoutes } from "./cases.js";
import { precedentRoutes } from "./precedents.js";

/** Routes of ethics cases and moresprudentie (`@ethiek/cases`). */
export default async function caseRoutes(app: FastifyInstance): Promise<void> {
  // In this order, so that the OpenAPI document lists the paths as it always did.
  await caseRecordRoutes(app);
  await precedentRoutes(app);
}
