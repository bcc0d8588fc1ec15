// The page's own texts live in the one message catalogue (@ethiek/messages, namespace `web`),
// Dutch first (language level B1), with English. The labels of a report (statuses, severities,
// verdicts, "what to add") are the report's own (namespace `report`), the same words the terminal
// and HTML reports use; the report's messages and reasons come from the report itself, in the
// language it was made in.
import { translator, type Translate } from "@ethiek/messages";

/** The languages of the web page. */
export type Lang = "nl" | "en";

/** Annex III areas as offered in the upload form; the value is the `detail` of a high-risk declaration. */
export const annexAreas = ["1", "2", "3", "4", "5a", "5b", "5c", "5d", "6", "7", "8"] as const;

/** Formats a `web.*` or `report.*` text of the catalogue in the page's language. */
export type Texts = Translate;

/**
 * The page texts of a language, as a formatter of catalogue keys.
 *
 * @example
 * textsFor("en")("web.submit") // "Check"
 */
export function textsFor(lang: Lang): Texts {
  return translator(lang);
}

// The report's own order of status groups and severities, so page and report never disagree.
export { severityOrder, statusOrder } from "@ethiek/reports";

/**
 * A date-time in the page's language, in Dutch time.
 *
 * @example
 * formatDateTime("2026-11-28T10:00:00Z", "nl") // "28 november 2026 om 11:00"
 */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(date);
}

/**
 * A calendar date (`YYYY-MM-DD`) in the page's language; the text as given when it is no date.
 *
 * @example
 * formatDate("2026-11-20", "nl") // "20 november 2026"
 */
export function formatDate(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
}
