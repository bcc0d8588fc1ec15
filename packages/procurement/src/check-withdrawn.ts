// Requirements that an answer (a Nota van Inlichtingen) withdrew or amended, by their ids (E-25,
// KO-03), and the ids a passage states in itself or in its table row's first cell.
import type { Document } from "@ethiek/schemas";
import type { ModalityResult } from "./modality.js";
import { withoutQuotes } from "./modality-deferral.js";
import { hasConcept, type Passage } from "./scan-passage.js";
import { DROPPED_VERB } from "./text.js";

const REQUIREMENT_ID = /(?<![\w-])([A-Z][A-Za-z]{0,3}[-‐]\d{1,3}[a-z]?)(?![\w-])/g;

/** A requirement id that opens the text: the clause's or row's own number. */
export const LEADING_ID = /^\W*(?<![\w-])[A-Z]{1,4}[-‐]\d/;
const WITHDRAWAL_OPENS = new RegExp(String.raw`^\W*[A-Z]{1,4}[-‐]\d{1,3}[a-z]?\s+${DROPPED_VERB}\b`, "i");
const LEADING_ID_TEXT = /^\W*(?<![\w-])([A-Z]{1,4}[-‐]\d{1,3}[a-z]?)(?![\w-])/;
/** Requirement ids such as E-25, KO-03, US-15 in a text. */
export function requirementIdsIn(text: string): string[] {
  return [...text.matchAll(REQUIREMENT_ID)].map((m) => m[1]!.replace("‐", "-").toUpperCase());
}

/** The passage text with its table row's first cell, where requirement ids usually stand. */
export function passageLabelText(p: Passage, documents: readonly Document[]): string {
  const segments = documents[p.document]!.segments;
  const seg = segments[p.segment]!;
  if (!seg.table) {
    // A later sentence of a numbered requirement ("E-14 (KO). … Partijen voeren … uit.") is that requirement too.
    // "R-12 is withdrawn. Section 4.2 shall read: …": what follows a withdrawal is not the requirement withdrawn.
    const own = seg.text.startsWith(p.text) || WITHDRAWAL_OPENS.test(seg.text) ? null : LEADING_ID_TEXT.exec(seg.text);
    return own ? `${own[1]} ${p.text}` : p.text;
  }
  if (seg.table.column === 0 || seg.table.column === undefined) return p.text;
  for (let j = p.segment - 1; j >= 0 && j >= p.segment - 12; j--) {
    const other = segments[j]!.table;
    if (!other || other.tableIndex !== seg.table.tableIndex || other.row !== seg.table.row) break;
    if (other.column === 0) return `${segments[j]!.text} ${p.text}`;
  }
  return p.text;
}

/** True when passage p stands before passage q in the documents (by document, then segment). */
export function before(p: Passage, q: Passage): boolean {
  return p.document < q.document || (p.document === q.document && p.segment < q.segment);
}

/**
 * An order letter or a later document that sets aside or changes an article of the general terms
 * (not an article of a law: "Article 50 of the AI Act does not apply" sets aside no clause 50, and
 * "een uitzondering op grond van artikel 6, lid 3, is niet van toepassing" no clause 6)
 * by its number: "Artikel 18 AIV-ICT 2025 is op deze Nadere Overeenkomst niet van toepassing",
 * "In afwijking van artikel 20.3 … bewaart Opdrachtnemer …", "Een opleiding als bedoeld in artikel
 * 28 maakt geen deel uit van deze opdracht", "Notwithstanding clause 7.2, …".
 */
const ARTICLE_SET_ASIDE = /(?:\b(?:artikel|article|clause|art\.|paragraaf|par\.|section|sectie|hoofdstuk|chapter)|§)\s*(\d{1,3}(?:\.\d{1,2})?)\b(?!\s*(?:\(\d+\)\s*)?(?:of|van)\s+(?:the\s+|de\s+|het\s+)?(?:EU\s+)?(?:AI|GDPR|AVG|UAVG|Regulation|Verordening|Richtlijn|Directive|Act|Wet|Dutch|Burgerlijk))[^.;,]{0,80}?\b(?:niet van toepassing|buiten toepassing|maakt geen deel uit|maken geen deel uit|vervalt|shall not apply|does not apply|is disapplied|does not form part)\b/gi;
const ARTICLE_DEVIATION = /\b(?:in afwijking van|notwithstanding|by way of derogation from)\s+(?:het bepaalde in\s+)?(?:artikel|article|clause|art\.)\s+(\d{1,3}(?:\.\d{1,2})?)\b/gi;

/** "Artikel 9.3 komt te luiden:", "Clause 7.2 shall read:": the article is replaced by the new text that follows. */
const ARTICLE_REPLACED = /\b(?:artikel|article|clause)\s+(\d{1,3}(?:\.\d{1,2})?)\b[^.;:]{0,40}?\b(?:komt (?:als volgt )?te luiden|wordt vervangen door de volgende tekst|shall (?:hereafter )?read|is amended to read|is replaced by the following)\b/gi;

