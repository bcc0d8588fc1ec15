// The engine on kinds of language met in round 23 after it joined development. The sentences are
// written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { resultIn, resultOf, tagsOf } from "../test/helpers.js";

const tender = (...clauses: string[]) => ["# Tender", "", "The system recognises the faces of visitors at the entrance gates.", "", ...clauses.flatMap((c) => [c, ""])].join("\n");

describe("check: kinds of round 23", () => {
  it("reads evidence asked of bidders in the plural as evidence in the evaluation", () => {
    expect(resultOf(tender("Answer: bidders submit the model card of the algorithm and an independent test report with their bids."), "evidence-in-evaluation").status).toBe("satisfied");
    expect(resultOf(tender("Answer: the supplier keeps the system available on working days."), "evidence-in-evaluation").status).not.toBe("satisfied");
  });

  it("reads what a candidate did in a reference project as proof of suitability, not as a duty of the contract", () => {
    const past = "In ten minste één referentieproject heeft de gegadigde het model na ingebruikname twaalf maanden gemonitord op modeldrift.";
    expect(resultOf(tender(past), "monitoring-after-go-live")).toMatchObject({ status: "partial", reason: "non-binding" });
    const english = "In at least one reference project the bidder has tested the outcomes of the model for unequal treatment of groups.";
    expect(resultOf(tender(english), "non-discrimination").status).not.toBe("satisfied");
    const underHeading = ["# Tender", "", "The model ranks applications.", "", "## Reference projects", "", "The candidate has tested the outcomes of the model for bias against protected groups.", ""].join("\n");
    expect(resultOf(underHeading, "non-discrimination").status).not.toBe("satisfied");
    expect(resultOf(tender("Opdrachtnemer monitort het model na ingebruikname maandelijks op modeldrift."), "monitoring-after-go-live").status).toBe("satisfied");
  });

  it("reads a part that the tender declares informative as binding no one, and the parts beside it as binding", () => {
    const form = [
      "# Change request",
      "",
      "The language model drafts letters to applicants.",
      "",
      "## Section B — Impact analysis (Supplier)",
      "",
      "The Supplier monitors the acceptance rate of the drafts and reports it in the quarterly service review.",
      "",
      "## Section C — Conditions of the change",
      "",
      "The Supplier keeps automatically generated logs of every draft for two years.",
      "",
      "## Section D — Decision",
      "",
      "Sections A, C and D constitute the agreed change. Section B contains the Supplier's analysis; it is attached for information only and does not bind either Party.",
      "",
    ].join("\n");
    expect(resultOf(form, "monitoring-after-go-live").status).not.toBe("satisfied");
    expect(resultOf(form, "logging").status).toBe("satisfied");
    const order = "# Purchase order\n\nThe sensor counts road users with a trained model.\n\n2.3 Your datasheet VC-400 is attached for information only.\n";
    const datasheet = "# VC-400 datasheet\n\nThe sensor keeps automatically generated logs of every detection for twelve months.\n";
    expect(resultIn([order, datasheet], "logging").status).not.toBe("satisfied");
    const annex = "# Overeenkomst\n\nHet model herkent verkeersdeelnemers.\n\nBijlage 2 maakt onderdeel uit van de Overeenkomst.\n\n## Bijlage 2 Logging\n\nOpdrachtnemer bewaart automatisch gegenereerde logbestanden van iedere detectie twee jaar.\n";
    expect(resultOf(annex, "logging").status).toBe("satisfied");
  });

  it("reads the supplier's duty in a later clause of a sentence that starts with the buyer's own part", () => {
    const both = "The Province will register the Service in the Algorithm Register in category C; the Supplier shall provide the texts for the register fields within four weeks.";
    expect(resultOf(tender(both), "algorithm-register").status).toBe("satisfied");
    expect(resultOf(tender("The Supplier supplies the texts for the register fields within four weeks after award."), "algorithm-register").status).toBe("satisfied");
    const denied = "De publicatie in het Algoritmeregister regelt de Provincie zelf; de Leverancier hoeft daarvoor niets aan te leveren.";
    expect(resultOf(tender(denied), "algorithm-register").status).not.toBe("satisfied");
    const cooperates = "De Provincie zorgt voor de conformiteitsbeoordeling en de CE-markering; Opdrachtnemer stelt de daarvoor benodigde gegevens op verzoek beschikbaar.";
    expect(resultOf(tender(cooperates), "conformity-assessment").status).not.toBe("satisfied");
  });

  it("reads the delivery of the model or its templates at the end as an exit, and a quarterly report as none", () => {
    const exit = "Bij het einde van de overeenkomst levert Opdrachtnemer de laatste modelversie, de sjablonen en alle logbestanden in een open formaat aan de Provincie.";
    expect(resultOf(tender(exit), "exit-and-handover").status).toBe("satisfied");
    const dataOnly = [
      "Bij het einde van de overeenkomst draagt Opdrachtnemer alle gegevens in een open formaat over aan de Provincie.",
      "Opdrachtnemer levert na afloop van ieder kwartaal een rapportage over de modeldrift.",
    ];
    expect(resultOf(tender(...dataOnly), "exit-and-handover")).toMatchObject({ status: "partial", reason: "incomplete" });
  });

  it("reads AI functions of a platform that the next sentence turns down as not bought", () => {
    const rpa = [
      "# Offerteaanvraag softwarerobots",
      "",
      "De gemeente koopt softwarerobots die volgens vaste beslisregels aanslagen en kwijtscheldingsverzoeken verwerken.",
      "",
      "Het platform van de leverancier bevat ook AI-functies, zoals documentherkenning met machine learning en een generatieve assistent. Deze functies worden niet afgenomen en blijven uitgeschakeld.",
      "",
    ].join("\n");
    expect(tagsOf(rpa)).toMatchObject({ algorithmic: true, ai: false, generative: false });
    const bought = rpa.replace("Deze functies worden niet afgenomen en blijven uitgeschakeld.", "De gemeente neemt de documentherkenning af.");
    expect(tagsOf(bought)).toMatchObject({ ai: true });
  });
});
