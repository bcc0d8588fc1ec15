// Decides what a passage does: oblige or commit (counts), or only wish, ask, defer, recommend,
// define, head a section, negate, or restate a withdrawn requirement (does not count). This is where
// the traps of procurement language live. Every outcome carries a stable reason code.
import type { Document, ReasonCode, Segment } from "@ethiek/schemas";
import { endsWithQuestionMark, hasConcept, type ConceptName, type Passage, type ScanResult } from "./scan.js";
import { inQuestionBlock, inRecitals, isRowLabel, JOINT, leadInOf, refersToAbsentAnnex, rowCells } from "./structure.js";
import { fold, tokenize } from "./text.js";
import { ACKNOWLEDGES_ONLY, demandedParty, expectationInCouncilLetter, MAY_AGREE } from "./commitments.js";

export type Modality = "obligation" | "wish" | "question" | "deferred" | "heading" | "negated" | "non-binding" | "definition" | "withdrawn";

export interface ModalityResult {
  readonly modality: Modality;
  /** Why: the reason code reports carry (see schemas/check-report.schema.json, ReasonCode). */
  readonly reason: ReasonCode;
  /**
   * The party the passage leaves a choice to ("The Municipality may …", "Indien de Provincie
   * besluit …"): binding nothing, except where the requirement is that party's own right.
   */
  readonly option?: "supplier" | "buyer";
  /** The negation covers the whole passage from outside its text (a row typed "n.v.t."), whatever clause the topic stands in. */
  readonly whole?: boolean;
}

const has = hasConcept;
const OBLIGATION: ModalityResult = { modality: "obligation", reason: "obligation" };

/** A negated verb stands at most this many words after the negation ("wordt niet in het register opgenomen"). */
const NEGATED_VERB_REACH = 5;

/** True when a negation word is followed within a few words by a negated verb ("wordt niet uitgevoerd"). */
export function isNegated(p: Passage): boolean {
  const comparative = COMPARATIVE.test(p.text);
  for (const w of p.concepts) {
    if (w.concept !== "negWord") continue;
    if (comparative && isComparativeAt(p, w.at)) continue;
    for (const v of p.concepts) if (v.concept === "negVerb" && v.at > w.at && v.at - w.at <= NEGATED_VERB_REACH) return true;
  }
  return false;
}

/** "niet langer dan", "no more than": a limit, not a negation. */
const COMPARATIVE = /\b(niet|not|no)\s+(meer|langer|more|longer|later)\b/i;
function isComparativeAt(p: Passage, at: number): boolean {
  const words = tokenize(fold(p.text));
  const next = words[at + 1];
  return next === "meer" || next === "langer" || next === "more" || next === "longer" || next === "later";
}

/**
 * True when a negation stands just before the words a requirement matched ("levert geen
 * certificaten", "will not carry out a FRIA", "niet in het Algoritmeregister"), which negates that
 * topic even in a sentence that otherwise obliges.
 */
export function negatedTopic(p: Passage, at: number, allTerms: readonly number[] = []): boolean {
  let words: string[] | undefined;
  // Only the words in the clause where the topic starts: "…; de telrecords bevatten geen
  // persoonsgegevens" does not negate the clause before it.
  const starts = p.text.includes(";") ? clauseStarts(p) : [0];
  const clause = clauseOf(starts, at);
  const terms = allTerms.filter((t) => clauseOf(starts, t) === clause);
  for (const w of p.concepts) {
    if (w.concept !== "negWord") continue;
    if (COMPARATIVE.test(p.text) && isComparativeAt(p, w.at)) continue;
    if (w.at < at && at - w.at <= 4) return true;
    // "levert geen modelkaarten": a determiner negation directly before any of the topic's words.
    // Not after an obligation: "garandeert dat geen rechten van derden worden geschonden" obliges.
    if (terms.some((t) => t > w.at && t - w.at <= 2) && !p.concepts.some((o) => o.concept === "obligation" && o.at < w.at)) {
      words ??= tokenize(fold(p.text));
      if (DETERMINER_NEGATION.has(words[w.at] ?? "")) return true;
    }
  }
  // "een verwerkersovereenkomst wordt niet gesloten", "a FRIA will not be carried out": the topic is
  // the subject of a negated passive, whatever party acts elsewhere in the sentence.
  for (const t of [at, ...terms]) {
    for (const w of p.concepts) {
      if (w.concept !== "negWord" || w.at - t < 1) continue;
      words ??= tokenize(fold(p.text));
      // A long subject ("Een afzonderlijke klachtprocedure voor de selectie van aanvragen … wordt
      // niet ingericht") reaches further when a passive auxiliary stands right before the negation.
      const reach = PASSIVE_AUX.has(words[w.at - 1] ?? "") ? 14 : 4;
      if (w.at - t > reach) continue;
      if (p.concepts.some((o) => (o.concept === "supplier" || o.concept === "buyer") && o.at > t && o.at < w.at)) continue;
      if (NOT_DONE.has(words[w.at + 1] ?? "") || NOT_DONE.has(words[w.at + 2] ?? "")) return true;
    }
  }
  // "met uitzondering van de AI-module", "ISO 27001 blijft, maar de risicoanalyse is geschrapt".
  for (const h of p.concepts) {
    if (h.concept === "exception" && terms.some((t) => t > h.at && t - h.at <= 6)) return true;
    if (h.concept === "withdrawn" && terms.some((t) => h.at > t && h.at - t <= 8)) return true;
  }
  return false;
}

