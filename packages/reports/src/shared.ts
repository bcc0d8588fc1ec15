import type { CheckReport, Evidence, ReasonCode, RequirementResult, Severity, Source, Status } from "@ethiek/schemas";

/** The languages reports are written in. */
export type Language = "nl" | "en";

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
  /** The quoted passages, the decisive one (see {@link decisiveEvidence}) first. */
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
    pageShort: "p.",
    lineShort: "r.",
    paragraph: "alinea",
    alsoFound: "Ook gevonden",
    decisive: "Doorslaggevend",
    notFoundGroup: "Niets gevonden in de documenten over",
    datesTitle: "Data uit de AI-verordening",
    reasonLabel: "Waarom",
    todo: "Wat te doen",
    from: "vanaf",
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
    pageShort: "p.",
    lineShort: "l.",
    paragraph: "paragraph",
    alsoFound: "Also found",
    decisive: "Decisive",
    notFoundGroup: "Nothing found in the documents about",
    datesTitle: "AI Act dates",
    reasonLabel: "Why",
    todo: "What to do",
    from: "from",
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

/** Sources as "AI Act art. 12; Algoritmekader urn:nl:ak:ver:aia-07" (in Dutch words when `lang` is nl). */
export function sourcesText(sources: readonly Source[] | undefined, lang?: Language): string {
  return (sources ?? []).map((s) => (lang ? sourceLabel(s, lang) : `${s.framework} ${s.reference}`)).join("; ");
}

/** Short words for each reason code: why a passage counts, or why it does not fully count. */
const reasonWords: Readonly<Record<Language, Readonly<Record<ReasonCode | "prohibited", string>>>> = {
  nl: {
    obligation: "verplichting",
    "by-reference": "geregeld via een verwijzing naar een artikel",
    "excluded-as-required": "uitgesloten, zoals de eis vraagt",
    wish: "alleen een wens",
    "question-only": "alleen een vraag aan inschrijvers",
    "non-binding": "niet bindend (toelichting of voorbeeld)",
    deferred: "uitgesteld of opengelaten",
    placeholder: "lege kop of 'PM'",
    "heading-only": "alleen een kop",
    definition: "alleen een begripsomschrijving",
    withdrawn: "geschrapt in de Nota van Inlichtingen",
    "module-not-applicable": "staat in een module die niet van toepassing is",
    "wrong-party": "bij de verkeerde partij",
    "wrong-scope": "over een ander deel van de opdracht",
    "retention-too-short": "bewaartermijn te kort",
    "no-retention-period": "geen bewaartermijn",
    incomplete: "maar voor een deel geregeld",
    "risk-class-inconsistent": "risicoklasse past niet bij de toepassing",
    "annex-not-attached": "bijlage niet meegestuurd",
    contradicted: "een andere passage werkt de eis tegen",
    negated: "uitdrukkelijk uitgesloten",
    "no-mention": "niets gevonden",
    "tag-not-applicable": "niet van toepassing",
    waived: "ontheffing",
    prohibited: "verboden praktijk",
  },
  en: {
    obligation: "obligation",
    "by-reference": "covered by a reference to an article",
    "excluded-as-required": "ruled out, as the requirement asks",
    wish: "only a wish",
    "question-only": "only a question to bidders",
    "non-binding": "not binding (explanation or example)",
    deferred: "deferred or left open",
    placeholder: "empty heading or 'TBD'",
    "heading-only": "only a heading",
    definition: "only a definition",
    withdrawn: "withdrawn in the clarifications",
    "module-not-applicable": "in a module that does not apply",
    "wrong-party": "put on the wrong party",
    "wrong-scope": "about another part of the purchase",
    "retention-too-short": "retention period too short",
    "no-retention-period": "no retention period",
    incomplete: "only partly settled",
    "risk-class-inconsistent": "risk class does not fit the use",
    "annex-not-attached": "annex not attached",
    contradicted: "another passage works against it",
    negated: "explicitly excluded",
    "no-mention": "nothing found",
    "tag-not-applicable": "not applicable",
    waived: "waived",
    prohibited: "prohibited practice",
  },
};

