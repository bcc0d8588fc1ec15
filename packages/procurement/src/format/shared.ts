import type { CheckReport, Evidence, ReasonCode, RequirementResult, Severity, Source, Status } from "@ethiek/schemas";
import type { RequirementDoc } from "../requirements.js";

/** The languages reports are written in. */
export type Language = "nl" | "en";

/**
 * What a formatter needs to know about a requirement to document it: the engine's `RequirementDoc`
 * (from `listRequirements`), of which only the id and title are required here.
 */
export type FormatterRequirement = Readonly<Pick<RequirementDoc, "id" | "title">> &
  Readonly<Partial<Pick<RequirementDoc, "explanation" | "remediation" | "helpUri">>> & { readonly sources?: readonly Source[] };

/** Options every formatter accepts. */
export interface FormatOptions {
  /** Requirement documentation: titles, explanations, sources. Missing ones fall back to the report. */
  readonly requirements?: readonly FormatterRequirement[];
  /** The language of the formatter's own labels; defaults to the report's language. */
  readonly lang?: Language;
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
  readonly evidence: readonly Evidence[];
  readonly remediation: string;
  readonly fingerprint: string;
}

/** Pseudo-requirement under which a described AI Act art. 5 practice is reported (always an error). */
export const PROHIBITED_RULE_ID = "prohibited-practice";

export const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

const labels = {
  nl: {
    error: "fout",
    warning: "waarschuwing",
    info: "info",
    satisfied: "voldaan",
    partial: "gedeeltelijk",
    missing: "ontbreekt",
    "not-applicable": "niet van toepassing",
    waived: "ontheffing",
    prohibited: "verboden praktijk",
    notFound: "niet gevonden in de documenten",
    page: "blz.",
    line: "regel",
    tender: "Aanbesteding",
    untitled: "Aanbesteding zonder titel",
    prohibitedTitle: "Verboden AI-praktijk beschreven (AI-verordening art. 5)",
    prohibitedRemediation:
      "Haal de verboden toepassing uit de opdracht. Een verboden AI-praktijk mag niet worden ingekocht of gebruikt.",
    fix: "Oplossing",
    sources: "Bronnen",
    why: "Waarom",
    waivedBy: "Ontheffing",
    summaryNone: "Geen bevindingen",
    documents: "Documenten",
    classification: "Classificatie",
    verdict: { pass: "voldoet", "pass-with-warnings": "voldoet, met waarschuwingen", fail: "voldoet niet" },
  },
  en: {
    error: "error",
    warning: "warning",
    info: "info",
    satisfied: "satisfied",
    partial: "partial",
    missing: "missing",
    "not-applicable": "not applicable",
    waived: "waived",
    prohibited: "prohibited practice",
    notFound: "not found in the documents",
    page: "p.",
    line: "line",
    tender: "Tender",
    untitled: "Untitled tender",
    prohibitedTitle: "Prohibited AI practice described (AI Act art. 5)",
    prohibitedRemediation:
      "Remove the prohibited use from the tender. A prohibited AI practice may not be bought or used.",
    fix: "Fix",
    sources: "Sources",
    why: "Why",
    waivedBy: "Waiver",
    summaryNone: "No findings",
    documents: "Documents",
    classification: "Classification",
    verdict: { pass: "passes", "pass-with-warnings": "passes with warnings", fail: "fails" },
  },
} as const;

/** The fixed labels of the formatters in one language. */
export type Labels = (typeof labels)[Language];

/** The formatter labels for a language. */
export function labelsFor(lang: Language): Labels {
  return labels[lang];
}

const tagLabels: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  nl: {
    algorithmic: "algoritme",
    ai: "AI-systeem",
    "high-risk": "hoog risico",
    prohibited: "verboden praktijk",
    "personal-data": "persoonsgegevens",
    "decisions-about-people": "besluiten over mensen",
    generative: "generatieve AI",
    impactful: "impactvol algoritme",
  },
  en: {
    algorithmic: "algorithmic",
    ai: "AI system",
    "high-risk": "high-risk",
    prohibited: "prohibited practice",
    "personal-data": "personal data",
    "decisions-about-people": "decisions about people",
    generative: "generative AI",
    impactful: "impactful algorithm",
  },
};

/**
 * A classification tag in words, with its Annex III point when there is one.
 *
 * @example
 * tagLabel("high-risk", "nl", "2") // "hoog risico (bijlage III punt 2)"
 */
export function tagLabel(tag: string, lang: Language, detail?: string | null): string {
  const base = tagLabels[lang][tag] ?? tag;
  if (tag === "high-risk" && detail) return lang === "nl" ? `${base} (bijlage III punt ${detail})` : `${base} (Annex III point ${detail})`;
  return base;
}

/** The tags that hold for a report, in words. */
export function heldTags(report: CheckReport, lang: Language): string[] {
  return report.classification.filter((c) => c.holds).map((c) => tagLabel(c.tag, lang, c.detail));
}

/** A name for a report: its tender title, id, or its documents. */
export function reportTitle(report: CheckReport, lang: Language): string {
  const t = report.tender;
  if (t?.title && t.id) return `${t.title} (${t.id})`;
  if (t?.title) return t.title;
  if (t?.id) return t.id;
  if (report.documents.length > 0) return report.documents.map((d) => d.name).join(", ");
  return labels[lang].untitled;
}

/** A stable key for a tender, the same for the same tender in later runs. */
export function tenderKey(report: CheckReport): string {
  if (report.tender?.id) return report.tender.id;
  return report.documents
    .map((d) => d.name)
    .sort()
    .join("|");
}

/** "blz. 4, regel 22" / "p. 4, line 22", or "regel 22" without pages. */
export function locationText(e: Pick<Evidence, "page" | "line">, lang: Language): string {
  const l = labels[lang];
  return e.page === null ? `${l.line} ${e.line}` : `${l.page} ${e.page}, ${l.line} ${e.line}`;
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
    const l = labels[lang];
    const prohibited = report.classification.find((c) => c.tag === "prohibited" && c.holds);
    if (prohibited) {
      findings.push({
        report,
        reportIndex,
        ruleId: PROHIBITED_RULE_ID,
        title: l.prohibitedTitle,
        severity: "error",
        status: "prohibited",
        reason: "prohibited",
        message: prohibited.reasons.join(" ") || l.prohibitedTitle,
        evidence: prohibited.evidence ?? [],
        remediation: l.prohibitedRemediation,
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
        evidence: result.evidence,
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

/** "3 fouten, 1 waarschuwing" in the chosen language. */
export function countsText(counts: Record<Severity, number>, lang: Language): string {
  const parts: string[] = [];
  const words: Record<Language, Record<Severity, [string, string]>> = {
    nl: { error: ["fout", "fouten"], warning: ["waarschuwing", "waarschuwingen"], info: ["info", "info"] },
    en: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "info"] },
  };
  for (const s of ["error", "warning", "info"] as const) {
    const n = counts[s];
    if (n > 0) parts.push(`${n} ${words[lang][s][n === 1 ? 0 : 1]}`);
  }
  return parts.length > 0 ? parts.join(", ") : labels[lang].summaryNone;
}

/** Sources as "AI Act art. 12; Algoritmekader urn:nl:ak:ver:aia-07". */
export function sourcesText(sources: readonly Source[] | undefined): string {
  return (sources ?? []).map((s) => `${s.framework} ${s.reference}`).join("; ");
}
