import type { GovernanceModel } from "@ethiek/schemas";
import { SEED_SOURCE, assumed, seed, t } from "./helpers.js";

const DF = "DataFryslân";

/**
 * DataFryslân, a cooperative of Frisian governments (including the province), knowledge
 * institutions and private parties, and its data-ethics commission, the Data-ethyk Kommisje
 * Fryslân (DKF), which reflects on its members' cases and records moresprudentie.
 */
export const dataFryslanModel: GovernanceModel = {
  schemaVersion: "1.0",
  id: "datafryslan",
  name: t("DataFryslân", "DataFryslân"),
  organisation: DF,
  description: t(
    "Coöperatie van Friese overheden (waaronder de provincie), kennisinstellingen en private partijen, met een data-ethische commissie.",
    "A cooperative of Frisian governments (including the province), knowledge institutions and private parties, with a data-ethics commission.",
  ),
  provenance: seed("Example B of the note. The cooperative's board and the steps of the case route are assumed."),
  sources: [SEED_SOURCE, { title: "DataFryslân zoekt leden voor de Data-ethyk Kommisje Fryslân (DKF)", url: "https://www.datafriesland.nl/2023/08/03/datafryslan-zoekt-leden-voor-de-data-ethykkommisje-fryslan-dkf/" }],
  bodies: [
    {
      id: "dkf",
      name: t("Data-ethyk Kommisje Fryslân", "Frisian Data Ethics Commission"),
      abbreviation: "DKF",
      level: "independent-advisory",
      kind: "commission",
      mandate: {
        description: t(
          "Helpt besturen bepalen wat zij data-ethisch toelaatbaar vinden, deelt op verzoek niet-bindende reflecties op casussen en vragen van leden van DataFryslân, en legt moresprudentie vast als ethische leidraad van de leden.",
          "Helps boards decide what they find data-ethically acceptable, shares on request non-binding reflections on cases and questions of DataFryslân's members, and records moresprudentie as the members' ethical guideline.",
        ),
        binding: false,
      },
      parentOrganisation: DF,
      memberOrganisations: [],
      formalPosition: true,
      roles: ["chair", "member", "secretary"],
      caseIntake: {
        accepts: ["case", "question"],
        audience: "members",
        fromOrganisations: ["Provincie Fryslân", DF],
        acceptsConfidential: true,
        itemKind: "ethics-case",
      },
      establishedYear: 2023,
      provenance: seed(
        "Example B: founded 2023 by DataFryslân; reflections on members' cases; moresprudentie. The list of members holds only those the note names (the province); a cooperative adds its other members. Confidential intake is assumed.",
      ),
    },
    {
      id: "bestuur-datafryslan",
      name: t("Bestuur van DataFryslân", "Board of DataFryslân"),
      level: "bestuurlijk",
      kind: "executive",
      mandate: { description: t("Bestuurt de coöperatie.", "Governs the cooperative."), binding: true },
      parentOrganisation: DF,
      memberOrganisations: ["Provincie Fryslân"],
      formalPosition: true,
      roles: ["chair", "secretary"],
      provenance: assumed("A cooperative has a board; not described in the note."),
    },
  ],
  routes: [
    {
      itemKind: "ethics-case",
      name: t("Casus voor de DKF", "Case for the DKF"),
      because: t("een casus of vraag van een lid van DataFryslân", "a case or question of a member of DataFryslân"),
      start: "intake",
      provenance: seed("Reflections on request and moresprudentie are in the note; the intake step and due times are assumed."),
      steps: [
        {
          id: "intake",
          name: t("Intake door het secretariaat", "Intake by the secretariat"),
          bodies: ["dkf"],
          purpose: t("de commissie bepaalt of de casus past bij haar taak.", "the commission decides whether the case fits its task."),
          outcomes: ["approved", "rejected"],
          dueDays: 14,
          next: ["reflectie"],
          provenance: assumed("Assumed."),
        },
        {
          id: "reflectie",
          name: t("Reflectie van de DKF", "Reflection of the DKF"),
          bodies: ["dkf"],
          purpose: t("de commissie deelt een niet-bindende reflectie met het lid.", "the commission shares a non-binding reflection with the member."),
          outcomes: ["advice-given", "returned"],
          dueDays: 60,
          next: ["moresprudentie"],
          provenance: seed("On request, non-binding reflections on submitted cases of members."),
        },
        {
          id: "moresprudentie",
          name: t("Vastleggen als moresprudentie", "Recording as moresprudentie"),
          bodies: ["dkf"],
          purpose: t("de reflectie gaat in de moresprudentie, de ethische leidraad van de leden.", "the reflection goes into the moresprudentie, the members' ethical guideline."),
          outcomes: ["noted"],
          dueDays: 14,
          next: [],
          provenance: seed("Recording moresprudentie to form the members' ethical guideline."),
        },
      ],
    },
  ],
};
