import type { RouteTemplate } from "@ethiek/schemas";
import { assumed, t } from "./helpers.js";

/**
 * The tender escalation shared by the provincial models: procurement puts the tender and its
 * check report forward; high-risk or prohibited AI gets ethics advice and personal data gets the
 * data protection officer's advice, in parallel; the executive then decides on the award.
 */
export function tenderEscalation(bodies: { procurement: string; ethics: string; privacy: string; executive: string }): RouteTemplate {
  return {
    itemKind: "tender-escalation",
    name: t("Escalatie van een aanbesteding", "Tender escalation"),
    because: t("een aanbesteding met een bevinding uit de toets", "a tender with a finding of the check"),
    start: "voorleggen",
    provenance: assumed(
      "The note asks for guidelines for data, AI and algorithms in the procurement process (example C); this escalation route, its bodies and due times are assumed.",
    ),
    steps: [
      {
        id: "voorleggen",
        name: t("Voorleggen door Inkoop", "Put forward by procurement"),
        bodies: [bodies.procurement],
        purpose: t("Inkoop legt de aanbesteding met het toetsrapport voor.", "procurement puts the tender forward with its check report."),
        outcomes: ["approved"],
        dueDays: 5,
        next: ["ethisch-advies", "privacy-advies"],
        provenance: assumed("Assumed."),
      },
      {
        id: "ethisch-advies",
        name: t("Ethisch advies vóór de gunning", "Ethics advice before the award"),
        bodies: [bodies.ethics],
        purpose: t("de ethiek-adviseurs geven advies voordat er gegund wordt.", "the ethics advisors give advice before the contract is awarded."),
        condition: { anyOf: [{ fact: "high-risk", holds: true }, { fact: "prohibited", holds: true }] },
        because: t(
          "De AI-verordening stelt strenge eisen aan hoog-risico-AI en verbiedt sommige toepassingen; daarom eerst ethisch advies.",
          "The AI Act sets strict requirements for high-risk AI and prohibits some practices; hence ethics advice first.",
        ),
        outcomes: ["advice-given", "returned"],
        dueDays: 20,
        maxReturns: 1,
        next: ["gunningsbesluit"],
        provenance: assumed("High-risk AI -> ethics advice before award: a rule of this toolkit, not of the note."),
      },
      {
        id: "privacy-advies",
        name: t("Advies van de functionaris gegevensbescherming", "Advice of the data protection officer"),
        bodies: [bodies.privacy],
        purpose: t("de FG adviseert over de gegevensbescherming (DPIA).", "the data protection officer advises on data protection (DPIA)."),
        condition: { allOf: [{ fact: "personal-data", holds: true }] },
        because: t(
          "De AVG vraagt dan een DPIA en het advies van de functionaris gegevensbescherming (art. 35 en 39).",
          "The GDPR then asks for a DPIA and the data protection officer's advice (art. 35 and 39).",
        ),
        outcomes: ["advice-given", "returned"],
        dueDays: 15,
        maxReturns: 1,
        next: ["gunningsbesluit"],
        provenance: assumed("Personal data -> privacy officer: follows from the GDPR, not from the note."),
      },
      {
        id: "gunningsbesluit",
        name: t("Besluit over de gunning", "Decision on the award"),
        bodies: [bodies.executive],
        purpose: t("het bestuur besluit over de gunning, met de adviezen erbij.", "the executive decides on the award, with the advice at hand."),
        outcomes: ["approved", "approved-with-remarks", "returned", "rejected"],
        dueDays: 20,
        next: [],
        provenance: assumed("Who decides on an award differs per province and mandate; the executive is assumed."),
      },
    ],
  };
}
