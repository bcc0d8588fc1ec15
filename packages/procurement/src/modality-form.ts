// Text that binds nothing by its form or its place: struck out, an unticked box, an earlier
// message quoted in a reply, an explanatory memo, a definition, a clause title, an answer that
// opens with "no", or a requirement row typed "n.v.t.".
import type { Document, Segment } from "@ethiek/schemas";
import { hasConcept, wordsOf, type Passage } from "./scan-passage.js";
import { rowCells } from "./structure.js";

const has = hasConcept;

/** A numbered clause title: "5.10 Conformity assessment and CE marking." */
export const CLAUSE_TITLE = /^\s*([A-Z]\.?\d+(\.\d+)*|\d+(\.\d+)+)\.?\s+[^.;:]{2,90}\.?\s*$/u;

/** Verbs that make a numbered line a sentence, not a title ("6.1 Op de Overeenkomst zijn de ARBIT-2022 van toepassing."). */
export const FINITE_VERB = /\b(is|zijn|wordt|worden|geldt|gelden|heeft|hebben|applies|apply|are|has|have|shall|will|must)\b/i;

/** Headings of a definitions section. */
const DEFINITIONS_HEADING = /\b(begrippen(lijst)?|definities|definitions?|interpretation|begripsbepalingen)\b/i;
/** A defined term opening a passage: "Logbestanden: …", "'Incident' means …". */
const DEFINED_TERM = /^\s*(\d+(\.\d+)*\.?\s+|\(?[a-z]{1,2}[.)]\s+)?["“'‘]?[A-Z][\p{L}\- ]{1,48}["”'’]?\s*(:|–|—|\bmeans\b|\bbetekent\b|\bshall mean\b)/u;

/** A memo sentence that reports the contract's content. */
export const REPORTS_CONTRACT = /\b(artikel|article|art\.)\s*\d+|\b(\w*overeenkomst|agreement|contract|bestek|programma van eisen|leidraad|sla|dvo|vastgelegd|leggen we vast|nemen we op|wordt opgenomen|worden opgenomen|laid down|van toepassing verklaard|declared applicable|uitgevoerd|carried out|afgesproken|agreed)\b/i;

/** Titles of documents that explain rather than bind. */
const EXPLANATORY_DOCUMENT =
  /\b(toelichting|memorie van toelichting|explanatory (memorandum|note|notes)|nota van toelichting|handreiking|guidance note|leeswijzer|collegevoorstel|raadsvoorstel|statenvoorstel|adviesnota|beslisnota|council proposal|briefing note|advice memo)\b/i;

/** The document says of itself that it binds nothing ("Dit advies … bindt Partijen niet", "This datasheet is provided for information only"). */
const SELF_NOT_BINDING = new RegExp(
  String.raw`\b(dit|deze|this)\s+(advies|adviesnota|document|memo|notitie|stuk|overzicht|productblad|informatieblad|datasheet|data\s?sheet|opinion|advice|note|sheet|analysis|impact analysis|brochure)\b` +
    String.raw`[^]{0,160}?\b(bindt\s+\S+(\s+\S+)?\s+niet|binden\s+\S+(\s+\S+)?\s+niet|is\s+niet\s+bindend|zijn\s+niet\s+bindend|is\s+vrijblijvend|(is|are)\s+not\s+binding|(is|are)\s+non-binding|does\s+not\s+bind|(is|are)\s+(provided\s+)?for\s+information(\s+purposes)?\s+only|uitsluitend\s+ter\s+informatie|alleen\s+ter\s+informatie)\b`,
  "i",
);
/** How many segments from the start a document's description of itself is looked for. */
const SELF_DESCRIPTION_REACH = 40;
const selfNotBinding = new WeakMap<Document, boolean>();
/** True when the document declares, near its start, that it binds no one: every passage in it then only informs. */
export function declaresItselfNotBinding(doc: Document): boolean {
  let answer = selfNotBinding.get(doc);
  if (answer === undefined) {
    answer = doc.segments.slice(0, SELF_DESCRIPTION_REACH).some((s) => SELF_NOT_BINDING.test(s.text));
    selfNotBinding.set(doc, answer);
  }
  return answer;
}

/** An advice in the imperative ("Registreer het systeem …", "Laat een DPIA uitvoeren", "Include …"): in a memo, a recommendation. */
export const IMPERATIVE =
  /^\W*(\d+(\.\d+)*\.?\s+)?(neem|laat|registreer|zorg|vraag|leg|stel|kies|betrek|maak|voer|richt|beleg|start|overweeg|include|ensure|register|ask|carry out|consider|choose|set up|require)\b/i;

/** The header of a forwarded or replied-to e-mail ("-----Original Message-----", "Van: … Verzonden: …", "Op … schreef …:"). */
const EMAIL_HEADER = /(-{2,}\s*(oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message)\s*-{2,})|\b(van|from)\s*:[^\n]{1,120}\b(verzonden|sent|datum|date)\s*:|\b(schreef|wrote)\s*:\s*$/i;
/** How far back a quoted block may start after its e-mail header, in segments. */
const QUOTE_REACH = 200;

/** Deleted text: Markdown strikethrough ("~~ … ~~") or a tracked deletion written out ("[verwijderd: … ]", "[Deleted: … ]"). */
const DELETED_SPAN = /~~([\s\S]*?)~~|\[(?:verwijderd|geschrapt|doorgehaald|deleted|removed|struck)\s*:[^\]]*\]/gi;
/** A reviewer's comment written out in the text ("[Opmerking JZ15: … ]", "[Comment KB2: … ]"). */
const COMMENT_SPAN = /\[(?:opmerking|commentaar|comment|annotatie|annotation)\b[^:\]]{0,30}:[^\]]*\]/gi;

