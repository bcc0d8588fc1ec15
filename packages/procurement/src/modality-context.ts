// Wishes and questions: the labels that make a row or story a wish (MoSCoW, W-01) or a numbered
// question, and the markers around a passage that decide it (its heading, table column header,
// row label, list lead-in or record type).
import type { Segment } from "@ethiek/schemas";
import { hasConcept, wordsOf, type ConceptName, type Passage, type ScanResult } from "./scan-passage.js";
import { recordStanding } from "./record-status.js";
import { isItem, leadInOf, rowCells } from "./structure.js";

/** MoSCoW and requirement-type markers that make a row or story a wish: "(Should)", "W-01", "Type: Wens". */
const WISH_LABEL = /^\s*(w|wens|wish)[-\s]?\d+\b|\((should|could|won'?t)\)|\b(should|could)[- ]haves?\b|^\s*(should|could|wens|wish|info)\s*$/i;
/** A bracketed type marker before the text of a numbered item: "6.9 [Gunningscriterium] …", "[Wens] …", "4.2 [Info] …". */
const BRACKET_TYPE = /^\W*(?:\p{L}?\d+(?:\.\d+)*\.?\s+)?\[\s*(wens|wish|gunningscriterium|award criterion|nice to have|should|could|info|informatie|information|toelichting|explanation)\s*\]/iu;
export const MUST_LABEL = /\((must)\)|\bmust[- ]haves?\b/i;

/** A numbered question of a Nota van Inlichtingen or a consultation: "Vraag 12 (PvE eis E-06) …". */
const QUESTION_LABEL = /^\s*(vraag|question|q)(\s*\.?\s*\d+\b|\s*:)/i;

/** A passage of a numbered question, before any "Antwoord:" in the same paragraph. */
export function isNumberedQuestion(p: Passage, seg: Segment): boolean {
  if (!QUESTION_LABEL.test(seg.text)) return false;
  const at = seg.text.indexOf(p.text);
  // The answer's own first sentence ("Antwoord: Leverancier levert …") is already the answer.
  return !/\b(antwoord|answer)\s*:/i.test(at >= 0 ? seg.text.slice(0, at + p.text.length) : "");
}

/** An answer column or type that makes a confirmation question a knock-out requirement ("Ja/Nee — Nee = uitsluiting"). */
export const KNOCK_OUT = /\b(uitsluiting|uitgesloten|knock[- ]?out|ko[- ]?eis|exclusion|excluded|pass\s*\/\s*fail)\b/i;

/**
 * Wishes a bidder offered become commitments ("de eisen en de aangeboden wensen worden onderdeel
 * van de overeenkomst"); wishes named by their numbers ("de wensen W-01 tot en met W-03 worden
 * gewaardeerd") are spoken about, the sentence itself is no wish.
 */
export const OFFERED_WISHES = /\b(aangeboden|geoffreerde|toegezegde|offered)\s+(wensen|wishes)\b|\b(wensen|wishes)\s+[A-Z]{1,4}[-‐]?\d{1,3}\b|\b(de|the)\s+(wensen|wishes)\s+(worden|zijn|tellen|are|will be|count)\b/i;

/** Valuing property (Wet WOZ): "het model waardeert woningen" values houses, it wishes nothing. */
const VALUATION = /\b(woz|woningen|onroerende zaken|taxat\w*|waardepeildatum|modelwaarde\w*|vastgoed)\b/i;
/** The forms of "waarderen": waardeert, waarderen, gewaardeerd. */
const VALUING = /^(ge)?waarde?e?r/;

/**
 * A wish word governs the passage; a weak modal ("should", "could") after a "must" stands in a
 * clause of its own ("Planners must be able to overrule …; the screen warns that forecasts should
 * not be followed blindly") and leaves the duty standing.
 */
export function wishes(p: Passage): boolean {
  if (!hasConcept(p, "wish")) return false;
  const firstDuty = p.concepts.find((h) => h.concept === "obligation")?.at ?? Infinity;
  const valuation = VALUATION.test(p.text);
  const words = firstDuty === Infinity && !valuation ? [] : wordsOf(p);
  const weakAfterDuty = (at: number) => at > firstDuty && WEAK_MODALS.has(words[at] ?? "");
  // "waardeert" values property there, unless it reads "waardeert het als …".
  const valuesProperty = (at: number) => valuation && VALUING.test(words[at] ?? "") && !/^(het|als)$/.test(words[at + 1] ?? "");
  return p.concepts.some((h) => h.concept === "wish" && !weakAfterDuty(h.at) && !valuesProperty(h.at));
}
const WEAK_MODALS: ReadonlySet<string> = new Set(["should", "could"]);

/**
 * A question or award term governs the passage, unless it stands in a clause after a duty ("De
 * eisen worden opgenomen in de Overeenkomst, en de beheersing weegt als gunningscriterium mee"):
 * then the duty's clause binds.
 */
export function asks(p: Passage): boolean {
  if (!hasConcept(p, "question")) return false;
  const firstDuty = p.concepts.find((h) => h.concept === "obligation")?.at ?? Infinity;
  if (firstDuty === Infinity || !CLAUSE_AFTER.test(p.text)) return true;
  return p.concepts.some((h) => h.concept === "question" && h.at < firstDuty);
}
/** A second clause joined to the first: ", en …", "; …", ", and …". */
const CLAUSE_AFTER = /[,;]\s+(en|and|maar|but)\b|;\s/i;

/** A status cell of a row that is not settled: proposed, in draft, open, to be asked of the market, to be determined. */
const OPEN_STATUS = /^\s*(voorstel|voorgesteld|proposal|proposed|concept|draft|open|in overweging|in behandeling|under consideration|te bespreken|to be discussed|marktconsultatie|market consultation|vraag aan de markt|pm|tbd|nader te bepalen|to be determined|keuze voor)\b/i;

/** The length up to which a cell is a label, type or priority (as `rowCells` reads by default). */
const SHORT_CELL = 24;

/** Headings that name requirements ("eisen", "requirements"). */
const REQUIREMENT_HEADING = /\b(eisen|eis|vereisten|requirements?|verplichtingen|obligations|knock.?out)\b/i;

/** Wish and question markers of the nearest heading, the table column header and the row label. */
export function contextOf(seg: Segment, segments: readonly Segment[], i: number, scanned: ScanResult): ReadonlySet<ConceptName> {
  const out = new Set<ConceptName>();
  const heading = seg.headingPath[seg.headingPath.length - 1];
  if (heading) {
    // A heading that names requirements as well ("Submission requirements and questions to
    // tenderers", "Eisen en wensen") leaves each passage or row under it to say which it is.
    const mixed = REQUIREMENT_HEADING.test(heading);
    for (const c of scanned.contextConcepts(heading)) if ((c === "wish" || c === "question") && !mixed) out.add(c);
    if (WISH_LABEL.test(heading) && !MUST_LABEL.test(heading) && !mixed) out.add("wish");
    // The action points of minutes are work still to do, not agreements.
    if (ACTION_POINTS.test(heading)) out.add("deferred");
    // An evaluation's or audit's recommendations advise; what the contract takes over stands in the contract.
    if (RECOMMENDATIONS.test(heading) && !mixed) out.add("nonBinding");
    // Under "Geschiktheidseisen" or "Reference projects" stands what a candidate has done before.
    if (!mixed && scanned.contextConcepts(heading).has("selectionReference")) out.add("selectionReference");
  }
  if (seg.table) {
    if (seg.table.header) for (const c of scanned.contextConcepts(seg.table.header)) if (c === "wish" || c === "question") out.add(c);
    // The row label (first cell) of requirement tables: W-01 is a wish, E-01 / KO-01 a requirement;
    // a type or priority column ("Wens", "Should", "Info") decides too.
    // The short cells (labels, types, priorities) decide a row's kind; a status cell may be long.
    const cells = rowCells(seg, segments, i, Infinity);
    for (const cell of cells.filter((c) => c.text.length <= SHORT_CELL)) {
      // A rubric row ("5 – excellent | As 3, and a training programme …") says what earns points.
      if (SCORE_LEVEL.test(cell.text)) out.add("wish");
      if (WISH_LABEL.test(cell.text) && !MUST_LABEL.test(cell.text)) out.add("wish");
      // A type or priority column with a one-letter code: W(ens), I(nfo), S(hould), C(ould),
      // D(esirable) and O(ptional) in a column that names its codes ("M/D", "E/W/I").
      else if (/^\s*[wisc]\s*$/i.test(cell.text) && /type|soort|prior|moscow|status|categor/i.test(cell.header ?? "")) out.add("wish");
      else if (/^\s*[wdoi]\s*$/i.test(cell.text) && CODE_HEADER.test(cell.header ?? "")) out.add("wish");
      // A measure whose status is advice ("Status: advies") is recommended, not decided.
      else if (/^\s*(advies|advice|aanbeveling|recommendation|aanbevolen|recommended)\s*$/i.test(cell.text) && /type|soort|status|categor/i.test(cell.header ?? "")) out.add("wish");
      // A status that says the row is not settled yet: a proposal, a draft, a topic for the market,
      // a placeholder ("Voorstel", "Marktconsultatie", "PM – nader te bepalen").
      else if (/status|stand|fase|stage/i.test(cell.header ?? "") && OPEN_STATUS.test(cell.text)) out.add(/^\s*(marktconsultatie|market consultation|vraag aan de markt)/i.test(cell.text) ? "question" : "deferred");
      // Q(uestion): information asked, not a requirement.
      else if (/^\s*q\s*$/i.test(cell.text) && /type|soort|prior|moscow|status|categor/i.test(cell.header ?? "")) out.add("question");
    }
    // A status or decision that turns the row down: an option not ordered, a deviation not
    // accepted, a line struck ("niet afgenomen", "Not adopted. Each authority decides …", "Vervalt").
    // Such a cell may go on to say why, so only its start is read (see record-status.ts).
    if (recordStanding(segments, i) === "turned-down") out.add("exclusionLeadIn");
  } else if (seg.kind === "table-row" || seg.kind === "list-item" || seg.kind === "paragraph") {
    // A list item is read with its lead-in: "Under Q3, added value will be given to:" makes every
    // item a wish, "We ask bidders to describe:" every item a question.
    const lead = isItem(segments, i) ? leadInOf(segments, i) : undefined;
    // "The following are not part of this SOW:" excludes every item below it.
    if (lead) for (const c of scanned.contextConcepts(lead)) if (c === "wish" || c === "question" || c === "exclusionLeadIn") out.add(c);
    if (WISH_LABEL.test(seg.text.slice(0, 40)) && !MUST_LABEL.test(seg.text.slice(0, 40))) out.add("wish");
    const marker = BRACKET_TYPE.exec(seg.text)?.[1]?.toLowerCase();
    if (marker) out.add(/^(info|informat|toelichting|explanation)/.test(marker) ? "nonBinding" : "wish");
    // A record exported from a tender platform ("Vraag-ID: I-01 | Type: Informatievraag | … | Eis: …"):
    // its type field decides, as a type column does in a table.
    const type = seg.text.includes("|") ? RECORD_TYPE.exec(seg.text)?.[1] : undefined;
    if (type && RECORD_WISH.test(type)) out.add("wish");
    else if (type && RECORD_QUESTION.test(type)) out.add("question");
    // An object of a requirements-tool or issue-tracker export, by its field lines: rejected or
    // deleted, still proposed or in the backlog, or an information object.
    const standing = recordStanding(segments, i);
    if (standing === "turned-down") out.add("exclusionLeadIn");
    else if (standing === "open") out.add("deferred");
    else if (standing === "informative") out.add("nonBinding");
    else if (standing === "wish") out.add("wish");
  }
  return out;
}
/** The level of a scoring rubric: "5 – excellent", "3 punten: voldoende", "0 - onvoldoende". */
const SCORE_LEVEL = /^\s*\d{1,2}\s*(punten|punt|points?)?\s*[–—:-]\s*(uitstekend|zeer goed|goed|ruim voldoende|voldoende|matig|onvoldoende|slecht|excellent|very good|good|adequate|sufficient|fair|weak|poor|insufficient)\b/i;

/** A column header that lists its one-letter codes: "M/D", "E / W", "M/D/I". */
const CODE_HEADER = /^\W*\p{L}{1,2}\s*\/\s*\p{L}{1,2}(\s*\/\s*\p{L}{1,2})*\W*$/u;

/** A section of recommendations: "5. Aanbevelingen", "Recommendations", "Adviezen aan het college". */
// The section number may carry a part letter ("A.3 Adviezen", "IV. Recommendations").
const RECOMMENDATIONS = /^[\s#*_]*([A-Z]{1,4}\.(\d+\.?)*\s+|[\d.\s]*)(aanbevelingen|recommendations|adviezen|verbeterpunten|points for improvement)\b/i;
/** Headings of the open actions of minutes: "Actiepunten", "Openstaande punten", "Action items". */
const ACTION_POINTS = /\b(actiepunten|actielijst|openstaande (punten|acties)|open punten|openpunten(lijst)?|open items|parkeerlijst|action (points|items)|open (points|issues|actions)|parking lot)\b/i;

/** The type field of a record: "Type: Gunningscriterium (wens)", "Soort: Informatievraag". */
const RECORD_TYPE = /(?:^|\|)\s*(?:type|soort|categorie|category|prioriteit|priority)\s*:\s*([^|]{1,60})/i;
const RECORD_WISH = /\b(wens|wensen|wish|should|could|nice to have|gunningscriteri\w*|award criteri\w*)\b/i;
const RECORD_QUESTION = /\b(informatievraag|vraag|question|information request|info)\b/i;
