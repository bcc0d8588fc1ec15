// Small builders that keep the catalogue data readable. The result is plain ruleset data that
// validates against schemas/ruleset.schema.json (checked by catalogue.test.ts).
import type { RuleSource, RuleText } from "@ethiek/schemas";

export const t = (nl: string, en: string): RuleText => ({ nl, en });

const EUR_LEX_AI_ACT = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj";
const EUR_LEX_GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";

export const aiAct = (reference: string): RuleSource => ({ framework: "AI Act", reference, url: EUR_LEX_AI_ACT });
export const gdpr = (reference: string): RuleSource => ({ framework: "GDPR", reference, url: EUR_LEX_GDPR });
/** An Algoritmekader requirement (vereiste). */
export const akVer = (id: string): RuleSource => ({ framework: "Algoritmekader", reference: `urn:nl:ak:ver:${id}` });
/** An Algoritmekader measure (maatregel). */
export const akMtr = (id: string): RuleSource => ({ framework: "Algoritmekader", reference: `urn:nl:ak:mtr:${id}` });
export const mcc = (reference: string): RuleSource => ({
  framework: "MCC-AI",
  reference,
  url: "https://public-buyers-community.ec.europa.eu/communities/procurement-ai/resources/eu-model-contractual-ai-clauses-pilot-procurements-ai",
});
export const src = (framework: string, reference: string, url?: string): RuleSource =>
  url ? { framework, reference, url } : { framework, reference };

/**
 * Not the drawing up of technical documentation (AI Act art. 11): keeping it for years (art. 18,
 * records-and-openness), or handing it over only when asked ("desgevraagd"), which is no delivery
 * before acceptance.
 */
export const NOT_DRAWING_UP_DOCUMENTATION: string[] = [
  "bewaart de technische documentatie", "bewaren de technische documentatie", "keeps the technical documentation", "retains the technical documentation", "shall keep the technical documentation",
  "desgevraagd", "on request", "upon request",
];

/**
 * A bid or request to participate set aside for not meeting the requirements ("Een offerte die niet
 * aan alle eisen voldoet, wordt terzijde gelegd", Aanbestedingswet 2012): the procedure's exclusion
 * of a bid, not a person disregarding the system's output (AI Act art. 14(4)(d)).
 */
export const BID_SET_ASIDE: string[] = ["wordt ... terzijde gelegd", "worden ... terzijde gelegd", "wordt ... ter zijde gelegd", "worden ... ter zijde gelegd"];

/**
 * The footprint of what else a contract buys (MVI criteria: a bus fleet, asphalt, fuel; the
 * CO2-Prestatieladder, MKI and DuboCalc of civil works), which AK owp-12's energy use of an
 * algorithm is not.
 */
export const NOT_AI_FOOTPRINT: string[] = [
  "prestatieladder", "co2 prestatieladder", "mki", "dubocalc", "milieukosten*", "asfalt*", "asphalt", "vloot", "fleet", "dienstregelingskilometer*",
  "bouwmateria*", "building materials", "transportbewegingen", "brandstof*", "fuel",
];

/**
 * The declarations every bid carries, whatever it buys (Aanbestedingswet 2012: the Uniform Europees
 * Aanbestedingsdocument, an eigen verklaring, a gedragsverklaring aanbesteden; a statement that all
 * knock-out requirements are met; the CO2-Prestatieladder): no evidence about the AI system (AK owp-17).
 */
export const GENERIC_BID_DECLARATIONS: string[] = [
  "uniform europees aanbestedingsdocument", "uea", "european single procurement document", "espd", "eigen verklaring", "gedragsverklaring*",
  "verklaring knock out*", "aan alle eisen", "complies with all requirements", "prestatieladder",
  // A statement that copies were destroyed at the end of the contract proves nothing at the award.
  "vernietigt", "vernietigd", "vernietiging", "destroys", "destroyed", "destruction",
  // Proof asked only once the contract is awarded is not weighed in the evaluation ("op verzoek, na gunning").
  "na gunning", "na de gunning", "after award", "after the award", "following award", "following the award",
];

/**
 * Objections and complaints that are not about the system's outcomes: against the tender procedure
 * (Aanbestedingswet, Gids Proportionaliteit: klachtafhandeling) or against the decision letter that
 * holds the clause ("binnen zes weken na verzending van dit besluit", the Awb's rechtsmiddelenclausule).
 */
export const NOT_ABOUT_OUTCOMES: string[] = [
  "aanbestedingsprocedure", "procurement procedure", "klachtenmeldpunt", "gunningsbeslissing", "award decision", "deze procedure", "inschrijver*", "tenderer*", "bidder*", "aanbesteding*", "tender procedure", "this tender", "procurement",
  "dit besluit", "this decision",
];
