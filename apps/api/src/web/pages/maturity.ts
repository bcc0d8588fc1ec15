// The organisation's maturity assessments: the list, the form for a new one, one assessment with
// its charts and action plan, and its CSV. The same data and access rules as /v1/assessments
// (storage/maturity.ts and storage/maturity-views.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { actionPlan, assessmentToCsv } from "@ethiek/maturity";
import { findMaturityModel, latestAssessmentId, listAssessments, loadAssessment, storeNewAssessment, type LoadedAssessment } from "../../storage/maturity.js";
import { listEntries, modelNameOf, radarInput, scoresOf, timelinePoints } from "../../storage/maturity-views.js";
import { sendHtml, type SignedInVisit, type WebContext } from "../context.js";
import { textsFor, type Texts } from "../i18n.js";
import { assessmentPage, maturityListPage, newAssessmentPage } from "../maturity.js";
import { verifyCsrf } from "../session.js";

/** Registers /volwassenheid and its pages, for readers of the organisation. */
export function maturityPages(app: FastifyInstance, web: WebContext): void {
  const db = () => app.storage.db;
  const title = (t: Texts) => t("web.maturityTitle");

  app.get("/volwassenheid", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    // The organisation's own assessments only, as GET /v1/assessments (a commission sees its own).
    const { rows } = await listAssessments(db(), v.actor.organisation, 1, 200);
    const items = (await listEntries(db(), rows)).map((entry) => ({
      id: entry.row.id,
      ...(entry.row.title !== null ? { title: entry.row.title } : {}),
      modelName: modelNameOf(entry, v.ctx.lang),
      createdAt: entry.row.created_at,
      level: entry.scores?.overall.level ?? null,
      maxLevel: entry.model?.levels.length ?? 0,
      answered: entry.scores?.overall.answered ?? entry.assessment.answers.length,
      questions: entry.scores?.overall.questions ?? 0,
    }));
    return sendHtml(reply, 200, maturityListPage(v.ctx, items));
  });

  /** The model the form uses: the one asked for, else the shipped provincial model. */
  const formModel = async (id: unknown) => (typeof id === "string" && id.length <= 120 ? await findMaturityModel(db(), id) : undefined) ?? (await findMaturityModel(db(), "ethiek-provincies"));

  app.get("/volwassenheid/nieuw", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const model = await formModel((request.query as { model?: unknown }).model);
    if (model === undefined) return web.notFound(reply, v);
    return sendHtml(reply, 200, newAssessmentPage(v.ctx, model));
  });

  app.post("/volwassenheid/nieuw", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const t = textsFor(v.ctx.lang);
    const fields = await web.formFields(request);
    const model = await formModel(fields.model);
    if (model === undefined) return web.notFound(reply, v);
    if (!verifyCsrf(web.secret, v.csrfSeed, fields.csrf)) return sendHtml(reply, 403, newAssessmentPage(v.ctx, model, { errors: [{ message: t("web.errorCsrf") }] }));
    const answers = model.questions.flatMap((q) => {
      const level = Number(fields[`vraag-${q.id}`] ?? "");
      return Number.isInteger(level) && level >= 1 ? [{ question: q.id, level }] : [];
    });
    // The new assessment follows the organisation's latest one, so the chart over time shows the change.
    const latest = await latestAssessmentId(db(), v.actor.organisation, model.id);
    const name = (fields.title ?? "").trim().slice(0, 200);
    const created = await storeNewAssessment(
      db(),
      v.actor,
      model,
      { model: { id: model.id }, ...(name ? { title: name } : {}), ...(latest ? { previousAssessment: latest } : {}), answers },
      request.id,
    );
    if (!created.ok) return sendHtml(reply, 400, newAssessmentPage(v.ctx, model, { errors: created.errors.map((e) => ({ message: e.message })) }));
    return reply.redirect(`/volwassenheid/${encodeURIComponent(created.value.id)}`, 303);
  });

  /** The visitor's own assessment with its model, or null after answering 404. */
  async function visibleAssessment(request: FastifyRequest, reply: FastifyReply, v: SignedInVisit): Promise<LoadedAssessment | null> {
    const { id } = request.params as { id: string };
    const found = id.length <= 120 ? await loadAssessment(db(), id, v.actor.organisation) : undefined;
    if (found === undefined) {
      web.notFound(reply, v);
      return null;
    }
    return found;
  }

  app.get("/volwassenheid/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const found = await visibleAssessment(request, reply, v);
    if (found === null) return reply;
    const scores = scoresOf(found.model, found.assessment);
    return sendHtml(
      reply,
      200,
      assessmentPage(v.ctx, {
        id: found.row.id,
        assessment: found.assessment,
        model: found.model,
        scores,
        radar: await radarInput(db(), found, scores),
        timeline: await timelinePoints(db(), found),
        plan: actionPlan(found.model, found.assessment, scores),
      }),
    );
  });

  app.get("/volwassenheid/:id/meting.csv", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const found = await visibleAssessment(request, reply, v);
    if (found === null) return reply;
    const separator = (request.query as { scheiding?: string }).scheiding === "puntkomma" ? ";" : ",";
    const csv = assessmentToCsv(found.model, found.assessment, scoresOf(found.model, found.assessment), { language: v.ctx.lang, separator });
    return reply.type("text/csv; charset=utf-8").header("Content-Disposition", `attachment; filename="meting-${found.row.id.replace(/[^A-Za-z0-9-]/g, "")}.csv"`).send(csv);
  });
}
