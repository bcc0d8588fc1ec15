// What every formatter shares: the findings of a report, their fingerprints and counts, the
// decisive passage and the AI Act dates. The words in which they are said are in words.ts.
import { format, type Lang } from "@ethiek/messages";
import type { CheckReport, Evidence, ReasonCode, RequirementResult, Severity, Source, Status } from "@ethiek/schemas";

/**
 * What a formatter needs to know about a requirement to document it. The engine's `RequirementDoc`
 * (`listRequirements` of `@ethiek/procurement`) fits; only the id and title are required, so this
 * package needs no engine to format a report that was made elsewhere.
 */
export interface FormatterRequirement {
  readonly id: string;
  readonly title: string;
  readonly explanation?: string;
  readonly remediation?: string;
  readonly helpUri?: string;
  readonly sources?: readonly Source[];
}

/** Options every formatter accepts. */
export interface FormatOptions {
  /** Requirement documentation: titles, explanations, sources. Missing ones fall back to the report. */
  readonly requirements?: readonly FormatterRequirement[];
  /**
   * The language of the formatter's own labels; defaults to the report's language. (The
   * catalogue's `Lang`, which words.ts calls `Language`: words.ts uses this module, so this module
   * does not import from it.)
   */
  readonly lang?: Lang;
}

/** One result that needs attention: a partial or missing requirement, or a prohibited practice. */
export interface Finding {
  readonly report: CheckReport;
  readonly reportIndex: number;
  /** The requirement id, or {@link PROHIBITED_RULE_ID} for a described art. 5 practice. */
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly status: Status | "prohibited";
  /** The stable reason code of the result (see ReasonCode); "prohibited" for a described art. 5 practice. */
  readonly reason: ReasonCode | "prohibited";
  readonly message: string;
  /** The quoted passages, the decisive one (see {@link decisiveEvidence}) first. */
  readonly evidence: readonly Evidence[];
  readonly remediation: string;
  readonly fingerprint: string;
}

/** Pseudo-requirement under which a described AI Act art. 5 practice is reported (always an error). */
export const PROHIBITED_RULE_ID = "prohibited-practice";

/** Severities by weight, so that findings sort most severe first. */
export const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** A stable key for a tender, the same for the same tender in later runs. */
export function tenderKey(report: CheckReport): string {
  if (report.tender?.id) return report.tender.id;
  return report.documents
    .map((d) => d.name)
    .sort()
    .join("|");
}

/** "4:22" or "22": compact page:line. */
export function shortLocation(e: Pick<Evidence, "page" | "line">): string {
  return e.page === null ? String(e.line) : `${e.page}:${e.line}`;
}

/**
 * A 64-bit FNV-1a hash as 16 hex digits. Pure JavaScript, so formatters stay free of `node:crypto`
 * and run in a browser; it only has to be stable, not secret.
 *
 * @example
 * hash("logging|missing") // "b1c6…" (always the same 16 hex digits)
 */
export function hash(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, "0");
}

/**
 * The fingerprint of a result: the engine's own when it gave one, else a hash of what identifies
 * the finding (tender, requirement, status, quoted text) but not where it stands, so edits
 * elsewhere in a document leave it unchanged.
 */
export function resultFingerprint(report: CheckReport, result: RequirementResult): string {
  const own = result.fingerprint ?? hash([result.requirement, result.status, ...result.evidence.map((e) => e.quote)].join("\u0000"));
  return hash(`${tenderKey(report)}\u0000${result.requirement}\u0000${own}`);
}

/** Whether a status counts as a finding (only partial and missing do). */
export function isFinding(status: Status): boolean {
  return status === "partial" || status === "missing";
}

/** Index of requirement docs by id. */
export function requirementIndex(requirements: readonly FormatterRequirement[] | undefined): Map<string, FormatterRequirement> {
  return new Map((requirements ?? []).map((r) => [r.id, r]));
}

/**
 * Every finding of every report, in report order, most severe first within a report: partial and
 * missing results at their severity, plus a described prohibited practice as an error.
 *
 * @example
 * const errors = collectFindings([report]).filter((f) => f.severity === "error");
 */
