// The classifier on kinds of language met in round 24 after it joined development. The sentences
// are written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { resultOf, tagsOf, tender } from "../test/helpers.js";


describe("classify: kinds of round 24", () => {
  it("does not read the engagement of a hired professional ('the assignment') as a decision about a person", () => {
    const hire = tender(
      "The Supplier proposes one Candidate, a natural person with at least five years of experience, to carry out the assignment.",
      "The Candidate builds a machine-learning model that predicts water levels per measuring station for the coming week.",
      "Where the Candidate is a freelancer, the Supplier confirms that the assignment is not disguised employment.",
    );
    expect(tagsOf(hire)["ai"]).toBe(true);
    expect(tagsOf(hire)["decisions-about-people"]).toBe(false);
    // Allocation of people to places still is one.
    const allocation = tender(
      "The model ranks pupils for the allocation of school places and the municipality decides on each allocation.",
      "Parents receive the decision on the allocation of their child and may object to it.",
    );
    expect(tagsOf(allocation)["decisions-about-people"]).toBe(true);
  });

  it("reads a system that is said to take no decisions at all as not deciding about people", () => {
    const assistant = tender(
      "Het prototype is een AI-systeem dat met een generatief taalmodel vragen van bewoners over het bestemmingsplan beantwoordt en neemt zelf geen besluiten.",
      "Onder ieder antwoord staat dat de bewoner met een AI-systeem praat en dat het antwoord geen besluit van de gemeente is.",
    );
    expect(tagsOf(assistant)["generative"]).toBe(true);
    expect(tagsOf(assistant)["decisions-about-people"]).toBe(false);
    expect(tagsOf(assistant)["impactful"]).toBe(false);
  });

  it("still reads decisions about people where only their automated form is denied", () => {
    const noSolelyAutomated = tender(
      "Het model berekent voor iedere aanvrager van bijzondere bijstand een risicoscore.",
      "Over een aanvrager wordt geen besluit genomen zonder menselijke tussenkomst: een consulent beoordeelt iedere score.",
    );
    expect(tagsOf(noSolelyAutomated)["decisions-about-people"]).toBe(true);
    const english = tender(
      "The model scores every applicant for a housing permit.",
      "No decision about an applicant is taken solely by automated means; a case officer reviews every score.",
    );
    expect(tagsOf(english)["decisions-about-people"]).toBe(true);
  });

  it("reads what a tender puts out of scope as not bought", () => {
    const scoped = tender(
      "The Service is an AI system that extracts facts from case files to support the secretary of the tribunal.",
      "Out of scope: a chatbot for citizens, and writing the text of decisions.",
    );
    expect(tagsOf(scoped)["ai"]).toBe(true);
    expect(tagsOf(scoped)["generative"]).toBe(false);
    const inScope = tender("The Service is an AI system with a chatbot that answers questions of citizens about their case.");
    expect(tagsOf(inScope)["generative"]).toBe(true);
  });
});

const aiTender = (...clauses: string[]) => ["# Overeenkomst", "", "Het model voorspelt met machine learning waar overlast te verwachten is.", "", ...clauses.flatMap((c) => [c, ""])].join("\n");

describe("check: kinds of round 24", () => {
  it("reads training sessions and knowledge sessions for staff as AI literacy", () => {
    expect(resultOf(aiTender("De leverancier verzorgt twee trainingsbijeenkomsten voor de teamleiders over de werking en de grenzen van het model."), "ai-literacy").status).toBe("satisfied");
    expect(resultOf(aiTender("De leverancier geeft drie kennissessies aan medewerkers van de afdeling over verantwoord gebruik van AI."), "ai-literacy").status).toBe("satisfied");
    expect(resultOf(aiTender("De leverancier verzorgt twee trainingsbijeenkomsten over het trainen van modellen met representatieve data."), "ai-literacy").status).not.toBe("satisfied");
  });

  it("keeps the handover of code and configuration complete when another clause of the sentence denies something else", () => {
    const exit = "Bij het einde van de overeenkomst draagt de leverancier aan de gemeente over: de broncode, de configuratie en de modelgewichten; gegevens die de gemeente niet nodig heeft, worden vernietigd.";
    expect(resultOf(aiTender(exit), "exit-and-handover").status).toBe("satisfied");
    const dataOnly = "Bij het einde van de overeenkomst vernietigt de leverancier de gegevens; een exitplan is niet nodig.";
    expect(resultOf(aiTender(dataOnly), "exit-and-handover").status).not.toBe("satisfied");
  });

  it("reads data that 'are deleted' as erased data, and a requirement that 'is deleted' as withdrawn", () => {
    const handover = "At the end of the assignment all code, trained models and configuration are handed over to the Client; local copies held by the Supplier are deleted.";
    expect(resultOf(aiTender(handover), "exit-and-handover").status).toBe("satisfied");
    const withdrawn = ["# Tender", "", "The model predicts nuisance with machine learning.", "", "E-12 At the end of the contract the Supplier hands over the models and configuration.", "", "## Answers", "", "Answer 3: Requirement E-12 is deleted.", ""].join("\n");
    expect(resultOf(withdrawn, "exit-and-handover").status).not.toBe("satisfied");
  });

  it("reads a recital under a heading 'Overwegingen' as binding no one, and the articles after it as binding", () => {
    const convenant = [
      "# Convenant",
      "",
      "Het model voorspelt met machine learning welke huishoudens het eerst hulp nodig hebben.",
      "",
      "## Overwegingen",
      "",
      "a. de AI-verordening schrijft voor dat een publieke gebruiksverantwoordelijke vóór ingebruikname een beoordeling van de gevolgen voor de grondrechten uitvoert;",
      "",
      "## Artikel 1",
      "",
      "De Provincie voert vóór ingebruikname een beoordeling van de gevolgen voor de grondrechten (IAMA) uit.",
      "",
    ];
    expect(resultOf(convenant.slice(0, 8).join("\n"), "fundamental-rights-assessment").status).not.toBe("satisfied");
    expect(resultOf(convenant.join("\n"), "fundamental-rights-assessment").status).toBe("satisfied");
  });

  it("reads a choice left to each participant ('besluit iedere gemeente zelf') as deferred", () => {
    expect(resultOf(aiTender("Over publicatie van het model in het Algoritmeregister besluit iedere gemeente zelf."), "algorithm-register")).toMatchObject({ status: "partial", reason: "deferred" });
    expect(resultOf(aiTender("De leverancier levert de gegevens voor publicatie van het model in het Algoritmeregister."), "algorithm-register").status).toBe("satisfied");
  });
});
