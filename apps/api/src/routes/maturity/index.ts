import type { FastifyInstance } from "fastify";
import { assessmentRoutes } from "./assessments.js";
import { benchmarkRoutes, maturityModelRoutes } from "./models.js";
import { assessmentReportRoutes } from "./reports.js";

/**
 * Maturity: the shipped provincial model, models organisations imported from an ODI file or
 * added, and each organisation's assessments — answers, measured figures, scores (method stated),
 * action plan, charts (SVG) and CSV export. Models are public; assessments belong to the
 * organisation that made them (another organisation's answer 404). A benchmark across
 * organisations is anonymous and needs at least five of them.
 */
export default async function maturityRoutes(app: FastifyInstance): Promise<void> {
  // In this order, so that the OpenAPI document lists the paths as it always did.
  await maturityModelRoutes(app);
  await assessmentRoutes(app);
  await assessmentReportRoutes(app);
  await benchmarkRoutes(app);
}
