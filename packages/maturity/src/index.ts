/**
 * @ethiek/maturity: digital-ethics maturity models as data (our provincial model, an importer for
 * the ODI Data Ethics Maturity Model), scoring with the method stated, measured evidence beside
 * self-assessment, gap analysis and action lines, comparison over time, an anonymised benchmark,
 * CSV export and accessible SVG charts. Pure logic, no I/O: runs in Node and in a browser.
 */
export * from "./errors.js";
export { textIn, type Language } from "./text.js";
export { checkMaturityModel, loadMaturityModel, maxLevelOf, questionsOf } from "./model.js";
export { importOdiModel, slugify, ODI_LICENCE, ODI_LICENCE_URL, ODI_MODEL_URL, type OdiImportOptions } from "./odi.js";
export { checkAnswers, checkAssessment, createAssessment, loadAssessment, recordAnswers, type AssessmentContext } from "./assessment.js";
export { indicatorLevel, measuredScore, scoreAssessment, SCORING_METHOD } from "./scoring.js";
export { actionPlan, targetProfile } from "./plan.js";
export { benchmark, compareAssessments, MIN_BENCHMARK_PARTICIPANTS, quantile, type BenchmarkOptions, type ScoredAssessment } from "./compare.js";
export { assessmentToCsv, csvField, type CsvOptions } from "./csv.js";
export {
  APPLICABLE_STATUSES,
  MET_STATUSES,
  addMeasurements,
  latestChecks,
  measureFromRecords,
  periodBounds,
  type CaseEventRecord,
  type CheckRecord,
  type CheckResultRecord,
  type MeasurementPeriod,
  type ServiceRecords,
} from "./measure.js";
export { chartTable, radarChart, radarSeries, timelineChart, type ChartOptions, type ChartSeries, type RadarInput, type TimelinePoint } from "./charts.js";
export * from "./models/index.js";
