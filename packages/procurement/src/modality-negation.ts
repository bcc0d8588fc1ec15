// Negation: whether a passage denies what it speaks of (a negated verb, a negated topic, a denied
// need, a negated modal), and in which clause of the sentence the denial stands, so a negation in
// one clause leaves another clause's obligation standing.
import { firstParty } from "./modality-party.js";
import { hasConcept, wordsOf, type Passage } from "./scan-passage.js";
import { countTokens, fold } from "./text.js";

const has = hasConcept;

/** A negated verb stands at most this many words after the negation ("wordt niet in het register opgenomen"). */
const NEGATED_VERB_REACH = 5;

/** True when a negation word is followed within a few words by a negated verb ("wordt niet uitgevoerd"). */
export function isNegated(p: Passage): boolean {
  const comparative = COMPARATIVE.test(p.text);
  let termsAt: number | undefined;
  for (const w of p.concepts) {
    if (w.concept !== "negWord") continue;
    if (comparative && isComparativeAt(p, w.at)) continue;
    if (setsAsideSupplierTerms(p, w.at, (termsAt ??= supplierTermsAt(p)))) continue;
    for (const v of p.concepts) if (v.concept === "negVerb" && v.at > w.at && v.at - w.at <= NEGATED_VERB_REACH) return true;
    if (invertedBefore(p, w.at)) return true;
  }
  return false;
}

/** The subject after the verb in Dutch inverted order: "Een rapportage vragen wij niet". */
const INVERTED_SUBJECT: ReadonlySet<string> = new Set(["wij", "we", "ik", "zij", "ze", "jullie"]);
/** Adverbs that may stand between the inverted subject and the negation: "leggen wij nu niet vast". */
const INVERTED_ADVERB: ReadonlySet<string> = new Set(["nu", "dus", "ook", "daarom", "echter", "bewust", "nog"]);
/** Plural verbs of asking, which elsewhere are nouns too ("de eisen", "de vragen"): only just before the inverted subject are they verbs. */
const INVERTED_ASKING: ReadonlySet<string> = new Set(["vragen", "eisen", "verlangen", "leggen", "nemen", "stellen"]);
/** "Een rapportage daarover vragen wij niet", "Een IAMA eisen we niet": the object first, then verb, subject and the negation. */
function invertedBefore(p: Passage, negAt: number): boolean {
  const words = wordsOf(p);
  const gap = INVERTED_ADVERB.has(words[negAt - 1] ?? "") ? 1 : 0;
  const subject = words[negAt - 1 - gap];
  if (subject === undefined || !INVERTED_SUBJECT.has(subject)) return false;
  const verbAt = negAt - 2 - gap;
  return INVERTED_ASKING.has(words[verbAt] ?? "") || p.concepts.some((v) => v.concept === "negVerb" && v.at === verbAt);
}

/** "niet langer dan", "no more than": a limit, not a negation. */
const COMPARATIVE = /\b(niet|not|no)\s+(meer|langer|more|longer|later)\b/i;
function isComparativeAt(p: Passage, at: number): boolean {
  const next = wordsOf(p)[at + 1];
  return next === "meer" || next === "langer" || next === "more" || next === "longer" || next === "later";
}

/**
 * True when a negation stands just before the words a requirement matched ("levert geen
 * certificaten", "will not carry out a FRIA", "niet in het Algoritmeregister"), which negates that
 * topic even in a sentence that otherwise obliges.
 */
