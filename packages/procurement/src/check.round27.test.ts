// Kinds of language of round 27, which joined development after its figures were taken. The
// sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, tagsOf, tender } from "../test/helpers.js";

describe("a binding part named beside the informative words (round 27)", () => {
  const binding = [
    "## Part 1 — Binding terms",
    "",
    "The Supplier shall notify the Customer of any serious incident with the Service within 48 hours of becoming aware of it.",
    "",
    "## Part 2 — Background",
    "",
    "The Supplier explains its roadmap for the Service.",
  ];

  it("keeps Part 1 binding when it is the whole that the informative part 'does not form part of'", () => {
    const text = ["# Heads of terms", "", "Part 2 is for information only and does not form part of Part 1.", "", ...binding].join("\n");
    expect(resultOf(text, "incidents-and-corrective-action").status).toBe("satisfied");
  });

  it("keeps Part 1 binding when the informative words stand in a relative clause about something else", () => {
    const text = ["# Heads of terms", "", "Part 1 holds all binding terms and replaces the quotation, which is for information only.", "", ...binding].join("\n");
    expect(resultOf(text, "incidents-and-corrective-action").status).toBe("satisfied");
  });

  it("still reads a part named informative as not binding", () => {
    const text = ["# Heads of terms", "", "Part 1 is for information only and is not binding on the Parties.", "", ...binding].join("\n");
    expect(resultOf(text, "incidents-and-corrective-action")).toMatchObject({ status: "partial", reason: "non-binding" });
  });
});

describe("a draft that declares its bracketed text to be drafting notes (round 27)", () => {
  const convention = "Tekst tussen [vierkante haken] is toelichting voor de opstellers en maakt geen deel uit van de overeenkomst.";

  it("reads a long bracketed passage as a note, not a duty", () => {
    const text = tender(convention, "Artikel 9. [De leverancier meldt een ernstig incident met het systeem binnen 24 uur aan de gemeente; nog af te stemmen met de jurist.]");
    expect(resultOf(text, "incidents-and-corrective-action")).toMatchObject({ status: "partial", reason: "non-binding" });
  });

  it("keeps the clause binding when only a short blank stands in brackets", () => {
    const text = tender(convention, "Artikel 9. De leverancier meldt een ernstig incident met het systeem binnen [24] uur aan de gemeente.");
    expect(resultOf(text, "incidents-and-corrective-action").status).toBe("satisfied");
  });

  it("keeps bracketed text binding when the draft declares no convention", () => {
    const text = tender("Artikel 9. De leverancier meldt een ernstig incident met het systeem binnen 24 uur aan de gemeente [zie ook de verwerkersovereenkomst, artikel 7 over datalekken].");
    expect(resultOf(text, "incidents-and-corrective-action").status).toBe("satisfied");
  });
});

describe("recommendations and open points are no agreements (round 27)", () => {
  it("reads the recommendations of an evaluation as advice", () => {
    const text = ["# Evaluatie van het contract", "", "## 6. Aanbevelingen", "", "Laat de leverancier ieder kwartaal de nauwkeurigheid van het model meten en de uitkomsten aan de gemeente rapporteren."].join("\n");
    expect(resultOf(text, "monitoring-after-go-live").status).not.toBe("satisfied");
  });

  it("reads an 'Open punten' list of minutes as work still to do", () => {
    const text = ["# Verslag onderhandelingsronde", "", "## Open punten", "", "De leverancier bewaart de logbestanden van het model ten minste twaalf maanden."].join("\n");
    expect(resultOf(text, "logging")).toMatchObject({ status: "partial", reason: "deferred" });
  });

  it("reads 'the parties may' and 'has not been agreed yet' as no commitment", () => {
    expect(resultOf(tender("Partijen kunnen in overleg de inzet van het model voorleggen aan de ethische commissie van de provincie."), "ethics-review").status).not.toBe("satisfied");
    expect(resultOf(tender("Over een IAMA voor het model zijn nog geen afspraken gemaakt; dit wordt nader beoordeeld."), "human-rights-impact-assessment").status).not.toBe("satisfied");
  });
});

