// How the classifier reads one passage: whether a concept in it is negated (by a word before or
// after it, a lead-in, an out-of-scope predicate, within its field or clause), refused in the next
// sentence or by name, or written by a machine. classify.ts decides the tags from these answers.
import type { Document } from "@ethiek/schemas";
import { endsWithQuestionMark, hasConcept, wordsOf, type ConceptHit, type ConceptName, type Passage, type ScanResult } from "./scan-passage.js";
import { clauseNumberTokens, countTokens, fold, tokenize } from "./text.js";
import { CLAUSE_TITLE, FINITE_VERB } from "./modality-form.js";
import { USE_VERBS } from "./modality-negation.js";

const has = hasConcept;

/** Negation words stand at most this many tokens before what they negate. */
const NEGATION_REACH = 7;
/** A label answered with "none" and nothing more: "Persoonsgegevens: geen.", "Personal data: none". */
const FIELD_ANSWERED_NONE = /^[^:;|]{1,60}:\s*(geen|none|nee|no|n\.?v\.?t\.?|niet van toepassing|not applicable|n\/a)\s*(?:[.;|]|$)/i;
/** "… worden niet verwerkt" stands at most this many tokens after what it negates. */
const NEGATION_AFTER_REACH = 8;
/** Words that make an exception to what a clause rules out ("niet gebruikt voor iets anders dan …"). */
const EXCEPTION_WORD = new Set(["dan", "than", "behalve", "except", "uitgezonderd", "tenzij", "unless", "alleen", "uitsluitend", "only", "solely"]);
/** Words that open a relative clause about a kind of case ("zaaktypen waarin …", "cases where …"). */
const CASE_RELATIVE = new Set(["waarin", "waarbij", "waarvoor", "waarover", "where", "whereby", "wherein"]);
/** A relative word stands at most this many tokens before the concept; the exclusion at most this many after it. */
const RELATIVE_REACH = 6;
const EXCLUDED_AFTER_REACH = 12;


/**
 * True when a negation stands just before position `at` (or anywhere up to `last`, the end of a
 * matched description), without a risk word in between; when a negated verb follows just after it;
 * or when the passage opens with a prohibition ("Het is niet toegestaan … te gebruiken").
 */
export function negatedAt(p: Passage, at: number, riskWordsShield: boolean, last = at, concept?: ConceptName): boolean {
  const fields = p.text.includes("|") ? fieldsOf(p) : undefined;
  const clauses = /[;:]/.test(p.text) ? clausesOf(p) : undefined;
  let lead: number | undefined;
  // A form field answered "none" ("Persoonsgegevens: geen.") denies its label.
  if (clauses && clauses[at] === 0 && FIELD_ANSWERED_NONE.test(p.text)) return true;
  for (const n of p.concepts) {
    // A record of fields ("Antwoordtype: geen | Eis: De Oplossing is een AI-systeem"): a negation
    // in one field says nothing about the next.
    if (fields && fields[n.at] !== fields[at]) continue;
    if (n.concept === "exclusionLeadIn" && n.at - (lead ??= clauseNumberTokens(p.text)) <= 4 && n.at < at) return true;
    // "The following modules … are not licensed …: (a) X, which uses a large language model": a
    // lead-in that ends at a colon excludes every item after it.
    if (n.concept === "exclusionLeadIn" && clauses && clauses[n.at] === 0 && clauses[at]! > 0 && LEAD_IN_COLON.test(p.text)) return true;
    // The subject of a sentence that puts it out of scope ("Generatieve AI, waaronder …, maakt geen
    // deel uit van de opdracht"), however long the apposition in between; one clause only.
    if (n.concept === "exclusionLeadIn" && at <= 2 && n.at > at && !p.text.includes(";") && putsOutOfScope(p, n)) return true;
    // "The use of generative language models to rewrite … is not permitted": generative AI whose
    // use the sentence forbids is not bought (the AI beside it may be).
    if (n.concept === "exclusionLeadIn" && at <= 6 && n.at > at && (!clauses || clauses[n.at] === clauses[at]) && USE_OF.test(p.text) && concept === "generative" && forbids(p, n)) return true;
    // "een algoritme zonder kunstmatige intelligentie: een regelgebaseerd model": a negation word
    // stops at a colon or semicolon.
    if (n.concept === "negContext" && clauses && clauses[n.at] !== clauses[at] && clauses[n.at] !== clauses[last]) continue;
    if (n.concept === "negContext" && n.at < last && at - n.at <= NEGATION_REACH) {
      // "geen hoog-risico-AI-systeem" denies the risk class, not the AI.
      // So does "geen AI-systeem met een hoog risico", the Act's Dutch name for the class.
      if (riskWordsShield && (riskWordBetween(p, n.at, at) || riskWordBetween(p, last, last + 6))) continue;
      return true;
    }
    if (n.concept === "negAfter" && n.at > at && n.at - at <= NEGATION_AFTER_REACH) return true;
    if (n.at < at && n.concept === "negAfter" && useRuledOutOver(p, n, at, clauses)) return true;
    if (n.at > at && n.concept === "exclusionLeadIn" && caseExcluded(p, at, n.at, clauses)) return true;
  }
  return false;
}

