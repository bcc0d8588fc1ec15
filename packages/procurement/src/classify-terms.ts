// What a passage of a tender is besides a description of the purchase: a definition of a term, an
// item of a lettered list, or the names the tender gives its parties, which are no persons a system
// decides about.
import type { Document, Segment } from "@ethiek/schemas";
import type { Passage } from "./scan-passage.js";
import { fold } from "./text.js";

/** A paragraph that is an item of a lettered or numbered list ("a. …", "(b) …", "iii) …"). */
export const LIST_LABEL = /^\s*(\(?[a-z]\)|[a-z]\.|\(?(i{1,3}|iv|v|vi{0,3})\))\s+/;
const DEFINITIONS = /\b(begrippen(lijst)?|definities|definitions?|begripsbepalingen)\b/i;
const DEFINITION_COLUMN = /^\s*(begrip|term|definitie|definition)\b/i;
/** A row of a definitions table ("| Begrip | Betekenis |", or any table under "Begrippen"). */
export function inDefinitions(seg: Segment): boolean {
  if (!seg.table) return false;
  return DEFINITIONS.test(seg.headingPath[seg.headingPath.length - 1] ?? "") || DEFINITION_COLUMN.test(seg.table.header ?? "");
}

/** "8. **Persoonsgegevens**: …", "'Customer Data' means …": a term and what it means. */
const DEFINITION_FORM = /^\W*(?:\d+[.)]?\s*|[a-z][.)]\s*)?[*"'“‘]*\p{Lu}[\p{L} -]{1,60}?[*"'”’]*\s*(?::|\s(?:means|betekent|wordt verstaan)\b)/u;
/** A passage that defines a term: a definition form, in a definitions table or under a definitions heading. */
export function definesTerm(p: Passage, documents: readonly Document[]): boolean {
  const seg = documents[p.document]!.segments[p.segment]!;
  if (inDefinitions(seg)) return true;
  if (!DEFINITION_FORM.test(p.text)) return false;
  return /\b(means|betekent)\b/.test(p.text) || seg.headingPath.some((h) => DEFINITIONS.test(h));
}

/**
 * A definition that names the supplier party under another word ("Deelnemer: een ondernemer … in
 * de overeenkomst aangeduid als Opdrachtnemer"; "Participant means a tenderer admitted to …").
 */
const PARTY_DEFINITION = /^\W*(\p{Lu}[\p{L}-]{2,})\W*\s*(?:[:–—]|\s-\s|\bmeans\b|\bbetekent\b)\s*(.{0,240})/u;
// A list of its own, narrower than the `supplier` concept: "verwerker" or "provider" in a definition
// ("Betrokkene: … door de verwerker …") must not turn the defined word into the supplier.
const SUPPLIER_WORDS = /\b(opdrachtnemers?|leveranciers?|ondernemers?|inschrijvers?|gegadigden?|contractant|contractors?|suppliers?|tenderers?|bidders?|vendors?|service providers?)\b/i;

/** A definition whose defined term is the buying organisation ("Deelnemer: een provincie die …"). */
const BUYER_DEFINED = /^(?:de|het|een|the|a|an|elke?|iedere?|each)?\s*(?:\p{L}+\s+){0,2}?(provincies?|gemeenten?|waterschappen|waterschap|aanbestedende diensten?|opdrachtgevers?|bestuursorgaan|overheidsorganisaties?|organisaties?|contracting authorit(?:y|ies)|public bod(?:y|ies)|authorit(?:y|ies)|organi[sz]ations?)\b/iu;
/** The party clause of a contract: who signs, where it sits and who represents it. */
const PARTY_CLAUSE = /\b(vertegenwoordigd|gevestigd|zetelend|handelend|represented|registered office|having its seat|acting on behalf)\b/i;
/** A line of its own that names the parties: "hierna gezamenlijk te noemen: \"Opdrachtgevers\" en ieder afzonderlijk: \"Deelnemer\"". */
const NAMES_PARTIES = /\b(hierna|hereinafter)\b[^)]{0,40}\b(te noemen|genoemd|referred to as)\b/i;
/** "(hierna gezamenlijk: de \"Deelnemers\" en ieder afzonderlijk: een \"Deelnemer\")" in a party clause. */
const PARTY_DESIGNATION = /(?:hierna|hereinafter|hereafter)[^)]*/giu;
const DESIGNATED_NAME = /["“„']([\p{Lu}][\p{L}-]{2,})["”“']/gu;

/**
 * The folded words a tender uses for its parties, with their plurals: the supplier's defined word
 * ("Contractant: de opdrachtnemer …"), a defined buying organisation ("Deelnemer: een provincie …")
 * and the names a party clause gives its signatories ("(hierna: de \"Deelnemers\")"). A party is an
 * organisation, not a person a decision is about.
 */
export function partyAliases(documents: readonly Document[]): Set<string> {
  const out = new Set<string>();
  const add = (term: string) => {
    const word = fold(term);
    if (SUPPLIER_WORDS.test(word)) return;
    for (const w of [word, `${word}s`, `${word}en`]) out.add(w);
  };
  for (const doc of documents) {
    for (const seg of doc.segments) {
      const m = PARTY_DEFINITION.exec(seg.text);
      if (m && (SUPPLIER_WORDS.test(m[2]!) || BUYER_DEFINED.test(m[2]!))) add(m[1]!);
      if (PARTY_CLAUSE.test(seg.text) || NAMES_PARTIES.test(seg.text)) {
        for (const d of seg.text.matchAll(PARTY_DESIGNATION)) for (const n of d[0].matchAll(DESIGNATED_NAME)) add(n[1]!);
      }
    }
  }
  return out;
}
