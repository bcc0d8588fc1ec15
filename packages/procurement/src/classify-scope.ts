// What a text describes but leaves out of the purchase: an option the buyer does not order, the
// supplier's own tool that it keeps, a part withdrawn by a change, a system of another party or a
// plan for later. Such a passage says nothing about what is bought, for any tag.
import type { Document, Segment } from "@ethiek/schemas";
import { isQuestion } from "./classify-passage.js";
import { conceptMask, endsWithQuestionMark, hasConcept, type ConceptName, type Passage, type ScanResult } from "./scan-passage.js";
import { BUYS_OPTION, declinesOption, inUnorderedOption } from "./options.js";
import { recordStanding } from "./record-status.js";
import { inOldTextColumn } from "./structure.js";
import { sentenceBounds } from "./text.js";

const has = hasConcept;

/** The concepts of a passage that describes a system or part that could be bought. */
const WHAT_IS_BOUGHT: ConceptName[] = ["ai", "generative", "algorithmic", "inference", "weakAi"];
/** Their bits in a passage's concept masks, once the rulesets have given every concept its bit. */
let boughtLow: number | undefined;
let boughtHigh: number | undefined;
/** A named option of an offer or a price list: "Option C", "Optie 2", "Variant B". */
const OPTION_LABEL = /\b(option|optie|variant|add-on|uitbreiding|extension|module)\s+([a-z]|\d{1,2}|[ivx]{1,4})\b/gi;
/** A part of an offer: what a sentence can point back to and turn down. */
const PART = "modules?|opties?|options?|add-ons?|functies?|functionaliteit|features?|onderdeel|onderdelen|components?|software|tool|programma|program|uitbreiding|element|eis|requirement|lot|perceel";
/** A sentence that points back at a part ("deze optie", "this module", "that add-on") or opens by pointing back. */
const POINTS_BACK_AT_PART = new RegExp(`\\b(deze|die|dit|dat|these|this|those|that|such|zulke)\\s+(\\w+\\s+)?(${PART})\\b|^\\W*(deze|die|dit|dat|these|this|those|such|zulke)\\b`, "i");
/** A sentence that brings in a part of its own first ("The Contractor also offers a module that …"): its "this module" points at that part. */
const INTRODUCES_PART = new RegExp(`\\b(a|an|another|een|nog een|ook een|extra)\\s+(\\w+\\s+)?(${PART})\\b`, "i");
/** True when the sentence points back at a part named before it, not at one it brings in itself. */
function pointsBackAtEarlierPart(sentence: string): boolean {
  const back = POINTS_BACK_AT_PART.exec(sentence);
  if (!back) return false;
  const own = INTRODUCES_PART.exec(sentence);
  return !own || own.index > back.index;
}
/** Turning a part down: not ordered, not bought, outside the purchase, withdrawn. */
const TURNED_DOWN =
  /\b(afgenomen|afnemen|neemt|aangeschaft|gekocht|ingekocht|geactiveerd|ingeschakeld|afgeroepen|roept|besteld|gegund|opgedragen|deel uit|buiten|geschrapt|vervalt|vervallen|purchased|bought|procured|licen[cs]ed|activated|enabled|order|ordered|called off|call off|awarded|part of|scope|withdrawn|removed|struck)\b/i;
/**
 * A sentence that opens by pointing back and says the thing is not bought or not switched on
 * ("Deze functies worden niet afgenomen en blijven uitgeschakeld", "These features are not licensed").
 */
const OPENS_NOT_BOUGHT =
  /^\W*(deze|die|dit|dat|these|this|those|such|zulke)\b.*\b(afgenomen|aangeschaft|gekocht|geleverd|ingekocht|geactiveerd|ingeschakeld|uitgeschakeld|ingezet|purchased|bought|procured|licen[cs]ed|delivered|activated|enabled|switched off|disabled|deployed)\b/i;
/** A part marked as not ordered in its own sentence: "(optioneel, niet gegund)", "not called off". */
const NOT_ORDERED_HERE =
  /\b(niet (gegund|afgenomen|besteld|afgeroepen|opgedragen)|not (ordered|awarded|called off|taken up|exercised|purchased)|ziet af van|declines?d?|(neemt|nemen|roept|roepen)\b[^.;]{0,40}\b(niet|geen\b[^.;]{0,30}) af|(does|do|will) not (order|take up|call off|purchase|buy|exercise))\b/i;