/**
 * "Het hulpmiddel wordt niet gebruikt bij de behandeling van aanvragen waarin een besluit …": a
 * use ruled out covers what its clause names after it, unless the clause makes an exception.
 */
function useRuledOutOver(p: Passage, n: ConceptHit, at: number, clauses: number[] | undefined): boolean {
  if (clauses && clauses[n.at] !== clauses[at]) return false;
  const words = wordsOf(p);
  if (!words.slice(n.at, n.at + n.length).some((w) => USE_VERBS.has(w))) return false;
  for (let i = n.at + n.length; i < at; i++) if (EXCEPTION_WORD.has(words[i]!)) return false;
  return true;
}

/** "Zaaktypen waarin een besluit over een persoon wordt voorbereid, zijn uitgesloten": the kind of case is excluded. */
function caseExcluded(p: Passage, at: number, exclusion: number, clauses: number[] | undefined): boolean {
  if (exclusion - at > EXCLUDED_AFTER_REACH || (clauses && clauses[exclusion] !== clauses[at])) return false;
  const words = wordsOf(p);
  for (let i = at - 1; i >= 0 && at - i <= RELATIVE_REACH; i--) if (CASE_RELATIVE.has(words[i]!)) return !clauses || clauses[i] === clauses[at];
  return false;
}

/** A first clause that ends at a colon: the lead-in of an inline list. */
const LEAD_IN_COLON = /^[^;:]{10,}:/;
const fieldCache = new WeakMap<Passage, number[]>();
/** People who can be in view: camera images are personal data when a person is identifiable (GDPR art. 4(1)). */
const PEOPLE_IN_VIEW = /\b(mensen|personen|persoon|voorbijgangers|weggebruikers|bezoekers|omwonenden|bestuurders|gezicht\w*|kenteken\w*|people|persons?|passers-by|faces?|drivers|licen[cs]e plates?|number plates?)\b/i;
/** A passage whose only personal-data word is "camerabeelden", with nobody in view: images of trash racks or pump cellars. */
export function objectsOnCamera(p: Passage): boolean {
  // The cheap tests first; the words only for a passage with nobody in view.
  if (has(p, "persons") || PEOPLE_IN_VIEW.test(p.text)) return false;
  const words = wordsOf(p);
  return p.concepts.every((h) => h.concept !== "personalData" || (words[h.at] === "camerabeelden" || words[h.at] === "camera" || words[h.at] === "video"));
}

