import type { FastifyInstance } from "fastify";
import caseRoutes from "./cases/index.js";
import checkRoutes from "./checks/index.js";
import governanceRoutes from "./governance/index.js";
import maturityRoutes from "./maturity/index.js";
import metaRoutes from "./meta/index.js";
import requirementRoutes from "./requirements/index.js";
import shareRoutes from "./shares/index.js";
import waiverRoutes from "./waivers/index.js";
import webRoutes from "../web/index.js";
import zgwRoutes from "./zgw/index.js";

/**
 * Every area's routes, registered in one place. A domain (cases, maturity, governance) adds its
 * plugin here; see README.md in this folder. Routes declare full paths starting with `/v1/`.
 */
export const routePlugins: ReadonlyArray<(app: FastifyInstance) => Promise<void>> = [
  metaRoutes,
  checkRoutes,
  waiverRoutes,
  shareRoutes,
  requirementRoutes,
  governanceRoutes,
  maturityRoutes,
  caseRoutes,
  zgwRoutes,
  webRoutes,
];

/** Registers every route plugin on the app (in the app's own scope, so hooks and decorators apply). */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  for (const plugin of routePlugins) await plugin(app);
}
