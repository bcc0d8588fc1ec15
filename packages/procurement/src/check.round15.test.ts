// The engine and the classifier on the kinds of language of held-out round 15 (ordinary
// programmes of requirements, draft agreements, a leidraad with its Nota van Inlichtingen, a
// beschrijvend document and a request for quotation; ADR 0046). The sentences are written for
// these tests, not taken from the round's tenders.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify } from "./index.js";

const tagOf = (text: string, tag: string) => classify([doc(`# Opdracht\n\n${text}\n`)], { language: "nl" }).find((c) => c.tag === tag)!;
const resultOf = (text: string, requirement: string, name = "tender.md") =>
  check([doc(text, name)], { manifest: declaring(everything) }).results.find((r) => r.requirement === requirement)!;

describe("classify: round 15 kinds", () => {
  it("reads a form field answered 'geen' and persons who cannot be recognised as no personal data", () => {
    const field = ["Het model herkent zwerfvuil op foto's die veldwerkers met een app maken.", "Persoonsgegevens: geen.", "De app stuurt alleen de foto en de locatie door."].join("\n\n");
    expect(tagOf(field, "personal-data").holds).toBe(false);
    const unrecognisable = ["Een AI-model telt ganzen op dronebeelden van weilanden.", "De beelden hebben een resolutie waarbij personen en kentekens niet herkenbaar zijn."].join("\n\n");
    expect(tagOf(unrecognisable, "personal-data").holds).toBe(false);
    // The same field answered with something else still counts.
    const answered = ["Het model herkent zwerfvuil op foto's.", "Persoonsgegevens: naam en adres van de melder worden verwerkt."].join("\n\n");
    expect(tagOf(answered, "personal-data").holds).toBe(true);
  });

  it("does not read the staff member who reviews an output as a person the system decides about", () => {
    const reviewer = [
      "Een beeldherkenningsmodel wijst op satellietbeelden plekken met mogelijk illegaal gestort puin aan.",
      "Een medewerker van het team Beheer beoordeelt iedere aanwijzing en kan die bevestigen of verwerpen.",
      "Het systeem legt de beoordeling door de medewerker vast bij iedere aanwijzing.",
    ].join("\n\n");
    expect(tagOf(reviewer, "decisions-about-people").holds).toBe(false);
    const subject = [
      "Het algoritme rangschikt aanvragers van een woonvergunning naar urgentie.",
      "Op basis van de rangschikking neemt de gemeente een besluit over de toewijzing aan de aanvrager.",
    ].join("\n\n");
    expect(tagOf(subject, "decisions-about-people").holds).toBe(true);
  });

  it("does not read the procedure's own ranking of bidders, a data migration or criminal-offence data as an algorithm or an Annex III use", () => {
    const procedure = [
      "De opdracht betreft een zaaksysteem zonder kunstmatige intelligentie.",
      "Selectie. Als meer dan zes gegadigden geschikt zijn, rangschikt het waterschap hen op de mate waarin hun referenties op deze opdracht lijken.",
    ].join("\n\n");
    expect(tagOf(procedure, "algorithmic").holds).toBe(false);
    const migration = "Een AI-module herkent het soort document en stelt een zaaktype voor.\n\nNa de gunning beoordeelt de gemeente of voor de migratie van het oude systeem aanvullende maatregelen nodig zijn.";
    expect(tagOf(migration, "high-risk").detail ?? null).not.toBe("7");
    const criminalData = "De chatbot beantwoordt vragen over parkeervergunningen met een taalmodel.\n\nDe chatbot is niet bestemd voor de verwerking van gezondheidsgegevens of persoonsgegevens van strafrechtelijke aard; zulke gegevens worden vóór opslag verwijderd.";
    expect(tagOf(criminalData, "high-risk").holds).toBe(false);
  });

  it("reads staff of the buyer and a person the text denies as no persons a decision is about, and an enforcement order as one", () => {
    const staff = "Een beeldherkenningsmodel vindt scheuren in het wegdek.\n\nDe leverancier traint de weginspecteurs in het beoordelen van iedere detectie.\n\nIedere weginspecteur beslist zelf over herstel.";
    expect(tagOf(staff, "decisions-about-people").holds).toBe(false);
    const denied = "Het AI-model rangschikt meldingen over gevaarlijke kruispunten.\n\nDe rangschikking betreft de plek en niet de melder; iedere melding wordt beantwoord.";
    expect(tagOf(denied, "decisions-about-people").holds).toBe(false);
    const enforcement = [
      "Het AI-systeem vindt op luchtfoto's mogelijke illegale bouwwerken.",
      "Blijkt na controle een overtreding, dan legt de provincie een last onder dwangsom op.",
      "Een last onder bestuursdwang volgt pas na een bezoek ter plaatse.",
    ].join("\n\n");
    expect(tagOf(enforcement, "decisions-about-people").holds).toBe(true);
  });

  it("keeps an Annex III use high-risk when the text says the art. 6(3) exception is not possible", () => {
    const text =
      "Het AI-systeem beoordeelt of natuurlijke personen in aanmerking komen voor een toelage van de provincie; het is een hoog-risico-AI-systeem als bedoeld in bijlage III, punt 5, onder a. Een beroep op de uitzondering van artikel 6, derde lid, is niet mogelijk.";
    expect(tagOf(text, "high-risk").holds).toBe(true);
  });
});