/** Words that open a condition: "Indien", "Voor zover", "Where", "To the extent". */
const CONDITION_WORDS = new Set(["indien", "als", "wanneer", "mocht", "mochten", "voorzover", "zover", "where", "if", "insofar", "extent", "should"]);
const PROCESSES = /\b(verwerkt|verwerken|verwerking|processes|process|processing)\b/i;
const PROCESSOR_AGREEMENT = /\b(verwerkersovereenkomst\w*|(data )?processing agreement|processor agreement|DPA)\b/i;
/** A list of the laws a party complies with: "alle toepasselijke wet- en regelgeving …, waaronder", "all applicable laws, including". */
const LAWS = new Set(["regelgeving", "wetgeving", "wetten", "laws", "legislation", "regulations"]);
const INCLUDING = new Set(["waaronder", "including", "zoals", "namely", "inclusief"]);
/** How far before "waaronder" the word for laws may stand. */
const LAWS_REACH = 8;

/**
 * A passage that speaks of personal data only as general conditions do, not as what the purchase
 * processes: "Indien Leverancier persoonsgegevens verwerkt …, sluiten Partijen een
 * verwerkersovereenkomst" (a condition, GDPR art. 28(3) boilerplate), or the data-protection rules
 * at the end of a list of laws to comply with.
 */
export function generalConditionOnly(p: Passage): boolean {
  const words = wordsOf(p);
  const lead = clauseNumberTokens(p.text);
  const opensWithCondition = words.slice(lead, lead + 6).some((w) => CONDITION_WORDS.has(w));
  if (opensWithCondition && PROCESSES.test(p.text) && PROCESSOR_AGREEMENT.test(p.text)) return true;
  const including = words.findIndex((w, i) => INCLUDING.has(w) && words.slice(Math.max(0, i - LAWS_REACH), i).some((x) => LAWS.has(x)));
  return including >= 0 && p.concepts.every((h) => h.concept !== "personalData" || h.at > including);
}