/** A part of an offer named in the sentence. */
const NAMES_PART = new RegExp(`\\b(optioneel|optionele|optional|${PART})\\b`, "i");
/** "…; het valt buiten deze opdracht", "…; that chatbot is the fund's own service and is outside this procurement". */
const CLAUSE_OUT_OF_SCOPE = /[;:]\s*(en\s+|and\s+)?(het|dit|dat|deze|die|zij|it|this|that|these|those|they)\b[^.;:]{0,70}\b(buiten (de|deze|het|dit)\b|outside (the|this)\b|geen deel uit|geen onderdeel|not part of|no part of|forms? no part)/i;
/** The tender says it is not about something: "This tender is not about that model". */
const TENDER_NOT_ABOUT = /\b(tender|aanbesteding|opdracht|contract|procurement|offerteaanvraag|uitvraag|assignment)\b[^.;]{0,25}\b(is not about|gaat niet over|does not concern|heeft geen betrekking)/i;
/** A plan for later, a separate procurement: "wil onderzoeken of", "in a later phase, explore". */
const LATER_OR_ELSEWHERE =
  /\b(wil(len)? onderzoeken of|onderzoekt of|overweegt (om|of)|in een later(e)? (stadium|fase)|in a later (phase|stage)|(will|may|might) explore|explore whether|separate (procurement|tender|contract)|afzonderlijke (aanbesteding|opdracht|overeenkomst)|apart (traject|contract)|eigen traject|aparte aanbesteding)\b/i;
