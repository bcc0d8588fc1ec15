// Kinds of language found when held-out round 37 joined development. The sentences are written for
// these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, resultsOfSubmitted, tagsOf, tender } from "../test/helpers.js";

describe("a requirements sheet saved from a spreadsheet with semicolons", () => {
  const sheet = [
    "Programma van eisen, opgeslagen als CSV.",
    "",
    "nr;onderwerp;tekst;soort;opmerking",
    '1;Uitleg;"Soort Wens: telt mee voor de kwaliteitsscore; geen verplichting.',
    'Soort Vraag: wordt niet beoordeeld.";Info;',
    '2;Logging;"De leverancier legt elke uitkomst met de gebruikte invoer automatisch vast; de logbestanden worden twaalf maanden bewaard.";Eis;',
    "3;Risico's;De leverancier houdt een risicobeheersysteem bij over de hele levenscyclus en deelt de uitkomsten van tests.;Wens;",
    "4;Toezicht;Hoe kan een medewerker een uitkomst van het systeem terzijde schuiven?;Vraag;",
  ].join("\n");

  it("judges every row by its own type, not by the explanation rows above it", async () => {
    const result = await resultsOfSubmitted(sheet, "eisen.md");
    expect(result("logging").status).toBe("satisfied");
    expect(result("risk-management").reason).toBe("wish");
    expect(result("human-oversight").status).not.toBe("satisfied");
  });
});

describe("the acceptable-use policy of a model licence", () => {
  it("reads the uses an English policy forbids as ruled out, not as what is bought", () => {
    const text = tender(
      "The Buyer licenses a language model to draft replies to letters from residents.",
      "Acceptable use. The Licensee will not use, and will not allow any third party to use, the model to:",
      "- recognise the emotions of employees at work;",
      "- rank citizens by their social behaviour for unfavourable treatment;",
      "- predict whether a person will commit a crime from their personality alone.",
    );
    const tags = tagsOf(text);
    expect(tags.prohibited).toBe(false);
    expect(tags["high-risk"]).toBe(false);
  });

  it("reads a Dutch policy that says what the model is not used for the same way", () => {
    const text = tender(
      "De provincie neemt een taalmodel af dat conceptantwoorden op brieven van inwoners schrijft.",
      "Gebruiksbeperkingen. De licentienemer gebruikt het model niet voor:",
      "- het herkennen van emoties van medewerkers op het werk;",
      "- het indelen van personen op grond van biometrische gegevens naar hun geloof of afkomst.",
    );
    expect(tagsOf(text).prohibited).toBe(false);
  });

  it("still reads a use the licence allows as bought", () => {
    const text = tender("The Licensee will use the model to recognise the emotions of employees in the call centre and to report them to team leaders.");
    expect(tagsOf(text).prohibited).toBe(true);
  });
});

describe("a second denial that points back with 'die'", () => {
  it("reads 'is niet nodig en wordt die ook niet gedaan' as two denials, not as a condition", () => {
    const text = tender("Omdat alleen namen van cursisten worden verwerkt, is een DPIA niet nodig en wordt die ook niet gedaan.");
    expect(resultOf(text, "dpia").reason).toBe("negated");
  });

  it("still reads a negated relative clause inside a negated sentence as a condition", () => {
    const text = tender("Het systeem wordt niet in gebruik genomen voor een DPIA die niet door de functionaris gegevensbescherming is beoordeeld.");
    expect(resultOf(text, "dpia").status).toBe("satisfied");
  });
});

describe("the terms of a supplier by the name the contract gives it", () => {
  it("keeps the public terms when the integrator's own terms are excluded in the next clause", () => {
    const text = tender("GIBIT 2023 governs the contract; the terms and conditions of the integrator are excluded and do not apply.");
    expect(resultOf(text, "general-terms").status).toBe("satisfied");
  });
});

describe("warranties on what the system is built from", () => {
  it("reads a warranty that collecting the data breaches no rights of third parties, with an indemnity, as third-party data and IP", () => {
    const text = tender("De leverancier staat ervoor in dat het ophalen van openbare berichten geen rechten van derden schendt en vrijwaart de gemeente voor aanspraken daarover.");
    expect(resultOf(text, "third-party-data-and-ip").status).toBe("satisfied");
  });

  it("does not read a licensor's disclaimer that it does not warrant against infringement as a warranty", () => {
    const text = tender("The licensor does not warrant that the model or its outputs do not infringe the rights of third parties and gives no indemnity.");
    expect(resultOf(text, "third-party-data-and-ip").status).not.toBe("satisfied");
  });

  it("reads licences held for a pre-trained base model as third-party data and IP", () => {
    const text = tender("The supplier warrants that it holds the licences for the pre-trained base model on which the assistant is built.");
    expect(resultOf(text, "third-party-data-and-ip").status).toBe("satisfied");
  });

  it("does not read a summary of the content a model was trained on as staff training", () => {
    const text = tender("The supplier hands over the model card and the summary of the training content that the model maker published.");
    expect(resultOf(text, "ai-literacy").status).not.toBe("satisfied");
  });
});

