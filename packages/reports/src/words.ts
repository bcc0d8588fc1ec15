// The words of a report: classification tags, reason codes, places and counts, said in the
// reader's language. Every text comes from the one message catalogue (`@ethiek/messages`,
// namespace `report`); this module only puts figures and names into it.
import { format, isMessageKey, type Lang, type MessageKey } from "@ethiek/messages";
import type { CheckReport, Evidence, ReasonCode, Severity, Source, Status } from "@ethiek/schemas";
import { oneLine } from "./shared.js";

/** The languages reports are written in: those of the message catalogue. */
export type Language = Lang;

/*
 * The catalogue keys for the codes of the report schema. Written as template literal types, so a
 * reason code, status or severity that the schema gains without a text in the catalogue is a type
 * error here, not an English code on a Dutch screen.
 */
const reasonKey = (reason: ReasonCode | "prohibited"): MessageKey => `report.reasons.${reason}`;
/** The key of a status as a word in a sentence ("ontbreekt"). */
export const statusWordKey = (status: Status | "prohibited"): MessageKey => `report.status.${status}`;
/** The key of a severity as a word in a sentence ("fout"). */
export const severityWordKey = (severity: Severity): MessageKey => `report.severity.${severity}`;

/**
 * A classification tag in words, with its Annex III point when there is one. Tags the catalogue
 * does not know (from a newer engine) are shown as they are.
 *
 * @example
 * tagLabel("high-risk", "nl", "2") // "hoog-risico-AI (bijlage III punt 2)"
 * tagLabel("personal-data", "en") // "personal data"
 */
export function tagLabel(tag: string, lang: Language, detail?: string | null): string {
  const key = `report.tags.${tag}`;
  const base = isMessageKey(key) ? format(lang, key) : tag;
  if (tag === "high-risk" && detail) return `${base} (${format(lang, "report.annexPoint", { point: detail })})`;
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
  return format(lang, "report.untitled");
}

/** "blz. 4, regel 22" / "p. 4, line 22", or "regel 22" without pages. */
export function locationText(e: Pick<Evidence, "page" | "line">, lang: Language): string {
  // Numbers go in as text: ICU would write line 1234 as "1.234" in Dutch.
  const line = String(e.line);
  return e.page === null ? format(lang, "report.locationNoPage", { line }) : format(lang, "report.location", { page: String(e.page), line });
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
export function placeText(e: Pick<Evidence, "page" | "line" | "headingPath">, docFormat: string | undefined, lang: Language): string {
  const line = String(e.line);
  const where =
    e.page !== null
      ? format(lang, "report.placePage", { page: String(e.page), line })
      : format(lang, PARAGRAPH_FORMATS.has(docFormat ?? "") ? "report.placeParagraph" : "report.placeLine", { line });
  const heading = e.headingPath?.at(-1);
  return heading ? `${where} — ${oneLine(heading)}` : where;
}

/**
 * "3 fouten, 1 waarschuwing" in the chosen language, or "Geen bevindingen" when all are zero.
 *
 * @example
 * countsText({ error: 1, warning: 2, info: 0 }, "nl") // "1 fout, 2 waarschuwingen"
 */
export function countsText(counts: Readonly<Record<Severity, number>>, lang: Language): string {
  const parts = (["error", "warning", "info"] as const).filter((s) => counts[s] > 0).map((s) => format(lang, `report.count.${s}`, { n: counts[s] }));
  return parts.length > 0 ? parts.join(", ") : format(lang, "report.summaryNone");
}

/** Sources as "AI Act art. 12; Algoritmekader urn:nl:ak:ver:aia-07" (in Dutch words when `lang` is nl). */
export function sourcesText(sources: readonly Source[] | undefined, lang?: Language): string {
  return (sources ?? []).map((s) => (lang ? sourceLabel(s, lang) : `${s.framework} ${s.reference}`)).join("; ");
}

/**
 * A reason code in plain words, with the figures of a retention period when the note gives them.
 *
 * @example
 * reasonText("wish", undefined, "nl") // "alleen een wens"
 * reasonText("retention-too-short", "De genoemde termijn (3 maanden) is korter dan de vereiste 6 maanden.", "nl")
 * // "3 maanden; minimaal 6 maanden vereist"
 */
export function reasonText(reason: ReasonCode | "prohibited", note: string | undefined, lang: Language): string {
  if (note && (reason === "retention-too-short" || reason === "no-retention-period")) {
    // The engine's note names the period found and the one required; days stay days.
    const figures = note.match(/(\d+(?:[.,]\d+)?)/g) ?? [];
    const unit = /\((?:\d+(?:[.,]\d+)?) (dagen|days)\)/.exec(note)?.[1];
    if (reason === "retention-too-short" && figures.length >= 2) {
      const found = `${figures[0]} ${unit ?? format(lang, "report.retention.months")}`;
      return format(lang, "report.retention.tooShort", { found, required: figures[1]! });
    }
    if (reason === "no-retention-period" && figures.length >= 1) return format(lang, "report.retention.none", { required: figures[0]! });
  }
  return format(lang, reasonKey(reason));
}

/**
 * The English qualifiers that source references in the requirement catalogue carry ("art. 5
 * (high-risk)"). Their English catalogue text is what the requirement data says, so it is also
 * what is looked for; longer ones first, so "(high-risk, optional)" is not read as "(high-risk)".
 */
const sourceWordKeys = [
  "report.sourceWords.templates",
  "report.sourceWords.highRiskOptional",
  "report.sourceWords.highRisk",
  "report.sourceWords.light",
  "report.sourceWords.amendmentOf",
  "report.sourceWords.andAnnexIII",
  "report.sourceWords.annexA",
] as const satisfies readonly MessageKey[];

/**
 * A source as a reader sees it: framework and article, with the catalogue's English qualifiers
 * said in the reader's language.
 *
 * @example
 * sourceLabel({ framework: "MCC-AI", reference: "art. 5 (high-risk)" }, "nl") // "MCC-AI art. 5 (versie hoog risico)"
 */
export function sourceLabel(source: Pick<Source, "framework" | "reference">, lang: Language): string {
  const text = `${source.framework} ${source.reference}`;
  if (lang === "en") return text;
  return sourceWordKeys.reduce((t, key) => t.replaceAll(format("en", key), format(lang, key)), text);
}

/**
 * "2 december 2027" / "2 December 2027"; the text itself when it is not a date.
 *
 * @example
 * dateText("2027-12-02", "nl") // "2 december 2027"
 */
export function dateText(iso: string, lang: Language): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}
