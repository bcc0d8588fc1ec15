// What an assessment yields: its scores, the action plan, the comparison with the previous
// assessment, the charts (SVG) and the CSV export.
import type { FastifyInstance } from "fastify";
import { actionPlan, assessmentToCsv, compareAssessments, radarChart, timelineChart } from "@ethiek/maturity";
import { kebab, sendProblem } from "../../problems.js";
import { findAssessment, findMaturityModel } from "../../storage/maturity.js";
import { radarInput, scoresOf, timelinePoints } from "../../storage/maturity-views.js";
import { loadOr404 } from "./http.js";
import * as schemas from "./schemas.js";

const ROLES = ["officer", "ethics", "admin"] as const;

/** Registers the scores, action plan, comparison, charts and CSV of an assessment. */
export async function assessmentReportRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;

  app.get("/v1/assessments/:id/score", { config: { access: [...ROLES] }, schema: schemas.scoreAssessment }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    return reply.send(scoresOf(found.model, found.assessment));
  });

  app.get("/v1/assessments/:id/action-plan", { config: { access: [...ROLES] }, schema: schemas.getAssessmentActionPlan }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    return reply.send(actionPlan(found.model, found.assessment, scoresOf(found.model, found.assessment)));
  });

  app.get("/v1/assessments/:id/comparison", { config: { access: [...ROLES] }, schema: schemas.compareAssessment }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    const previous = found.assessment.previousAssessment === undefined ? undefined : await findAssessment(db(), found.assessment.previousAssessment, request.actor.organisation);
    const previousModel = previous === undefined ? undefined : await findMaturityModel(db(), previous.row.model_id);
    if (previous === undefined || previousModel === undefined) {
      return sendProblem(request, reply, { status: 422, code: "no-previous-assessment", detail: "Deze meting noemt geen vorige meting van uw organisatie (previousAssessment)." });
    }
    const compared = compareAssessments(
      { assessment: previous.assessment, scores: scoresOf(previousModel, previous.assessment) },
      { assessment: found.assessment, scores: scoresOf(found.model, found.assessment) },
    );
    if (!compared.ok) return sendProblem(request, reply, { status: 422, code: kebab(compared.errors[0]!.code), detail: compared.errors[0]!.messageNl });
    return reply.send(compared.value);
  });

  app.get("/v1/assessments/:id/chart.svg", { config: { access: [...ROLES] }, schema: schemas.getAssessmentChart }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    const { kind, language } = request.query as { kind: "radar" | "timeline"; language: "nl" | "en" };
    const current = scoresOf(found.model, found.assessment);
    const svg =
      kind === "timeline"
        ? timelineChart(found.model, await timelinePoints(db(), found), { language })
        : radarChart(found.model, await radarInput(db(), found, current), { language });
    return reply.type("image/svg+xml; charset=utf-8").header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").send(svg);
  });

  app.get("/v1/assessments/:id/export.csv", { config: { access: [...ROLES] }, schema: schemas.exportAssessmentCsv }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    const { language, separator } = request.query as { language: "nl" | "en"; separator: "comma" | "semicolon" };
    const csv = assessmentToCsv(found.model, found.assessment, scoresOf(found.model, found.assessment), { language, separator: separator === "semicolon" ? ";" : "," });
    return reply.type("text/csv; charset=utf-8").header("Content-Disposition", `attachment; filename="meting-${found.row.id}.csv"`).send(csv);
  });
}