/** Participles that say a document or assessment is not made: "wordt niet gesloten", "is not carried out". */
const NOT_DONE: ReadonlySet<string> = new Set([
  "gesloten", "afgesloten", "uitgevoerd", "opgesteld", "gemaakt", "vereist", "verplicht", "gevraagd",
  "concluded", "carried", "performed", "required", "requested", "prepared", "drawn",
  "ingericht", "opgezet", "aangeboden", "offered",
]);

/** Auxiliaries of a passive or future that a negation of the whole sentence follows ("wordt niet"). */
const PASSIVE_AUX: ReadonlySet<string> = new Set(["wordt", "worden", "werd", "werden", "zal", "zullen", "is", "are", "will", "shall"]);

const DETERMINER_NEGATION: ReadonlySet<string> = new Set(["geen", "no", "none", "noch", "nor", "neither"]);

/** Token positions where the clauses of a passage start (after each ";"), the first being 0. */
export function clauseStarts(p: Passage): number[] {
  const starts = [0];
  let from = 0;
  for (let i = p.text.indexOf(";"); i >= 0; i = p.text.indexOf(";", i + 1)) {
    starts.push(starts[starts.length - 1]! + tokenize(fold(p.text.slice(from, i))).length);
    from = i;
  }
  return starts;
}

/** The clause (0-based) a token position falls in. */
export function clauseOf(starts: readonly number[], at: number): number {
  let clause = 0;
  while (clause + 1 < starts.length && starts[clause + 1]! <= at) clause++;
  return clause;
}

/**
 * True when a denied need ("is niet nodig", "does not apply") stands in the same clause as the
 * words a requirement matched: "De ARBIT is van toepassing; de voorwaarden van de leverancier zijn
 * niet van toepassing" denies the supplier's terms, not the ARBIT.
 */
export function needDeniedNear(p: Passage, at: number): boolean {
  return deniedInClauseOf(p, at, (h) => isDenial(p, h));
}

/** A subordinate clause opens at most this many words before a denied need it governs ("zolang herstel niet mogelijk is"). */
const SUBORDINATE_REACH = 3;

/** True when a hit is a denied need that is not part of a condition ("as long as … is not possible"). */
export function isDenial(p: Passage, h: Passage["concepts"][number]): boolean {
  if (h.concept !== "needDenied") return false;
  return !p.concepts.some((s) => s.concept === "subordinator" && s.at < h.at && h.at - s.at <= SUBORDINATE_REACH);
}

/**
 * True when a negation of the given kind stands in the clause of position `at`, or in another
 * clause that names no party: "… van toepassing; de voorwaarden van de leverancier zijn niet van
 * toepassing" denies the supplier's terms only, "…; daaruit volgt dat een DPIA niet nodig is"
 * denies the whole sentence.
 */
export function deniedInClauseOf(p: Passage, at: number, isDenial: (h: Passage["concepts"][number]) => boolean): boolean {
  const starts = clauseStarts(p);
  const clause = clauseOf(starts, Math.max(0, at));
  return p.concepts.some((h) => {
    if (!isDenial(h)) return false;
    const c = clauseOf(starts, h.at);
    if (c === clause) return true;
    return !p.concepts.some((o) => (o.concept === "supplier" || o.concept === "buyer") && clauseOf(starts, o.at) === c);
  });
}

/** True when the passage carries obligation language or an acting party at its start. */
export function hasObligation(p: Passage): boolean {
  if (has(p, "obligation")) return true;
  return firstParty(p) !== null;
}

/**
 * The first party that acts in the passage: a supplier or buyer name not preceded by a
 * preposition ("aan de Provincie" is not the subject). null when none is named.
 */
export function firstParty(p: Passage): "supplier" | "buyer" | null {
  // Concept hits are in text order. Where an object phrase ("aan de Provincie") ends, the party
  // named there is not the subject.
  // The subject stands at the start, or just after a fronted clause ("Before a Call-Off starts, the
  // Province carries out …").
  const afterComma = clauseStart(p.text);
  for (const h of p.concepts) {
    if (h.concept !== "supplier" && h.concept !== "buyer") continue;
    // Only the subject position counts: a party named late in the sentence is not the actor.
    // After a fronted clause ("At the Municipality's request, the Supplier shall …") the party in
    // that clause is not the subject.
    const subjectPosition = afterComma >= 0 ? h.at >= afterComma && h.at <= afterComma + 3 : h.at <= 6;
    if (!subjectPosition) continue;
    const end = h.at + h.length - 1;
    if (p.concepts.some((o) => o.concept === "partyObject" && o.at + o.length - 1 === end)) continue;
    // "Wij verwachten dat de Opdrachtnemer …", "The Province requires the Supplier to …": the
    // buyer states the demand, the party it names next carries it.
    if (h.concept === "buyer") {
      const demanded = demandedParty(p, end);
      if (demanded) return demanded;
    }
    return h.concept;
  }
  // No subject up front: in a passive or nominalised sentence the agent acts ("wordt door de
  // Opdrachtnemer uitgevoerd", "behoort tot de verplichtingen van Opdrachtnemer").
  for (const h of p.concepts) {
    if (h.concept === "supplierAgent") return "supplier";
    if (h.concept === "buyerAgent") return "buyer";
  }
  return null;
}