/** True when most of the passage stands inside spans the pattern marks. */
function mostlyWithin(segmentText: string, passageText: string, span: RegExp): boolean {
  // Both kinds of span are marked by "~~" or "["; most segments have neither.
  if (!segmentText.includes("~~") && !segmentText.includes("[")) return false;
  const from = segmentText.indexOf(passageText);
  if (from < 0) return false;
  const to = from + passageText.length;
  let covered = 0;
  for (const m of segmentText.matchAll(span)) {
    const a = Math.max(from, m.index!);
    const b = Math.min(to, m.index! + m[0].length);
    if (b > a) covered += b - a;
  }
  return covered * 2 > passageText.length;
}

/** True when most of the passage is deleted text of an amendment or a tracked change (both ends struck when the passage spans several segments). */
export function struckOut(segmentText: string, passageText: string): boolean {
  if (segmentText.includes("~~") && segmentText.indexOf(passageText) < 0) return /^\W*~~/.test(passageText) && /~~\W*$/.test(passageText);
  return mostlyWithin(segmentText, passageText, DELETED_SPAN);
}

/** True when most of the passage is a reviewer's comment: it binds no one. */
export function inReviewComment(segmentText: string, passageText: string): boolean {
  return mostlyWithin(segmentText, passageText, COMMENT_SPAN);
}

/** A checklist box left empty: "[ ] C2. …", "☐ …". */
export const UNTICKED = /^\W{0,3}(\[\s\]|☐)\s/u;
/** A "required" column whose cell is an empty box or a no ("Vereist: ☐", "Required: No"). */
export function rowCellsUnticked(seg: Segment, segments: readonly Segment[], i: number): boolean {
  if (!seg.table) return false;
  return rowCells(seg, segments, i).some((c) => /^\s*(\[\s\]|☐|nee|no)\s*$/iu.test(c.text) && /vereist|verplicht|required|mandatory|nodig/i.test(c.header ?? ""));
}

/** True when the segment is an earlier message quoted with "> " under an e-mail header. */
export function inQuotedReply(segments: readonly Segment[], i: number): boolean {
  if (!/^\s*>/.test(segments[i]!.text)) return false;
  for (let j = i - 1; j >= 0 && j >= i - QUOTE_REACH; j--) if (EMAIL_HEADER.test(segments[j]!.text)) return true;
  return false;
}

export function isExplanatory(doc: Document): boolean {
  const title = doc.title ?? doc.segments.find((s) => s.kind === "heading")?.text ?? "";
  // A reading guide is the first section of many binding documents ("1. Leeswijzer"), not their title.
  if (/^\s*(\d+(\.\d+)*\.?\s*)?leeswijzer\s*$/i.test(title)) return false;
  return EXPLANATORY_DOCUMENT.test(title);
}

/** The header of a table column that explains the requirement in the row ("Toelichting", "Rationale"). */
export const EXPLANATION_COLUMN = /^\W*(toelichting|explanation|rationale|opmerking(en)?|remarks?|notes?|motivatie|motivering|achtergrond|background|context)\W*$/i;
/** The criterion column of an award table ("Gunningscriterium | Weging", "Award criterion | Weight"): scored, not required. */
export const AWARD_CRITERION_COLUMN = /^\W*((sub)?gunningscriteri(um|a)|(sub-?)?award criteri(on|a)|kwaliteitscriteri(um|a)|quality criteri(on|a))\b/i;
/**
 * A column that reports what others wrote: the comments of a consultation or of a works council
 * ("Samenvatting reactie", "Zienswijze", "Summary of comment"). The answer column beside it decides.
 */
