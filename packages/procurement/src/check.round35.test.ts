// Kinds of language found when held-out round 35 joined development: a driver-fatigue warning,
// prohibitions under a lettered clause number, the Act's own name for the high-risk class, a named
// feature switched off, a personal view in a chat, and a requirements export
// whose rows are pipe-delimited lines. The sentences are written for these tests, in other words
// than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, resultsOfSubmitted, tagsOf, tender } from "../test/helpers.js";

describe("what a camera in a vehicle or on a street infers", () => {
  it("does not read a drowsiness warning for drivers as emotion recognition", () => {
    const tags = tagsOf(tender("Een camera in de cabine volgt met een getraind AI-model de oogbewegingen van de chauffeur, herkent vermoeidheid en geeft dan een waarschuwingssignaal."));
    expect(tags["high-risk"]).toBe(false);
    expect(tags.prohibited).toBe(false);
  });

  it("still reads stress recognised in staff's voices as emotion recognition at work", () => {
    const tags = tagsOf(tender("Het AI-systeem herkent aan de stem van medewerkers van het klantcontactcentrum stress en frustratie en meldt dat aan hun leidinggevende."));
    expect(tags.prohibited).toBe(true);
  });

  it("reads a prohibition under a lettered clause number as a prohibition", () => {
    const tags = tagsOf(
      tender(
        "De camera's op de voertuigen stellen met een AI-model vast of een fiets goed is geparkeerd.",
        "C.4 Het is de exploitant niet toegestaan met de camera's of de opnamen gezichtsherkenning, emotieherkenning of biometrische categorisering toe te passen.",
      ),
    );
    expect(tags["high-risk"]).toBe(false);
    expect(tags.prohibited).toBe(false);
  });
});

describe("a class recorded in the Act's own words", () => {
  it("reads 'geen AI-systeem met een hoog risico' as the recorded class, not as a denial of AI", () => {
    const tags = tagsOf(
      tender(
        "De schrijfhulp is een AI-systeem met een taalmodel dat conceptbrieven en notities opstelt.",
        "De Provincie zet de schrijfhulp niet in voor een toepassing die onder een van de gebieden van bijlage III van de AI-verordening valt, bijvoorbeeld werving en selectie, de beoordeling van personeel of besluiten over uitkeringen, zodat de schrijfhulp geen AI-systeem met een hoog risico is.",
      ),
    );
    expect(tags.ai).toBe(true);
    expect(tags["high-risk"]).toBe(false);
  });
});

describe("a named feature switched off", () => {
  const system = "De vergaderassistent zet opnamen met een AI-model om in een verslag.";
  const feature = "De functie Mood Radar herkent aan de stem van medewerkers stress en frustratie en meldt dat aan hun leidinggevende.";

  it("does not read what a switched-off feature does as part of the purchase", () => {
    expect(tagsOf(tender(system, feature, "De leverancier schakelt de functie Mood Radar voor de gemeente blijvend uit.")).prohibited).toBe(false);
  });

  it("still reads the feature as used when nothing switches it off", () => {
    expect(tagsOf(tender(system, feature)).prohibited).toBe(true);
  });
});

describe("a personal view", () => {
  it("does not read 'volgens mij' as a recorded risk class", () => {
    const r = resultOf(tender("Het AI-systeem vat klantgesprekken samen.", "Risicoklasse: volgens mij gewoon beperkt risico (artikel 50)."), "risk-classification");
    expect(r.status).not.toBe("satisfied");
  });
});

describe("a requirements export of pipe-delimited lines", () => {
  // Read as the checker's users read it: through @ethiek/documents, which turns the lines into a table.
  const exported = async (type: string) => {
    const text = [
      "# Export vragenlijst",
      "",
      "Het AI-model geeft bij iedere aanvraag een signaal voor extra controle.",
      "",
      "id | soort | tekst | status",
      "B.01 | Eis | Opdrachtnemer levert de technische documentatie van het model vóór de acceptatietest. | actief",
      `B.02 | ${type} | Opdrachtnemer stelt vóór de ingebruikname een beschrijving van de trainingsgegevens op, met hun herkomst en representativiteit en het onderzoek naar vertekening. | actief`,
      "B.03 | Info | De overeenkomst heeft een looptijd van drie jaar. | actief",
    ].join("\n");
    return resultsOfSubmitted(text, "export.md");
  };

  it("reads a row typed Eis as an obligation even beside a Wens row", async () => {
    expect((await exported("Wens"))("technical-documentation").status).toBe("satisfied");
  });

  it("reads a row typed Wens as a wish", async () => {
    expect((await exported("Wens"))("data-governance").status).not.toBe("satisfied");
  });

  it("reads the same row typed Eis as an obligation", async () => {
    expect((await exported("Eis"))("data-governance").status).toBe("satisfied");
  });
});

describe("parties and rights named in other words", () => {
  const system = "Het AI-systeem stelt met camerabeelden vast of een deelfiets verkeerd geparkeerd staat.";

  it("reads a permit holder's duty as the supplier's", () => {
    expect(resultOf(tender(system, "De vergunninghouder meldt het college binnen twee werkdagen een storing of een fout in de detectie en herstelt die binnen vijf werkdagen."), "incidents-and-corrective-action").status).toBe("satisfied");
  });

  it("reads a staff member who can overrule every outcome as human oversight", () => {
    expect(resultOf(tender(system, "De leverancier zorgt dat de medewerker iedere uitkomst van de detectie kan overrulen voordat een boete wordt opgelegd."), "human-oversight").status).toBe("satisfied");
  });

  it("does not read a vendor's audit of the buyer's licence use as the buyer's audit right", () => {
    expect(resultOf(tender(system, "De Provincie aanvaardt dat de leverancier jaarlijks het licentiegebruik van de Provincie mag controleren."), "audit-right").status).not.toBe("satisfied");
  });

  it("does not read an assessment the buyer will decide on later as required", () => {
    expect(resultOf(tender(system, "7.2 De Provincie bepaalt na afronding van de pilot of een IAMA wordt uitgevoerd."), "human-rights-impact-assessment").status).not.toBe("satisfied");
  });
});

describe("the limits of the system described to the buyer", () => {
  const system = "Het AI-systeem schat per dijkvak de kans op schade.";

  it("reads a description of the model's limits delivered at acceptance as transparency", () => {
    expect(resultOf(tender(system, "Voor de acceptatie levert de leverancier een beschrijving van de beperkingen van het model en van de situaties waarin de schatting onbetrouwbaar is."), "transparency-to-buyer").status).toBe("satisfied");
  });

  it("reads an overview of the limits with every model version as transparency", () => {
    expect(resultOf(tender(system, "De leverancier levert bij iedere nieuwe modelversie een overzicht van de grenzen van het model en de gemeten prestaties per type dijk."), "transparency-to-buyer").status).toBe("satisfied");
  });

  it("reads the known situations in which the system performs poorly as transparency", () => {
    expect(resultOf(tender("The AI system predicts flooding of road sections.", "The Supplier shall inform the Authority on the known situations in which the System performs poorly."), "transparency-to-buyer").status).toBe("satisfied");
  });

  it("does not read a training on the model's limits with a list of trainings followed as transparency", () => {
    const r = resultOf(tender(system, "De leverancier zorgt dat iedere inspecteur een training volgt over de werking en de grenzen van het model en houdt een overzicht bij van de gevolgde trainingen."), "transparency-to-buyer");
    expect(r.status).not.toBe("satisfied");
  });
});