/** Words that name who keeps something as its own: the supplier's tool stays the supplier's. */
const OWN = /\b(eigen|own)\b/i;
/** The tool is not for the buyer: kept for the supplier's business, not supplied or licensed. */
const NOT_FOR_BUYER =
  /\b(eigen zaak|own business|business operations|bedrijfsvoering|(blijft|blijven) eigendom|remains? the property|purely (their|its) own|puur (hun|zijn|haar) eigen|(don'?t|do not|does not|will not) (get|receive|license|licence|acquire)|krijgen [^.;]{0,25}niet|not (supplied|licensed|licenced|made available|provided) to|neither [^.;]{0,40} nor [^.;]{0,40} (forms?|is|are) part|niet (aan ons |aan de \w+ |aan het \w+ )?(geleverd|overgedragen|beschikbaar gesteld|in licentie gegeven))\b/i;
/** A tool the supplier calls its own: "een eigen planningsmodule", "its own estimating tool". */
const OWN_TOOL = /\b(eigen|own)\s+([\w-]+\s+){0,2}[\w-]*(tool|tools|tooling|software|module|programma|program|systeem|system|applicatie|app|planner)\b/i;
/** Terse forms name the supplier "ON" ("het ON plant zijn ploegen"). */
const SUPPLIER_ABBREVIATION = /\b([Hh]et|[Dd]e) ON\b/;
/** Delivering or buying the tool: then it is bought after all. */
const DELIVERED = /\b(levert|leveren|geleverd|delivers?|delivered|supplies|licen[cs]es|installs?|installed|installeert|koopt|kopen|gekocht|buys?|bought|purchases?|purchased)\b/i;
/** The supplier's own means of work, said of its planning: "voor zijn eigen werkplanning". */
const FOR_OWN_WORK =
  /\b(voor (zijn|haar|hun) eigen (\w+ ){0,2}(planning|werkplanning|bedrijfsvoering|werkvoorbereiding|administratie|organisatie)|for (its|their) own (\w+ ){0,2}(planning|scheduling|operations|business|administration))\b/i;

/**
 * True for a passage about something the purchase leaves out although the text describes it: an
 * option turned down by its label elsewhere ("Option C: a generative feedback module …" and "The
 * Municipality does not order Option C") or by the next sentence ("Deze optie maakt geen deel uit
 * van de opdracht"); the supplier's own tool ("De aannemer plant zijn ploegen met een eigen
 * AI-planningstool; de tool blijft eigendom van de aannemer"); a part withdrawn ("the drafting
 * module was removed from the contract"); a system of another party or a plan for later.
 */
export function notBought(p: Passage, scanned: ScanResult, documents: readonly Document[]): boolean {
  // A feature switched off is not used, whatever words describe it ("stemming per spreker afleiden").
  const off = switchedOffNames(documents);
  if (off.length > 0 && off.some((name) => p.text.includes(name))) return true;
  // Only a passage that names a system, a technique or what it does can describe a part bought.
  boughtLow ??= conceptMask(WHAT_IS_BOUGHT, 0);
  boughtHigh ??= conceptMask(WHAT_IS_BOUGHT, 32);
  if ((p.conceptLow & boughtLow) === 0 && (p.conceptHigh & boughtHigh) === 0) return false;
  const seg = documents[p.document]!.segments[p.segment]!;
  if ((has(p, "withdrawn") && !has(p, "amended")) || inOldTextColumn(seg) || inUnorderedOption(seg, p.text, documents)) return true;
  // A requirement row or exported object that was rejected or deleted describes no part bought.
  if (recordStanding(documents[p.document]!.segments, p.segment) === "turned-down") return true;
  // One pass for the words every rule on the passage itself needs; most passages have none.
  const marked = MARKS.test(p.text);
  if (marked && NAMES_PART.test(p.text) && NOT_ORDERED_HERE.test(p.text)) return true;
  if (marked && (CLAUSE_OUT_OF_SCOPE.test(p.text) || LATER_OR_ELSEWHERE.test(p.text) || FOR_OWN_WORK.test(p.text))) return true;
  const [next = "", after = ""] = following(p, documents);
  // The supplier's own tool: "its own … tool" and "not supplied to us" within three sentences, or
  // its own tool that nothing delivers ("het ON plant zijn ploegen met een eigen planningsmodule").
  if (marked && OWN_TOOL.test(p.text) && (has(p, "supplier") || SUPPLIER_ABBREVIATION.test(p.text)) && !DELIVERED.test(p.text) && !DELIVERED.test(next)) return true;
  const window = [p.text, next, after];
  if (window.some((t) => OWN.test(t)) && window.some((t) => NOT_FOR_BUYER.test(t))) return true;
  if (next && !endsWithQuestionMark(next)) {
    if (DECLINES.test(next) && (OPENS_NOT_BOUGHT.test(next) || (pointsBackAtEarlierPart(next) && TURNED_DOWN.test(next)))) return true;
    if (TENDER_NOT_ABOUT.test(next)) return true;
  }
  return turnedDownByLabel(p, scanned, [next, after]);
}

/**
 * A named module or feature that the text switches off for this buyer: "Leverancier schakelt de
 * module Meeting Insights blijvend uit", "the Sentiment Insights feature is disabled". What the
 * tender says elsewhere about it describes a part not used.
 */
const SWITCHES_OFF = [
  /\b(?:schakelt|schakelen|zet|zetten)\s+(?:de\s+|het\s+)?(?:module|functie|functionaliteit|onderdeel)\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\b[^.;]{0,80}?\buit\b/gu,
  /\b(?:module|functie|functionaliteit|feature|add-on)\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+(?:is|wordt|blijft|staat|remains|will be|shall be)\s+(?:blijvend\s+|permanently\s+)?(?:uitgeschakeld|uit|disabled|switched off|turned off)\b/gu,
  /\b(?:disables?|switch(?:es)? off|turns? off)\s+(?:the\s+)?(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+(?:module|feature|add-on)\b/gu,
];
const switchedOffCache = new WeakMap<readonly Document[], string[]>();
function switchedOffNames(documents: readonly Document[]): string[] {
  let out = switchedOffCache.get(documents);
  if (!out) {
    out = [];
    for (const doc of documents)
      for (const seg of doc.segments) {
        if (!/\buit\b|disabl|switch|turn/i.test(seg.text)) continue;
        // A short name ("module AI") would switch off every passage that says "AI".
        for (const re of SWITCHES_OFF) for (const m of seg.text.matchAll(re)) if (!endsWithQuestionMark(m[0]) && m[1]!.length >= 5) out.push(m[1]!);
      }
    switchedOffCache.set(documents, out);
  }
  return out;
}

/** An option named in the passage ("Option C") that the sentences after it or another passage do not order. */
function turnedDownByLabel(p: Passage, scanned: ScanResult, nearby: readonly string[]): boolean {
  if (!OPTION_LABEL_TEST.test(p.text)) return false;
  const labels = [...p.text.matchAll(OPTION_LABEL)].map((m) => `${m[1]} ${m[2]}`.toLowerCase());
  const declined = declinedLabels(scanned);
  if (labels.some((l) => declined.has(l))) return true;
  // The sentences right after it, which may hold no classifier word and so be no passage.
  return nearby.some((t) => !endsWithQuestionMark(t) && declinesOption(t) && labels.some((l) => new RegExp(`\\b${l}\\b`, "i").test(t)));
}


/** Every option label that a passage with a negation and a buying verb names, once per scan. */
const declinedCache = new WeakMap<ScanResult, Set<string>>();
function declinedLabels(scanned: ScanResult): Set<string> {
  let out = declinedCache.get(scanned);
  if (!out) {
    out = new Set();
    for (const other of scanned.passages) {
      if (!OPTION_LABEL_TEST.test(other.text) || isQuestion(other) || !declinesOption(other.text)) continue;
      for (const m of other.text.matchAll(OPTION_LABEL)) out.add(`${m[1]} ${m[2]}`.toLowerCase());
    }
    declinedCache.set(scanned, out);
  }
  return out;
}
/** The same labels, for a quick test without the global flag's state. */
const OPTION_LABEL_TEST = new RegExp(OPTION_LABEL.source, "i");
/** The words of the rules on a passage itself: "eigen", "buiten", "niet gegund", "later", "separate", … */
const MARKS = /\b(eigen|own|buiten|outside|geen|niet|not|no|ziet|declin\w*|onderzoek\w*|overweegt|later\w*|separate|afzonderlijke|apart|explore|voor (zijn|haar|hun))\b/i;
/** A negation, exclusion or withdrawal, for sentences read without the scan (cheaper than scanning them). */
const DECLINES = /\b(niet|geen|not|no|never|nooit|vervalt|vervallen|geschrapt|withdrawn|removed|struck|deleted|buiten|outside|excluded|uitgesloten)\b/i;

/** The two sentences after the passage: in its paragraph, or the paragraphs after it up to a heading. */
function following(p: Passage, documents: readonly Document[]): string[] {
  const segments = documents[p.document]!.segments;
  const out: string[] = [];
  for (let s = p.segment; s < segments.length && out.length < 2; s++) {
    const seg = segments[s]!;
    if (s > p.segment && seg.kind === "heading") break;
    const sentences = sentencesOf(seg.text);
    let k = 0;
    if (s === p.segment) {
      // The passage is one of the segment's sentences (or a table cell: the whole text).
      k = sentences.findIndex((t) => t.includes(p.text) || p.text.includes(t)) + 1;
      if (k === 0) continue;
    }
    for (; k < sentences.length && out.length < 2; k++) out.push(sentences[k]!);
  }
  return out;
}

/** The sentences of a segment's text, cached: every passage of a long paragraph asks for them. */
const sentenceCache = new Map<string, string[]>();
const bounds: number[] = [];
function sentencesOf(text: string): string[] {
  let out = sentenceCache.get(text);
  if (!out) {
    const n = sentenceBounds(text, bounds);
    out = [];
    for (let k = 0; k < n; k += 2) {
      const sentence = text.slice(bounds[k]!, bounds[k + 1]!).trim();
      if (sentence) out.push(sentence);
    }
    if (sentenceCache.size > 4096) sentenceCache.clear();
    sentenceCache.set(text, out);
  }
  return out;
}

/** A section the tender puts outside the purchase by its heading: "Toekomstige ontwikkeling (buiten deze procedure)", "Out of scope". */
const OUT_OF_SCOPE_HEADING =
  /\b(buiten (de |deze |het |dit )?(procedure|opdracht|aanbesteding|toelating|overeenkomst|scope|reikwijdte)|out of scope|outside (the |this )?(scope|procurement|tender|contract|agreement)|niet in scope|not in scope|toekomstige ontwikkeling(en)?|future developments?)\b/i;

/** True for a segment under a heading that puts its section outside the purchase: what it describes is not bought. */
export function inOutOfScopeSection(seg: Segment): boolean {
  const heading = seg.headingPath[seg.headingPath.length - 1];
  return heading !== undefined && OUT_OF_SCOPE_HEADING.test(heading);
}

/**
 * A roadmap, an "AI-ready" claim or an optional module: AI named but not bought, unless the
 * sentence orders it ("The water board has decided to order the optional module …").
 */
export function weakAiOnly(p: Passage): boolean {
  return has(p, "weakAi") && (has(p, "negWord") || !BUYS_OPTION.test(p.text));
}
