// Kinds of language found when held-out round 33 joined development: requirements phrased as
// prohibitions, matters put outside the assignment, a court's remarks and a party's reported
// statements. The sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { check } from "./index.js";
import { declaring, doc, everything, resultOf, tagsOf, tender } from "../test/helpers.js";

const system = "Het AI-systeem stelt per aanvraag drie geschikte beoordelaars voor.";
const systemEn = "The AI system proposes three suitable assessors for each application.";

describe("a matter put outside the assignment or off the supplier's plate", () => {
  it("does not read an IAMA that falls outside the assignment as required", () => {
    expect(resultOf(tender(system, "Het uitvoeren van een IAMA valt niet onder de opdracht van de leverancier."), "human-rights-impact-assessment").status).not.toBe("satisfied");
  });

  it("does not read explanations that are not the supplier's task as required", () => {
    expect(resultOf(tender(system, "Het is niet de taak van de leverancier om aanvragers uit te leggen waarom een beoordelaar is voorgesteld."), "individual-explanation").status).not.toBe("satisfied");
  });

  it("does not read a description the supplier need not give as required", () => {
    expect(resultOf(tender(system, "De leverancier hoeft de herkomst van de trainingsgegevens niet te beschrijven."), "data-governance").status).not.toBe("satisfied");
  });

  it("does not read a certificate that is no condition as asked", () => {
    expect(resultOf(tender(system, "Een certificaat voor een kwaliteitsmanagementsysteem, zoals ISO 9001, is geen voorwaarde voor gunning."), "quality-management").status).not.toBe("satisfied");
  });
});

describe("a prohibition that requires what it waits for", () => {
  it("reads 'may not be used before the DPIA is completed' as requiring the DPIA", () => {
    expect(resultOf(tender(systemEn, "The system may not be put into service before the Authority has completed a data protection impact assessment and consulted its data protection officer."), "dpia").status).toBe("satisfied");
  });

  it("reads 'niet toegestaan andere gegevens te verwerken dan …' as a limit to named data", () => {
    const r = resultOf(tender(system, "Het is de leverancier niet toegestaan andere persoonsgegevens van beoordelaars te verwerken dan naam, vakgebied en beschikbaarheid, en die uitsluitend voor het voorstellen van beoordelaars te gebruiken; de gegevens worden uiterlijk een jaar na afloop verwijderd."), "purpose-limitation-and-retention");
    expect(r.status).toBe("satisfied");
  });

  it("still reads a plain refusal as a refusal", () => {
    expect(resultOf(tender(systemEn, "The Authority will not carry out a data protection impact assessment for the system."), "dpia").status).not.toBe("satisfied");
  });
});

describe("a court's remark, a personal view and a statement reported second hand", () => {
  it("does not read the judge's remark in passing as a duty", () => {
    expect(resultOf(tender(system, "De rechter merkt ten overvloede op dat het de Provincie vrijstaat vóór de ingebruikname een IAMA uit te voeren."), "human-rights-impact-assessment").status).not.toBe("satisfied");
  });

  it("does not read 'het strekt tot aanbeveling dat' as a requirement", () => {
    expect(resultOf(tender(system, "Het strekt tot aanbeveling dat de inschrijver een plan voor een biastoets per discriminatiegrond meestuurt."), "non-discrimination").status).not.toBe("satisfied");
  });

  it("does not read what the supplier has said it is working on as a commitment", () => {
    expect(resultOf(tender(system, "De leverancier heeft aangegeven te werken aan een ISO 9001-certificaat voor zijn kwaliteitsmanagementsysteem."), "quality-management").status).not.toBe("satisfied");
  });

  it("does not read a deputy's view as a duty", () => {
    expect(resultOf(tender(system, "Wat mij betreft hoort dit algoritme in het Algoritmeregister, zegt de gedeputeerde."), "algorithm-register").status).not.toBe("satisfied");
  });
});

describe("e-mails of residents that staff answer are no monitoring of staff", () => {
  it("does not read drafting replies to residents' e-mails for staff to check as Annex III 4(b)", () => {
    const text = tender("Het AI-systeem stelt voor de medewerkers van het klantcontactcentrum conceptantwoorden op bij e-mails van inwoners; de medewerkers beoordelen en verzenden elk antwoord zelf.");
    expect(tagsOf(text)["high-risk"]).toBe(false);
  });

  it("still reads screening employees' chat messages for integrity risks as Annex III 4(b)", () => {
    const text = tender("The AI system screens the chat messages of employees and flags integrity risks per employee to their manager.");
    expect(tagsOf(text)["high-risk"]).toBe(true);
  });
});

describe("a bare clause title names a topic", () => {
  it("does not read the title '3.4 Personal data' above a clause that rules them out as processing", () => {
    const text = tender("The AI system ranks roadside trees for inspection from tree data and satellite images.", "3.4 Personal data", "The System shall not process personal data.");
    expect(tagsOf(text)["personal-data"]).toBe(false);
  });

  it("still reads a clause that processes personal data under that title", () => {
    const text = tender("The AI system ranks roadside trees for inspection from tree data and satellite images.", "3.4 Personal data", "The System processes personal data of residents who report a damaged tree: their name and telephone number.");
    expect(tagsOf(text)["personal-data"]).toBe(true);
  });
});

