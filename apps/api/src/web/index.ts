// The web page for procurement officers and ethics staff: sign in, upload a tender, read and share
// the report, earlier checks, requirements, maturity assessments, governance models and routes,
// cases and the public moresprudentie. Server-rendered HTML that works without JavaScript;
// /static/app.js adds drag and drop, progress, instant filtering and copying. Each page family
// lives in ./pages and uses the same storage modules and domain packages as the /v1 routes.
import type { FastifyInstance } from "fastify";
import { assetRoutes, loadAssets } from "./assets.js";
import { createWebContext } from "./context.js";
import { casePages } from "./pages/cases.js";
import { checkPages } from "./pages/checks.js";
import { governancePages } from "./pages/governance.js";
import { maturityPages } from "./pages/maturity.js";
import { publicCasePages } from "./pages/public-cases.js";
import { reportPages } from "./pages/reports.js";
import { requirementPages } from "./pages/requirements.js";
import { signInPages } from "./pages/sign-in.js";

/**
 * The web page's routes. Registered from `src/routes/index.ts` like every other area; its routes
 * are `public` to the API's bearer-key check and do their own access control with the session
 * cookie (keys mode) or the local actor (local mode).
 */
export default async function webRoutes(app: FastifyInstance): Promise<void> {
  const assets = loadAssets();
  assetRoutes(app, assets);
  const web = createWebContext(app, assets);
  signInPages(app, web);
  checkPages(app, web);
  reportPages(app, web);
  requirementPages(app, web);
  maturityPages(app, web);
  governancePages(app, web);
  publicCasePages(app, web);
  casePages(app, web);
}
