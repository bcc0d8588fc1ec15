// Who "wij" and "we" are. In the buyer's documents (a leidraad, a contract the province drafted)
// they are the buyer; in a bidder's own offer or plan of approach ("Met veel enthousiasme bieden wij
// u hierbij onze offerte aan") they are the supplier, and its promises bind it once the offer
// becomes part of the contract.
import type { Document } from "@ethiek/schemas";

/** A title that names the bidder's own document: "Offerte TalentLens", "Plan van aanpak", "Our proposal". */
const OFFER_TITLE = /^\W*(offerte|inschrijving|plan van aanpak|aanbieding|onze aanbieding|ons voorstel|proposal|our proposal|our offer|tender response|bid response)\b/i;
/** Titles of the buyer's documents about offers: a request, an invitation, a form to fill in. */
const REQUEST_TITLE = /aanvraag|verzoek|request|uitnodiging|invitation|formulier|form\b|leidraad|instructi|beoordeling|evaluat|gunning/i;
/** The opening of a bidder's letter: "bieden wij u hierbij onze offerte aan", "we are pleased to submit our proposal". */
const OFFER_OPENING = /\b(bieden wij u|bied(en)? (u )?hierbij onze|onze offerte|ons aanbod|onze inschrijving|ons plan van aanpak|our proposal|our offer|our bid|we are pleased to submit|hereby submit)\b/i;

/** True when the document is written by the bidder, so that its "wij" and "we" are the supplier. */
export function writtenBySupplier(doc: Document): boolean {
  const title = doc.segments.find((s) => s.kind === "heading")?.text ?? doc.title ?? "";
  if (REQUEST_TITLE.test(title)) return false;
  if (OFFER_TITLE.test(title)) return true;
  return doc.segments.slice(0, 8).some((s) => s.kind !== "heading" && OFFER_OPENING.test(s.text));
}

/** The first-person words that name the writer. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(["wij", "we"]);
