// Reading what a visitor sent: the report filter, a return path after sign-in, the tender
// manifest from the upload form. Labels typed as text become tags with `kebabId` of @ethiek/schemas.
import type { Severity, Status, Tender } from "@ethiek/schemas";
import { annexAreas, severityOrder, statusOrder, textsFor, type Lang } from "./i18n.js";
import type { ReportFilter } from "./render.js";

/** Whether a value names one of the page's languages. */
export const isLang = (value: unknown): value is Lang => value === "nl" || value === "en";

function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/**
 * Parses the report filter from the query (`status` and `severity`, repeatable). Unknown values
 * are ignored; nothing chosen means everything.
 *
 * @example
 * parseFilter({ status: ["missing", "partial"], severity: "error" })
 */
export function parseFilter(query: Record<string, unknown>): ReportFilter {
  const statuses = new Set(asList(query.status).filter((s): s is Status => (statusOrder as readonly string[]).includes(s)));
  const severities = new Set(asList(query.severity).filter((s): s is Severity => (severityOrder as readonly string[]).includes(s)));
  return { statuses, severities };
}

/**
 * A return path after sign-in: only a path on this site (never `//host` or a full URL).
 *
 * @example
 * safeReturnPath("//evil.example") // "/"
 */
export function safeReturnPath(value: string | undefined): string {
  if (value === undefined || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

/**
 * Builds the manifest from what the officer stated in the form: a title and declarations about
 * AI, personal data and the Annex III area. Undefined when nothing was stated.
 *
 * @example
 * manifestFromForm({ title: "Wervingsplatform", ai: "ja", persoonsgegevens: "onbekend", bijlageIII: "4" }, "nl", "leidraad.pdf")
 * // { title: "Wervingsplatform", declarations: [{ tag: "ai", holds: true, … }, { tag: "high-risk", holds: true, detail: "4", … }] }
 */
export function manifestFromForm(fields: Readonly<Record<string, string>>, lang: Lang, fallbackTitle: string): Tender | undefined {
  const reason = textsFor(lang)("web.declaredInForm");
  const declarations: NonNullable<Tender["declarations"]> = [];
  const yesNo = (value: string | undefined) => (value === "ja" ? true : value === "nee" ? false : undefined);
  const ai = yesNo(fields.ai);
  if (ai !== undefined) declarations.push({ tag: "ai", holds: ai, reason });
  const personal = yesNo(fields.persoonsgegevens);
  if (personal !== undefined) declarations.push({ tag: "personal-data", holds: personal, reason });
  const annex = fields.bijlageIII ?? "";
  if (annex === "nee") declarations.push({ tag: "high-risk", holds: false, reason });
  else if ((annexAreas as readonly string[]).includes(annex)) declarations.push({ tag: "high-risk", holds: true, detail: annex, reason });
  const title = (fields.title ?? "").trim();
  if (title === "" && declarations.length === 0) return undefined;
  // A manifest needs a title; without one the documents name the tender, as in the report.
  return { title: title !== "" ? title : fallbackTitle, ...(declarations.length > 0 ? { declarations } : {}) };
}
