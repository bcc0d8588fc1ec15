// Who commits to what, beyond the obligation words: a buyer's demand that puts the duty on the
// supplier ("Wij verwachten dat de Opdrachtnemer …"), a declaration that commits to nothing
// ("verklaart kennis te hebben genomen van …"), and a letter to the council that reports what
// the buyer expects rather than laying it down. modality.ts and check.ts ask these questions.
import type { Document } from "@ethiek/schemas";
import { wordsOf, type ConceptName, type Passage } from "./scan-passage.js";

/** A buyer's verb of demand ("eist", "verlangt", "verwacht", "requires"). */
const DEMAND = /^(eist|eisen|verlangt|verlangen|vereist|vereisen|verwacht|verwachten|requires?|expects?|demands?|stipulates?)$/;
/** Words that link the demand to the party who must act ("verwachten dat", "expects of", "requires the"). */
const DEMAND_LINK = /^(dat|that|van|of|from)$/;
/** How many tokens after the demand verb the demanded party may stand ("verwachten dat de Opdrachtnemer"). */
const DEMANDED_REACH = 4;

/**
 * The supplier, when the buyer named at `after` states a demand that the supplier carries
 * ("Wij verwachten dat de Opdrachtnemer …", "The Province requires the Supplier to …"); else null.
 */
export function demandedParty(p: Passage, after: number): "supplier" | null {
  const words = wordsOf(p);
  const verb = [after + 1, after + 2].find((k) => DEMAND.test(words[k] ?? ""));
  if (verb === undefined) return null;
  const near = (c: ConceptName, reach: number) => p.concepts.some((o) => o.concept === c && o.at > verb && o.at <= verb + reach);
  const linked = DEMAND_LINK.test(words[verb + 1] ?? "");
  if (near("supplier", linked ? DEMANDED_REACH : 2)) return "supplier";
  // "Wij verwachten dat de oplossing …": what is delivered is the supplier's to make so.
  return (words[verb + 1] === "dat" || words[verb + 1] === "that") && !near("buyer", DEMANDED_REACH) ? "supplier" : null;
}

/**
 * What the parties may agree on later is not agreed: "Partijen kunnen in goed overleg een cursus
 * voor de gebruikers overeenkomen", "The parties may by mutual agreement agree on training".
 */
export const MAY_AGREE = /^\W*(\S+\s+){0,3}?(kunnen|kan|mogen|may|can)\b[^.;]{0,100}\b(overeenkomen|afspreken|agree|agreed)\b/i;

/** A commitment that follows a declaration in the same sentence ("… en zal deze naleven", "… and shall comply"). */
const THEN_COMMITS = String.raw`(?![^.;]*\b(zal|zullen|shall|will|must|moet|moeten|verbindt|undertakes|garandeert|warrants)\b)`;
const DECLARES = String.raw`\b(verklaart|verklaren|bevestigt|bevestigen|erkent|erkennen|declares?|confirms?|acknowledges?|represents?)\b`;

/**
 * A party that only declares it knows a rule ("verklaart kennis te hebben genomen van artikel 5",
 * "acknowledges that it has read the Code"): an acknowledgement, not a promise to act on it.
 */
export const ACKNOWLEDGES_ONLY = new RegExp(
  DECLARES +
    String.raw`[^.;]{0,40}?\b(kennis (te )?(hebben )?genomen|kennisgenomen|kennis genomen te hebben|bekend te zijn met|op de hoogte te zijn|(has|have) (read|taken note|noted)|(is|are|to be) aware)\b` +
    THEN_COMMITS,
  "i",
);

/**
 * A declaration that something is so, not that the party will do something: "De Inschrijver
 * verklaart dat zijn medewerkers voldoende AI-geletterd zijn", "confirms that its staff are
 * adequately trained". The clause ends in a verb of being or having.
 */
const DECLARES_STATE_NL = new RegExp(DECLARES + String.raw`\s+dat\b[^.;]*\b(zijn|is|heeft|hebben|beschikt|beschikken|bezit|bezitten)(\s+ge\p{L}+[dt])?(\s+(in|over|met|voor|op|van|bij|to|for|in)\b[^.;]*)?\s*[.;]?\s*$` + THEN_COMMITS, "iu");
const DECLARES_STATE_EN = new RegExp(
  DECLARES + String.raw`\s+that\b[^.;]{0,80}\b(are|is|have|has|have been|has been)\s+(sufficiently|adequately|appropriately|suitably|fully|properly)?\s*(trained|qualified|competent|literate|aware|familiar|skilled|experienced)\b` + THEN_COMMITS,
  "i",
);
/** True when the passage only declares a state of affairs (a ruleset's `commitment-to-act` check). */
export function declaresState(text: string): boolean {
  return DECLARES_STATE_NL.test(text) || DECLARES_STATE_EN.test(text);
}

/** The salutation of a letter to the council or the States ("Geachte Statenleden", "Aan Provinciale Staten"). */
const TO_COUNCIL = /^\W*(geachte (statenleden|raadsleden|leden|dames en heren)|aan (provinciale staten|de gemeenteraad|de leden van|het algemeen bestuur)|dear (members|councillors))\b/i;
/** The close of a letter ("Hoogachtend", "Met vriendelijke groet", "Gedeputeerde Staten van …"). */
const LETTER_CLOSE = /^\W*(hoogachtend|met vriendelijke groet(en)?|gedeputeerde staten van|burgemeester en wethouders van|het college van|yours (sincerely|faithfully))\b/i;
/** A letter's salutation stands among its first segments. */
const SALUTATION_REACH = 15;

/** The buyer's demand of the supplier as a letter reports it ("Wij verwachten daarnaast van de leverancier dat …"). */
const BUYER_EXPECTS = /^\W*(\S+\s+){0,3}?(wij|we|de provincie|het college|gedeputeerde staten|the province)\s+(\S+\s+)?(verwachten|verwacht|eisen|eist|verlangen|verlangt|expect|expects|require|requires)\b/i;

/**
 * True for a passage in a letter to the council or the States (a Statenbrief, the answers to
 * written questions) that reports what the buyer expects of the supplier: the letter informs the
 * council, the contract binds the supplier. The buyer's own commitments in the letter still count.
 */
export function expectationInCouncilLetter(doc: Document, p: Passage): boolean {
  return BUYER_EXPECTS.test(p.text) && inCouncilLetter(doc, p.segment);
}

/** True for a segment between a letter's salutation to the council and its close. */
function inCouncilLetter(doc: Document, segment: number): boolean {
  const salutation = doc.segments.slice(0, SALUTATION_REACH).findIndex((s) => TO_COUNCIL.test(s.text));
  if (salutation < 0 || segment < salutation) return false;
  for (let i = salutation + 1; i <= segment; i++) if (LETTER_CLOSE.test(doc.segments[i]!.text)) return false;
  return true;
}
