// The parties of a passage: which party acts (the subject, or the agent of a passive), and which
// party a permission or discretion is given to ("The Supplier may …", "De Provincie kan …").
import { demandedParty } from "./commitments.js";
import { hasConcept, wordsOf, type Passage } from "./scan-passage.js";
import { countTokens, fold } from "./text.js";

const has = hasConcept;

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
  let party = firstParties.get(p);
  if (party === undefined) {
    party = findFirstParty(p);
    firstParties.set(p, party);
  }
  return party;
}
/** firstParty per passage: the modality rules, the verdicts and the ranking each ask it, several times. */
const firstParties = new WeakMap<Passage, "supplier" | "buyer" | null>();

function findFirstParty(p: Passage): "supplier" | "buyer" | null {
  // Concept hits are in text order. Where an object phrase ("aan de Provincie") ends, the party
  // named there is not the subject.
  // The subject stands at the start, or just after a fronted clause ("Before a Call-Off starts, the
  // Province carries out …").
  // Worked out at the first party named: most passages name none.
  let afterComma: number | undefined;
  for (const h of p.concepts) {
    if (h.concept !== "supplier" && h.concept !== "buyer") continue;
    afterComma ??= clauseStart(p.text);
    // Only the subject position counts: a party named late in the sentence is not the actor.
    // After a fronted clause ("At the Municipality's request, the Supplier shall …") the party in
    // that clause is not the subject.
    const subjectPosition = afterComma >= 0 ? h.at >= afterComma && h.at <= afterComma + 3 : h.at <= 6;
    if (!subjectPosition) continue;
    // "Quillmark shall notify Customer …": after an English modal the party is the object, and the
    // subject is a name the tender never defined.
    if (h.at > 1 && englishModalBefore(p, afterComma >= 0 ? afterComma : 0, h.at)) continue;
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

const ENGLISH_MODALS: ReadonlySet<string> = new Set(["shall", "will", "must", "should", "may"]);
/** True when an English modal stands among the words from `from` to just before `at`. */
function englishModalBefore(p: Passage, from: number, at: number): boolean {
  if (!/\b(shall|will|must|should|may)\b/i.test(p.text)) return false;
  const words = wordsOf(p);
  for (let i = from; i < at; i++) if (ENGLISH_MODALS.has(words[i] ?? "")) return true;
  return false;
}

/** Words that open a fronted clause, after which the subject follows the first comma. */
// A clause number may carry a letter ("S7.1", "B.3", "IV.2").
const FRONTED =
  /^\s*((?:[a-z]{1,3}\.?)?\d+(\.\d+)*\.?\s+)?(voordat|voor|als|indien|wanneer|zodra|na|nadat|bij|binnen|uiterlijk|tijdens|in|op|om|omdat|doordat|aangezien|nu|ter|teneinde|before|if|when|where|once|after|within|during|at|on|in|upon|for|because|since|as|to|in order to)\b/i;

/** The token position after the first comma of a sentence that opens with a fronted clause, or −1. */
export function clauseStart(text: string): number {
  if (!FRONTED.test(text)) return -1;
  const comma = text.indexOf(", ");
  if (comma < 0 || comma > 160) return -1;
  return countTokens(fold(text.slice(0, comma)));
}

/** Words that restrict a permission into a rule: "mag alleen", "may only", "may not". */
const ONLY = /\b(alleen|uitsluitend|slechts|enkel|only|solely|exclusively)\b/i;

/** Offering or proposing, which a supplier who "kan" do it may also leave undone. */
const OFFERS = /\b(aanbieden|aan te bieden|aanbiedt|voorstellen|voor te stellen|desgewenst|eventueel|optioneel|tegen de tarieven|tegen meerprijs|tegen betaling|tegen vergoeding|at extra cost|at additional cost|for an additional fee)\b/;

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
    const words = wordsOf(p);
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

/** Where a coordinated main clause begins: "…; Leverancier …", "…, en u geeft …", "…, and the Supplier shall …". */
const NEXT_CLAUSE = /;\s+|,\s+(?:en|and|maar|but|terwijl|whereas|while)\s+/gi;

/**
 * True when `party` is the subject of a later main clause of the passage that holds the topic
 * (token positions `topic`): "The Province registers the Service in category C; the Supplier
 * provides the texts for the register fields" gives the second party its own duty.
 */
export function actsInLaterClause(p: Passage, party: "supplier" | "buyer", topic: readonly number[]): boolean {
  if (!p.concepts.some((h) => h.concept === party)) return false;
  NEXT_CLAUSE.lastIndex = 0;
  for (let m = NEXT_CLAUSE.exec(p.text); m !== null; m = NEXT_CLAUSE.exec(p.text)) {
    const start = countTokens(fold(p.text.slice(0, m.index + m[0].length)));
    const subject = p.concepts.find((h) => h.concept === party && h.at >= start && h.at <= start + 2);
    if (!subject || p.concepts.some((o) => o.concept === "partyObject" && o.at + o.length === subject.at + subject.length)) continue;
    // "…; Opdrachtnemer heeft daarin geen rol": the later clause denies the party a part.
    // The topic must stand in that clause: a party that only cooperates ("…; the Contractor shall
    // give the necessary access") does not carry the duty the first clause gives the other party.
    if (!topic.some((t) => t >= start)) continue;
    if (!p.concepts.some((o) => (o.concept === "negWord" || o.concept === "needDenied" || o.concept === "permission") && o.at > start)) return true;
  }
  return false;
}

/**
 * True when the party whose choice a condition waits for is the supplier ("Indien Opdrachtnemer
 * besluit een subverwerker in te zetten, meldt hij dit vooraf": his own choice, the duty binds once
 * made). `choice` is the match of the condition, `opener` its condition word ("indien", "in the
 * event that"); the chooser stands between that word and the match's last word, the verb of
 * choosing. A buyer named by an abbreviation the vocabulary does not know ("Indien het SSC besluit
 * …") is not the supplier.
 */
export function chooserIsSupplier(p: Passage, choice: string, opener: string): boolean {
  const from = countTokens(fold(choice.slice(0, choice.toLowerCase().indexOf(opener.toLowerCase()) + opener.length)));
  const verbAt = countTokens(fold(choice)) - 1;
  return p.concepts.some((h) => h.concept === "supplier" && h.at >= from && h.at < verbAt);
}