export function negatedTopic(p: Passage, at: number, allTerms: readonly number[] = []): boolean {
  // Every rule below starts from a negation, an exception or a withdrawal; most passages have
  // none, and then the clause bounds and words need not be worked out (this runs per requirement).
  if (!p.concepts.some((h) => h.concept === "negWord" || h.concept === "exception" || h.concept === "withdrawn")) return false;
  let words: readonly string[] | undefined;
  // Only the words in the clause where the topic starts: "…; de telrecords bevatten geen
  // persoonsgegevens" does not negate the clause before it.
  const starts = p.text.includes(";") ? clauseStarts(p) : [0];
  const clause = clauseOf(starts, at);
  const terms = allTerms.filter((t) => clauseOf(starts, t) === clause);
  // "7.6 DPIA. The Province will not carry out a DPIA": a leading label names the topic the
  // sentence then negates.
  if (at <= 2 && LEADING_LABEL.test(p.text)) words = wordsOf(p);
  const topics = words ? [at, ...words.flatMap((x, i) => (i > at + 1 && x === words![at] ? [i] : []))] : [at];
  for (const w of p.concepts) {
    if (w.concept !== "negWord") continue;
    if (COMPARATIVE.test(p.text) && isComparativeAt(p, w.at)) continue;
    // A negated verb right after the negation carries it over its object's words ("will not carry out a separate DPIA").
    const reach = p.concepts.some((v) => v.concept === "negVerb" && v.at === w.at + 1) ? 6 : 4;
    if (topics.some((t) => w.at < t && t - w.at <= reach)) return true;
    // "levert geen modelkaarten": a determiner negation directly before any of the topic's words.
    // Not after an obligation: "garandeert dat geen rechten van derden worden geschonden" obliges.
    if (terms.some((t) => t > w.at && t - w.at <= 2) && !p.concepts.some((o) => o.concept === "obligation" && o.at < w.at)) {
      words ??= wordsOf(p);
      if (DETERMINER_NEGATION.has(words[w.at] ?? "")) return true;
    }
  }
  // "een verwerkersovereenkomst wordt niet gesloten", "a FRIA will not be carried out": the topic is
  // the subject of a negated passive, whatever party acts elsewhere in the sentence.
  for (const t of [at, ...terms]) {
    for (const w of p.concepts) {
      if (w.concept !== "negWord" || w.at - t < 1) continue;
      // "…; algemene voorwaarden van de winnaar zijn niet van toepassing": another clause's negation.
      if (clauseOf(starts, w.at) !== clause) continue;
      words ??= wordsOf(p);
      // A long subject ("Een afzonderlijke klachtprocedure voor de selectie van aanvragen … wordt
      // niet ingericht") reaches further when a passive auxiliary stands right before the negation.
      // "… wordt voor deze Bestelling niet verlangd": the auxiliary may stand anywhere between.
      const reach = words.slice(t + 1, w.at).some((x) => PASSIVE_AUX.has(x)) ? 18 : 4;
      if (w.at - t > reach) continue;
      // "De eisen inzake digitale toegankelijkheid zijn op de console niet van toepassing", "… do not
      // apply": the topic set aside (not the supplier's own terms, whose exclusion is what is asked).
      // A party named in between ("The Province's conditions") does not stop that reading.
      const setAside = (words[w.at + 1] === "van" && words[w.at + 2] === "toepassing") || APPLY.has(words[w.at + 1] ?? "");
      if (setAside && !SUPPLIER_TERMS.test(p.text)) return true;
      if (p.concepts.some((o) => (o.concept === "supplier" || o.concept === "buyer") && o.at > t && o.at < w.at)) continue;
      if (NOT_DONE.has(words[w.at + 1] ?? "") || NOT_DONE.has(words[w.at + 2] ?? "")) return true;
    }
  }
  // "Een IAMA doen we voor deze module niet": the topic fronted as object, the party after the verb, "niet" at the end.
  if (at <= 3 && FRONTED_OBJECT_NEGATED.test(p.text)) return true;
  // "met uitzondering van de AI-module", "ISO 27001 blijft, maar de risicoanalyse is geschrapt".
  for (const h of p.concepts) {
    // Not a carve-out that gets its own rule: "… niet langer bewaard dan …, met uitzondering van
    // accountgegevens, die binnen één maand worden verwijderd" sets another term, it denies nothing.
    if (h.concept === "exception" && terms.some((t) => t > h.at && t - h.at <= 6) && !carveOutWithOwnRule(p, h.at)) return true;
    if (h.concept === "withdrawn" && terms.some((t) => h.at > t && h.at - t <= 8) && !DELETES_DATA.test(p.text)) return true;
  }
  return false;
}

/** Dutch word order with the object first: "Een IAMA doen we niet", "Een DPIA voeren wij voor deze module niet uit". */
const FRONTED_OBJECT_NEGATED =
  /^\W*(een|de|het)?\s*[^\s,;:.]+(\s+[^\s,;:.]+){0,2}?\s+(doen|voeren|laten|maken|sluiten|stellen|vragen|eisen|nemen|houden)\s+(we|wij|ik|zij|ze)\b[^.;,]{0,60}?\bniet\b(?!\s+(alleen|pas|eerder|later|langer|meer))/i;

/** "local copies … are deleted", "they are deleted after six months": data that are erased, not a clause that is. */
export const DELETES_DATA = /\b(cop(y|ies)|data|files?|logs?|records?|back-?ups?|datasets?|recordings?|images?)\b[^.;:]{0,60}\b(is|are|was|were|has been|have been) (deleted|removed)\b|\b(is|are|be) (deleted|removed) (after|within|no later than|at the end)\b|\b(has|have) removed\b[^.;:]{0,40}\b(cop(y|ies)|data|files?|logs?|records?|back-?ups?|datasets?|recordings?|images?)\b/i;