/** Words that open a fronted clause, after which the subject follows the first comma. */
const FRONTED =
  /^\s*(\d+(\.\d+)*\.?\s+)?(voordat|voor|als|indien|wanneer|zodra|na|nadat|bij|binnen|uiterlijk|tijdens|in|op|om|omdat|doordat|aangezien|nu|ter|teneinde|before|if|when|where|once|after|within|during|at|on|in|upon|for|because|since|as|to|in order to)\b/i;

/** The token position after the first comma of a sentence that opens with a fronted clause, or −1. */
function clauseStart(text: string): number {
  if (!FRONTED.test(text)) return -1;
  const comma = text.indexOf(", ");
  if (comma < 0 || comma > 160) return -1;
  return tokenize(fold(text.slice(0, comma))).length;
}

const PLACEHOLDER = /^\s*[[(]?\s*(pm|p\.m\.|tbd|t\.b\.d\.|to be determined|to be confirmed|reserved[^\])]*|gereserveerd|nader uit te werken|nader in te vullen|volgt|volgt nog[^\])]*|follows|n\.?t\.?b\.?|deze paragraaf wordt aangevuld[^\]]*|this section will be[^\]]*|\[?nog in te vullen[^\]]*)\s*[.\])]?\s*$/i;

/** A short label and a placeholder as its sentence: "Technische documentatie. Volgt.", "CE-markering. Navragen bij leverancier." */
const LABEL_PLACEHOLDER = /^\s*[^.;:]{2,60}\.\s+[[(]?\s*(pm|p\.m\.|tbd|t\.b\.d\.|to be determined|to be confirmed|nader uit te werken|nader in te vullen|volgt|volgt nog|reserved|(nog )?navragen( bij [^.]{1,40})?|to be checked( with [^.]{1,40})?)\s*[.\])]?\s*$/i;

/** A topic followed by a placeholder: "Menselijk toezicht: PM", "Logging – nader uit te werken". */
const TRAILING_PLACEHOLDER = /[:–—-]\s*[[(]?\s*(pm|p\.m\.|tbd|t\.b\.d\.|to be determined|to be confirmed|nader uit te werken|nader in te vullen|volgt|volgt nog|reserved)\s*[.\])]?\s*$/i;