export function collectFindings(reports: readonly CheckReport[], options: FormatOptions = {}): Finding[] {
  const docs = requirementIndex(options.requirements);
  const findings: Finding[] = [];
  reports.forEach((report, reportIndex) => {
    const lang = options.lang ?? report.language;
    const prohibitedTitle = format(lang, "report.prohibitedTitle");
    const prohibited = report.classification.find((c) => c.tag === "prohibited" && c.holds);
    if (prohibited) {
      findings.push({
        report,
        reportIndex,
        ruleId: PROHIBITED_RULE_ID,
        title: prohibitedTitle,
        severity: "error",
        status: "prohibited",
        reason: "prohibited",
        message: prohibited.reasons.join(" ") || prohibitedTitle,
        evidence: prohibited.evidence ?? [],
        remediation: format(lang, "report.prohibitedRemediation"),
        fingerprint: hash(`${tenderKey(report)}\u0000${PROHIBITED_RULE_ID}`),
      });
    }
    const open = report.results
      .filter((r) => isFinding(r.status))
      .sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
    for (const result of open) {
      const doc = docs.get(result.requirement);
      findings.push({
        report,
        reportIndex,
        ruleId: result.requirement,
        title: doc?.title ?? result.title ?? result.requirement,
        severity: result.severity,
        status: result.status,
        reason: result.reason,
        message: result.message ?? "",
        evidence: evidenceInOrder(result),
        remediation: result.remediation ?? doc?.remediation ?? "",
        fingerprint: resultFingerprint(report, result),
      });
    }
  });
  return findings;
}

/**
 * Counts of findings per severity.
 *
 * @example
 * countBySeverity(collectFindings([report])) // { error: 2, warning: 1, info: 0 }
 */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Collapses whitespace so a quote fits on one line, and drops control characters so document text
 * cannot smuggle terminal escape sequences into a report.
 *
 * @example
 * oneLine("Opdrachtnemer\n  logt\u001b[31m") // "Opdrachtnemer logt[31m"
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, "").replace(/\s+/g, " ").trim();
}

/**
 * The passage that decided a result: the first quoted passage whose reason is the result's own
 * (the engine ranks it first, but reports from elsewhere need not), else the first passage.
 *
 * @example
 * decisiveEvidence(result)?.quote // "… en zij worden drie maanden bewaard."
 */
export function decisiveEvidence(result: Pick<RequirementResult, "reason" | "evidence">): Evidence | undefined {
  return result.evidence.find((e) => e.reason === result.reason) ?? result.evidence[0];
}

/** The evidence with the decisive passage first and the others after it, in their order. */
export function evidenceInOrder(result: Pick<RequirementResult, "reason" | "evidence">): Evidence[] {
  const decisive = decisiveEvidence(result);
  return decisive ? [decisive, ...result.evidence.filter((e) => e !== decisive)] : [];
}

/** The format of a report's document by its name, or undefined when the report does not list it. */
export function documentFormat(report: CheckReport, name: string): string | undefined {
  return report.documents.find((d) => d.name === name)?.format;
}

/** The part of a path after its last slash. */
export function baseName(path: string): string {
  return path.replace(/\\/g, "/").split("/").pop() || path;
}

/** One AI Act application date that applies to a tender. */
export interface Milestone {
  readonly title: string;
  /** ISO date, e.g. 2027-12-02. */
  readonly date: string;
}

/**
 * The AI Act dates that apply to a tender, read from the `compliance-dates` result's message
 * (where the engine lists them as "title: vanaf 2027-12-02."). Empty when the requirement was not
 * checked.
 *
 * @example
 * complianceDates(report) // [{ title: "Verboden praktijken (art. 5) en AI-geletterdheid (art. 4)", date: "2025-02-02" }, …]
 */
export function complianceDates(report: CheckReport): Milestone[] {
  const message = report.results.find((r) => r.requirement === "compliance-dates")?.message ?? "";
  const out: Milestone[] = [];
  // Each date closes "title: vanaf 2027-12-02."; the text before the first title is the status
  // sentence. Titles contain "art. 5", so a title starts after a full stop followed by a capital.
  for (const m of message.matchAll(/([^]*?): (?:vanaf|from) (\d{4}-\d{2}-\d{2})\.(?:\s+|$)/g)) {
    const title = (m[1] ?? "").split(/\.\s+(?=[A-Z\u00C0-\u024F])/).pop()?.trim() ?? "";
    if (title && m[2]) out.push({ title, date: m[2] });
  }
  return out;
}

/** The order in which status groups appear: what needs work first. */
export const statusOrder: readonly Status[] = ["missing", "partial", "satisfied", "waived", "not-applicable"];

/** The order of severities within a status group, and of the chart's bars. */
export const severityOrder: readonly Severity[] = ["error", "warning", "info"];

/** The statuses a chart and the summary count, in the order a reader acts on them. */
export const chartStatuses = ["missing", "partial", "satisfied"] as const;

/**
 * Counts of results by severity and status (the chart's data), plus a described prohibited
 * practice counted as a missing error.
 *
 * @example
 * countByStatusAndSeverity(report).error.missing // 1
 */
export function countByStatusAndSeverity(report: CheckReport): Record<Severity, Record<(typeof chartStatuses)[number], number>> {
  const counts = {
    error: { missing: 0, partial: 0, satisfied: 0 },
    warning: { missing: 0, partial: 0, satisfied: 0 },
    info: { missing: 0, partial: 0, satisfied: 0 },
  };
  for (const r of report.results) {
    if (r.status === "missing" || r.status === "partial" || r.status === "satisfied") counts[r.severity][r.status] += 1;
  }
  return counts;
}