describe("requirements written the way round 27 wrote them", () => {
  it("finds the processor agreement named by its article of the GDPR", () => {
    const text = tender("This Schedule is the agreement referred to in Article 28(3) GDPR between the Customer as controller and the Supplier as processor.");
    expect(resultOf(text, "processor-agreement").status).toBe("satisfied");
  });

  it("reads 'cannot act without manual confirmation' as no solely automated decision", () => {
    const text = tender("Het systeem kan geen aanvraag afwijzen zonder handmatige bevestiging door de behandelaar.");
    expect(resultOf(text, "no-solely-automated-decisions").status).toBe("satisfied");
  });

  it("finds an overview of the pre-trained models and components the supplier delivers", () => {
    const text = tender("Opdrachtnemer levert bij oplevering een overzicht van alle gebruikte voorgetrainde modellen en hun aanbieders.");
    expect(resultOf(text, "supply-chain-transparency").status).toBe("satisfied");
  });

  it("finds a security risk analysis written as one word", () => {
    const text = tender("Opdrachtnemer voert voor de ingebruikname samen met de CISO van de gemeente een securityrisicoanalyse uit.");
    expect(resultOf(text, "information-security").status).toBe("satisfied");
  });
});

describe("what a tender leaves out of the purchase (round 27)", () => {
  it("does not count a generative module that the buyer 'does not order'", () => {
    const text = tender(
      "The Contractor supplies an AI system that predicts sewage inflow with a machine-learning model.",
      "The Contractor also offers a module that drafts summaries of fault reports with a large language model; the Water Board does not order this module.",
    );
    expect(tagsOf(text)["ai"]).toBe(true);
    expect(tagsOf(text)["generative"]).toBe(false);
    const nl = tender(
      "De opdrachtnemer levert een AI-systeem dat met een machine-learningmodel de instroom van het rioolwater voorspelt.",
      "De opdrachtnemer biedt ook een module aan die met een taalmodel storingsrapporten samenvat; het waterschap neemt deze module niet af.",
    );
    expect(tagsOf(nl)["ai"]).toBe(true);
    expect(tagsOf(nl)["generative"]).toBe(false);
  });

  it("still reads a declined option as turning down the part named just before it", () => {
    const text = tender(
      "The Contractor supplies an AI system that predicts sewage inflow with a machine-learning model.",
      "Option C: a large language model drafts summaries of fault reports.",
      "This option is not ordered.",
    );
    expect(tagsOf(text)["ai"]).toBe(true);
    expect(tagsOf(text)["generative"]).toBe(false);
  });

  it("does not count what stands under a heading that puts it outside the procedure", () => {
    const section = (heading: string, body: string) =>
      ["# Toelatingsdocument", "", "De aanbieder levert een app met een chatbot die op een taalmodel is gebaseerd en inwoners helpt bij gezond leven.", "", `## ${heading}`, "", body].join("\n");
    const later = section("Toekomstige ontwikkeling (buiten deze procedure)", "De app beoordeelt met een algoritme of een inwoner recht heeft op een uitkering en stuurt een verwijzing naar de huisarts.");
    expect(tagsOf(later)["generative"]).toBe(true);
    expect(tagsOf(later)["high-risk"]).toBe(false);
    expect(tagsOf(later)["decisions-about-people"]).toBe(false);
    const outOfScope = section("Out of scope", "The app assesses with an algorithm whether a resident is eligible for benefits and sends a referral to the GP.");
    expect(tagsOf(outOfScope)["high-risk"]).toBe(false);
  });

  it("does not read the admission of providers' apps as a decision about people", () => {
    const text = tender("Een AI-coach op basis van een taalmodel geeft deelnemers persoonlijke leefstijladviezen. De toelatingscommissie toetst de apps van aanbieders aan het toelatingsdocument voordat deelnemers ze gebruiken.");
    expect(tagsOf(text)["decisions-about-people"]).toBe(false);
  });
});
