// What the maturity routes and the web page show of a stored assessment: its scores, the data of
// its charts and its list entry. One source, so the API and the page draw the same figures.
import { scoreAssessment, textIn, type RadarInput, type TimelinePoint } from "@ethiek/maturity";
import type { MaturityAssessment, MaturityModel, MaturityScores } from "@ethiek/schemas";
import type { Db, MaturityAssessmentsTable } from "../db/database.js";
import { assessmentsUpTo, findAssessment, findMaturityModel, type LoadedAssessment } from "./maturity.js";

/** Scores an assessment that was checked when it was stored; a failure here is a bug. */
export function scoresOf(model: MaturityModel, assessment: MaturityAssessment): MaturityScores {
  const scored = scoreAssessment(model, assessment);
  if (!scored.ok) throw new Error(`stored assessment ${assessment.id} no longer fits its model: ${scored.errors[0]!.code}`);
  return scored.value;
}

/** The assessment as the API sends it: with its scores computed now. */
export const withScores = (model: MaturityModel, assessment: MaturityAssessment): MaturityAssessment => ({ ...assessment, scores: scoresOf(model, assessment) });

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
  return (await assessmentsUpTo(db, found)).map((row) => {
    const a = JSON.parse(row.document) as MaturityAssessment;
    return { label: a.title ?? row.created_at.slice(0, 10), scores: scoresOf(found.model, a) };
  });
}

/** A stored assessment in a list: its overall level, or null when its model is gone. */
export interface AssessmentListEntry {
  readonly row: MaturityAssessmentsTable;
  readonly assessment: MaturityAssessment;
  readonly model: MaturityModel | undefined;
  readonly scores: MaturityScores | undefined;
}

/** The list entries of stored assessment rows, each scored with its own model. */
export async function listEntries(db: Db, rows: readonly MaturityAssessmentsTable[]): Promise<AssessmentListEntry[]> {
  const entries: AssessmentListEntry[] = [];
  for (const row of rows) {
    const assessment = JSON.parse(row.document) as MaturityAssessment;
    const model = await findMaturityModel(db, row.model_id);
    entries.push({ row, assessment, model, scores: model === undefined ? undefined : scoresOf(model, assessment) });
  }
  return entries;
}

/** The name of an entry's model in a language, or its id when the model is gone. */
export const modelNameOf = (entry: AssessmentListEntry, language: "nl" | "en") => (entry.model === undefined ? entry.row.model_id : textIn(entry.model.name, language));
