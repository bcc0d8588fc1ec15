// The engine on the kinds of language of held-out round 16 (general purchasing conditions with an
// order letter, standard provisions, an SLA with a processor agreement, a framework agreement, an
// English AI schedule, an RFQ, a PvE table; ADR 0046). The sentences are written for these tests.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check } from "./index.js";

const resultOf = (text: string, requirement: string) => check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === requirement)!;
const withSystem = (clause: string) => `# Overeenkomst\n\nHet AI-model voorspelt welke bruggen onderhoud nodig hebben.\n\n${clause}\n`;

describe("check: round 16 kinds", () => {
  it("reads a duty left to each participant, to arrangements still to be made or to how and when still to be agreed as deferred", () => {
    expect(resultOf(withSystem("Elke deelnemende gemeente beoordeelt zelf of voor haar gebruik van het model een DPIA moet worden uitgevoerd."), "dpia").reason).toBe("deferred");
    expect(resultOf(withSystem("Bij het einde van de overeenkomst maken de provincie en de leverancier afspraken over de overdracht van gegevens, modellen en documentatie aan een opvolger."), "exit-and-handover").reason).toBe("deferred");
    expect(resultOf(withSystem("De leverancier stemt met de provincie af op welke wijze en wanneer de conformiteitsbeoordeling plaatsvindt."), "conformity-assessment").reason).toBe("deferred");
    expect(resultOf(withSystem("Of de verslagen onder de Archiefwet vallen, stemmen we later af met de archivaris."), "records-and-openness").status).not.toBe("satisfied");
    // Coordinating inside a clause that binds is no deferral.
    const bound = resultOf(withSystem("Opdrachtnemer is aanbieder en de provincie is gebruiksverantwoordelijke in de zin van de AI-verordening; wijzigt de provincie het doel, dan stemt zij dat vooraf met Opdrachtnemer af."), "provider-role");
    expect(bound.status).toBe("satisfied");
  });

  it("reads the explanation column of a requirements table as explaining, not requiring", () => {
    const table = [
      "# Programma van Eisen",
      "",
      "Het AI-model geeft elke binnenkomende melding een prioriteit.",
      "",
      "| ID | Eis | Type | Toelichting |",
      "| --- | --- | --- | --- |",
      "| E-4 | Opdrachtnemer levert een handleiding. | KO | De opdrachtgever legt het model voor aan haar ethische commissie. |",
    ].join("\n");
    expect(resultOf(table, "ethics-review").reason).toBe("non-binding");
  });

  it("does not read a reference that binds only 'to the extent applicable' as settling what it names", () => {
    const text = "# Schedule\n\nThe tool is an AI system that ranks applicants.\n\n6.1 The Contractor shall ensure that the tool meets, to the extent applicable, Articles 9 to 15 of the AI Act.\n";
    expect(resultOf(text, "accuracy-robustness-security").reason).not.toBe("by-reference");
  });

  it("reads the words of AI Act art. 14(4)(d), Awb reasons and an English correspondence clause", () => {
    expect(resultOf(withSystem("De planner kan iedere voorspelling van het model terugdraaien voordat een werkorder ontstaat."), "human-oversight").status).toBe("satisfied");
    expect(resultOf(withSystem("Opdrachtnemer levert bij iedere beslissing over een aanvraag een motivering in begrijpelijke taal voor de aanvrager."), "individual-explanation").status).toBe("satisfied");
    const english = "# Schedule\n\nThe tool is an AI system that drafts replies.\n\nThe requirements in this Schedule correspond to the knock-out requirements of the tender and form part of the Agreement.\n";
    expect(resultOf(english, "requirements-in-award-and-contract").status).toBe("satisfied");
  });

  it("quotes what the system is and does for its purpose, and both parts of a requirement of two parts", () => {
    const text = [
      "# Overeenkomst",
      "",
      "1.1 De Opdrachtgever merkt het Systeem aan als AI-systeem zonder hoog risico in de zin van de AI-verordening.",
      "",
      "1.2 Het Systeem is een AI-systeem dat meldingen over kapotte lantaarnpalen op urgentie sorteert voor de monteurs.",
      "",
      "5.1 De verwerking van persoonsgegevens van melders berust op artikel 6, eerste lid, onder e, AVG.",
      "",
      "5.2 Opdrachtnemer bewaart de logbestanden gedurende twaalf maanden.",
      "",
      "5.3 Foto's van melders worden uiterlijk negentig dagen na het sluiten van de melding verwijderd.",
    ].join("\n");
    const report = check([doc(text)], { manifest: declaring(["algorithmic", "ai", "personal-data"]) });
    const purpose = report.results.find((r) => r.requirement === "purpose-and-scope")!;
    expect(purpose.status).toBe("satisfied");
    expect(purpose.evidence[0]!.quote).toContain("Het Systeem is een AI-systeem dat meldingen");
    const retention = report.results.find((r) => r.requirement === "purpose-limitation-and-retention")!;
    expect(retention.status).toBe("satisfied");
    expect(retention.evidence.map((e) => e.quote).join(" ")).toContain("negentig dagen");
  });

  it("reads an order that sets aside or changes an article of the general terms by its number", () => {
    const terms = [
      "# Algemene inkoopvoorwaarden AI",
      "",
      "Het AI-systeem beoordeelt aanvragen voor een subsidie.",
      "",
      "### Artikel 9 Opleiding",
      "",
      "9.1 Opdrachtnemer verzorgt voor alle gebruikers een training over de werking en de grenzen van het AI-systeem.",
      "",
      "### Artikel 11 Logging",
      "",
      "11.2 Opdrachtnemer bewaart de logbestanden van het AI-systeem ten minste twaalf maanden.",
    ].join("\n");
    const order = [
      "# Opdrachtbrief",
      "",
      "3.1 Een training als bedoeld in artikel 9 van de voorwaarden maakt geen deel uit van deze opdracht.",
      "",
      "3.2 In afwijking van artikel 11.2 bewaart Opdrachtnemer de logbestanden twee maanden.",
    ].join("\n");
    const report = check([doc(terms, "voorwaarden.md"), doc(order, "opdracht.md")], { manifest: declaring(everything) });
    expect(report.results.find((r) => r.requirement === "ai-literacy")!.status).not.toBe("satisfied");
    const logging = report.results.find((r) => r.requirement === "logging")!;
    expect(logging.status).toBe("partial");
    expect(logging.reason).toBe("retention-too-short");
    // The terms alone still bind.
    expect(check([doc(terms, "voorwaarden.md")], { manifest: declaring(everything) }).results.find((r) => r.requirement === "logging")!.status).toBe("satisfied");
  });

  it("keeps a duty whose sentence goes on to say what counts in the award, and reads 'de wensen worden …' as speaking of wishes", () => {
    const weighs = withSystem("De eisen uit hoofdstuk 4 worden ongewijzigd opgenomen in de overeenkomst, en de kwaliteit van het menselijk toezicht weegt als gunningscriterium mee.");
    expect(resultOf(weighs, "requirements-in-award-and-contract").status).toBe("satisfied");
    const wishesToo = withSystem("Alle eisen uit dit programma van eisen worden onderdeel van de overeenkomst en de SLA; de wensen worden beoordeeld bij de gunning.");
    expect(resultOf(wishesToo, "requirements-in-award-and-contract").status).toBe("satisfied");
    // The award clause alone still only weighs.
    expect(resultOf(withSystem("De kwaliteit van de training weegt als gunningscriterium mee."), "ai-literacy").status).not.toBe("satisfied");
  });

  it("does not read a ban on training a model with the buyer's data as training of staff", () => {
    const text = "# Schedule\n\nThe tool is an AI system that ranks applicants.\n\nThe Contractor shall not use Province Data or Outputs to train, retrain or fine-tune any model.\n";
    expect(resultOf(text, "ai-literacy").status).not.toBe("satisfied");
  });
  it("reads a decision taken or confirmed by a named official, or never by the model alone, as no solely automated decision", () => {
    const every = withSystem("Ieder besluit op een aanvraag wordt vastgesteld en ondertekend door een bevoegde ambtenaar.");
    expect(resultOf(every, "no-solely-automated-decisions").status).toBe("satisfied");
    const onlyAfter = "# Schedule\n\nThe tool is an AI system that proposes staff rosters.\n\nA proposal becomes a roster only after a planner has reviewed and approved it.\n";
    expect(resultOf(onlyAfter, "no-solely-automated-decisions").status).toBe("satisfied");
    const alone = withSystem("Een aanvraag wordt nooit zelfstandig door het model afgewezen.");
    expect(resultOf(alone, "no-solely-automated-decisions").status).toBe("satisfied");
    // A model that decides on its own is the opposite.
    expect(resultOf(withSystem("Het model wijst aanvragen met een lage score zelfstandig af."), "no-solely-automated-decisions").status).not.toBe("satisfied");
  });

  it("does not let the negation of the next clause negate a duty, and reads 'rangorde' as the order of the general terms", () => {
    const text = withSystem("Opdrachtnemer voert voor de start een DPIA uit; algemene voorwaarden van de winnaar zijn niet van toepassing.");
    expect(resultOf(text, "dpia").status).toBe("satisfied");
    const order = withSystem("Bij strijdigheid geldt de volgende rangorde: deze overeenkomst, daarna de ARBIT-2022.");
    expect(resultOf(order, "general-terms").status).toBe("satisfied");
  });
});