/**
 * A reason code in plain words, with the figures of a retention period when the note gives them.
 *
 * @example
 * reasonText("wish", undefined, "nl") // "alleen een wens"
 * reasonText("retention-too-short", "De genoemde termijn (3 maanden) is korter dan de vereiste 6 maanden.", "nl")
 * // "3 maanden; minimaal 6 vereist"
 */
export function reasonText(reason: ReasonCode | "prohibited", note: string | undefined, lang: Language): string {
  if (note && (reason === "retention-too-short" || reason === "no-retention-period")) {
    const figures = note.match(/(\d+(?:[.,]\d+)?)/g) ?? [];
    const unit = /\((?:\d+(?:[.,]\d+)?) (dagen|days)\)/.exec(note)?.[1];
    if (reason === "retention-too-short" && figures.length >= 2) {
      const found = `${figures[0]} ${unit ?? (lang === "nl" ? "maanden" : "months")}`;
      return lang === "nl" ? `${found}; minimaal ${figures[1]} maanden vereist` : `${found}; at least ${figures[1]} months required`;
    }
    if (reason === "no-retention-period" && figures.length >= 1) {
      return lang === "nl" ? `geen bewaartermijn; minimaal ${figures[0]} maanden vereist` : `no retention period; at least ${figures[0]} months required`;
    }
  }
  return reasonWords[lang][reason];
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

/** Formats in which `Evidence.line` counts paragraphs, not lines. */
const PARAGRAPH_FORMATS = new Set(["docx", "odt"]);

/**
 * Where a passage stands, in words a reader can find it by: "p. 9, r. 4" for a page, "alinea 147"
 * for a word-processor document, "r. 12" for a text file; then " — " and its nearest section
 * heading when there is one.
 *
 * @example
 * placeText({ page: 9, line: 4, headingPath: ["6. Overeenkomst", "6.3 Audit en openheid"] }, "pdf", "nl")
 * // "p. 9, r. 4 — 6.3 Audit en openheid"
 * placeText({ page: null, line: 147 }, "docx", "nl") // "alinea 147"
 */
export function placeText(e: Pick<Evidence, "page" | "line" | "headingPath">, format: string | undefined, lang: Language): string {
  const l = labels[lang];
  const where =
    e.page !== null ? `${l.pageShort} ${e.page}, ${l.lineShort} ${e.line}` : PARAGRAPH_FORMATS.has(format ?? "") ? `${l.paragraph} ${e.line}` : `${l.lineShort} ${e.line}`;
  const heading = e.headingPath?.at(-1);
  return heading ? `${where} — ${oneLine(heading)}` : where;
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

/** "2 december 2027" / "2 December 2027"; the text itself when it is not a date. */
export function dateText(iso: string, lang: Language): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

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

/** English words in catalogue source references, and how a Dutch reader says them. */
const sourceWordsNl: ReadonlyArray<readonly [RegExp, string]> = [
  [/\(high-risk, optional\)/g, "(versie hoog risico, optioneel)"],
  [/\(high-risk\)/g, "(versie hoog risico)"],
  [/\(light\)/g, "(lichte versie)"],
  [/\bamendment of\b/g, "wijziging van"],
];

/**
 * A source as a reader sees it: framework and article, with the catalogue's English qualifiers
 * said in Dutch on a Dutch page.
 *
 * @example
 * sourceLabel({ framework: "MCC-AI", reference: "art. 5 (high-risk)" }, "nl") // "MCC-AI art. 5 (versie hoog risico)"
 */
export function sourceLabel(source: Pick<Source, "framework" | "reference">, lang: Language): string {
  const text = `${source.framework} ${source.reference}`;
  return lang === "nl" ? sourceWordsNl.reduce((t, [re, nl]) => t.replace(re, nl), text) : text;
}