describe("more prohibitions that require their opposite", () => {
  it("reads 'deliverables that do not meet the standard are not accepted' as requiring the standard", () => {
    expect(resultOf(tender(systemEn, "Screens that do not comply with EN 301 549 (WCAG 2.1 level AA) will not be accepted."), "accessibility").status).toBe("satisfied");
  });

  it("reads a ban on withholding the model at the end as a handover", () => {
    expect(resultOf(tender(system, "Het is de leverancier niet toegestaan bij het einde van de overeenkomst de gegevens, het getrainde model of de configuratie achter te houden; hij draagt ze over aan de Provincie of een nieuwe leverancier."), "exit-and-handover").status).toBe("satisfied");
  });
});

describe("statements that commit no one, with a clause number before them", () => {
  it("does not read an intention stated at a hearing as a duty", () => {
    expect(resultOf(tender(system, "5.3. De gemeente heeft ter zitting verklaard voornemens te zijn vóór de ingebruikname een DPIA te laten uitvoeren."), "dpia").status).not.toBe("satisfied");
  });

  it("does not read what the supplier has let the buyer know as a commitment", () => {
    expect(resultOf(tender(system, "De leverancier heeft de gemeente laten weten dat het systeem vóór augustus 2026 aan alle eisen van de AI-verordening voldoet."), "compliance-dates").status).not.toBe("satisfied");
  });

  it("does not read what the supplier need not do as asked", () => {
    expect(resultOf(tender(system, "Een toelichting op de nauwkeurigheid en de bekende fouten van het systeem is iets wat de leverancier niet hoeft te leveren."), "transparency-to-buyer").status).not.toBe("satisfied");
  });
});

describe("a processor agreement by the name vendors give it", () => {
  it("reads a data processing addendum as the processor agreement", () => {
    expect(resultOf(tender(systemEn, "Before the first transfer of data, the parties sign the Data Processing Addendum attached as Schedule 4."), "processor-agreement").status).toBe("satisfied");
  });
});

describe("an applicability table that switches single model clauses off", () => {
  const withTable = (applies: string) =>
    tender(
      "Het rekenmodel bepaalt de hoogte van de leges voor een omgevingsvergunning op basis van vaste rekenregels.",
      "**AB-04 Audit.** De gemeente of een door haar aangewezen auditor mag eenmaal per jaar de documentatie, logbestanden en rekenregels van het algoritme controleren.",
      `| Modelbepaling | Van toepassing? | Toelichting |\n| --- | --- | --- |\n| AB-03 Informatiebeveiliging | ja | |\n| AB-04 Audit | ${applies} | |`,
    );

  it("does not read a model clause marked 'nee' as a duty", () => {
    expect(resultOf(withTable("nee"), "audit-right").status).not.toBe("satisfied");
  });

  it("still reads the clause when it is marked 'ja'", () => {
    expect(resultOf(withTable("ja"), "audit-right").status).toBe("satisfied");
  });
});

describe("a policy's rule for a kind of system this purchase is not", () => {
  const rule = "Een hoog-risico-AI-systeem wordt vóór de start van de inkoop voorgelegd aan de ethische commissie van de gemeente.";

  it("does not read the rule for high-risk AI as an ethics review of a system that is not high-risk", () => {
    const text = tender("De chatbot beantwoordt vragen van inwoners over afvalinzameling met een taalmodel.", rule);
    const notHighRisk = declaring(["algorithmic", "ai", "personal-data", "generative", "impactful"]);
    expect(check([doc(text)], { manifest: notHighRisk }).results.find((r) => r.requirement === "ethics-review")!.status).not.toBe("satisfied");
  });

  it("still reads the rule when the system is high-risk", () => {
    const text = tender("Het AI-systeem rangschikt aanvragen voor bijstand op urgentie.", rule);
    expect(check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "ethics-review")!.status).toBe("satisfied");
  });
});

describe("roles and duties in the words of contract drafting", () => {
  it("reads 'remains the provider' as the provider role", () => {
    expect(resultOf(tender(systemEn, "After the extension the Supplier remains the provider of the assistant."), "provider-role").status).toBe("satisfied");
  });

  it("reads a ban on models and subcontractors not named beforehand as supply-chain transparency", () => {
    expect(resultOf(tender(system, "De leverancier zet geen onderliggend model en geen onderaannemer in die niet vooraf schriftelijk aan de Provincie is opgegeven."), "supply-chain-transparency").status).toBe("satisfied");
  });

  it("reads 'the system may never reject on its own' as no solely automated decision", () => {
    expect(resultOf(tender(system, "Het systeem mag nooit zelfstandig een beoordelaar afwijzen; iedere keuze maakt een medewerker van het fonds."), "no-solely-automated-decisions").status).toBe("satisfied");
  });
});