/** MoSCoW and requirement-type markers that make a row or story a wish: "(Should)", "W-01", "Type: Wens". */
const WISH_LABEL = /^\s*(w|wens|wish)[-\s]?\d+\b|\((should|could|won'?t)\)|\b(should|could)[- ]haves?\b|^\s*(should|could|wens|wish|info)\s*$/i;
const MUST_LABEL = /\((must)\)|\bmust[- ]haves?\b/i;

/** An answer that withdraws a named requirement: "Eis E-25 vervalt", "Requirement R-04 is withdrawn". */
const WITHDRAWS_REQUIREMENT = /(\b(eis|eisen|wens|requirement|requirements|bepaling|clause|artikel|article|paragraaf|section)\b|(?<![\w-])[A-Z]{1,4}-\d{1,3}[a-z]?(?![\w-]))[^.;]{0,40}\b(vervalt|vervallen|komt te vervallen|wordt geschrapt|worden geschrapt|is withdrawn|are withdrawn|is deleted|are deleted|no longer applies)\b/i;

/** "Of er een IAMA komt, besluit de Provincie later", "Welke delen …, spreken partijen af na gunning", "Whether … will be decided": the decision is deferred. */
// A short clause title may stand before it ("7.2 Algoritmeregister. Of en in welke categorie …, besluit de Provincie na de gunning").
const WHETHER_LATER = /^\s*(\d+(\.\d+)*\.?\s+)?([^.;:?]{1,60}[.:]\s+)?(of|whether|welke|wie|hoe|wanneer|which|who|how|when)\s[^.;]{3,300}?,\s*(besluit|besluiten|beslist|beslissen|bepaalt|bepalen|bekijkt|bekijken|beoordeelt|beoordelen|bespreken|spreken|spreekt|wordt|worden|will|is to be|shall be decided|shall be agreed)\b/i;

/** A bare open question in the form of a sentence: "Of er een verwerkersovereenkomst nodig is." */
const WHETHER_NEEDED = /^\s*(\d+(\.\d+)*\.?\s+)?([^.;:?]{1,60}[.:]\s+)?(of|whether)\s[^,.;]{3,200}\b(nodig|vereist|noodzakelijk|verplicht|needed|required|necessary)\b[^,.;]{0,20}[.?]?\s*$/i;

/** Whether something is needed is still to be judged: "De Provincie beoordeelt per Bestelling of een DPIA nodig is". */
/** "Whether a DPIA is required is assessed by each Contracting Authority": the need is judged later. */
const WHETHER_JUDGED = /\b(of|whether)\s[^,.;]{3,200}\b(nodig|vereist|noodzakelijk|verplicht|needed|required|necessary)\s+(is|are|wordt|worden)\s+(assessed|decided|determined|judged|considered|beoordeeld|bepaald|besloten|bekeken)\b/i;

const NEED_OPEN = /\b(beoordeelt|beoordelen|bepaalt|bepalen|besluit|beslist|beslissen|assesses|assess|decides|decide|determines|determine|considers)\s+([\p{L}-]+\s+){0,4}?(of|whether)\s[^.;]{0,200}?\b(nodig|vereist|noodzakelijk|verplicht|required|necessary|needed|mandatory)\b/iu;

/** A list item that leaves a question open: "(d) determining whether a DPIA is required …". */
const DETERMINING_WHETHER = /^\W*(\(?[a-z0-9]{1,3}[.)]\s*)?(determining|deciding|assessing|considering|bepalen|beoordelen|besluiten)\s+(whether|of)\b/i;

/** A numbered clause title: "5.10 Conformity assessment and CE marking." */
const CLAUSE_TITLE = /^\s*([A-Z]\.?\d+(\.\d+)*|\d+(\.\d+)+)\.?\s+[^.;:]{2,90}\.?\s*$/u;

/** Verbs that make a numbered line a sentence, not a title ("6.1 Op de Overeenkomst zijn de ARBIT-2022 van toepassing."). */
const FINITE_VERB = /\b(is|zijn|wordt|worden|geldt|gelden|heeft|hebben|applies|apply|are|has|have|shall|will|must)\b/i;

/** A numbered question of a Nota van Inlichtingen or a consultation: "Vraag 12 (PvE eis E-06) …". */
const QUESTION_LABEL = /^\s*(vraag|question|q)(\s*\.?\s*\d+\b|\s*:)/i;

/** A passage of a numbered question, before any "Antwoord:" in the same paragraph. */
function isNumberedQuestion(p: Passage, seg: Segment): boolean {
  if (!QUESTION_LABEL.test(seg.text)) return false;
  const at = seg.text.indexOf(p.text);
  // The answer's own first sentence ("Antwoord: Leverancier levert …") is already the answer.
  return !/\b(antwoord|answer)\s*:/i.test(at >= 0 ? seg.text.slice(0, at + p.text.length) : "");
}

/** Headings of a definitions section. */
const DEFINITIONS_HEADING = /\b(begrippen(lijst)?|definities|definitions?|interpretation|begripsbepalingen)\b/i;
/** A defined term opening a passage: "Logbestanden: …", "'Incident' means …". */
const DEFINED_TERM = /^\s*(\d+(\.\d+)*\.?\s+)?["“'‘]?[A-Z][\p{L}\- ]{1,48}["”'’]?\s*(:|–|—|\bmeans\b|\bbetekent\b|\bshall mean\b)/u;

/** A memo sentence that reports the contract's content. */
const REPORTS_CONTRACT = /\b(artikel|article|art\.)\s*\d+|\b(\w*overeenkomst|agreement|contract|bestek|programma van eisen|leidraad|sla|dvo|vastgelegd|leggen we vast|nemen we op|wordt opgenomen|worden opgenomen|laid down|van toepassing verklaard|declared applicable|uitgevoerd|carried out|afgesproken|agreed)\b/i;

/** Titles of documents that explain rather than bind. */
const EXPLANATORY_DOCUMENT =
  /\b(toelichting|memorie van toelichting|explanatory (memorandum|note|notes)|nota van toelichting|handreiking|guidance note|leeswijzer|collegevoorstel|raadsvoorstel|statenvoorstel|adviesnota|beslisnota|council proposal|briefing note|advice memo)\b/i;

/** An advice in the imperative ("Registreer het systeem …", "Laat een DPIA uitvoeren", "Include …"): in a memo, a recommendation. */
const IMPERATIVE =
  /^\W*(\d+(\.\d+)*\.?\s+)?(neem|laat|registreer|zorg|vraag|leg|stel|kies|betrek|maak|voer|richt|beleg|start|overweeg|include|ensure|register|ask|carry out|consider|choose|set up|require)\b/i;

/** A duty that starts only when a party chooses so: "Indien de Provincie besluit …", "should it decide to …". */
const CHOICE_CONDITION = /^\s*([A-Z]?[\d.]+\s+)?(indien|als|wanneer|mocht|ingeval|if|where|should|in the event that|in case)\s+([\p{L}-]+\s+){1,3}?(besluit|beslist|besluiten|kiest|kiezen|decides|decide|chooses|elects|opts)\b/iu;

/** A choice left to the buyer at the end of a sentence: "…, if the Province elects to carry out a DPIA". */
const TRAILING_CHOICE = /,\s*(if|where|should|indien|als|wanneer|mocht)\s+(the |de |het )?[\p{L}-]+\s+(elects|decides|chooses|opts|besluit|kiest)\s+(to|om|te)\b/iu;

/** A duty tied to an option the buyer may call off ("Where a Province calls off Option B, …"): nothing binds until it does. */
const OPTION_CONDITION = /^\s*([A-Z]?[\d.]+\s+)?(indien|als|wanneer|mocht|ingeval|if|where|should|in the event that|in case)\s+([\p{L}-]+\s+){1,3}?(afroept|afroepen|afneemt|afnemen|calls off|call off|exercises|exercise)\b/iu;

/** An answer column or type that makes a confirmation question a knock-out requirement ("Ja/Nee — Nee = uitsluiting"). */
const KNOCK_OUT = /\b(uitsluiting|uitgesloten|knock[- ]?out|ko[- ]?eis|exclusion|excluded|pass\s*\/\s*fail)\b/i;

/** Words that restrict a permission into a rule: "mag alleen", "may only", "may not". */
const ONLY = /\b(alleen|uitsluitend|slechts|enkel|only|solely|exclusively)\b/i;

/** Offering or proposing, which a supplier who "kan" do it may also leave undone. */
const OFFERS = /\b(aanbieden|aan te bieden|aanbiedt|voorstellen|voor te stellen|desgewenst|eventueel|optioneel)\b/;

/**
 * The party a permission or discretion is given to, when that governs the passage: the party as
 * subject next to its modal ("The Supplier may …", "De Provincie kan …", "mag Opdrachtnemer …").
 * A negation or "only" after it makes a rule of it ("may not", "mag uitsluitend"), and an
 * obligation before it governs instead ("zorgt ervoor dat de Provincie kan …"). Dutch "kan" binds a
 * supplier often enough ("Opdrachtnemer kan aantonen …") that only the buyer's "kan" counts, unless
 * the supplier "kan" merely offer something ("kan … een training aanbieden").
 */
export function permittedParty(p: Passage): "supplier" | "buyer" | null {
  for (const m of p.concepts) {
    if (m.concept !== "permission") continue;
    const party = p.concepts.find(
      (h) => (h.concept === "supplier" || h.concept === "buyer") && (h.at + h.length === m.at || m.at + m.length === h.at) && h.at <= 8,
    );
    if (!party) continue;
    const words = tokenize(fold(p.text));
    const modal = words.slice(m.at, m.at + m.length).join(" ");
    // "Opdrachtnemer kan … leveren" states what the product must be able to do; "kan … een training
    // aanbieden" leaves the offer to the supplier.
    if (party.concept === "supplier" && (modal === "kan" || modal === "kunnen") && !OFFERS.test(words.slice(m.at + m.length, m.at + m.length + 14).join(" "))) return null;
    if (p.concepts.some((o) => o.concept === "obligation" && o.at < m.at)) return null;
    if (p.concepts.some((o) => o.concept === "negWord" && o.at > m.at)) return null;
    if (ONLY.test(words.slice(m.at + m.length).join(" "))) return null;
    return party.concept === "supplier" ? "supplier" : "buyer";
  }
  return null;
}

/**
 * Wishes a bidder offered become commitments ("de eisen en de aangeboden wensen worden onderdeel
 * van de overeenkomst"); wishes named by their numbers ("de wensen W-01 tot en met W-03 worden
 * gewaardeerd") are spoken about, the sentence itself is no wish.
 */
const OFFERED_WISHES = /\b(aangeboden|geoffreerde|toegezegde|offered)\s+(wensen|wishes)\b|\b(wensen|wishes)\s+[A-Z]{1,4}[-‐]?\d{1,3}\b/i;

/** Headings that name requirements ("eisen", "requirements"). */
const REQUIREMENT_HEADING = /\b(eisen|eis|vereisten|requirements?|verplichtingen|obligations|knock.?out)\b/i;

/** Decides the modality of a passage in its document context. */
export function modalityOf(p: Passage, documents: readonly Document[], scanned: ScanResult): ModalityResult {
  const doc = documents[p.document]!;
  const seg = doc.segments[p.segment]!;
  if (seg.kind === "heading") {
    const next = doc.segments[p.segment + 1];
    if (next && (PLACEHOLDER.test(next.text) || next.kind === "heading")) return { modality: "heading", reason: "placeholder" };
    return { modality: "heading", reason: "heading-only" };
  }
  // Struck-out text of an amendment ("~~8.3 Leverancier …~~") is deleted: it binds nothing any more.
  if (struckOut(seg.text, p.text)) return { modality: "withdrawn", reason: "withdrawn", whole: true };
  // An unticked box of a checklist ("[ ] C8. Melding van incidenten …") asks for nothing.
  if (UNTICKED.test(seg.text) || rowCellsUnticked(seg, doc.segments, p.segment)) return { modality: "negated", reason: "negated", whole: true };
  if (PLACEHOLDER.test(seg.text) || TRAILING_PLACEHOLDER.test(p.text) || LABEL_PLACEHOLDER.test(seg.text)) return { modality: "deferred", reason: "placeholder" };
  // A numbered clause title inside a paragraph ("2.6 Technical documentation and instructions for use.").
  if (CLAUSE_TITLE.test(p.text) && !FINITE_VERB.test(p.text) && !has(p, "obligation") && firstParty(p) === null) {
    const rest = seg.text.slice(seg.text.indexOf(p.text) + p.text.length).trim();
    return { modality: "heading", reason: rest === "" || PLACEHOLDER.test(rest.split(/(?<=[.!?])\s/)[0] ?? "") ? "placeholder" : "heading-only" };
  }
  if (isDefinition(p, seg)) return { modality: "definition", reason: "definition" };
  // An earlier message quoted under a reply ("> Wij stellen 90 dagen voor") reports what someone
  // proposed; what the thread settles is in the messages above it.
  if (inQuotedReply(doc.segments, p.segment)) return { modality: "non-binding", reason: "non-binding" };
  // "Antwoord: Nee." denies what the question asked, unless the answer goes on to oblige the
  // supplier ("Nee. Opdrachtnemer voert de conformiteitsbeoordeling uit": the requirement stays).
  if (ANSWER_NO.test(p.text) && !has(p, "obligation") && firstParty(p) !== "supplier") return { modality: "negated", reason: "negated", whole: true };
  // A requirement row typed "n.v.t." ("not applicable") is listed only to rule it out.
  if (seg.table && rowCells(seg, doc.segments, p.segment).some((c) => NOT_APPLICABLE_CELL.test(c.text) && TYPE_HEADER.test(c.header ?? ""))) return { modality: "negated", reason: "negated", whole: true };
  if (!has(p, "obligation") && firstParty(p) === null && isRowLabel(p, seg, doc.segments)) return { modality: "heading", reason: "heading-only" };
  const context = contextOf(seg, doc.segments, p.segment, scanned);
  if (context.has("exclusionLeadIn")) return { modality: "negated", reason: "negated", whole: true };
  // A confirmation whose "no" excludes the tender binds like any knock-out requirement.
  const knockOut = seg.table !== undefined && rowCells(seg, doc.segments, p.segment, 80).some((c) => KNOCK_OUT.test(c.text));
  if (!knockOut && (has(p, "question") || endsWithQuestionMark(p.text) || isNumberedQuestion(p, seg) || inQuestionBlock(doc.segments, p.segment))) {
    return { modality: "question", reason: "question-only" };
  }
  if (has(p, "notAttached") || refersToAbsentAnnex(p, documents)) return { modality: "deferred", reason: "annex-not-attached" };
  if (!knockOut && context.has("question")) return { modality: "question", reason: "question-only" };
  if (has(p, "withdrawn") && (!has(p, "obligation") || WITHDRAWS_REQUIREMENT.test(p.text))) return { modality: "withdrawn", reason: "withdrawn" };
  if (has(p, "deferred") || WHETHER_LATER.test(p.text) || WHETHER_NEEDED.test(p.text) || WHETHER_JUDGED.test(p.text) || DETERMINING_WHETHER.test(p.text) || NEED_OPEN.test(p.text)) return { modality: "deferred", reason: "deferred" };
  // "Indien de Provincie besluit een DPIA uit te voeren, verleent Opdrachtnemer medewerking": the
  // duty waits for the buyer's choice (a supplier's own choice still binds him once made).
  if (OPTION_CONDITION.test(p.text)) return { modality: "deferred", reason: "deferred" };
  if (CHOICE_CONDITION.test(p.text) && !(firstParty(p) === "supplier" && !has(p, "buyer"))) return { modality: "deferred", reason: "deferred", option: "buyer" };
  // The same choice at the end: "Vendor will assist … if the Province elects to carry out a DPIA".
  if (TRAILING_CHOICE.test(p.text)) return { modality: "deferred", reason: "deferred", option: "buyer" };
  const permitted = permittedParty(p);
  // An example list binds none of its examples ("measures, which could include …"); a discretion
  // left to the buyer ("kan, indien zij dat nodig acht, een audit laten uitvoeren") is its right.
  if (has(p, "exampleList")) return { modality: "non-binding", reason: "non-binding", ...(permitted === "buyer" ? { option: "buyer" as const } : {}) };
  if (wishes(p) && !MUST_LABEL.test(p.text) && !OFFERED_WISHES.test(p.text)) return { modality: "wish", reason: "wish" };
  if (context.has("wish")) return { modality: "wish", reason: "wish" };
  if (context.has("deferred")) return { modality: "deferred", reason: "deferred" };
  // "Opdrachtnemer verklaart kennis te hebben genomen van artikel 5": knowing a rule is no promise to keep it.
  if (ACKNOWLEDGES_ONLY.test(p.text)) return { modality: "non-binding", reason: "declaration-only" };
  if (MAY_AGREE.test(p.text)) return { modality: "non-binding", reason: "non-binding" };
  // A recommendation or intention binds nothing when it governs the sentence (near its start, or
  // with no acting party), not when it stands in a subordinate clause ("… meldt elk incident dat
  // tot een datalek zou kunnen leiden").
  if (p.concepts.some((h) => h.concept === "nonBinding" && (h.at <= 6 || firstParty(p) === null))) {
    return { modality: "non-binding", reason: "non-binding", ...(permitted === "buyer" ? { option: "buyer" as const } : {}) };
  }
  // An explanatory memo binds only where it reports what the contract itself lays down (an
  // obligation, an article, the agreement); its explanations and examples bind nothing.
  if (expectationInCouncilLetter(doc, p)) return { modality: "non-binding", reason: "non-binding" };
  if (isExplanatory(doc) && ((!has(p, "obligation") && !REPORTS_CONTRACT.test(p.text)) || IMPERATIVE.test(p.text))) return { modality: "non-binding", reason: "non-binding" };
  if (permitted) return { modality: "non-binding", reason: "non-binding", option: permitted };
  // "Een DPIA is niet nodig" denies the need even when a party acts elsewhere in the sentence;
  // "zolang herstel niet mogelijk is" only sets a condition.
  // "will not put into use a system that its provider has not registered": a negation whose
  // object is itself negated sets a condition (no use without registration); it denies nothing.
  const doubleNegation = isDoubleNegation(p);
  if (!doubleNegation && p.concepts.some((h) => isDenial(p, h))) return { modality: "negated", reason: "negated" };
  if (!doubleNegation && isNegated(p) && !has(p, "conditional") && (!hasObligation(p) || agentOnly(p))) return { modality: "negated", reason: "negated" };
  // "A separate IAMA will not be carried out": a negated modal with no acting party states that
  // something is not done.
  if (firstParty(p) === null && negatedModal(p)) return { modality: "negated", reason: "negated" };
  // The recitals of a contract ("Overwegende dat …", "Whereas …") record, they do not bind.
  // What the parties establish together there ("Partijen stellen vast dat …") still counts.
  if (inRecitals(doc.segments, p.segment) && !JOINT.test(p.text)) return { modality: "non-binding", reason: "non-binding" };
  return OBLIGATION;
}

/** The header of a forwarded or replied-to e-mail ("-----Original Message-----", "Van: … Verzonden: …", "Op … schreef …:"). */
const EMAIL_HEADER = /(-{2,}\s*(oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message)\s*-{2,})|\b(van|from)\s*:[^\n]{1,120}\b(verzonden|sent|datum|date)\s*:|\b(schreef|wrote)\s*:\s*$/i;
/** How far back a quoted block may start after its e-mail header, in segments. */
const QUOTE_REACH = 200;

/** True when the segment is an earlier message quoted with "> " under an e-mail header. */
/** True when most of the passage stands between Markdown strikethrough markers (~~ … ~~). */
function struckOut(segmentText: string, passageText: string): boolean {
  if (!segmentText.includes("~~")) return false;
  const from = segmentText.indexOf(passageText);
  if (from < 0) return /^\W*~~/.test(passageText) && /~~\W*$/.test(passageText);
  const to = from + passageText.length;
  let struck = 0;
  for (const m of segmentText.matchAll(/~~([\s\S]*?)~~/g)) {
    const a = Math.max(from, m.index!);
    const b = Math.min(to, m.index! + m[0].length);
    if (b > a) struck += b - a;
  }
  return struck * 2 > passageText.length;
}

/** A checklist box left empty: "[ ] C2. …", "☐ …". */
const UNTICKED = /^\W{0,3}(\[\s\]|☐)\s/u;
/** A "required" column whose cell is an empty box or a no ("Vereist: ☐", "Required: No"). */
function rowCellsUnticked(seg: Segment, segments: readonly Segment[], i: number): boolean {
  if (!seg.table) return false;
  return rowCells(seg, segments, i).some((c) => /^\s*(\[\s\]|☐|nee|no)\s*$/iu.test(c.text) && /vereist|verplicht|required|mandatory|nodig/i.test(c.header ?? ""));
}

function inQuotedReply(segments: readonly Segment[], i: number): boolean {
  if (!/^\s*>/.test(segments[i]!.text)) return false;
  for (let j = i - 1; j >= 0 && j >= i - QUOTE_REACH; j--) if (EMAIL_HEADER.test(segments[j]!.text)) return true;
  return false;
}

/** True when the only party is the agent of a passive sentence and no obligation word stands ("wordt door de Verwerker niet verstrekt"). */
function agentOnly(p: Passage): boolean {
  if (has(p, "obligation")) return false;
  const first = firstParty(p);
  return first !== null && !p.concepts.some((h) => (h.concept === "supplier" || h.concept === "buyer") && h.at <= 6 && !p.concepts.some((a) => (a.concept === "supplierAgent" || a.concept === "buyerAgent") && a.at < h.at && h.at < a.at + a.length + 1));
}

/** True when an obligation word is directly negated and a negated verb follows ("will not be carried out", "zal niet worden uitgevoerd"). */
function negatedModal(p: Passage): boolean {
  for (const o of p.concepts) {
    if (o.concept !== "obligation") continue;
    const end = o.at + o.length;
    const neg = p.concepts.find((n) => n.concept === "negWord" && n.at >= end && n.at <= end + 1);
    if (neg && p.concepts.some((v) => v.concept === "negVerb" && v.at > neg.at && v.at - neg.at <= 3)) return true;
  }
  return false;
}

function isExplanatory(doc: Document): boolean {
  const title = doc.title ?? doc.segments.find((s) => s.kind === "heading")?.text ?? "";
  // A reading guide is the first section of many binding documents ("1. Leeswijzer"), not their title.
  if (/^\s*(\d+(\.\d+)*\.?\s*)?leeswijzer\s*$/i.test(title)) return false;
  return EXPLANATORY_DOCUMENT.test(title);
}

/** A defined term in a definitions section, or a sentence that defines ("… wordt verstaan …", "… means …"). */
/**
 * A wish word governs the passage; a weak modal ("should", "could") after a "must" stands in a
 * clause of its own ("Planners must be able to overrule …; the screen warns that forecasts should
 * not be followed blindly") and leaves the duty standing.
 */
function wishes(p: Passage): boolean {
  if (!has(p, "wish")) return false;
  const firstDuty = p.concepts.find((h) => h.concept === "obligation")?.at ?? Infinity;
  const words = firstDuty === Infinity ? [] : tokenize(fold(p.text));
  return p.concepts.some((h) => h.concept === "wish" && !(h.at > firstDuty && WEAK_MODALS.has(words[h.at] ?? "")));
}
const WEAK_MODALS: ReadonlySet<string> = new Set(["should", "could"]);

/** A word that marks a definition only as a clause title at the start ("1.2 Interpretation."), not in running text ("the correct interpretation of"). */
const TITLE_ONLY_DEFINITION: ReadonlySet<string> = new Set(["interpretation"]);
/** How far into a passage a clause title stands ("1.2 Interpretation"). */
const TITLE_REACH = 3;

function isDefinition(p: Passage, seg: Segment): boolean {
  const words = tokenize(fold(p.text));
  const defines = p.concepts.some((h) => h.concept === "definition" && (h.at <= TITLE_REACH || !TITLE_ONLY_DEFINITION.has(words[h.at] ?? "")));
  if (defines && !has(p, "obligation")) return true;
  const inDefinitions = seg.headingPath.some((h) => DEFINITIONS_HEADING.test(h));
  return inDefinitions && DEFINED_TERM.test(seg.text) && !has(p, "obligation");
}

/** "niet … een systeem dat … niet …": a negated relative clause inside a negated sentence. */
const DOUBLE_NEGATION = /\b(not|niet|geen|no|never|nooit)\b[^.;]{0,80}?\b(that|which|dat|die)\b[^.;]{0,80}?\b(not|niet|geen|no|never|nooit)\b/i;

/** True for a negated sentence whose relative clause is negated too: a condition, not a denial. */
export function isDoubleNegation(p: Passage): boolean {
  return DOUBLE_NEGATION.test(p.text);
}

/** An answer of a Nota van Inlichtingen that opens with "no". */
const ANSWER_NO = /^\W*(antwoord|answer|reactie|response)\s*[:.\-–]?\s*(nee|no)\b\s*[.,:;–-]/i;

/** A type or priority cell that rules the row out. */
const NOT_APPLICABLE_CELL = /^\s*(n\.?\s?v\.?\s?t\.?|n\/a|not applicable|niet van toepassing)\s*$/i;
const TYPE_HEADER = /type|soort|prior|moscow|status|categor/i;

/** Wish and question markers of the nearest heading, the table column header and the row label. */
function contextOf(seg: Segment, segments: readonly Segment[], i: number, scanned: ScanResult): ReadonlySet<ConceptName> {
  const out = new Set<ConceptName>();
  const heading = seg.headingPath[seg.headingPath.length - 1];
  if (heading) {
    // A heading that names requirements as well ("Submission requirements and questions to
    // tenderers") leaves each passage under it to say which of the two it is.
    const mixed = REQUIREMENT_HEADING.test(heading);
    for (const c of scanned.contextConcepts(heading)) if (c === "wish" || (c === "question" && !mixed)) out.add(c);
    if (WISH_LABEL.test(heading) && !MUST_LABEL.test(heading)) out.add("wish");
    // The action points of minutes are work still to do, not agreements.
    if (ACTION_POINTS.test(heading)) out.add("deferred");
  }
  if (seg.table) {
    if (seg.table.header) for (const c of scanned.contextConcepts(seg.table.header)) if (c === "wish" || c === "question") out.add(c);
    // The row label (first cell) of requirement tables: W-01 is a wish, E-01 / KO-01 a requirement;
    // a type or priority column ("Wens", "Should", "Info") decides too.
    for (const cell of rowCells(seg, segments, i)) {
      // A rubric row ("5 – excellent | As 3, and a training programme …") says what earns points.
      if (SCORE_LEVEL.test(cell.text)) out.add("wish");
      if (WISH_LABEL.test(cell.text) && !MUST_LABEL.test(cell.text)) out.add("wish");
      // A type or priority column with a one-letter code: W(ens), I(nfo), S(hould), C(ould).
      else if (/^\s*[wisc]\s*$/i.test(cell.text) && /type|soort|prior|moscow|status|categor/i.test(cell.header ?? "")) out.add("wish");
      // Q(uestion): information asked, not a requirement.
      else if (/^\s*q\s*$/i.test(cell.text) && /type|soort|prior|moscow|status|categor/i.test(cell.header ?? "")) out.add("question");
    }
  } else if (seg.kind === "table-row" || seg.kind === "list-item" || seg.kind === "paragraph") {
    // A list item is read with its lead-in: "Under Q3, added value will be given to:" makes every
    // item a wish, "We ask bidders to describe:" every item a question.
    const lead = seg.kind === "list-item" ? leadInOf(segments, i) : undefined;
    // "The following are not part of this SOW:" excludes every item below it.
    if (lead) for (const c of scanned.contextConcepts(lead)) if (c === "wish" || c === "question" || c === "exclusionLeadIn") out.add(c);
    if (WISH_LABEL.test(seg.text.slice(0, 40)) && !MUST_LABEL.test(seg.text.slice(0, 40))) out.add("wish");
    // A record exported from a tender platform ("Vraag-ID: I-01 | Type: Informatievraag | … | Eis: …"):
    // its type field decides, as a type column does in a table.
    const type = seg.text.includes("|") ? RECORD_TYPE.exec(seg.text)?.[1] : undefined;
    if (type && RECORD_WISH.test(type)) out.add("wish");
    else if (type && RECORD_QUESTION.test(type)) out.add("question");
  }
  return out;
}
/** The level of a scoring rubric: "5 – excellent", "3 punten: voldoende", "0 - onvoldoende". */
const SCORE_LEVEL = /^\s*\d{1,2}\s*(punten|punt|points?)?\s*[–—:-]\s*(uitstekend|zeer goed|goed|ruim voldoende|voldoende|matig|onvoldoende|slecht|excellent|very good|good|adequate|sufficient|fair|weak|poor|insufficient)\b/i;

/** Headings of the open actions of minutes: "Actiepunten", "Openstaande punten", "Action items". */
const ACTION_POINTS = /\b(actiepunten|actielijst|openstaande (punten|acties)|parkeerlijst|action (points|items)|open (points|issues|actions)|parking lot)\b/i;

/** The type field of a record: "Type: Gunningscriterium (wens)", "Soort: Informatievraag". */
const RECORD_TYPE = /(?:^|\|)\s*(?:type|soort|categorie|category|prioriteit|priority)\s*:\s*([^|]{1,60})/i;
const RECORD_WISH = /\b(wens|wensen|wish|should|could|nice to have|gunningscriteri\w*|award criteri\w*)\b/i;
const RECORD_QUESTION = /\b(informatievraag|vraag|question|information request|info)\b/i;
