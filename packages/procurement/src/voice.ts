// Who the parties are beyond their role words. "Wij" and "we" are the buyer in the buyer's documents
// (a leidraad, a contract the province drafted) but the supplier in a bidder's own offer or plan of
// approach ("Met veel enthousiasme bieden wij u hierbij onze offerte aan"), whose promises bind it
// once the offer becomes part of the contract. A contract may also call the supplier by a short
// name ("Quillmark") instead of "the Provider".
import type { Document } from "@ethiek/schemas";
import { fold } from "./text.js";

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

/** A company's legal form: the buyer is a public body, so a company with one is on the supplier's side. */
const COMPANY = /\b(B\.\s?V\.?|BV|N\.\s?V\.?|Ltd\.?|Limited|GmbH|S\.A\.S?\.?|SAS|SA|Inc\.?|LLC|plc|AG|Oy|AB|SE|S\.r\.l\.|Srl)(?![\p{L}])/u;
/** The short name a contract gives it: ("Quillmark"), (hierna: "Datavorm"), hereinafter "Penwright". */
const SHORT_NAME = /(?:\(\s*|\b(?:hierna(?: te noemen)?|hereinafter(?: referred to as)?)\s*:?\s*)(?:de |het |the )?["“„]([\p{Lu}][\p{L}-]{2,30})["”“]/u;
/** Defined words that are roles or documents, not the supplier's name. */
const NOT_A_NAME = /^(agreement|overeenkomst|msa|dpa|sla|order|service|services|dienst|diensten|effective|customer|klant|provincie|province|gemeente|municipality|opdrachtgever|partijen|parties|party|partij|schedule|annex|bijlage|data|gegevens|output|input|platform|system|systeem)$/i;

/**
 * The folded names a tender gives its supplier: the short name in brackets after a company with a
 * legal form ("Quillmark Technologies Ltd, … ("Quillmark")"), so "Quillmark shall deliver …" binds
 * the supplier as "Provider shall deliver …" does.
 */
export function supplierAliases(documents: readonly Document[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const doc of documents) {
    for (const seg of doc.segments.slice(0, 60)) {
      const company = COMPANY.exec(seg.text);
      if (!company) continue;
      const after = seg.text.slice(company.index, company.index + 300);
      const name = SHORT_NAME.exec(after);
      if (name && !NOT_A_NAME.test(name[1]!)) out.add(fold(name[1]!));
    }
  }
  return out;
}
