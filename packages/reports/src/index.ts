/**
 * @ethiek/reports: turn CheckReports into the formats people and pipelines read — stylish
 * (terminal), json, SARIF 2.1.0, JUnit XML, GitLab Code Quality, HTML and Markdown. Pure functions
 * over reports and requirement documentation; no I/O, they run in Node and in a browser. Every
 * text a person reads comes from the one message catalogue (`@ethiek/messages`, namespace `report`).
 */
export { formatJson } from "./json.js";
export { formatSarif, buildSarif, documentUri, type SarifOptions, type SarifLog } from "./sarif.js";
export { formatJunit } from "./junit.js";
export { formatGitlab, type GitlabIssue } from "./gitlab.js";
export {
  formatHtml,
  renderReportHtml,
  matchesFilter,
  reportCss,
  severityOrder,
  statusOrder,
  type HtmlOptions,
  type ReportFilter,
  type ReportViewOptions,
} from "./html.js";
export { formatMarkdown, escapeMarkdown } from "./markdown.js";
export { formatStylish, type StylishOptions } from "./stylish.js";
export {
  PROHIBITED_RULE_ID,
  collectFindings,
  countBySeverity,
  hash,
  oneLine,
  decisiveEvidence,
  complianceDates,
  type Finding,
  type FormatOptions,
  type FormatterRequirement,
  type Milestone,
} from "./shared.js";
export { placeText, reasonText, sourceLabel, tagLabel, type Language } from "./words.js";
