import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { maxPage } from "../pagination.js";
import {
  actionPlan,
  addMeasurements,
  latestChecks,
  measureFromRecords,
  periodBounds,
  assessmentToCsv,
  benchmark,
  compareAssessments,
  createAssessment,
  importOdiModel,
  loadMaturityModel,
  radarChart,
  recordAnswers,
  scoreAssessment,
  shippedModels,
  timelineChart,
  type AssessmentError,
  type RadarInput,
  type ScoredAssessment,
  type ServiceRecords,
  type TimelinePoint,
} from "@ethiek/maturity";
import type {
  MaturityAnswersInput,
  MaturityAssessment,
  MaturityAssessmentInput,
  MaturityMeasurementsInput,
  MaturityModel,
  MaturitySystemMeasurementInput,
  MaturityScores,
  Status,
} from "@ethiek/schemas";
import { audit } from "../audit.js";
import type { Actor } from "../auth.js";
import type { Db, MaturityAssessmentsTable } from "../db/database.js";
import { sendProblem } from "../problems.js";
import { schemaRef } from "../validation.js";

const TAG = "volwassenheid";
const ROLES = ["officer", "ethics", "admin"] as const;

const idParams = (what: string) =>
  ({
    type: "object",
    additionalProperties: false,
    required: ["id"],
    properties: { id: { type: "string", minLength: 1, maxLength: 120, description: what } },
  }) as const;

const languageProperty = { type: "string", enum: ["nl", "en"], default: "nl", description: "De taal van de teksten." } as const;

const kebab = (code: string): string => code.toLowerCase().replace(/_/g, "-");

/** A shipped model, or one an organisation imported or added. */
export async function findModel(db: Db, id: string): Promise<MaturityModel | undefined> {
  const shipped = shippedModels[id];
  if (shipped !== undefined) return shipped;
  const row = await db.selectFrom("maturity_models").select("model").where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.model) as MaturityModel);
}

async function allModels(db: Db): Promise<MaturityModel[]> {
  const rows = await db.selectFrom("maturity_models").select("model").orderBy("created_at").orderBy("id").execute();
  return [...Object.values(shippedModels), ...rows.map((r) => JSON.parse(r.model) as MaturityModel)];
}

/** The organisation's own assessment, or undefined (another organisation's answers 404). */
export async function findAssessment(db: Db, id: string, organisation: string): Promise<{ row: MaturityAssessmentsTable; assessment: MaturityAssessment } | undefined> {
  const row = await db.selectFrom("maturity_assessments").selectAll().where("id", "=", id).where("organisation_id", "=", organisation).executeTakeFirst();
  return row === undefined ? undefined : { row, assessment: JSON.parse(row.document) as MaturityAssessment };
}

function assessmentProblem(request: FastifyRequest, reply: FastifyReply, errors: readonly AssessmentError[], part = "body") {
  return sendProblem(request, reply, {
    status: 422,
    code: kebab(errors[0]!.code),
    detail: errors.map((e) => e.messageNl).join(" "),
    invalidParams: errors.map((e) => ({ name: `${part}${e.pointer}`, reason: e.messageNl, code: kebab(e.code) })),
  });
}

/** Scores an assessment that was checked when it was stored; a failure here is a bug. */
export function scoresOf(model: MaturityModel, assessment: MaturityAssessment): MaturityScores {
  const scored = scoreAssessment(model, assessment);
  if (!scored.ok) throw new Error(`stored assessment ${assessment.id} no longer fits its model: ${scored.errors[0]!.code}`);
  return scored.value;
}

/** A stored assessment with its row and model, as the routes load it. */
export interface LoadedAssessment {
  readonly row: MaturityAssessmentsTable;
  readonly assessment: MaturityAssessment;
  readonly model: MaturityModel;
}

/**
 * The radar chart's input: the current scores, the target profile and the previous assessment's
 * scores (only when it belongs to the same organisation and uses the same model). Shared by
 * `GET /v1/assessments/:id/chart.svg` and the web page, so both draw the same data.
 *
 * @example
 * const svg = radarChart(found.model, await radarInput(db, found), { language: "nl" });
 */
