// Assessments: starting one, the organisation's list, reading one, and adding answers and
// measured figures (given, or measured from the service's own records).
import type { FastifyInstance } from "fastify";
import { addMeasurements, measureFromRecords, recordAnswers } from "@ethiek/maturity";
import type { MaturityAnswersInput, MaturityAssessmentInput, MaturityMeasurementsInput, MaturitySystemMeasurementInput } from "@ethiek/schemas";
import { sendProblem } from "../../problems.js";
import { allMaturityModels, findAssessment, findMaturityModel, listAssessments, serviceRecords, storeNewAssessment } from "../../storage/maturity.js";
import { listEntries, withScores } from "../../storage/maturity-views.js";
import { assessmentProblem, loadOr404, updateOr409 } from "./http.js";
import * as schemas from "./schemas.js";

const ROLES = ["officer", "ethics", "admin"] as const;

/** Registers starting, listing and reading assessments and adding answers and measurements. */
export async function assessmentRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;

  app.post("/v1/assessments", { config: { access: [...ROLES] }, schema: schemas.createAssessment }, async (request, reply) => {
    const input = request.body as MaturityAssessmentInput;
    const model = await findMaturityModel(db(), input.model.id);
    if (model === undefined) {
      return sendProblem(request, reply, {
        status: 422,
        code: "maturity-model-not-found",
        detail: `Er is geen volwassenheidsmodel ${input.model.id}. Kies uit: ${(await allMaturityModels(db())).map((m) => m.id).join(", ")}.`,
        invalidParams: [{ name: "body/model/id", reason: "onbekend model", code: "unknown-model" }],
      });
    }
    if (input.previousAssessment !== undefined && (await findAssessment(db(), input.previousAssessment, request.actor.organisation)) === undefined) {
      return sendProblem(request, reply, {
        status: 422,
        code: "previous-assessment-not-found",
        detail: `Er is geen eerdere meting ${input.previousAssessment} van uw organisatie.`,
        invalidParams: [{ name: "body/previousAssessment", reason: "onbekende meting", code: "unknown-assessment" }],
      });
    }
    const created = await storeNewAssessment(db(), request.actor, model, input, request.id);
    if (!created.ok) return assessmentProblem(request, reply, created.errors);
    const assessment = created.value;
    return reply.code(201).header("Location", `/v1/assessments/${assessment.id}`).send(withScores(model, assessment));
  });

  app.get("/v1/assessments", { config: { access: [...ROLES] }, schema: schemas.listAssessments }, async (request, reply) => {
    const q = request.query as { page: number; pageSize: number };
    const { rows, total } = await listAssessments(db(), request.actor.organisation, q.page, q.pageSize);
    const items = (await listEntries(db(), rows)).map(({ row, assessment, scores }) => ({
      id: row.id,
      organisation: row.organisation_id,
      ...(row.title !== null ? { title: row.title } : {}),
      model: assessment.model,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      level: scores?.overall.level ?? null,
      answered: scores?.overall.answered ?? assessment.answers.length,
      questions: scores?.overall.questions ?? 0,
    }));
    return reply.send({ items, page: q.page, pageSize: q.pageSize, total });
  });

  app.get("/v1/assessments/:id", { config: { access: [...ROLES] }, schema: schemas.getAssessment }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    return reply.send(withScores(found.model, found.assessment));
  });

  app.post("/v1/assessments/:id/answers", { config: { access: [...ROLES] }, schema: schemas.answerAssessment }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    const { answers } = request.body as MaturityAnswersInput;
    const next = recordAnswers(found.model, found.assessment, answers, request.actor.id, new Date().toISOString());
    if (!next.ok) return assessmentProblem(request, reply, next.errors);
    if (!(await updateOr409(request, reply, found, next.value, "assessment.answer", { answers: answers.length }))) return reply;
    return reply.send(withScores(found.model, next.value));
  });

  app.post("/v1/assessments/:id/measurements", { config: { access: ["admin", "ethics"] }, schema: schemas.addAssessmentMeasurements }, async (request, reply) => {
    const found = await loadOr404(request, reply);
    if (found === undefined) return reply;
    const { measurements } = request.body as MaturityMeasurementsInput;
    const invalid = measurements.flatMap((m, i) => [
      ...(m.metric.endsWith("-share") && m.value > 1 ? [{ name: `body/measurements/${i}/value`, reason: "een aandeel ligt tussen 0 en 1", code: "share-above-one" }] : []),
      ...(m.periodEndDate < m.periodStartDate ? [{ name: `body/measurements/${i}/periodEndDate`, reason: "de periode eindigt voor zij begint", code: "period-reversed" }] : []),
    ]);
    if (invalid.length > 0) return sendProblem(request, reply, { status: 422, code: "measurement-invalid", detail: "Een of meer cijfers kloppen niet; invalidParams noemt ze.", invalidParams: invalid });
    const next = addMeasurements(found.assessment, measurements);
    if (!(await updateOr409(request, reply, found, next, "assessment.measure", { measurements: measurements.length }))) return reply;
    return reply.send(withScores(found.model, next));
  });

  app.post(
    "/v1/assessments/:id/system-measurements",
    { config: { access: ["admin", "ethics"] }, schema: schemas.measureAssessmentFromRecords },
    async (request, reply) => {
      const found = await loadOr404(request, reply);
      if (found === undefined) return reply;
      const input = request.body as MaturitySystemMeasurementInput;
      if (input.periodEndDate < input.periodStartDate) {
        return sendProblem(request, reply, {
          status: 422,
          code: "measurement-invalid",
          detail: "De periode eindigt voor zij begint.",
          invalidParams: [{ name: "body/periodEndDate", reason: "de periode eindigt voor zij begint", code: "period-reversed" }],
        });
      }
      // What counts as met, and over which checks, is @ethiek/maturity's rule.
      const measurements = measureFromRecords(await serviceRecords(db(), request.actor.organisation, input), input, new Date().toISOString());
      const next = addMeasurements(found.assessment, measurements);
      if (!(await updateOr409(request, reply, found, next, "assessment.measure", { measurements: measurements.length, source: "records" }))) return reply;
      return reply.send(withScores(found.model, next));
    },
  );
}