/** The words every set-aside, deviation or replacement above needs; most passages have none. */
const SET_ASIDE_WORDS = /toepassing|vervalt|deel uit|apply|disapplied|form part|afwijking|notwithstanding|derogation|luiden|vervangen|read|replaced/i;

/** Article numbers of other documents that a passage sets aside (all) or changes (amended). */
export function articlesSetAside(p: Passage): { all: string[]; amended: string[] } {
  if (!SET_ASIDE_WORDS.test(p.text)) return { all: [], amended: [] };
  // "Hoofdstuk 7 : [x] van toepassing [ ] niet van toepassing": an option left unticked says nothing.
  const text = p.text.replace(UNTICKED_OPTION, " ");
  return {
    all: [...text.matchAll(ARTICLE_SET_ASIDE)].map((m) => m[1]!),
    amended: [...text.matchAll(ARTICLE_DEVIATION), ...text.matchAll(ARTICLE_REPLACED)].map((m) => m[1]!),
  };
}
/** An unticked box of a form and its label: "[ ] niet van toepassing", "☐ not applicable". */
const UNTICKED_OPTION = /(\[\s?\]|☐)\s*[^[\]|☐☒]{0,40}/g;

/** The article number a passage stands in: its clause's own number ("20.3 …") or its heading's ("Artikel 18 …"). */
export function articleNumberOf(p: Passage, documents: readonly Document[]): string | null {
  const seg = documents[p.document]!.segments[p.segment]!;
  const own = /^\W*(\d{1,3}(?:\.\d{1,2})?)\s/.exec(seg.text);
  if (own) return own[1]!;
  for (let i = seg.headingPath.length - 1; i >= 0; i--) {
    const m = /^\W*(?:artikel|article|clause)\s+(\d{1,3})\b/i.exec(seg.headingPath[i]!);
    if (m) return m[1]!;
    // A numbered section ("6.4 Bewijsstukken", "§ 6.4", "Section 6.4") that an answer can withdraw
    // by its number ("Paragraaf 6.4 vervalt").
    const section = /^\W*(?:§\s*|(?:paragraaf|section|hoofdstuk|chapter)\s+)?(\d{1,2}\.\d{1,2})\.?\s/i.exec(seg.headingPath[i]!);
    if (section) return section[1]!;
  }
  return null;
}

/** Ids withdrawn ("Eis E-25 vervalt") or amended ("E-03 wordt gewijzigd en luidt nu: …") by an answer. */
export function withdrawnRequirementIds(passages: readonly Passage[], modality: (p: Passage) => ModalityResult): Map<string, { all: boolean; part: boolean; passage: Passage }> {
  const out = new Map<string, { all: boolean; part: boolean; passage: Passage }>();
  for (const p of passages) {
    // Only a passage with a withdrawal or amendment marker can be either; modality is costly.
    if (!(hasConcept(p, "withdrawn") || hasConcept(p, "amended"))) continue;
    const all = modality(p).modality === "withdrawn";
    const amended = !all && hasConcept(p, "amended");
    if (!all && !amended) continue;
    // "Verwijzing naar PvE-08 vervalt" drops a reference to the requirement, not the requirement.
    const referenced = new Set([...p.text.matchAll(REFERENCE_TO_ID)].map((m) => m[1]!.replace("‐", "-").toUpperCase()));
    const parts = new Set([...p.text.matchAll(PART_OF_ID)].map((m) => m[1]!.replace("‐", "-").toUpperCase()));
    // The new wording in quotes may cite other requirements ("E-12 komt te luiden: 'herhaalt de meting
    // van E-09 …'"); only the ids outside the quotes are changed.
    for (const id of requirementIdsIn(withoutQuotes(p.text))) if (!referenced.has(id) && !out.get(id)?.all) out.set(id, { all, part: parts.has(id), passage: p });
  }
  return out;
}
/** "Het onderdeel van E-08 over …", "the part of R-4 on …": a part of the requirement, named by its topic. */
const PART_OF_ID = /\b(?:het\s+|dat\s+)?(?:(?:eerste|tweede|derde|laatste|first|second|third|last)\s+)?(?:onderdeel|deel|gedeelte|zinsdeel|zin|part|portion|sentence)\s+(?:van|of)\s+(?:eis\s+|requirement\s+)?([A-Z][A-Za-z]{0,3}[-‐]\d{1,3}[a-z]?)\b/gi;
const REFERENCE_TO_ID = /\b(?:verwijzing(?:en)? naar|reference(?:s)? to|cross[- ]reference(?:s)? to)\s+(?:eis\s+|requirement\s+)?([A-Z][A-Za-z]{0,3}[-‐]\d{1,3}[a-z]?)\b/gi;