export const REPORTED_COLUMN =
  /^\W*((samenvatting|korte inhoud)( van)?( de)? (reacties?|zienswijzen?|inspraakreacties?|opmerkingen|vragen|bezwaren)|zienswijzen?|inspraakreacties?|reacties? (van )?(de )?(indieners?|insprekers?|belanghebbenden)|ingekomen reacties?|(summary of )?(the )?(comments?|representations?|submissions?|consultation responses?)( received)?|comment summary)\W*$/i;

/** A word that marks a definition only as a clause title at the start ("1.2 Interpretation."), not in running text ("the correct interpretation of"). */
const TITLE_ONLY_DEFINITION: ReadonlySet<string> = new Set(["interpretation", "definitions", "definities", "begrippen"]);
/** How far into a passage a clause title stands ("1.2 Interpretation"). */
const TITLE_REACH = 3;

/** A defined term in a definitions section, or a sentence that defines ("… wordt verstaan …", "… means …"). */
export function isDefinition(p: Passage, seg: Segment): boolean {
  const defines = p.concepts.some((h) => h.concept === "definition" && (h.at <= TITLE_REACH || !TITLE_ONLY_DEFINITION.has(wordsOf(p)[h.at] ?? "")));
  if (defines && !has(p, "obligation")) return true;
  const inDefinitions = seg.headingPath.some((h) => DEFINITIONS_HEADING.test(h));
  return inDefinitions && DEFINED_TERM.test(seg.text) && !has(p, "obligation") && !(has(p, "supplier") && TO_BE_DONE_BY.test(p.text));
}
/** "Modelkaart: het door Opdrachtnemer op te stellen en bij te werken document": the definition puts the work on a party. */
const TO_BE_DONE_BY = /\bdoor\s+(de\s+)?\p{Lu}\p{L}*\s+((op|bij|aan|in|vast|uit)\s+)?te\s+\p{L}+/u;

/** An answer of a Nota van Inlichtingen that opens with "no". */
export const ANSWER_NO = /^\W*(antwoord|answer|reactie|response)\s*[:.\-–]?\s*(nee|no)\b\s*[.,:;–-]/i;

/** A type or priority cell that rules the row out. */
export const NOT_APPLICABLE_CELL = /^\s*(n\.?\s?v\.?\s?t\.?|n\/a|not applicable|niet van toepassing)\s*$/i;
export const TYPE_HEADER = /type|soort|aard|prior|moscow|status|categor/i;

/**
 * An award letter or matrix that makes a wish the bidder answered "ja" a duty of the contract:
 * "Een wens (W) die u met "ja" hebt beantwoord, wordt een verplichting", "Wishes answered 'Yes'
 * become obligations of the contract".
 */
const YES_WISH_BINDS = /\b(wens|wensen|wish|wishes)\b[^.]{0,80}?\b(ja|yes)\b[^.]{0,60}?\b(wordt|worden|becomes?|become|geldt|gelden|shall be|are)\b[^.]{0,30}?\b(verplichting\w*|obligations?|bindend|binding|onderdeel van de overeenkomst|part of the (contract|agreement))/i;
const yesWishBinds = new WeakMap<readonly Document[], boolean>();

/** True when a document of the tender makes wishes answered "ja" binding. */
export function yesAnsweredWishesBind(documents: readonly Document[]): boolean {
  let answer = yesWishBinds.get(documents);
  if (answer === undefined) {
    answer = documents.some((d) => d.segments.some((s) => s.kind !== "heading" && YES_WISH_BINDS.test(s.text)));
    yesWishBinds.set(documents, answer);
  }
  return answer;
}

/** True when the bidder's answer cell of the row says yes ("ja" under "Voldoet (ja/nee/deels)", "Yes" under "Complies"). */
export function rowAnsweredYes(seg: Segment, segments: readonly Segment[], i: number): boolean {
  if (!seg.table) return false;
  return rowCells(seg, segments, i).some((c) => /^\s*(ja|yes)\s*[.!]?\s*$/i.test(c.text) && /voldoe|antwoord|answer|compl|aangeboden|offered|ja\s*\/\s*nee|yes\s*\/\s*no/i.test(c.header ?? ""));
}
