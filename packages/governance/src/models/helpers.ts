import type { GovernanceProvenance, GovernanceText } from "@ethiek/schemas";

/** Stated by the source note (the IEC's note on good practices, `../shared/seed`). */
export const seed = (note: string): GovernanceProvenance => ({ source: "seed", note });
/** Not in the source note: an assumption of the model's authors, to be confirmed by the organisation. */
export const assumed = (note: string): GovernanceProvenance => ({ source: "assumed", note });
export const t = (nl: string, en: string): GovernanceText => ({ nl, en });

/** The source note, cited by every shipped model. */
export const SEED_SOURCE = {
  title: "Interprovinciale Ethische Commissie (IPO): good practices voor het borgen van digitale ethiek bij provincies",
} as const;

/** The twelve provinces, the members of IPO: [id suffix, name]. */
export const PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ["groningen", "Groningen"],
  ["fryslan", "Fryslân"],
  ["drenthe", "Drenthe"],
  ["overijssel", "Overijssel"],
  ["flevoland", "Flevoland"],
  ["gelderland", "Gelderland"],
  ["utrecht", "Utrecht"],
  ["noord-holland", "Noord-Holland"],
  ["zuid-holland", "Zuid-Holland"],
  ["zeeland", "Zeeland"],
  ["noord-brabant", "Noord-Brabant"],
  ["limburg", "Limburg"],
];

/** "Provincie Zuid-Holland" for each province. */
export const PROVINCE_ORGANISATIONS: readonly string[] = PROVINCES.map(([, name]) => `Provincie ${name}`);
