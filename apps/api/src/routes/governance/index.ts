import type { FastifyInstance } from "fastify";
import { grantRoutes } from "./grants.js";
import { governanceModelRoutes } from "./models.js";
import { routeRoutes } from "./routes.js";

/**
 * Governance: the shipped governance models (IPO, Zuid-Holland, Overijssel, DataFryslân) and their
 * diagrams, planning a route for an item, and tracking stored routes through append-only events.
 * Routes belong to the organisation that created them; an ethics commission's ethics role also
 * sees the routes of the organisations it serves. Only the route's organisation starts, withdraws
 * and completes it; an outcome or a return is recorded on behalf of a body by a key that holds a
 * role there (a body-role grant, decision 0010), whichever organisation the key belongs to.
 */
export default async function governanceRoutes(app: FastifyInstance): Promise<void> {
  // In this order, so that the OpenAPI document lists the paths as it always did.
  await governanceModelRoutes(app);
  await routeRoutes(app);
  await grantRoutes(app);
}