/** Staff who operate or oversee a system (AI Act art. 14(4), 26(2): the natural persons assigned to oversight). */
const STAFF = /^\p{L}*(medewerkers?|behandelaars?|ambtenaren|ambtenaar|inspecteurs?|beoordelaars?|collega'?s?|personeelsleden|staff|employees?|officers?|caseworkers?|reviewers?|inspectors?)$/u;
/**
 * True when the person word at `at` names staff of the buyer ("een medewerker beoordeelt elke
 * detectie", "training voor de weginspecteurs"): the operators of a system, not persons it decides
 * about. Decisions about staff themselves (Annex III point 4) are read from the point's own words.
 */
export function staffAt(words: readonly string[], at: number): boolean {
  return STAFF.test(words[at] ?? "");
}

/** Who takes part in the procurement procedure itself (Aanbestedingswet 2012: gegadigde, inschrijver). */
const PROCEDURE_PARTICIPANTS = /\b(gegadigden?|inschrijvers?|inschrijvingen|offertes|bidders?|tenderers?|bids|tenders)\b/i;
/**
 * The procedure's own selection of bidders ("Als meer dan vijf gegadigden voldoen, rangschikt de
 * provincie hen …"): the buyer ranks bids by hand, it describes no algorithm that is bought.
 */
export function selectsBidders(p: Passage): boolean {
  return PROCEDURE_PARTICIPANTS.test(p.text) && !has(p, "ai") && !NAMES_A_SYSTEM.test(p.text);
}

/** A computing artefact named in the passage: then the ranking may be the system's. */
const NAMES_A_SYSTEM = /\b(\w*algoritme\w*|algorithms?|\w*model(len)?|\w*systeem|systems?|software|tool|applicatie|application)\b/i;

/** A heading of general terms or standard provisions, written for every purchase rather than this one. */
const GENERAL_TERMS_HEADING = /\b(algemene (inkoop)?voorwaarden|inkoopvoorwaarden|standaardbepalingen|standaardclausules|modelbepalingen|modelcontractbepalingen|standard (clauses|provisions|terms)|general (terms|conditions)|model (contractual )?clauses)\b/i;
/** True for a segment under a heading of general terms or standard provisions (or in a document titled so). */
export function inGeneralTerms(doc: Document, segment: number): boolean {
  const seg = doc.segments[segment]!;
  return seg.headingPath.some((h) => GENERAL_TERMS_HEADING.test(h)) || GENERAL_TERMS_HEADING.test(doc.title ?? "");
}

/** Per token of the passage, the index of the " | "-separated field it stands in. */
export function fieldsOf(p: Passage): number[] {
  let out = fieldCache.get(p);
  if (!out) {
    out = [];
    p.text.split("|").forEach((part, i) => {
      // tokenize() keeps each "|" as a token of its own.
      if (i > 0) out!.push(i);
      for (let k = countTokens(fold(part)); k > 0; k--) out!.push(i);
    });
    fieldCache.set(p, out);
  }
  return out;
}

const clauseCache = new WeakMap<Passage, number[]>();
/** Per token of the passage, the index of the clause (split at ";" and ":") it stands in. */
export function clausesOf(p: Passage): number[] {
  let out = clauseCache.get(p);
  if (!out) {
    out = [];
    p.text.split(/[;:]/).forEach((part, i) => {
      for (let k = countTokens(fold(part)); k > 0; k--) out!.push(i);
    });
    clauseCache.set(p, out);
  }
  return out;
}

/**
 * The exclusion lead-ins that put their sentence's subject out of the purchase ("maakt geen deel
 * uit", "valt buiten de scope"); "verboden" or "excluded" may be said of something else in the
 * sentence ("ingedeeld als verboden praktijk").
 */
const OUT_OF_SCOPE = /^(out of scope|geen deel|geen onderdeel|not part of|do not form part|does not form part|outside the scope|buiten (de )?scope|vall?(en|t) buiten|not in scope|niet in scope|buiten (de reikwijdte|het bereik)|beyond the scope|vall?(en|t) niet onder|not covered|does not cover|not inputs?|not an input|geen invoer|niet als invoer)/;
/** A sentence whose subject is the use of something: "The use of …", "Het gebruik van …", "De inzet van …". */
const USE_OF = /^\W*((the|het|de)\s+)?(use|usage|deployment|gebruik|inzet|toepassing)\s+(of|van)\b/i;
const FORBIDS = /^(not permitted|not allowed|niet toegestaan|verboden|prohibited)/;
/** Whether an exclusion hit forbids ("is not permitted", "is verboden"). */
function forbids(p: Passage, hit: ConceptHit): boolean {
  return FORBIDS.test(tokenize(fold(p.text)).slice(hit.at, hit.at + hit.length).join(" "));
}
export function putsOutOfScope(p: Passage, hit: ConceptHit): boolean {
  return OUT_OF_SCOPE.test(tokenize(fold(p.text)).slice(hit.at, hit.at + hit.length).join(" "));
}

/** True when the concept occurs and one of its occurrences is not negated... unless any is: one negated mention makes the passage an exclusion. */
export function positive(p: Passage, c: ConceptName): boolean {
  if (!has(p, c)) return false;
  let found = false;
  for (const h of p.concepts) {
    if (h.concept !== c) continue;
    // "Algoritmeregister", "hash algorithm": the word names an instrument, not what is bought.
    if ((c === "algorithmic" || c === "artefact") && p.concepts.some((n) => n.concept === "notAlgorithm" && n.at <= h.at && h.at < n.at + n.length)) continue;
    found = true;
    if (negatedAt(p, h.at, c !== "highRiskWord", h.at, c)) return false;
  }
  return found;
}
export function riskWordBetween(p: Passage, from: number, to: number): boolean {
  for (const r of p.concepts) if (r.concept === "highRiskWord" && r.at > from && r.at < to) return true;
  return false;
}
export function negatedOnly(p: Passage, c: ConceptName): boolean {
  return has(p, c) && !positive(p, c);
}
/** A demonstrative that points back at the sentence before ("Dat willen we niet", "We do not want this"). */
const POINTS_BACK = /^\W*(?:\S+\s+){0,2}(dat|dit|die|deze|zoiets|zo'n|this|that|these|those|such)\b|\b(this|that|these|those|dit|dat|die)\W*$/i;
/** Up to this many tokens a sentence that refuses the one before it is short. */
const REFUSAL_TOKENS = 20;
/**
 * A practice described and refused in the very next sentence ("In de demo zat een module die
 * emoties herkent. Dat willen we absoluut niet."): the short sentence after it points back with a
 * demonstrative and negates. Such a practice is excluded, not bought.
 */
export function refusedNext(p: Passage, scanned: ScanResult): boolean {
  const same = scanned.segmentPassages(p.document, p.segment);
  const at = same.indexOf(p);
  const next = at >= 0 && at + 1 < same.length ? same[at + 1] : scanned.segmentPassages(p.document, p.segment + 1)[0];
  if (!next || next.tokenCount > REFUSAL_TOKENS || isQuestion(next)) return false;
  return has(next, "negWord") && POINTS_BACK.test(next.text);
}

/** A product or module name in quotes ("Engagement Insights", „Module X“). */
const QUOTED_NAME = /["“„'‘]([^"“”„'‘’\n]{3,60})["”“'’]/g;

/**
 * An offer the buyer turns down by name elsewhere: a module offered in a quoted reply ("Als extra
 * bieden we onze module \"Engagement Insights\" aan") and "De … module \"Engagement Insights\" wordt
 * niet geleverd en niet geactiveerd" in the agreement. What is not delivered is not bought.
 */
export function refusedByName(p: Passage, scanned: ScanResult): boolean {
  const names = [...p.text.matchAll(QUOTED_NAME)].map((m) => m[1]!.trim().toLowerCase()).filter((n) => /\p{L}{3}/u.test(n));
  if (names.length === 0) return false;
  return scanned.passages.some((other) => other !== p && has(other, "negAfter") && !isQuestion(other) && names.some((n) => other.text.toLowerCase().includes(n)));
}

/** How far an AI word may stand from the verb of writing, and the written product from the verb. */
const AUTHOR_REACH = 7;
/** A standard letter filled in from a template is standard editing, not synthetic content (AI Act art. 50(2)). */
const TEMPLATED = new Set(["standaard", "standard", "template", "sjabloon", "vaste", "fixed"]);
const PRODUCT_REACH = 8;
/**
 * A machine that writes (AI Act art. 50(2)): an AI word next to a verb of writing with a written
 * product in reach, in either order, since Dutch puts the subject after the verb ("maakt een
 * taalmodel bij elk signaal een korte samenvatting") and a passive puts it last ("tekst die door
 * AI is gemaakt", "text generated by AI"). "AI" alone counts here, but not as part of the name
 * of the AI Act ("de AI-verordening schrijft voor").
 */
export function machineWritesText(p: Passage): boolean {
  if (!has(p, "textGeneration") || !has(p, "generatedText")) return false;
  let words: readonly string[] | undefined;
  for (const verb of p.concepts) {
    if (verb.concept !== "textGeneration" || negatedAt(p, verb.at, false)) continue;
    words ??= wordsOf(p);
    const w = words;
    const templated = (at: number) => [w[at - 1], w[at - 2]].some((x) => x !== undefined && TEMPLATED.has(x));
    const product = p.concepts.some((h) => h.concept === "generatedText" && Math.abs(h.at - verb.at) <= PRODUCT_REACH && !negatedAt(p, h.at, false) && !templated(h.at));
    if (!product) continue;
    if (p.concepts.some((h) => h.concept === "ai" && Math.abs(h.at - verb.at) <= AUTHOR_REACH)) return true;
    for (let i = Math.max(0, verb.at - AUTHOR_REACH); i <= verb.at + AUTHOR_REACH && i < words.length; i++) {
      if (words[i] === "ai" && !p.concepts.some((n) => n.concept === "aiActName" && n.at <= i && i < n.at + n.length)) return true;
    }
  }
  return false;
}


export const isQuestion = (p: Passage) => has(p, "question") || endsWithQuestionMark(p.text);

/** "kan de uitzondering van artikel 6, lid 3, niet worden toegepast" is not an exception. */
export function isNegatedException(p: Passage): boolean {
  // "Een uitzondering op grond van artikel 6, derde lid, is niet aan de orde".
  const word = p.concepts.find((h) => h.concept === "exceptionWord");
  if (word && p.concepts.some((h) => h.concept === "negAfter" && h.at > word.at)) return true;
  // "een beroep op de uitzondering … wordt niet gedaan", "no exception is claimed": the exception is declined.
  return (
    /(niet|not|cannot|geen|no)\s+(\w+\s+){0,2}(worden\s+)?(toegepast|applied|apply|van toepassing|gedaan|ingeroepen|invoked|relied|claimed|beroep|mogelijk|possible|available|beschikbaar)\b/i.test(p.text) ||
    /will not issue|does not use|doet zich niet voor|does not arise|do not arise/i.test(p.text)
  );
}

/** "zonder menselijke tussenkomst", "solely automated": a decision denied only as automated is still taken, by a person. */
const AUTOMATED_ONLY = /\b(zonder (menselijke |inhoudelijke )?(tussenkomst|beoordeling|toets\w*|controle)|(uitsluitend|volledig|louter|alleen|enkel) (\w+ ){0,3}(geautomatiseerd|automatisch)\w*|geautomatiseerde (individuele )?besluit\w*|automatisch (genomen )?besluit\w*|without (meaningful |any )?human|(solely|fully|purely|exclusively|only) (\w+ ){0,3}automat\w*|automated (individual )?decision\w*|automatic decision\w*)/i;
/**
 * A decision the passage affirms: not negated, or denied only as automated ("geen besluit zonder
 * menselijke tussenkomst"). "Het Prototype neemt geen besluiten" says no decision is taken at all.
 */
export function affirmsDecision(p: Passage): boolean {
  return positive(p, "decision") || deniedOnlyAsAutomated(p);
}
/** A decision in the passage whose negation is of its automated form only. */
export function deniedOnlyAsAutomated(p: Passage): boolean {
  return has(p, "decision") && AUTOMATED_ONLY.test(p.text);
}

/** Up to this many tokens stand between an effect and the persons it falls on ("gevolgen voor de aanvragers"). */
const EFFECT_REACH = 4;
/** "besluiten met rechtsgevolgen", "decisions with legal effects": the effect names a kind of decision. */
const KIND_OF = new Set(["met", "with", "zonder", "without"]);
/**
 * "De uitkomst heeft gevolgen voor inwoners", "The output has consequences for natural persons": an
 * effect said to fall on persons. Not a kind of thing ("algoritmen met impact op burgers worden
 * gepubliceerd"), nor a safeguard that names the effect to deny the automation ("nooit alleen op
 * basis van de uitkomst").
 */
export function statesEffectOnPersons(p: Passage, isPerson: (at: number) => boolean): boolean {
  if (has(p, "negWord")) return false;
  const words = wordsOf(p);
  for (const e of p.concepts) {
    if (e.concept !== "effectOnPersons" || KIND_OF.has(words[e.at - 1] ?? "")) continue;
    if (p.concepts.some((h) => h.concept === "persons" && h.at >= e.at + e.length && h.at - e.at <= e.length + EFFECT_REACH && isPerson(h.at))) return true;
  }
  return false;
}

/** A bare clause title ("3.4 Personal data") names a topic; the clause under it says what is done. */
export function isBareTitle(p: Passage): boolean {
  return CLAUSE_TITLE.test(p.text) && !FINITE_VERB.test(p.text);
}