describe("the appeal clause of a drafted decision", () => {
  it("reads a fixed objection-and-appeal clause in every draft as complaints and appeal", () => {
    const text = tender("Ieder conceptbesluit dat de assistent opstelt, eindigt met de bezwaar- en beroepsclausule uit het huisstijlsjabloon van de provincie.");
    expect(resultOf(text, "complaints-and-appeal").status).toBe("satisfied");
  });
});

describe("source words in other forms (round 37 review of development misses)", () => {
  it("reads 'minimal 95%' written by a Dutch author in English as an accuracy level", () => {
    const text = tender("Detection accuracy of the sensor shall be minimal 93% for lorries.");
    expect(resultOf(text, "accuracy-robustness-security").status).toBe("satisfied");
  });

  it("reads showing in plain words how an indicator was calculated as an individual explanation", () => {
    const text = tender("Elke inwoner kan bij zijn eigen uitslag in gewone taal nalezen hoe die uitslag is berekend.");
    expect(resultOf(text, "individual-explanation").status).toBe("satisfied");
  });

  it("reads an explanation in plain English that an inspector can pass on as an individual explanation", () => {
    const text = tender("For every alert the supplier provides a short explanation in plain English that the inspector can hand to the skipper.");
    expect(resultOf(text, "individual-explanation").status).toBe("satisfied");
  });

  it("reads a validation report to be handed in with a quotation as evidence in evaluation", () => {
    const text = tender("De leverancier voegt bij zijn offerte een validatierapport van het model toe.");
    expect(resultOf(text, "evidence-in-evaluation").status).toBe("satisfied");
  });

  it("reads a risk analysis of the system kept up to date during the contract as risk management", () => {
    const text = tender("De leverancier houdt tijdens de hele looptijd een risicoanalyse van de matchingsmodule bij en deelt die elk halfjaar.");
    expect(resultOf(text, "risk-management").status).toBe("satisfied");
  });

  it("does not read a security risk analysis kept up to date as risk management of the system", () => {
    const text = tender("De leverancier werkt de risicoanalyse informatiebeveiliging jaarlijks bij.");
    expect(resultOf(text, "risk-management").status).not.toBe("satisfied");
  });

  it("reads a draft that cannot be sent before a caseworker approved it as human oversight", () => {
    const text = tender("Geen concept wordt verstuurd voordat een behandelaar het heeft gelezen en goedgekeurd.");
    expect(resultOf(text, "human-oversight").status).toBe("satisfied");
  });

  it("reads 'pas … nadat' with the verb in between the same way", () => {
    const text = tender("Een conceptbrief wordt pas verzonden nadat een medewerker hem heeft nagekeken en goedgekeurd.");
    expect(resultOf(text, "human-oversight").status).toBe("satisfied");
  });
});

describe("a fronted clause after a lettered clause number", () => {
  it("takes the party after the comma as the subject when the clause number carries a letter", () => {
    const text = tender("B4.2 At the Buyer's request, the Vendor shall within ten days explain in plain language why an applicant received his score.");
    expect(resultOf(text, "individual-explanation").status).toBe("satisfied");
  });
});

describe("a reviewer's comment in an exported draft", () => {
  it("reads a request to add a clause as no requirement of the text", () => {
    const text = tender("Opmerking J. de Vries: graag een verwerkersovereenkomst volgens het model van de VNG toevoegen voordat dit naar de markt gaat.");
    expect(resultOf(text, "processor-agreement").status).not.toBe("satisfied");
  });
});

describe("terms that apply 'van overeenkomstige toepassing'", () => {
  it("reads model clauses declared to apply mutatis mutandis as incorporated", () => {
    const text = tender("Op deze gebruiksovereenkomst zijn de MCC-AI voor hoog-risico-AI van overeenkomstige toepassing.");
    expect(resultOf(text, "ai-contract-clauses").status).toBe("satisfied");
  });

  it("reads public purchasing terms that apply mutatis mutandis as the general terms", () => {
    const text = tender("The GIBIT 2023 apply mutatis mutandis to this call-off; the supplier's own terms are excluded.");
    expect(resultOf(text, "general-terms").status).toBe("satisfied");
  });
});