export async function radarInput(db: Db, found: LoadedAssessment, current: MaturityScores = scoresOf(found.model, found.assessment)): Promise<RadarInput> {
  const previousId = found.assessment.previousAssessment;
  const previous = previousId === undefined ? undefined : await findAssessment(db, previousId, found.row.organisation_id);
  const previousScores = previous !== undefined && previous.row.model_id === found.row.model_id ? scoresOf(found.model, previous.assessment) : undefined;
  return { current, ...(found.assessment.target ? { target: found.assessment.target } : {}), ...(previousScores ? { previous: previousScores } : {}) };
}

/**
 * The bar chart's points: every assessment of the organisation with the same model up to and
 * including this one, oldest first, labelled with its title or date.
 *
 * @example
 * const svg = timelineChart(found.model, await timelinePoints(db, found));
 */
export async function timelinePoints(db: Db, found: LoadedAssessment): Promise<TimelinePoint[]> {
  const rows = await db
    .selectFrom("maturity_assessments")
    .selectAll()
    .where("organisation_id", "=", found.row.organisation_id)
    .where("model_id", "=", found.row.model_id)
    .where("created_at", "<=", found.row.created_at)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => {
    const a = JSON.parse(row.document) as MaturityAssessment;
    return { label: a.title ?? row.created_at.slice(0, 10), scores: scoresOf(found.model, a) };
  });
}

const withScores = (model: MaturityModel, assessment: MaturityAssessment): MaturityAssessment => ({ ...assessment, scores: scoresOf(model, assessment) });

/**
 * What the service knows of an organisation over a period, read for `measureFromRecords` of
 * @ethiek/maturity (which decides what counts): its checks made in the period with the results of
 * the latest of each tender, and its case events up to the period's end.
 */
async function serviceRecords(db: Db, organisation: string, input: MaturitySystemMeasurementInput): Promise<ServiceRecords> {
  const { from, until } = periodBounds(input);
  const checks = await db
    .selectFrom("checks")
    .select(["id", "previous_check_id"])
    .where("organisation_id", "=", organisation)
    .where("deleted_at", "is", null)
    .where("created_at", ">=", from)
    .where("created_at", "<", until)
    .execute();
  const records = checks.map((c) => ({ id: c.id, previousCheck: c.previous_check_id }));
  const latest = latestChecks(records);
  const results = latest.length === 0 ? [] : await db.selectFrom("check_results").select(["check_id", "status"]).where("check_id", "in", latest).execute();
  const events = await db
    .selectFrom("case_events")
    .innerJoin("cases", "cases.id", "case_events.case_id")
    .select(["case_events.case_id as caseId", "case_events.to_status as toStatus", "case_events.occurred_at as occurredAt"])
    .where("cases.organisation_id", "=", organisation)
    .where("case_events.occurred_at", "<", until)
    .execute();
  return { checks: records, results: results.map((r) => ({ checkId: r.check_id, status: r.status as Status })), caseEvents: events };
}

/**
 * Creates an assessment for the actor's organisation and stores it in one transaction with its
 * audit record (POST /v1/assessments and the web page's form). Answers or targets that do not fit
 * the model come back as errors, nothing is stored then.
 */
export async function storeNewAssessment(
  db: Db,
  actor: Actor,
  model: MaturityModel,
  input: MaturityAssessmentInput,
  requestId: string,
): Promise<{ ok: true; value: MaturityAssessment } | { ok: false; errors: readonly AssessmentError[] }> {
  const now = new Date().toISOString();
  const created = createAssessment(model, input, { id: randomUUID(), organisation: actor.organisation, createdAt: now, answeredBy: actor.id });
  if (!created.ok) return created;
  const assessment = created.value;
  const row: MaturityAssessmentsTable = {
    id: assessment.id,
    organisation_id: assessment.organisation,
    model_id: model.id,
    title: assessment.title ?? null,
    document: JSON.stringify(assessment),
    revision: 1,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("maturity_assessments").values(row).execute();
    await audit(trx, {
      actor: actor.id,
      organisation: row.organisation_id,
      action: "assessment.create",
      targetType: "assessment",
      targetId: row.id,
      detail: { model: model.id, answers: assessment.answers.length },
      requestId,
    });
  });
  return { ok: true, value: assessment };
}

/**
 * Maturity: the shipped provincial model, models organisations imported from an ODI file or
 * added, and each organisation's assessments — answers, measured figures, scores (method stated),
 * action plan, charts (SVG) and CSV export. Models are public; assessments belong to the
 * organisation that made them (another organisation's answer 404). A benchmark across
 * organisations is anonymous and needs at least five of them.
 */
