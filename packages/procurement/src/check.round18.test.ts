// The engine on the kinds of language of round 18 (an annex with its own abbreviation of the AI
// Act, an RFQ whose "Eisen en wensen" table marks each row, retention in number words). The
// sentences are written for these tests, not taken from the round.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify } from "./index.js";

const resultOf = (text: string, requirement: string, tags: readonly string[] = everything) =>
  check([doc(text)], { manifest: declaring(tags as typeof everything) }).results.find((r) => r.requirement === requirement)!;
const withAi = (clause: string) => `# Overeenkomst\n\nHet AI-model stelt conceptbrieven op en herkent objecten op camerabeelden.\n\n${clause}\n`;
const highRisk = (text: string) => classify([doc(text)]).find((c) => c.tag === "high-risk")!;

describe("check: round 18 kinds", () => {
  it("reads an abbreviation the annex defines for the AI Act as the Act", () => {
    const text = [
      "# Bijlage 2 Privacy en AI",
      "",
      "In deze bijlage staat \"AI-v\" voor de AI-verordening.",
      "",
      "De camera-analyse telt bezoekers per zone met een neuraal netwerk.",
      "",
      "Opdrachtnemer staat ervoor in dat het Systeem voldoet aan de artikelen 10 en 13 AI-v.",
    ].join("\n");
    expect(resultOf(text, "data-governance").reason).toBe("by-reference");
    expect(resultOf(text, "transparency-to-buyer").reason).toBe("by-reference");
  });

  it("reads a named Annex III point of the AI Act as high risk without the words 'hoog risico', but not the tender's own third annex or a denied point", () => {
    const named = "# Overeenkomst\n\nDe software herkent gezichten met een AI-model.\n\nHet Systeem valt onder bijlage III, punt 1, onder a, AI-v.\n";
    expect(highRisk(named)).toMatchObject({ holds: true, detail: "1a" });
    const ownAnnex = "# Overeenkomst\n\nDe software herkent gezichten met een AI-model.\n\nDe prijzen staan in bijlage III, punt 1, van deze overeenkomst.\n";
    expect(highRisk(ownAnnex).detail).not.toBe("1a");
    const denied = "# Marktconsultatie\n\nDe tool toetst aanvragen met een AI-model.\n\nDe Provincie meent dat een vergunning geen essentiële dienst is in de zin van bijlage III, punt 5, onder a, van de AI-verordening.\n";
    expect(highRisk(denied).holds).toBe(false);
  });

  it("reads each row of an 'Eisen en wensen' table by its own type", () => {
    const text = [
      "# Offerteaanvraag",
      "",
      "De tool rangschikt sollicitaties met een taalmodel.",
      "",
      "## 3. Eisen en wensen",
      "",
      "| Nr. | Omschrijving | Type |",
      "| --- | --- | --- |",
      "| E-01 | Opdrachtnemer geeft de Provincie jaarlijks het recht om de werking van de tool door een onafhankelijke auditor te laten onderzoeken. | E |",
      "| W-01 | Opdrachtnemer rapporteert het energieverbruik van de tool per kwartaal. | W |",
    ].join("\n");
    expect(resultOf(text, "audit-right").status).toBe("satisfied");
    expect(resultOf(text, "sustainability").reason).toBe("wish");
  });

  it("reads a retention period written in number words above twelve", () => {
    const text = "# Overeenkomst\n\nHet AI-model telt bezoekers op camerabeelden.\n\nDe artikelen 12 en 19 van de AI-verordening zijn van toepassing, met dien verstande dat logbestanden veertien dagen na het evenement worden verwijderd.\n";
    expect(resultOf(text, "logging").reason).toBe("retention-too-short");
  });

  it("reads reported advice as not binding and a clause that releases the supplier as a denial", () => {
    const text = withAi("The DPO advised that a data protection impact assessment be carried out before first use.\n\n3.2 This Clause does not oblige the Supplier to disclose which general-purpose AI model underlies the assistant.");
    expect(resultOf(text, "dpia").status).not.toBe("satisfied");
    expect(resultOf(text, "supply-chain-transparency").status).toBe("missing");
    expect(resultOf(withAi("Leverancier streeft naar een nauwkeurigheid van ten minste 90 procent op de testset."), "accuracy-robustness-security").status).not.toBe("satisfied");
  });

  it("does not read a question someone asked as a use of the system", () => {
    const text = "# Explanatory memorandum\n\nThe assistant drafts replies to residents with a language model.\n\nDuring the consultation a supplier asked whether a tool that writes to residents about their grants decides about those residents.\n";
    expect(highRisk(text).holds).toBe(false);
  });

  it("reads monitoring after go-live as outputs assessed monthly with model changes announced, and a system that falls under Annex III as classified", () => {
    expect(resultOf(withAi("After go-live the Supplier shall assess 40 drafts monthly against the acceptance criteria and announce any change of model version in advance."), "monitoring-after-go-live").status).toBe("satisfied");
    expect(resultOf(withAi("Het Systeem valt onder bijlage III, punt 1, onder a, van de AI-verordening."), "risk-classification").status).toBe("satisfied");
  });

  it("reads a joint analysis of the security risks, and not one that this order does not ask for", () => {
    expect(resultOf(withAi("Voorafgaand aan de livegang stellen Partijen samen een analyse op van de informatiebeveiligingsrisico's van het Systeem."), "information-security").status).toBe("satisfied");
    const notAsked = withAi("5.3 Een gezamenlijke beveiligingsrisicoanalyse als bedoeld in artikel A.6 van de inkoopvoorwaarden wordt voor deze Bestelling niet verlangd.");
    expect(resultOf(notAsked, "information-security").status).toBe("missing");
  });

  it("reads a later sentence of a numbered requirement as withdrawn when an answer drops that sentence by quoting it", () => {
    const leidraad = doc("# Leidraad\n\nHet model voorspelt met machine learning welke aanvragen extra controle krijgen.\n\nE-14 (KO). De Opdrachtnemer beschikt over een ISO 27001-certificaat. Partijen voeren vóór de ingebruikname gezamenlijk een beveiligingsrisicoanalyse uit.\n", "leidraad.md");
    const nvi = doc("# Nota van Inlichtingen\n\nVraag 7: Is een gezamenlijke analyse nodig?\n\nAntwoord: Nee. De laatste zin van eis E-14 («Partijen voeren vóór de ingebruikname gezamenlijk een beveiligingsrisicoanalyse uit.») vervalt.\n", "nvi.md");
    const r = check([leidraad, nvi], { manifest: declaring(everything) }).results.find((x) => x.requirement === "information-security")!;
    expect(r.status).not.toBe("satisfied");
  });

  it("takes a part of the terms that the order declares not applicable ('Deel B') out, but not when only some clauses of a part go", () => {
    const terms = "# Bijzondere inkoopvoorwaarden\n\n## Deel A — Alle algoritmen\n\nA.1 Leverancier geeft de Gemeente inzage in de beslisregels.\n\n## Deel B — AI-systemen\n\nB.1 Het AI-systeem is met machine learning getraind en Leverancier levert een modelkaart.\n";
    const order = (line: string) => `# Bestelformulier\n\nDe rekenkern past vaste beslistabellen van de Gemeente toe.\n\n${line}\n`;
    const ai = (line: string) => classify([doc(terms, "voorwaarden.md"), doc(order(line), "bestelling.md")]).find((c) => c.tag === "ai")!.holds;
    expect(ai("Deel B van de voorwaarden is niet van toepassing, omdat de Prestatie geen AI-systeem omvat.")).toBe(false);
    expect(ai("De bepalingen van Deel B die alleen gelden voor systemen met een hoog risico zijn niet van toepassing.")).toBe(true);
  });

  it("reads lettered definitions as definitions, unless a definition puts the work on the supplier", () => {
    const defs = (item: string) => withAi(`## Artikel 1 Definities\n\n1.1 In deze Clausules wordt verstaan onder:\n\n${item}`);
    const literacy = defs("c. AI-geletterdheid: vaardigheden, kennis en begrip die aanbieders en gebruiksverantwoordelijken in staat stellen AI-systemen met kennis van zaken in te zetten;");
    expect(resultOf(literacy, "ai-literacy").status).not.toBe("satisfied");
    const card = defs("j. Modelkaart: het door Opdrachtnemer op te stellen en bij iedere nieuwe versie bij te werken document waarin de herkomst en de representativiteit van de trainingsdata worden beschreven;");
    expect(resultOf(card, "data-governance").reason).not.toBe("definition");
  });

  it("reads special-category data that form no part of the data sets as excluded, which the requirement asks", () => {
    const text = withAi("F.2 Bijzondere categorieën van persoonsgegevens en persoonsgegevens van strafrechtelijke aard maken geen deel uit van de Datasets; de Provincie verwijdert deze vóór aanlevering.");
    expect(resultOf(text, "special-category-data").status).toBe("satisfied");
  });

  it("reads the model clauses made part of the contract as a whole, or translated as the clauses themselves", () => {
    expect(resultOf(withAi("5.1 De EU-modelcontractbepalingen voor de aanbesteding van AI (MCC-AI Light) maken als geheel deel uit van de nadere overeenkomst."), "ai-contract-clauses").status).toBe("satisfied");
    expect(resultOf(withAi("Deze bepalingen zijn een werkvertaling van de modelcontractbepalingen voor de aanbesteding van AI-systemen met een hoog risico."), "ai-contract-clauses").status).toBe("satisfied");
  });

  it("reads plain-language duties to tell the buyer the base model, where the system works less well, and a fortnightly re-run of the test set", () => {
    expect(resultOf(withAi("U vertelt ons welk basismodel u gebruikt en wie dat model aanbiedt."), "supply-chain-transparency").status).toBe("satisfied");
    expect(resultOf(withAi("U vertelt ons wanneer het systeem minder goed werkt, bijvoorbeeld bij mist of fel zonlicht."), "transparency-to-buyer").status).toBe("satisfied");
    expect(resultOf(withAi("Jullie draaien iedere twee weken de testset opnieuw en bespreken de uitkomst met ons."), "monitoring-after-go-live").status).toBe("satisfied");
    // A processor agreement's sub-processor list is not the disclosure of the model behind the system.
    expect(resultOf(withAi("Verwerker informeert Verwerkingsverantwoordelijke vooraf over een nieuwe Subverwerker."), "supply-chain-transparency").status).not.toBe("satisfied");
  });

  it("reads modules a licence leaves out before a colon as excluded, whatever they would do", () => {
    const text = "# Agreement\n\nThe Service ranks road reports with a gradient-boosting model.\n\n3.4 The following modules of the platform are not licensed under this Agreement and shall not be enabled: (a) Reply Assistant, which uses a large language model to draft replies; and (b) Vision Patrol.\n";
    expect(classify([doc(text)]).find((c) => c.tag === "generative")!.holds).toBe(false);
  });

  it("reads 'wij' in the bidder's own offer as the supplier, and in the buyer's request as the buyer", () => {
    const clause = "Wij garanderen dat de tool geen emotieherkenning of andere verboden AI-praktijk als bedoeld in artikel 5 van de AI-verordening bevat.";
    const offer = `# Offerte TalentLens voor de Provincie\n\nMet veel enthousiasme bieden wij u hierbij onze offerte aan. De tool rangschikt sollicitaties met machine learning.\n\n${clause}\n`;
    expect(resultOf(offer, "no-prohibited-practices").status).toBe("satisfied");
    const request = `# Offerteaanvraag wervingstool\n\nDe tool rangschikt sollicitaties met machine learning.\n\n${clause}\n`;
    expect(resultOf(request, "no-prohibited-practices").reason).toBe("wrong-party");
  });

  it("reads a decision taken later, a duty left to each call-off, and keeping documentation as no duty to deliver it", () => {
    expect(resultOf(withAi("Over publicatie van het model in het Algoritmeregister besluiten de gemeenten na afronding van de IAMA."), "algorithm-register").status).not.toBe("satisfied");
    expect(resultOf(withAi("Technische documentatie en gebruiksinstructies worden per deelopdracht vastgelegd in de opdrachtbevestiging."), "technical-documentation").reason).toBe("deferred");
    expect(resultOf(withAi("De Leverancier bewaart de technische documentatie ten minste tien jaar na de laatste levering."), "technical-documentation").status).not.toBe("satisfied");
    expect(resultOf(withAi("De Leverancier levert vóór de acceptatie de technische documentatie en de gebruiksinstructies."), "technical-documentation").status).toBe("satisfied");
  });

  it("reads what is not intended, information asked of the bidder and a speaker's turn in minutes as no duty", () => {
    expect(resultOf(withAi("4.18 It is not the intention that the contractor plays a role in explaining individual decisions to applicants."), "individual-explanation").status).not.toBe("satisfied");
    expect(resultOf(withAi("3.3 De Provincie verzoekt Inschrijver in zijn inschrijving aan te geven in welke risicoklasse van de AI-verordening het systeem valt."), "risk-classification").reason).toBe("question-only");
    const minutes = "# Besluitenlijst\n\nHet model beoordeelt meldingen met machine learning.\n\nDhr. Van Dalen: bezwaar ligt niet voor de hand; mogelijk volstaat de gemeentelijke klachtenregeling.\n";
    expect(resultOf(minutes, "complaints-and-appeal").status).not.toBe("satisfied");
  });

  it("reads a topic declared not applicable as set aside, but the supplier's own terms declared not applicable as what general-terms asks", () => {
    expect(resultOf(withAi("12a.15 De eisen inzake digitale toegankelijkheid (EN 301 549) zijn op de bedieningsconsole niet van toepassing."), "accessibility").status).toBe("missing");
    expect(resultOf(withAi("15.1 The Province's General Purchasing Conditions do not apply to this Agreement."), "general-terms").status).toBe("missing");
    expect(resultOf(withAi("Op de overeenkomst zijn de ARBIT-2022 van toepassing. Algemene voorwaarden van de inschrijver, hoe ook genaamd, zijn niet van toepassing."), "general-terms").status).toBe("satisfied");
  });

  it("reads a supplier's declaration that a system or data are fine as no plan, and a period another document may shorten as too short", () => {
    expect(resultOf(withAi("A.5.1 Leverancier verklaart dat hij beschikt over een risicobeheersysteem dat voldoet aan artikel 9 van de AI-verordening."), "risk-management").reason).toBe("declaration-only");
    expect(resultOf(withAi("Leverancier richt vóór de ingebruikname een risicobeheersysteem in voor de gehele levenscyclus en actualiseert het bij iedere nieuwe versie."), "risk-management").status).toBe("satisfied");
    const open = resultOf(withAi("De Leverancier legt alle gebeurtenissen automatisch vast in logbestanden en bewaart de logbestanden ten minste zes maanden, tenzij de Bestelling anders bepaalt."), "logging");
    expect(open.reason).toBe("retention-too-short");
  });

  it("reads an article an amendment letter gives new wording ('komt te luiden') as replaced, and an explanatory note as binding nobody", () => {
    const terms = doc("# Aanvullende voorwaarden\n\nDe Beleidsassistent vat stukken samen met een taalmodel.\n\n9.2 Leverancier legt ieder verzoek automatisch vast in logbestanden.\n\n9.3 Leverancier bewaart de logbestanden ten minste twaalf maanden.\n", "voorwaarden.md");
    const letter = doc("# Wijzigingsbrief\n\n**B. Artikel 9.3** komt te luiden:\n\nLeverancier bewaart de logbestanden drie maanden.\n\nToelichting. Het team Informatievoorziening vult de registratie in het Algoritmeregister zelf in.\n", "wijziging.md");
    const results = check([terms, letter], { manifest: declaring(everything) }).results;
    expect(results.find((r) => r.requirement === "logging")!.status).not.toBe("satisfied");
    expect(results.find((r) => r.requirement === "algorithm-register")!.status).not.toBe("satisfied");
  });

  it("reads service norms and parts made whole part of the contract as requirements in the contract", () => {
    expect(resultOf(withAi("De normen van de artikelen 8.2, 9 en 13 zijn als servicenormen opgenomen in de dienstverleningsovereenkomst."), "requirements-in-award-and-contract").status).toBe("satisfied");
    expect(resultOf(withAi("Deel C en D worden integraal onderdeel van de nadere overeenkomst en de SLA."), "requirements-in-award-and-contract").status).toBe("satisfied");
  });

  it("reads a duty that holds only if the order says so as deferred", () => {
    expect(resultOf(withAi("Een gezamenlijke beveiligingsrisicoanalyse wordt uitgevoerd indien de Bestelling dat bepaalt."), "information-security").reason).toBe("deferred");
  });

  it("reads confidentiality that does not hinder disclosure under the Woo as the openness asked, not as its contradiction", () => {
    const text = withAi("Geheimhoudingsafspraken beletten de Provincie niet om informatie over het systeem openbaar te maken op grond van de Wet open overheid. Leverancier bewaart de documentatie tien jaar.");
    expect(resultOf(text, "records-and-openness").reason).not.toBe("contradicted");
    const english = withAi("Confidentiality clauses in the Agreement do not hinder that the Province makes information about the Solution public under the Open Government Act.");
    expect(resultOf(english, "records-and-openness").reason).not.toBe("contradicted");
  });

  it("reads 'nader te bepalen' as deferred but a category called 'nader onderzoek' as no deferral", () => {
    expect(resultOf(withAi("De bewaartermijnen en de grondslag van de verwerking worden nader vastgelegd in de verwerkersovereenkomst."), "purpose-limitation-and-retention").reason).toBe("deferred");
    const category = withAi("Het model is een classificatiemodel dat per verzoek een voorstel genereert (toekennen, afwijzen of nader onderzoek); het beoogde doel is uitsluitend de ondersteuning van de behandelaar.");
    expect(resultOf(category, "purpose-and-scope").status).toBe("satisfied");
  });

  it("reads accuracy without a measurable value as incomplete, and a metric with its target or the annex that holds it as met", () => {
    const vague = resultOf(withAi("8.3 De Leverancier draagt er zorg voor dat het Systeem een passend niveau van nauwkeurigheid, robuustheid en cyberbeveiliging heeft, gelet op artikel 15 van de AI-verordening."), "accuracy-robustness-security");
    expect(vague.reason).toBe("incomplete");
    expect(resultOf(withAi("De Leverancier zorgt dat het model op de testset een nauwkeurigheid van ten minste 92 procent haalt."), "accuracy-robustness-security").status).toBe("satisfied");
    expect(resultOf(withAi("De maatstaven voor de nauwkeurigheid en de minimaal te bereiken waarden zijn opgenomen in Bijlage E."), "accuracy-robustness-security").status).toBe("satisfied");
  });

  it("reads the supplier's short name from the party clause as the supplier", () => {
    const text = "# Master Services Agreement\n\nQuillmark Technologies Ltd, a company incorporated in England and Wales, 40 Bernard Street, London (\"Quillmark\"), and the Province.\n\nThe Service summarises case files with a large language model.\n\nQuillmark shall deliver two live training sessions for users on how the Service works, its limitations and the risk of automation bias.\n";
    expect(resultOf(text, "ai-literacy").status).toBe("satisfied");
  });

  it("reads plain-language (B1) promises and training as duties", () => {
    expect(resultOf(withAi("U belooft dat het systeem niets doet wat de AI-wet verbiedt (artikel 5 van de AI-wet)."), "no-prohibited-practices").status).toBe("satisfied");
    expect(resultOf(withAi("U leert onze medewerkers hoe het systeem werkt en wat het niet kan."), "ai-literacy").status).toBe("satisfied");
  });

  it("reads accuracy as what the system gets right out of every hundred, and the model clauses as applicable or part of the contract", () => {
    expect(resultOf(withAi("Het systeem herkent in onze test minstens 85 van elke 100 objecten goed, ook in het donker."), "accuracy-robustness-security").status).toBe("satisfied");
    expect(resultOf(withAi("The summaries must reach at minimum 95% factual correctness on the test set."), "accuracy-robustness-security").status).toBe("satisfied");
    expect(resultOf(withAi("The model contractual clauses for the procurement of AI (MCC-AI), light version, are applicable on the Agreement."), "ai-contract-clauses").status).toBe("satisfied");
  });

  it("reads telling people they chat with a chatbot, and marking text written with a language model, as AI Act art. 50 transparency", () => {
    expect(resultOf(withAi("In het chatvenster staat altijd zichtbaar dat medewerkers met een AI-chatbot praten."), "ai-interaction-transparency").status).toBe("satisfied");
    expect(resultOf(withAi("Ieder bericht aan een melder vermeldt in begrijpelijke taal dat de tekst met behulp van AI is opgesteld."), "ai-interaction-transparency").status).toBe("satisfied");
  });

  it("reads automatic recording of what the system did as logging (AI Act art. 12(1))", () => {
    const text = withAi("Het platform legt automatisch vast welk advies bij welke aanvraag is gegeven, met welke modelversie en door wie; deze vastleggingen worden twaalf maanden bewaard.");
    expect(resultOf(text, "logging").status).toBe("satisfied");
  });

  it("asks a high-risk tender for ten years of documentation besides the Woo clause", () => {
    const woo = "Geheimhoudingsbedingen staan niet in de weg aan openbaarmaking door de provincie op grond van de Wet open overheid.";
    expect(resultOf(withAi(woo), "records-and-openness").reason).toBe("incomplete");
    expect(resultOf(withAi(`${woo}\n\nDe Leverancier bewaart de technische documentatie tien jaar na het in de handel brengen.`), "records-and-openness").status).toBe("satisfied");
    expect(resultOf(withAi(woo), "records-and-openness", ["algorithmic", "ai"]).status).toBe("satisfied");
  });

  it("does not read the buyer's own internal course as training by the supplier", () => {
    expect(resultOf(withAi("Alleen consulenten die onze interne cursus over de werking en de grenzen van het model hebben gevolgd, krijgen toegang."), "ai-literacy").status).not.toBe("satisfied");
  });

  it("reads 'definitions' in running text as no definition, and access for an auditor as the audit right", () => {
    const handover = withAi("At the end of the contract you hand over all our data, the trained models and the configuration (thresholds, feature definitions) in open formats, and then delete your copies.");
    expect(resultOf(handover, "exit-and-handover").reason).not.toBe("definition");
    const audit = withAi("The Supplier shall, at the Municipality's first request, grant the Municipality or an Auditor access to the technical documentation and to the logs of the system.");
    expect(resultOf(audit, "audit-right").status).toBe("satisfied");
    const programme = withAi("The Service Provider shall give the Audit Authority and the European Court of Auditors access to all financial records of the project.");
    expect(resultOf(programme, "audit-right").status).not.toBe("satisfied");
  });

  it("reads advice after a fronted clause, an advice box, a measure with status 'advies' and views that differed as not binding", () => {
    expect(resultOf(withAi("Omdat fragmenten 28 dagen worden bewaard, adviseren wij toch een volledige DPIA uit te voeren."), "dpia").status).not.toBe("satisfied");
    expect(resultOf(withAi("Advies aan de Provincie Organiseer vóór de pilot een sessie begeleidingsethiek met operators en de ethische commissie."), "ethics-review").status).not.toBe("satisfied");
    expect(resultOf(withAi("Over de bewaartermijn van de logbestanden verschilden de meningen."), "logging").status).not.toBe("satisfied");
    const table = withAi("| Nr. | Maatregel | Status |\n| --- | --- | --- |\n| M13 | Leverancier rapporteert het energieverbruik per verwerkingsronde. | advies |\n| M4 | Leverancier legt ieder verzoek automatisch vast in logbestanden en bewaart die twaalf maanden. | besloten |");
    expect(resultOf(table, "sustainability").reason).toBe("wish");
    expect(resultOf(table, "logging").status).toBe("satisfied");
  });

  it("does not read the objection clause of a decision against that decision as the complaint route the requirement asks", () => {
    expect(resultOf(withAi("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van dit besluit een bezwaarschrift indienen."), "complaints-and-appeal").status).not.toBe("satisfied");
  });
});

