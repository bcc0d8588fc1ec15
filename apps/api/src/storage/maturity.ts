// Maturity models (shipped, imported or added) and each organisation's assessments, stored as JSON
// documents with a revision for optimistic concurrency.
import { randomUUID } from "node:crypto";
import { createAssessment, latestChecks, periodBounds, shippedModels, type ServiceRecords } from "@ethiek/maturity";
import type { AssessmentError } from "@ethiek/maturity";
import type { MaturityAssessment, MaturityAssessmentInput, MaturityModel, MaturitySystemMeasurementInput, Result, Status } from "@ethiek/schemas";
import { audit } from "../audit.js";
import type { Actor } from "../auth.js";
import type { Db, MaturityAssessmentsTable } from "../db/database.js";

/** A stored assessment with its row. */
export interface StoredAssessment {
  readonly row: MaturityAssessmentsTable;
  readonly assessment: MaturityAssessment;
}

/** A stored assessment with its row and model, as the routes and pages load it. */
export interface LoadedAssessment extends StoredAssessment {
  readonly model: MaturityModel;
}

/**
 * A shipped model, or one an organisation imported or added.
 *
 * @example
 * const model = await findMaturityModel(db, "ethiek-provincies");
 */
export async function findMaturityModel(db: Db, id: string): Promise<MaturityModel | undefined> {
  const shipped = shippedModels[id];
  if (shipped !== undefined) return shipped;
  const row = await db.selectFrom("maturity_models").select("model").where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.model) as MaturityModel);
}

/** The shipped models followed by the added ones, oldest first. */
export async function allMaturityModels(db: Db): Promise<MaturityModel[]> {
  const rows = await db.selectFrom("maturity_models").select("model").orderBy("created_at").orderBy("id").execute();
  return [...Object.values(shippedModels), ...rows.map((r) => JSON.parse(r.model) as MaturityModel)];
}

/** Stores a model an organisation added or imported, with its audit record, in one transaction. */
export async function insertMaturityModel(db: Db, model: MaturityModel, source: "custom" | "odi-import", actor: Actor, requestId: string): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("maturity_models")
      .values({ id: model.id, organisation_id: actor.organisation, model: JSON.stringify(model), source, created_by: actor.id, created_at: now })
      .execute();
    await audit(trx, {
      actor: actor.id,
      organisation: actor.organisation,
      action: source === "odi-import" ? "maturity-model.import" : "maturity-model.create",
      targetType: "maturity-model",
      targetId: model.id,
      detail: { dimensions: model.dimensions.length, levels: model.levels.length, questions: model.questions.length },
      requestId,
    });
  });
}

/** The organisation's own assessment, or undefined (another organisation's answers 404). */
export async function findAssessment(db: Db, id: string, organisation: string): Promise<StoredAssessment | undefined> {
  const row = await db.selectFrom("maturity_assessments").selectAll().where("id", "=", id).where("organisation_id", "=", organisation).executeTakeFirst();
  return row === undefined ? undefined : { row, assessment: JSON.parse(row.document) as MaturityAssessment };
}

/** The organisation's own assessment with its model, or undefined when either is gone. */
export async function loadAssessment(db: Db, id: string, organisation: string): Promise<LoadedAssessment | undefined> {
  const found = await findAssessment(db, id, organisation);
  const model = found === undefined ? undefined : await findMaturityModel(db, found.row.model_id);
  return found === undefined || model === undefined ? undefined : { ...found, model };
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
): Promise<Result<MaturityAssessment, AssessmentError>> {
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
 * Stores a changed assessment if nobody changed it since `row` was read, with its audit record;
 * false when somebody did (the caller answers 409).
 */
export async function updateAssessment(
  db: Db,
  row: MaturityAssessmentsTable,
  next: MaturityAssessment,
  entry: { readonly actor: string; readonly action: string; readonly detail: Record<string, unknown>; readonly requestId: string },
): Promise<boolean> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("maturity_assessments")
      .set({ document: JSON.stringify(next), revision: row.revision + 1, updated_at: now })
      .where("id", "=", row.id)
      .where("revision", "=", row.revision)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await audit(trx, { actor: entry.actor, organisation: row.organisation_id, action: entry.action, targetType: "assessment", targetId: row.id, detail: entry.detail, requestId: entry.requestId });
    return true;
  });
}

/** One page of the organisation's assessments, newest first, with the total. */
export async function listAssessments(db: Db, organisation: string, page: number, pageSize: number): Promise<{ rows: MaturityAssessmentsTable[]; total: number }> {
  const rows = await db
    .selectFrom("maturity_assessments")
    .selectAll()
    .where("organisation_id", "=", organisation)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const count = await db.selectFrom("maturity_assessments").select((eb) => eb.fn.countAll().as("n")).where("organisation_id", "=", organisation).executeTakeFirst();
  return { rows, total: Number(count?.n ?? 0) };
}

/** The organisation's assessments with the model of `found` up to and including it, oldest first. */
export async function assessmentsUpTo(db: Db, found: StoredAssessment): Promise<MaturityAssessmentsTable[]> {
  return db
    .selectFrom("maturity_assessments")
    .selectAll()
    .where("organisation_id", "=", found.row.organisation_id)
    .where("model_id", "=", found.row.model_id)
    .where("created_at", "<=", found.row.created_at)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** Every organisation's assessments with a model (for the anonymous benchmark). */
export async function assessmentsOfModel(db: Db, modelId: string): Promise<MaturityAssessment[]> {
  const rows = await db.selectFrom("maturity_assessments").selectAll().where("model_id", "=", modelId).execute();
  return rows.map((row) => JSON.parse(row.document) as MaturityAssessment);
}

/** The id of the organisation's latest assessment with a model, which a new one follows. */
export async function latestAssessmentId(db: Db, organisation: string, modelId: string): Promise<string | undefined> {
  const latest = await db
    .selectFrom("maturity_assessments")
    .select("id")
    .where("organisation_id", "=", organisation)
    .where("model_id", "=", modelId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return latest?.id;
}

/**
 * What the service knows of an organisation over a period, read for `measureFromRecords` of
 * @ethiek/maturity (which decides what counts): its checks made in the period with the results of
 * the latest of each tender, and its case events up to the period's end.
 */
export async function serviceRecords(db: Db, organisation: string, input: MaturitySystemMeasurementInput): Promise<ServiceRecords> {
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
  // Only the latest check per tender counts, so only its results are read.
  const latest = latestChecks(records);
  const results = latest.length === 0 ? [] : await db.selectFrom("check_results").select(["check_id", "status"]).where("check_id", "in", latest).execute();
  const caseEvents = await db
    .selectFrom("case_events")
    .innerJoin("cases", "cases.id", "case_events.case_id")
    .select(["case_events.case_id as caseId", "case_events.to_status as toStatus", "case_events.occurred_at as occurredAt"])
    .where("cases.organisation_id", "=", organisation)
    .where("case_events.occurred_at", "<", until)
    .execute();
  return { checks: records, results: results.map((r) => ({ checkId: r.check_id, status: r.status as Status })), caseEvents };
}
