// The texts of a CheckReport in Dutch (B1) and English: the message of each status and the note
// on each passage that does not count, shown with the requirement.
import type { Waiver } from "@ethiek/schemas";

/** The languages of the report texts. */
export type Language = "nl" | "en";

export const MSG = {
  nl: {
    satisfied: "De aanbesteding verplicht dit: zie de geciteerde passage.",
    satisfiedByReference: "De aanbesteding maakt een artikel dat dit regelt deel van de overeenkomst: zie de geciteerde passage.",
    satisfiedExclusion: "De aanbesteding sluit dit uit, zoals de eis vraagt.",
    missing: "Niets gevonden dat dit regelt.",
    negated: "De aanbesteding sluit dit uitdrukkelijk uit.",
    partial: "Het onderwerp staat erin, maar niet als verplichting: zie de toelichting bij de passage.",
    notApplicable: (cond: string) => `Niet van toepassing: de voorwaarde (${cond}) geldt niet voor deze aanbesteding.`,
    waived: (w: Waiver) => `Ontheffing: ${w.reason} (goedgekeurd door ${w.approvedBy}, casus ${w.case}).`,
    notes: {
      placeholder: "Alleen een kop, zonder inhoud of met een placeholder zoals 'PM'.",
      "heading-only": "Alleen een kop; de verplichting zelf ontbreekt.",
      wish: "Een wens, geen verplichting.",
      "question-only": "Een vraag aan inschrijvers of de markt, niet bindend.",
      deferred: "Uitgesteld of opengelaten (nader te bepalen, later te beslissen, per deelopdracht).",
      "non-binding": "Een toelichting, aanbeveling of voorbeeld, geen verplichting.",
      "declaration-only": "Alleen een verklaring (dat iemand iets weet, of dat iets zo is). Er staat niet in dat de partij iets gaat doen.",
      definition: "Een begripsomschrijving; die verplicht niemand tot iets.",
      withdrawn: "Een later stuk heeft deze eis geschrapt of vervangen (een antwoord in de Nota van Inlichtingen, of de opdracht die van de voorwaarden afwijkt).",
      "module-not-applicable": "Staat in een module van de voorwaarden die volgens de opdracht niet van toepassing is.",
      "annex-not-attached": "Verwijst naar een bijlage die niet bij de aanbestedingsstukken zit.",
      contradicted: "Deze passage werkt de eis tegen; zo lang die blijft staan, telt een andere passage niet.",
      incomplete: "Alleen een deel van de eis staat erin; het andere deel ontbreekt.",
      "condition-not-met": "Deze bepaling geldt alleen onder een voorwaarde die voor deze aanbesteding niet opgaat (zie de indeling).",
      negated: "Uitdrukkelijk uitgesloten of niet vereist.",
      wrongPartySupplier: "De verplichting ligt bij de provincie, niet bij de leverancier.",
      wrongScope: "Gaat over een ander deel van de opdracht dan het AI-systeem.",
      wrongPartyBuyer: "Het recht ligt bij de leverancier, niet bij de provincie.",
      tooShort: (months: number, found: number) => `De genoemde termijn (${fmtMonths(found, "nl")}) is korter dan de vereiste ${months} maanden.`,
      noDuration: (months: number) => `Er staat geen bewaartermijn bij; vereist is ten minste ${months} maanden.`,
      noFigure: "Er staat geen meetbare waarde (een maatstaf met een streefwaarde) bij. Noem de maatstaf en de waarde die gehaald moet worden, of de bijlage waarin ze staan.",
      periodOpen: (months: number) => `De termijn van ten minste ${months} maanden kan elders korter worden gemaakt ("tenzij … anders bepaalt"). Leg de termijn vast zonder uitzondering.`,
      riskClass: "De vastgelegde risicoklasse ('geen hoog risico') past niet bij de toepassing uit bijlage III zonder onderbouwing volgens artikel 6, lid 3.",
      riskClassProhibited: "De aanbesteding beschrijft een verboden praktijk (artikel 5), maar de vastgelegde risicoklasse zegt dat niet.",
      practiceDescribed: "De aanbesteding beschrijft zelf een verboden praktijk (artikel 5). Een garantie dat zulke praktijken niet voorkomen, maakt dat gebruik niet toegestaan.",
    },
    milestone: (title: string, date: string) => `${title}: vanaf ${date}.`,
  },
  en: {
    satisfied: "The tender obliges this: see the quoted passage.",
    satisfiedByReference: "The tender makes an article that covers this part of the contract: see the quoted passage.",
    satisfiedExclusion: "The tender rules this out, as the requirement asks.",
    missing: "Nothing found that settles this.",
    negated: "The tender explicitly excludes this.",
    partial: "The topic is there, but not as an obligation: see the note on the passage.",
    notApplicable: (cond: string) => `Not applicable: the condition (${cond}) does not hold for this tender.`,
    waived: (w: Waiver) => `Waived: ${w.reason} (approved by ${w.approvedBy}, case ${w.case}).`,
    notes: {
      placeholder: "Only a heading, without content or with a placeholder such as 'PM'.",
      "heading-only": "Only a heading; the obligation itself is missing.",
      wish: "A wish, not an obligation.",
      "question-only": "A question to bidders or the market, not binding.",
      deferred: "Deferred or left open (to be determined, decided later, per call-off).",
      "non-binding": "An explanation, recommendation or example, not an obligation.",
      "declaration-only": "Only a declaration (that someone knows a rule, or that something is so). It does not say that the party will do anything.",
      definition: "A definition of a term; it obliges no one.",
      withdrawn: "A later document withdrew or replaced this requirement (an answer in the Nota van Inlichtingen, or the order that departs from the terms).",
      "module-not-applicable": "Stands in a module of the terms that the order declares not applicable.",
      "annex-not-attached": "Refers to an annex that is not among the tender documents.",
      contradicted: "This passage works against the requirement; while it stands, no other passage counts.",
      incomplete: "Only one part of the requirement is there; the other part is missing.",
      "condition-not-met": "This clause binds only under a condition that does not hold for this tender (see the classification).",
      negated: "Explicitly excluded or not required.",
      wrongPartySupplier: "The obligation is put on the province, not on the supplier.",
      wrongScope: "About another part of the purchase than the AI system.",
      wrongPartyBuyer: "The right is given to the supplier, not to the province.",
      tooShort: (months: number, found: number) => `The stated period (${fmtMonths(found, "en")}) is shorter than the required ${months} months.`,
      noDuration: (months: number) => `No retention period is stated; at least ${months} months are required.`,
      noFigure: "No measurable value (a metric with a target value) is stated. Name the metric and the value to reach, or the annex that holds them.",
      periodOpen: (months: number) => `The period of at least ${months} months can be shortened elsewhere ("unless … otherwise"). Set the period without an exception.`,
      riskClass: "The recorded class ('not high-risk') does not fit the Annex III use without an art. 6(3) reasoning.",
      riskClassProhibited: "The tender describes a prohibited practice (art. 5), but the recorded risk class does not say so.",
      practiceDescribed: "The tender itself describes a prohibited practice (art. 5); ruling such practices out does not make that use allowed.",
    },
    milestone: (title: string, date: string) => `${title}: from ${date}.`,
  },
} as const;

function fmtMonths(m: number, lang: Language): string {
  if (m < 1) {
    const days = Math.round(m * 30);
    return lang === "nl" ? `${days} dagen` : `${days} days`;
  }
  const r = Math.round(m * 10) / 10;
  return lang === "nl" ? `${r} maanden` : `${r} months`;
}