/** "met uitzondering van accountgegevens, die …": the excepted items followed by a relative clause. */
function carveOutWithOwnRule(p: Passage, at: number): boolean {
  const words = wordsOf(p);
  return words.slice(at + 2, at + 8).some((w) => w === "die" || w === "which" || w === "whose");
}

const APPLY: ReadonlySet<string> = new Set(["apply", "applies", "applicable", "toepasselijk"]);
/**
 * The supplier's own terms: their exclusion ("zijn niet van toepassing") is what the general-terms
 * requirement asks. A vendor's Terms of Service or end-user licence are its terms whatever its name.
 */
const SUPPLIER_TERMS = /\b(voorwaarden|terms|conditions)\s+(van|of)\s+(de\s+|the\s+)?(leverancier|opdrachtnemer|inschrijver|verwerker|aanbieder|dienstverlener|wederpartij|aannemer|supplier|contractor|vendor|provider|tenderer|bidder|consultant|integrator|licensor)|\b(supplier|contractor|vendor|provider|tenderer|bidder|consultant|integrator|licensor)['’]?s\s+(own\s+)?(general\s+)?(terms|conditions)|leveringsvoorwaarden|verkoopsvoorwaarden|eigen (algemene )?voorwaarden|own terms|\bterms of (service|use)\b|\bservice terms\b|\bgebruiksvoorwaarden\b|\bend[- ]user licen[cs]e/i;

/** A clause title of a few words before the sentence: "7.6 DPIA. The Province will not …". */
const LEADING_LABEL = /^\s*([\dA-Z][\d.]*\s+)?[^\s.,;:]+(\s+[^\s.,;:]+){0,3}\.\s/;

/** Participles that say a document or assessment is not made: "wordt niet gesloten", "is not carried out". */
const NOT_DONE: ReadonlySet<string> = new Set([
  "gesloten", "afgesloten", "uitgevoerd", "opgesteld", "gemaakt", "vereist", "verplicht", "gevraagd",
  "concluded", "carried", "performed", "required", "requested", "prepared", "drawn",
  "ingericht", "opgezet", "aangeboden", "offered",
  "verlangd", "geeist", "gevergd", "demanded", "expected",
]);

/** Auxiliaries of a passive or future that a negation of the whole sentence follows ("wordt niet"). */
const PASSIVE_AUX: ReadonlySet<string> = new Set(["wordt", "worden", "werd", "werden", "zal", "zullen", "is", "zijn", "are", "will", "shall", "do", "does"]);

const DETERMINER_NEGATION: ReadonlySet<string> = new Set(["geen", "no", "none", "noch", "nor", "neither"]);

/** Token positions where the clauses of a passage start (after each ";"), the first being 0. */
export function clauseStarts(p: Passage): number[] {
  const starts = [0];
  let from = 0;
  for (let i = p.text.indexOf(";"); i >= 0; i = p.text.indexOf(";", i + 1)) {
    starts.push(starts[starts.length - 1]! + countTokens(fold(p.text.slice(from, i))));
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
  if (p.concepts.some((s) => s.concept === "subordinator" && s.at < h.at && h.at - s.at <= SUBORDINATE_REACH)) return false;
  // "De algemene voorwaarden van de leverancier zijn niet van toepassing" sets aside the supplier's
  // terms, which is what the public terms ask; the sentence denies no need of its own.
  if (setsAsideSupplierTerms(p, h.at, supplierTermsAt(p))) return false;
  // "een beroep op de uitzondering van artikel 6, lid 3, is niet aan de orde": denying an
  // exception affirms the rule.
  return !wordsOf(p).slice(Math.max(0, h.at - EXCEPTION_REACH), h.at).some((w) => EXCEPTION_SUBJECT.has(w));
}

/** How far before a denial the supplier's terms it sets aside may stand. */
const SUPPLIER_TERMS_REACH = 14;

/** The token position where the supplier's own terms are named, or -1. */
function supplierTermsAt(p: Passage): number {
  const m = SUPPLIER_TERMS.exec(p.text);
  return m ? countTokens(fold(p.text.slice(0, m.index))) : -1;
}

/** True when a negation at `at` follows the supplier's terms (at `termsAt`) closely, in the same clause. */
function setsAsideSupplierTerms(p: Passage, at: number, termsAt: number): boolean {
  if (termsAt < 0 || termsAt >= at || at - termsAt > SUPPLIER_TERMS_REACH) return false;
  if (!p.text.includes(";")) return true;
  const starts = clauseStarts(p);
  return clauseOf(starts, at) === clauseOf(starts, termsAt);
}

/** How far before a denied need its subject may name an exception. */
const EXCEPTION_REACH = 28;
const EXCEPTION_SUBJECT: ReadonlySet<string> = new Set(["uitzondering", "uitzonderingsgrond", "exception", "exemption", "derogation"]);

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

/**
 * True when a passage read as negated denies something in another clause only, so that the clause
 * at `at` still binds: "… draagt … over: de broncode, de configuratie …; gegevens die niet nodig
 * zijn, worden vernietigd".
 */
export function negatedElsewhere(p: Passage, m: { modality: string; whole?: boolean }, at: number): boolean {
  return m.modality === "negated" && !m.whole && at >= 0 && !deniedInClauseOf(p, at, (h) => isDenial(p, h) || (h.concept === "negWord" && !restrictsUse(p, h.at)));
}

/** A use ("wordt niet gebruikt", "is not deployed"): the classifier reads a use ruled out with the same verbs. */
export const USE_VERBS: ReadonlySet<string> = new Set(["gebruikt", "ingezet", "aangewend", "toegepast", "used", "deployed", "applied"]);
const USE_PURPOSE: ReadonlySet<string> = new Set(["voor", "als", "om", "ten", "for", "as", "to"]);
const COLLECT_VERBS: ReadonlySet<string> = new Set(["gevraagd", "verzameld", "uitgevraagd", "vastgelegd", "opgeslagen", "collected", "requested", "recorded", "stored"]);

/**
 * "…; zij worden niet gebruikt als invoer voor het model": a use the sentence rules out limits the
 * purpose (GDPR art. 5(1)(b), not "further processed in a manner that is incompatible"); it denies
 * nothing the rest of the sentence lays down.
 */
function restrictsUse(p: Passage, at: number): boolean {
  const words = wordsOf(p);
  if (USE_VERBS.has(words[at + 1] ?? "") && USE_PURPOSE.has(words[at + 2] ?? "")) return true;
  // "er worden geen namen of adressen gevraagd": data not collected is minimisation (art. 5(1)(c)).
  return (words[at] === "geen" || words[at] === "no") && words.slice(at + 1, at + 8).some((w) => COLLECT_VERBS.has(w));
}

/** True when the only party is the agent of a passive sentence and no obligation word stands ("wordt door de Verwerker niet verstrekt"). */
export function agentOnly(p: Passage): boolean {
  if (has(p, "obligation")) return false;
  const first = firstParty(p);
  return first !== null && !p.concepts.some((h) => (h.concept === "supplier" || h.concept === "buyer") && h.at <= 6 && !p.concepts.some((a) => (a.concept === "supplierAgent" || a.concept === "buyerAgent") && a.at < h.at && h.at < a.at + a.length + 1));
}

/** True when an obligation word is directly negated and a negated verb follows ("will not be carried out", "zal niet worden uitgevoerd"). */
export function negatedModal(p: Passage): boolean {
  for (const o of p.concepts) {
    if (o.concept !== "obligation") continue;
    const end = o.at + o.length;
    const neg = p.concepts.find((n) => n.concept === "negWord" && n.at >= end && n.at <= end + 1);
    if (neg && p.concepts.some((v) => v.concept === "negVerb" && v.at > neg.at && v.at - neg.at <= 3)) return true;
  }
  return false;
}

/** "niet … een systeem dat … niet …": a negated relative clause inside a negated sentence. */
// The relative clause must belong to the negated object: after a comma ("niet uitgevoerd, omdat het
// een instrument betreft dat geen inwoners raakt") a new clause gives a reason, no condition. After
// a verb, "die"/"dat" points back ("is niet vereist en wordt die niet uitgevoerd"): a second denial.
const DOUBLE_NEGATION =
  /\b(not|niet|geen|no|never|nooit)\b[^.;,]{0,80}?(?<!\b(?:wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|had|kan|kunnen|mag|mogen|zal|zullen|moet|moeten)\s)\b(that|which|dat|die)\b[^.;]{0,80}?\b(not|niet|geen|no|never|nooit)\b/i;

/** True for a negated sentence whose relative clause is negated too: a condition, not a denial. */
export function isDoubleNegation(p: Passage): boolean {
  // Both forms hold a negation word; most passages have none, and the bit is free to test.
  if (!has(p, "negWord")) return false;
  // "does not warrant that the outputs do not infringe": a disclaimer keeps its denial.
  if (DISCLAIMS_WARRANTY.test(p.text)) return false;
  return DOUBLE_NEGATION.test(p.text) || NOT_INFRINGED.test(p.text) || NOT_PREVENTED.test(p.text) || NONE_UNTIL.test(p.text) || FORBIDDEN_UNTIL.test(p.text) || NOTHING_BUT.test(p.text) || REJECTED_IF_NOT.test(p.text) || NOT_WITHHELD.test(p.text) || NOT_BEFORE.test(p.text);
}
/** "does not warrant", "geen garantie": a disclaimer, whatever it then says is not infringed. */
const DISCLAIMS_WARRANTY = /\b(not|niet|geen|no|nor)\s+(warrant|warrants|warranty|guarantee|guarantees|represent|represents|garandeert|garanderen|garantie|garanties)\b/i;
/**
 * "De leverancier garandeert dat het systeem geen rechten van derden schendt", "warrants that the
 * outputs do not infringe": a warranty of no infringement, not a denial.
 */
const NOT_INFRINGED =
  /(?<!\b(?:not|niet|no|geen)\s)\b(garandeert|garanderen|staat ervoor in|staan ervoor in|staat er voor in|warrants?|guarantees?|represents)\b[^.;]{0,100}\b(geen|niet|not|no)\b[^.;]{0,60}\b(inbreuk|schendt|schenden|geschonden|infringes?|infringe?ment|violates?)\b/i;
/**
 * "De Provincie begint fase 2 niet voordat de DPIA is afgerond", "does not start until the DPIA is
 * done", "not earlier than": a step waits for a condition, which the text thereby requires.
 */
const NOT_BEFORE = /\b(niet|not)\s+(eerder\s+dan\s+|earlier\s+than\s+|(\S+\s+){0,2}?(?=until\b))?(voordat|vóór|totdat|dan nadat|before|until|prior to)\b/i;
/** "Schermen die niet voldoen aan EN 301 549 worden niet geaccepteerd", "Deliverables that do not comply … will not be accepted": meeting the norm is required. */
const REJECTED_IF_NOT = /^\W*(\S+\s+){0,6}?(die|dat|that|which)\s+(niet|not|do not|does not|geen|no)\b(?:[^.;]|\.\d){0,100}\b(niet|not|geen|no)\s+(\S+\s+)?(geaccepteerd|aanvaard|accepted|approved|goedgekeurd|toegelaten|admitted)\b/i;
/** "Het is ON niet toegestaan … gegevens of het model achter te houden": handing them over is required. */
const NOT_WITHHELD = /\b(niet|not|geen|no)\b[^.;]{0,120}\b(achter te houden|achterhouden|achterhoudt|withhold|withholds|withheld)\b/i;
/**
 * "Het systeem mag niet in gebruik worden genomen zolang ON het niet heeft geregistreerd", "may not
 * be used before the DPIA is completed": a prohibition until a condition is met requires the condition.
 */
const FORBIDDEN_UNTIL = /\b(mag|mogen|may|shall|must|kan|kunnen|can)\s+(\S+\s+){0,4}?(niet|not|nooit|never)\b[^.;]{0,80}\b(voordat|pas nadat|totdat|zolang|before|until|unless|as long as)\b|\b(niet|not)\s+(toegestaan|permitted|allowed)\b[^.;]{0,80}\b(voordat|pas nadat|totdat|zolang|before|until|unless)\b/i;
/** "Het is niet toegestaan andere gegevens te verwerken dan …", "shall not process any data other than …": only what is named. */
const NOTHING_BUT = /\b(niet|not|geen|no)\b[^.;]{0,60}\b(andere|other)\b[^.;]{0,100}\b(dan|than)\b/i;
/** "Geen document wordt openbaar gemaakt voordat een medewerker … heeft gecontroleerd", "No decision is sent until …": a condition, no denial. */
const NONE_UNTIL = /^\W*(\S+\s+){0,3}(geen|no|nothing|niets)\b[^.;]{0,80}\b(voordat|pas nadat|totdat|before|until|unless)\b/i;
/**
 * "Geheimhoudingsafspraken beletten de Provincie niet om …", "do not prevent the Province from …",
 * "no confidentiality clause may prevent the Archive from disclosing them": not preventing allows.
 */
const NOT_PREVENTED = /\b(belet|beletten|verhindert|verhinderen|hindert|hinderen|beperkt|beperken|blokkeert|blokkeren)\b[^.;]{0,40}\bniet\b|\b(do|does|shall|will)\s+not\s+(prevent|hinder|preclude|restrict|limit)\b|\bstaa?n?\b[^.;]{0,40}\bniet in de weg\b|\b(no|geen)\b[^.;]{1,60}\b(may|can|shall|will|mag|kan|mogen|kunnen)\s+(prevent|hinder|preclude|restrict|limit|block|beletten|verhinderen|beperken|blokkeren|in de weg staan)\b/i;