describe("check: round 15 kinds", () => {
  it("reads the buyer's demand 'Wij verwachten dat de Opdrachtnemer …' as the supplier's duty", () => {
    const text = "# Beschrijvend document\n\nHet AI-model schat de kans op fraude met subsidies.\n\nWij verwachten dat de Opdrachtnemer ernstige incidenten binnen 48 uur aan ons meldt, de oorzaak onderzoekt en het model herstelt.\n";
    const result = resultOf(text, "incidents-and-corrective-action");
    expect(result.status).toBe("satisfied");
    expect(result.reason).toBe("obligation");
  });

  it("reads a duty that is 'een taak van de gemeente' as the buyer's, not the supplier's", () => {
    const text = "# Leidraad\n\nHet AI-model geeft signalen over aanvragen.\n\nHet uitleggen van een signaal aan de inwoner in gewone taal is een taak van de gemeente.\n";
    expect(resultOf(text, "individual-explanation").reason).toBe("wrong-party");
  });

  it("reads a declaration of knowing a rule or of a state of affairs as no commitment", () => {
    const acknowledged = "# Overeenkomst\n\nDe tool is een AI-systeem dat teksten samenvat.\n\nLeverancier verklaart bekend te zijn met de verboden AI-praktijken van artikel 5 van de AI-verordening.\n";
    const known = resultOf(acknowledged, "no-prohibited-practices");
    expect(known.status).toBe("partial");
    expect(known.reason).toBe("declaration-only");
    // Knowing the rule and then promising to keep it binds.
    const promised = resultOf(acknowledged.replace("AI-verordening.", "AI-verordening en zal die praktijken niet toepassen."), "no-prohibited-practices");
    expect(promised.reason).not.toBe("declaration-only");

    const declared = "# Offerteaanvraag\n\nHet AI-systeem rangschikt meldingen.\n\nDe inschrijver verklaart dat al zijn medewerkers een cursus over het werken met AI hebben gevolgd.\n";
    const literacy = resultOf(declared, "ai-literacy");
    expect(literacy.status).toBe("partial");
    expect(literacy.reason).toBe("declaration-only");
    // A declaration that the bidder will train staff is a commitment.
    const commits = resultOf(declared.replace("verklaart dat al zijn medewerkers een cursus over het werken met AI hebben gevolgd", "verklaart dat hij alle gebruikers vóór de ingebruikname een cursus over het werken met AI geeft"), "ai-literacy");
    expect(commits.status).toBe("satisfied");
  });

  it("reads 'beraadt zich nog' as deferred and 'Partijen kunnen … overeenkomen' as not binding", () => {
    const deliberating = "# Leidraad\n\nHet AI-model selecteert dossiers.\n\nHet waterschap beraadt zich nog op het voorleggen van het model aan zijn ethische commissie.\n";
    expect(resultOf(deliberating, "ethics-review").reason).toBe("deferred");
    const mayAgree = "# Overeenkomst\n\nDe assistent is een AI-systeem dat brieven opstelt.\n\nPartijen kunnen in goed overleg een cursus voor de gebruikers overeenkomen.\n";
    expect(resultOf(mayAgree, "ai-literacy").reason).toBe("non-binding");
  });

  it("reads what a letter to the States expects of a supplier as not binding, and the buyer's own commitment in it as binding", () => {
    const letter = [
      "Aan Provinciale Staten van Utrecht",
      "",
      "Geachte Statenleden,",
      "",
      "Het college zet een AI-model in dat meldingen over overlast sorteert.",
      "",
      "Wij verwachten van de leverancier dat hij fouten van het model direct aan ons meldt en herstelt.",
      "",
      "Voordat het model wordt gebruikt, voeren wij een DPIA uit.",
      "",
      "Hoogachtend,",
    ].join("\n");
    const report = check([doc(letter, "statenbrief.md")], { manifest: declaring(everything) });
    expect(report.results.find((r) => r.requirement === "incidents-and-corrective-action")!.reason).toBe("non-binding");
    expect(report.results.find((r) => r.requirement === "dpia")!.status).toBe("satisfied");
  });

  it("reads a bidder's question under its own heading as a question, and its answer as what binds", () => {
    const leidraad = "# Leidraad\n\nHet AI-model rangschikt dossiers voor heronderzoek.\n\nE-04 Het Systeem legt iedere berekening automatisch vast in logbestanden die 24 maanden worden bewaard.\n";
    const nvi = [
      "# Nota van Inlichtingen",
      "",
      "### Vraag 2 (E-04)",
      "",
      "Wij stellen voor de logbestanden slechts drie maanden te bewaren. Is dat akkoord?",
      "",
      "Antwoord: Ja. E-04 wordt op dit punt gewijzigd: de logbestanden worden drie maanden bewaard.",
    ].join("\n");
    const result = check([doc(leidraad, "leidraad.md"), doc(nvi, "nvi.md")], { manifest: declaring(everything) }).results.find((r) => r.requirement === "logging")!;
    expect(result.status).toBe("partial");
    expect(result.reason).toBe("retention-too-short");
  });

  it("withdraws a part of a requirement only for the topic the answer names, and not through a cross-reference", () => {
    const leidraad = [
      "# Leidraad",
      "",
      "Het AI-model rangschikt dossiers voor heronderzoek.",
      "",
      "E-06 Het Systeem haalt op de testset van de gemeente een nauwkeurigheid van ten minste 80 procent, gemeten zoals beschreven in E-11.",
      "",
      "E-11 Opdrachtnemer toetst het model jaarlijks op discriminatie naar leeftijd en geslacht.",
    ].join("\n");
    const nvi = "# Nota van Inlichtingen\n\n**Vraag 1**\n\nKan E-11 vervallen?\n\nAntwoord: E-11 vervalt.\n";
    const report = check([doc(leidraad, "leidraad.md"), doc(nvi, "nvi.md")], { manifest: declaring(everything) });
    expect(report.results.find((r) => r.requirement === "accuracy-robustness-security")!.status).toBe("satisfied");
    expect(report.results.find((r) => r.requirement === "non-discrimination")!.reason).toBe("withdrawn");
  });

  it("reads 'alleen ter kennisname' as not binding", () => {
    const text = "# Leidraad\n\nHet AI-model voorspelt wachttijden.\n\nHet energiegebruik dat het model meet, wordt alleen ter kennisname ontvangen.\n";
    expect(resultOf(text, "sustainability").reason).toBe("non-binding");
  });

  it("keeps a 'must' standing when a later clause says what 'should' not be done", () => {
    const text = "# Specification\n\nThe model forecasts demand with machine learning.\n\nR-3. Operators must be able to override every forecast and switch off the automatic feed at any time; the screen reminds them that forecasts are advice and should not be trusted blindly.\n";
    expect(resultOf(text, "human-oversight").status).toBe("satisfied");
    const wish = "# Specification\n\nThe model forecasts demand with machine learning.\n\nOperators should be able to override every forecast.\n";
    expect(resultOf(wish, "human-oversight").reason).toBe("wish");
  });

  it("does not read 'the correct interpretation of' in a requirement as a definition", () => {
    const text = "# Specification\n\nThe model forecasts demand with machine learning.\n\nR-9. The Contractor holds three training sessions for all users on the working, the limits and the correct interpretation of the forecasts.\n";
    expect(resultOf(text, "ai-literacy").status).toBe("satisfied");
  });

  it("does not read a clause that names wishes by number as a wish", () => {
    const text = "# Programma van Eisen\n\nHet AI-model herkent schade aan wegen.\n\nE-30 Dit Programma van Eisen wordt onderdeel van de overeenkomst, de eisen E-02 en E-05 komen als kritieke prestatie-indicatoren in de SLA en de wensen W-01 en W-02 worden gewaardeerd bij de gunning.\n";
    expect(resultOf(text, "requirements-in-award-and-contract").status).toBe("satisfied");
  });

  it("reads the accuracy achieved per class and the known confusions, given to the buyer, as information to interpret the output", () => {
    const text = "# Offerteaanvraag\n\nEen AI-model herkent vogelsoorten op geluidsopnamen.\n\nDe leverancier geeft vóór de start per vogelsoort de gemeten nauwkeurigheid op en noemt de soorten die het model vaak door elkaar haalt.\n";
    expect(resultOf(text, "transparency-to-buyer").status).toBe("satisfied");
  });

  it("reads who is provider in the sense of the AI Act's article 25 as settling the provider role", () => {
    const text = "# Specification\n\nThe tool is an AI system that ranks reports.\n\nThe Municipality puts the tool into service under its own brand and is therefore provider in the sense of article 25 of the AI Act.\n";
    expect(resultOf(text, "provider-role").status).toBe("satisfied");
  });
});