export default async function maturityRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.storage.db;

  app.get(
    "/v1/maturity-models",
    {
      config: { access: "public" },
      schema: {
        operationId: "listMaturityModels",
        tags: [TAG],
        summary: "De volwassenheidsmodellen",
        description: "Het meegeleverde provinciale model en de modellen die organisaties invoerden (zoals het ODI-model, met de bronvermelding en licentie van ODI).",
        security: [],
        response: { 200: { description: "De modellen.", ...schemaRef("maturity-model", "MaturityModelList") } },
      },
    },
    async (_request, reply) => reply.send({ items: await allModels(db()) }),
  );

  app.get(
    "/v1/maturity-models/:id",
    {
      config: { access: "public" },
      schema: {
        operationId: "getMaturityModel",
        tags: [TAG],
        summary: "Lees een volwassenheidsmodel",
        description: "Eén model met zijn aspecten, niveaus, vragen en acties.",
        security: [],
        params: idParams("Het model, bijvoorbeeld ethiek-provincies."),
        response: { 200: { description: "Het model.", ...schemaRef("maturity-model") } },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const model = await findModel(db(), id);
      if (model === undefined) return sendProblem(request, reply, { status: 404, code: "maturity-model-not-found", detail: `Er is geen volwassenheidsmodel ${id}.` });
      return reply.send(model);
    },
  );

  async function storeModel(request: FastifyRequest, reply: FastifyReply, model: MaturityModel, source: "custom" | "odi-import") {
    if ((await findModel(db(), model.id)) !== undefined) {
      return sendProblem(request, reply, { status: 409, code: "maturity-model-exists", detail: `Er is al een volwassenheidsmodel ${model.id}. Gebruik dat model, of kies een andere id.` });
    }
    const now = new Date().toISOString();
    await db()
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto("maturity_models")
          .values({ id: model.id, organisation_id: request.actor.organisation, model: JSON.stringify(model), source, created_by: request.actor.id, created_at: now })
          .execute();
        await audit(trx, {
          actor: request.actor.id,
          organisation: request.actor.organisation,
          action: source === "odi-import" ? "maturity-model.import" : "maturity-model.create",
          targetType: "maturity-model",
          targetId: model.id,
          detail: { dimensions: model.dimensions.length, levels: model.levels.length, questions: model.questions.length },
          requestId: request.id,
        });
      });
    return reply.code(201).header("Location", `/v1/maturity-models/${model.id}`).send(model);
  }

  app.post(
    "/v1/maturity-models",
    {
      config: { access: ["admin", "ethics"] },
      schema: {
        operationId: "createMaturityModel",
        tags: [TAG],
        summary: "Voeg een eigen volwassenheidsmodel toe",
        description: "Controleert het model: niveaus 1, 2, 3 … zonder gaten, bij elke vraag één stelling per niveau, bekende aspecten en niveaus bij acties en drempels. Modellen zijn openbaar.",
        body: schemaRef("maturity-model"),
        response: {
          201: { description: "Het model is toegevoegd.", headers: { Location: { type: "string", description: "Het pad van het model." } }, ...schemaRef("maturity-model") },
          409: { description: "Er is al een model met deze id.", ...schemaRef("problem") },
          422: { description: "Het model klopt niet; invalidParams noemt elke fout.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const loaded = loadMaturityModel(request.body);
      if (!loaded.ok) {
        return sendProblem(request, reply, {
          status: 422,
          code: "maturity-model-invalid",
          detail: `Het model bevat ${loaded.errors.length} fout(en); invalidParams noemt ze met hun plaats.`,
          invalidParams: loaded.errors.map((e) => ({ name: `body${e.pointer}`, reason: e.message, code: kebab(e.code) })),
        });
      }
      return storeModel(request, reply, loaded.value, "custom");
    },
  );

  app.post(
    "/v1/maturity-model-imports",
    {
      config: { access: ["admin", "ethics"] },
      schema: {
        operationId: "importOdiMaturityModel",
        tags: [TAG],
        summary: "Voer een ODI-volwassenheidsmodel in",
        description:
          "Zet een bestand van het Data Ethics Maturity Model van het Open Data Institute (JSON, zoals ODI het aanbiedt) om in een volwassenheidsmodel. De bronvermelding en de licentie (CC BY-SA 4.0) blijven bij het model. ethiek levert de teksten van ODI niet mee; u voert het bestand zelf in.",
        body: { type: "object", description: "Het JSON-bestand van ODI, ongewijzigd." },
        response: {
          201: { description: "Het model is ingevoerd.", headers: { Location: { type: "string", description: "Het pad van het model." } }, ...schemaRef("maturity-model") },
          409: { description: "Dit model is al ingevoerd.", ...schemaRef("problem") },
          422: { description: "Het bestand is geen bruikbaar ODI-model; invalidParams noemt elke fout.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const imported = importOdiModel(request.body, { importedAt: new Date().toISOString() });
      if (!imported.ok) {
        return sendProblem(request, reply, {
          status: 422,
          code: "odi-file-invalid",
          detail: `Het bestand is geen bruikbaar ODI-volwassenheidsmodel: ${imported.errors.length} fout(en); invalidParams noemt ze met hun plaats.`,
          invalidParams: imported.errors.map((e) => ({ name: `body${e.pointer}`, reason: e.message, code: kebab(e.code) })),
        });
      }
      return storeModel(request, reply, imported.value, "odi-import");
    },
  );

  app.post(
    "/v1/assessments",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "createAssessment",
        tags: [TAG],
        summary: "Start een meting",
        description: "Start een meting van de volwassenheid van uw organisatie met een model, eventueel met eerste antwoorden en een doelprofiel. Het antwoord bevat de scores.",
        body: schemaRef("maturity-assessment", "MaturityAssessmentInput"),
        response: {
          201: { description: "De meting is gestart.", headers: { Location: { type: "string", description: "Het pad van de meting." } }, ...schemaRef("maturity-assessment") },
          422: { description: "Het model bestaat niet, of een antwoord of doel past niet bij het model.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const input = request.body as MaturityAssessmentInput;
      const model = await findModel(db(), input.model.id);
      if (model === undefined) {
        return sendProblem(request, reply, {
          status: 422,
          code: "maturity-model-not-found",
          detail: `Er is geen volwassenheidsmodel ${input.model.id}. Kies uit: ${(await allModels(db())).map((m) => m.id).join(", ")}.`,
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
    },
  );

  app.get(
    "/v1/assessments",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "listAssessments",
        tags: [TAG],
        summary: "De metingen van uw organisatie",
        description: "De metingen van uw organisatie, nieuwste eerst, met het totale niveau.",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            page: { type: "integer", minimum: 1, maximum: maxPage, default: 1, description: "Het paginanummer, vanaf 1." },
            pageSize: { type: "integer", minimum: 1, maximum: 100, default: 20, description: "Het aantal metingen per pagina (1 tot 100)." },
          },
        },
        response: { 200: { description: "Eén pagina metingen.", ...schemaRef("maturity-assessment", "MaturityAssessmentPage") } },
      },
    },
    async (request, reply) => {
      const q = request.query as { page: number; pageSize: number };
      const organisation = request.actor.organisation;
      const rows = await db()
        .selectFrom("maturity_assessments")
        .selectAll()
        .where("organisation_id", "=", organisation)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      const count = await db().selectFrom("maturity_assessments").select((eb) => eb.fn.countAll().as("n")).where("organisation_id", "=", organisation).executeTakeFirst();
      const items = [];
      for (const row of rows) {
        const assessment = JSON.parse(row.document) as MaturityAssessment;
        const model = await findModel(db(), row.model_id);
        const scores = model === undefined ? undefined : scoresOf(model, assessment);
        items.push({
          id: row.id,
          organisation: row.organisation_id,
          ...(row.title !== null ? { title: row.title } : {}),
          model: assessment.model,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          level: scores?.overall.level ?? null,
          answered: scores?.overall.answered ?? assessment.answers.length,
          questions: scores?.overall.questions ?? 0,
        });
      }
      return reply.send({ items, page: q.page, pageSize: q.pageSize, total: Number(count?.n ?? 0) });
    },
  );

  /** Loads the caller's assessment and its model, or sends 404. */
  async function load(request: FastifyRequest, reply: FastifyReply): Promise<{ row: MaturityAssessmentsTable; assessment: MaturityAssessment; model: MaturityModel } | undefined> {
    const { id } = request.params as { id: string };
    const found = await findAssessment(db(), id, request.actor.organisation);
    const model = found === undefined ? undefined : await findModel(db(), found.row.model_id);
    if (found === undefined || model === undefined) {
      await sendProblem(request, reply, { status: 404, code: "assessment-not-found", detail: `Er is geen meting ${id} van uw organisatie.` });
      return undefined;
    }
    return { ...found, model };
  }

  /** Stores a changed assessment if nobody changed it in between (409 otherwise). */
  async function update(request: FastifyRequest, reply: FastifyReply, row: MaturityAssessmentsTable, next: MaturityAssessment, action: string, detail: Record<string, unknown>): Promise<boolean> {
    const now = new Date().toISOString();
    const stored = await db()
      .transaction()
      .execute(async (trx) => {
        const result = await trx
          .updateTable("maturity_assessments")
          .set({ document: JSON.stringify(next), revision: row.revision + 1, updated_at: now })
          .where("id", "=", row.id)
          .where("revision", "=", row.revision)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await audit(trx, { actor: request.actor.id, organisation: row.organisation_id, action, targetType: "assessment", targetId: row.id, detail, requestId: request.id });
        return true;
      });
    if (!stored) await sendProblem(request, reply, { status: 409, code: "assessment-changed", detail: "Iemand anders wijzigde deze meting tegelijk. Lees de meting opnieuw en probeer het nog eens." });
    return stored;
  }

  app.get(
    "/v1/assessments/:id",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "getAssessment",
        tags: [TAG],
        summary: "Lees een meting",
        description: "De meting met antwoorden, gemeten cijfers, doelprofiel en scores.",
        params: idParams("De meting."),
        response: { 200: { description: "De meting.", ...schemaRef("maturity-assessment") } },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      return reply.send(withScores(found.model, found.assessment));
    },
  );

  app.post(
    "/v1/assessments/:id/answers",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "answerAssessment",
        tags: [TAG],
        summary: "Beantwoord vragen",
        description: "Legt antwoorden vast (niveau, bewijs, toelichting); een nieuw antwoord vervangt het oude op dezelfde vraag. Het antwoord bevat de nieuwe scores.",
        params: idParams("De meting."),
        body: schemaRef("maturity-assessment", "MaturityAnswersInput"),
        response: {
          200: { description: "De bijgewerkte meting.", ...schemaRef("maturity-assessment") },
          409: { description: "De meting is tegelijk door iemand anders gewijzigd.", ...schemaRef("problem") },
          422: { description: "Een antwoord past niet bij het model.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      const { answers } = request.body as MaturityAnswersInput;
      const next = recordAnswers(found.model, found.assessment, answers, request.actor.id, new Date().toISOString());
      if (!next.ok) return assessmentProblem(request, reply, next.errors.map((e) => ({ ...e, pointer: e.pointer })));
      if (!(await update(request, reply, found.row, next.value, "assessment.answer", { answers: answers.length }))) return reply;
      return reply.send(withScores(found.model, next.value));
    },
  );

  app.post(
    "/v1/assessments/:id/measurements",
    {
      config: { access: ["admin", "ethics"] },
      schema: {
        operationId: "addAssessmentMeasurements",
        tags: [TAG],
        summary: "Voeg gemeten cijfers toe",
        description:
          "Cijfers uit het systeem zelf: het deel van de aanbestedingen dat is getoetst, het deel van de geldende eisen dat wordt gehaald, het aantal afgesloten casussen en het deel van de reflecties dat is opgevolgd. Een cijfer voor dezelfde maatstaf en periode vervangt het oude. Ze staan als 'gemeten' naast de zelfbeoordeling en tellen niet mee in de score.",
        params: idParams("De meting."),
        body: schemaRef("maturity-assessment", "MaturityMeasurementsInput"),
        response: {
          200: { description: "De bijgewerkte meting.", ...schemaRef("maturity-assessment") },
          409: { description: "De meting is tegelijk door iemand anders gewijzigd.", ...schemaRef("problem") },
          422: { description: "Een aandeel is groter dan 1, of een periode eindigt voor zij begint.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      const { measurements } = request.body as MaturityMeasurementsInput;
      const invalid = measurements.flatMap((m, i) => [
        ...(m.metric.endsWith("-share") && m.value > 1 ? [{ name: `body/measurements/${i}/value`, reason: "een aandeel ligt tussen 0 en 1", code: "share-above-one" }] : []),
        ...(m.periodEndDate < m.periodStartDate ? [{ name: `body/measurements/${i}/periodEndDate`, reason: "de periode eindigt voor zij begint", code: "period-reversed" }] : []),
      ]);
      if (invalid.length > 0) return sendProblem(request, reply, { status: 422, code: "measurement-invalid", detail: "Een of meer cijfers kloppen niet; invalidParams noemt ze.", invalidParams: invalid });
      const next = addMeasurements(found.assessment, measurements);
      if (!(await update(request, reply, found.row, next, "assessment.measure", { measurements: measurements.length }))) return reply;
      return reply.send(withScores(found.model, next));
    },
  );

  app.post(
    "/v1/assessments/:id/system-measurements",
    {
      config: { access: ["admin", "ethics"] },
      schema: {
        operationId: "measureAssessmentFromRecords",
        tags: [TAG],
        summary: "Meet cijfers uit de eigen gegevens",
        description:
          "De dienst meet over de periode uit haar eigen gegevens: het deel van de geldende eisen dat de laatste toets per aanbesteding haalt, het deel van de aanbestedingen dat is getoetst (als u het totaal noemt), het aantal afgesloten casussen en het deel van de reflecties waarop een besluit is vastgelegd. De cijfers komen als 'gemeten' bij de meting.",
        params: idParams("De meting."),
        body: schemaRef("maturity-assessment", "MaturitySystemMeasurementInput"),
        response: {
          200: { description: "De bijgewerkte meting.", ...schemaRef("maturity-assessment") },
          409: { description: "De meting is tegelijk door iemand anders gewijzigd.", ...schemaRef("problem") },
          422: { description: "De periode eindigt voor zij begint.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
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
      const measurements = measureFromRecords(await serviceRecords(db(), request.actor.organisation, input), input, new Date().toISOString());
      const next = addMeasurements(found.assessment, measurements);
      if (!(await update(request, reply, found.row, next, "assessment.measure", { measurements: measurements.length, source: "records" }))) return reply;
      return reply.send(withScores(found.model, next));
    },
  );

  app.get(
    "/v1/assessments/:id/score",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "scoreAssessment",
        tags: [TAG],
        summary: "De scores van een meting",
        description:
          "Per aspect het laagste niveau dat alle beantwoorde vragen halen, met het gemiddelde ernaast; de methode staat in het antwoord. Vragen zonder antwoord worden genoemd en tellen niet als niveau 1. Gemeten cijfers staan apart als 'gemeten'.",
        params: idParams("De meting."),
        response: { 200: { description: "De scores.", ...schemaRef("maturity-assessment", "MaturityScores") } },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      return reply.send(scoresOf(found.model, found.assessment));
    },
  );

  app.get(
    "/v1/assessments/:id/action-plan",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "getAssessmentActionPlan",
        tags: [TAG],
        summary: "Het actieplan van een meting",
        description: "Per aspect de afstand tot het doelprofiel, wat het volgende niveau vraagt en concrete acties (Nederlands en Engels), de acties met het meeste effect eerst.",
        params: idParams("De meting."),
        response: { 200: { description: "Het actieplan.", ...schemaRef("maturity-assessment", "MaturityActionPlan") } },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      return reply.send(actionPlan(found.model, found.assessment, scoresOf(found.model, found.assessment)));
    },
  );

  app.get(
    "/v1/assessments/:id/comparison",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "compareAssessment",
        tags: [TAG],
        summary: "Vergelijk met de vorige meting",
        description: "Per aspect het niveau en gemiddelde van de vorige meting (previousAssessment) en van deze, en het verschil.",
        params: idParams("De meting."),
        response: {
          200: { description: "De vergelijking.", ...schemaRef("maturity-assessment", "MaturityComparison") },
          422: { description: "De meting noemt geen vorige meting, of die gebruikt een ander model.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      const previous = found.assessment.previousAssessment === undefined ? undefined : await findAssessment(db(), found.assessment.previousAssessment, request.actor.organisation);
      const previousModel = previous === undefined ? undefined : await findModel(db(), previous.row.model_id);
      if (previous === undefined || previousModel === undefined) {
        return sendProblem(request, reply, { status: 422, code: "no-previous-assessment", detail: "Deze meting noemt geen vorige meting van uw organisatie (previousAssessment)." });
      }
      const compared = compareAssessments(
        { assessment: previous.assessment, scores: scoresOf(previousModel, previous.assessment) },
        { assessment: found.assessment, scores: scoresOf(found.model, found.assessment) },
      );
      if (!compared.ok) return sendProblem(request, reply, { status: 422, code: kebab(compared.errors[0]!.code), detail: compared.errors[0]!.messageNl });
      return reply.send(compared.value);
    },
  );

  app.get(
    "/v1/assessments/:id/chart.svg",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "getAssessmentChart",
        tags: [TAG],
        summary: "Grafiek van een meting",
        description:
          "Een op zichzelf staande, toegankelijke SVG (titel en beschrijving met alle waarden). radar: het niveau per aspect nu, het doel en de vorige meting. timeline: staafgrafiek van alle metingen van uw organisatie met dit model tot en met deze, oudste eerst.",
        params: idParams("De meting."),
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { kind: { type: "string", enum: ["radar", "timeline"], default: "radar", description: "Het soort grafiek." }, language: languageProperty },
        },
        response: { 200: { description: "De grafiek.", content: { "image/svg+xml": { schema: { type: "string", description: "Een op zichzelf staande SVG-tekening." } } } } },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      const { kind, language } = request.query as { kind: "radar" | "timeline"; language: "nl" | "en" };
      const current = scoresOf(found.model, found.assessment);
      let svg: string;
      if (kind === "timeline") svg = timelineChart(found.model, await timelinePoints(db(), found), { language });
      else svg = radarChart(found.model, await radarInput(db(), found, current), { language });
      return reply.type("image/svg+xml; charset=utf-8").header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").send(svg);
    },
  );

  app.get(
    "/v1/assessments/:id/export.csv",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "exportAssessmentCsv",
        tags: [TAG],
        summary: "Meting als CSV",
        description: "Eén regel per vraag (ook zonder antwoord), per aspect, per gemeten cijfer en het totaal. Formules in tekstvelden worden onschadelijk gemaakt.",
        params: idParams("De meting."),
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { language: languageProperty, separator: { type: "string", enum: ["comma", "semicolon"], default: "comma", description: "Het scheidingsteken; semicolon voor Nederlandse spreadsheets." } },
        },
        response: { 200: { description: "De meting als CSV.", content: { "text/csv": { schema: { type: "string", description: "CSV volgens RFC 4180." } } } } },
      },
    },
    async (request, reply) => {
      const found = await load(request, reply);
      if (found === undefined) return reply;
      const { language, separator } = request.query as { language: "nl" | "en"; separator: "comma" | "semicolon" };
      const csv = assessmentToCsv(found.model, found.assessment, scoresOf(found.model, found.assessment), { language, separator: separator === "semicolon" ? ";" : "," });
      return reply
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", `attachment; filename="meting-${found.row.id}.csv"`)
        .send(csv);
    },
  );

  app.get(
    "/v1/maturity-models/:id/benchmark",
    {
      config: { access: [...ROLES] },
      schema: {
        operationId: "getMaturityBenchmark",
        tags: [TAG],
        summary: "Anonieme vergelijking tussen organisaties",
        description:
          "Per aspect de mediaan, kwartielen, het laagste en hoogste niveau van de laatste meting van elke organisatie met dit model, en uw eigen niveau. Alleen als minstens vijf organisaties meedoen; namen alleen van organisaties die dat toestonden (shareInBenchmark).",
        params: idParams("Het model."),
        response: {
          200: { description: "De vergelijking.", ...schemaRef("maturity-assessment", "MaturityBenchmark") },
          422: { description: "Minder dan vijf organisaties doen mee.", ...schemaRef("problem") },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const model = await findModel(db(), id);
      if (model === undefined) return sendProblem(request, reply, { status: 404, code: "maturity-model-not-found", detail: `Er is geen volwassenheidsmodel ${id}.` });
      const rows = await db().selectFrom("maturity_assessments").selectAll().where("model_id", "=", id).execute();
      const entries: ScoredAssessment[] = rows.map((row) => {
        const a = JSON.parse(row.document) as MaturityAssessment;
        return { assessment: a, scores: scoresOf(model, a) };
      });
      const result = benchmark(entries, { own: request.actor.organisation });
      if (!result.ok) return sendProblem(request, reply, { status: 422, code: kebab(result.errors[0]!.code), detail: result.errors[0]!.messageNl });
      return reply.send(result.value);
    },
  );
}
