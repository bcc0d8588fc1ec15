// The engine on kinds of language that real contracts carry around their AI clauses: percentages
// that measure something other than what the system gets right, and lettered duties written as one
// paragraph under a lead-in. The sentences are written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { articlesSetAside } from "./check-withdrawn.js";
import { check } from "./index.js";

const resultOf = (text: string, requirement: string) =>
  check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === requirement)!;
const withAi = (...clauses: string[]) => ["# Overeenkomst", "", "Het AI-model herkent schade aan het wegdek op camerabeelden.", "", ...clauses.flatMap((c) => [c, ""])].join("\n");

describe("check: kinds of round 20 and of real contracts", () => {
  it("reads a percentage as an accuracy target only when it measures what the system gets right", () => {
    const recognised = withAi("Opdrachtnemer zorgt ervoor dat het model ten minste 90 procent van de scheuren juist herkent op de testset van de Provincie.");
    expect(resultOf(recognised, "accuracy-robustness-security")).toMatchObject({ status: "satisfied", reason: "obligation" });
    const ranked = withAi("Opdrachtnemer staat ervoor in dat van de 100 hoogst gerangschikte meldingen ten minste 60 procent na inspectie terecht blijkt.");
    expect(resultOf(ranked, "accuracy-robustness-security").status).toBe("satisfied");
    // A share of costs, of a workload or of a surface is a figure, not a level of accuracy.
    for (const clause of [
      "Aan Opdrachtnemer wordt een bijdrage verleend van ten hoogste EUR 200.000, zijnde 60 procent van de subsidiabele kosten.",
      "Opdrachtnemer inspecteert ten minste 25 procent van de wegvakken ter plaatse.",
      "De berm heeft na het maaien een bedekkingsgraad van ten minste 80 procent.",
    ]) expect(resultOf(withAi(clause), "accuracy-robustness-security").status, clause).toBe("missing");
  });

  it("reads lettered duties in one paragraph as separate items of their lead-in", () => {
    const text = withAi(
      "3.1 De Leverancier zal:",
      [
        "a. het model trainen en gedurende de looptijd onderhouden;",
        "b. de nauwkeurigheid van het model beschrijven in een modelkaart;",
        "c. de medewerkers ten minste vier keer per jaar een werksessie aanbieden.",
      ].join("\n"),
    );
    // "nauwkeurigheid" (b) and "ten minste" (c) belong to different duties: no accuracy target.
    expect(resultOf(text, "accuracy-robustness-security").status).not.toBe("satisfied");
    // Each item still carries its lead-in's party: the quality-management duty of (b) is the supplier's.
    const lead = withAi("3.1 De Leverancier zal:", ["a. het model trainen;", "b. ieder kwartaal de trefkans van het model vergelijken met die van de steekproef."].join("\n"));
    expect(resultOf(lead, "monitoring-after-go-live")).toMatchObject({ status: "satisfied" });
    // A duty of the supplier under the buyer's lead-in is the buyer's, not the supplier's.
    const docs = (party: string) => withAi(`3.2 ${party} zal:`, ["a. de camerabeelden beschikbaar stellen;", "b. vóór de acceptatietest een beschrijving en een certificaat van het kwaliteitsbeheersysteem overleggen."].join("\n"));
    expect(resultOf(docs("De Leverancier"), "quality-management")).toMatchObject({ status: "satisfied", reason: "obligation" });
    expect(resultOf(docs("De Provincie"), "quality-management")).toMatchObject({ status: "partial", reason: "wrong-party" });
  });

  it("reads a purchasing team's plan for a tender still to be written as not binding", () => {
    const plan = (clause: string) => `# Inkoopplan spraakanalyse\n\nHet AI-model zet gesprekken om in tekst en vat ze samen met een taalmodel.\n\n${clause}\n`;
    expect(resultOf(plan("We willen dat de leverancier maandelijks rapporteert over de kwaliteit van de samenvattingen en over de drift van het model."), "monitoring-after-go-live")).toMatchObject({ status: "partial", reason: "non-binding" });
    expect(resultOf(plan("In de aanbesteding nemen we op dat de leverancier vóór de acceptatietest technische documentatie en een gebruiksaanwijzing levert."), "technical-documentation")).toMatchObject({ status: "partial", reason: "non-binding" });
    // The same duty written into the tender binds.
    expect(resultOf(plan("De leverancier levert vóór de acceptatietest technische documentatie en een gebruiksaanwijzing."), "technical-documentation")).toMatchObject({ status: "satisfied" });
    // Cooperation with a DPIA that may never be carried out commits no one to a DPIA.
    expect(resultOf(plan("Opdrachtnemer verleent medewerking aan een eventueel door Opdrachtgever uit te voeren gegevensbeschermingseffectbeoordeling."), "dpia").status).not.toBe("satisfied");
  });

  it("reads a supplier's disclaimer that leaves a duty to the customer as the wrong party, and a document overriding another as no human override", () => {
    const terms = (clause: string) => `# AI Service Terms\n\nThe AI Services rank road damage reports with a machine-learning model.\n\n${clause}\n`;
    expect(resultOf(terms("4.2 Customer acknowledges and agrees that the Output is advisory and that Customer is solely responsible for human oversight of the Services, including any decision to override or disregard an Output."), "human-oversight")).toMatchObject({ status: "partial", reason: "wrong-party" });
    expect(resultOf(terms("4.2 The Supplier shall enable Customer's staff to override or disregard any Output and to stop the Services at any time."), "human-oversight")).toMatchObject({ status: "satisfied" });
    expect(resultOf(terms("No purchase order or other document issued by Customer will amend, supplement or override these Terms."), "human-oversight").status).toBe("missing");
  });

  it("reads a row whose status is a proposal or a market question as not settled", () => {
    const table = (status: string) =>
      ["# Inkoopstrategie", "", "Het hulpmiddel vat zienswijzen samen met een taalmodel.", "", "## Eisen op hoofdlijnen", "", "| Nr. | Onderwerp | Eis | Status |", "| --- | --- | --- | --- |", `| V-10 | Controle | De leverancier geeft de Provincie het recht de werking van het hulpmiddel door een onafhankelijke auditor te laten controleren | ${status} |`].join("\n");
    expect(resultOf(table("Voorstel"), "audit-right")).toMatchObject({ status: "partial", reason: "deferred" });
    expect(resultOf(table("Marktconsultatie"), "audit-right")).toMatchObject({ status: "partial", reason: "question-only" });
    expect(resultOf(table("Vastgesteld"), "audit-right").status).toBe("satisfied");
  });

  it("reads a topic not yet discussed, and a requirement an answer turns into a wish or an aim, as not binding", () => {
    expect(resultOf(withAi("Hoe het hulpmiddel met gezondheidsgegevens omgaat, is in het projectteam nog niet besproken."), "special-category-data").status).not.toBe("satisfied");
    const tender = (answer: string) => [
      doc("# Leidraad\n\nDe Notulenassistent maakt verslagen met een taalmodel.\n\n**E-12** Opdrachtnemer hanteert gedurende de looptijd een gedocumenteerd systeem voor risicobeheer voor de Notulenassistent.\n", "leidraad.md"),
      doc(`# Nota van Inlichtingen\n\n**Vraag 44** (E-12)\n\nKan de eis vervallen?\n\n*Antwoord:* ${answer}\n`, "nvi.md"),
    ];
    const riskOf = (answer: string) => check(tender(answer), { manifest: declaring(everything) }).results.find((r) => r.requirement === "risk-management")!;
    expect(riskOf("E-12 wordt omgezet in wens W-06.").status).not.toBe("satisfied");
    expect(riskOf("Nee, E-12 blijft gehandhaafd.").status).toBe("satisfied");
    const aim = withAi('Antwoord: In E-11 wordt "Het model herkent op de testset ten minste 90 procent van de scheuren juist" vervangen door "De Provincie streeft naar een model dat op de testset ten minste 90 procent van de scheuren juist herkent".');
    expect(resultOf(aim, "accuracy-robustness-security").status).not.toBe("satisfied");
  });

  it("reads energy use that is not asked for, kept in mind or of what else is bought as no sustainability duty", () => {
    const en = (clause: string) => `# AI addendum\n\nScoreWise ranks subsidy applications with a machine-learning model.\n\n${clause}\n`;
    expect(resultOf(en("Because the energy use of ScoreWise is small, the Province does not ask information about energy use or CO2 emissions."), "sustainability")).toMatchObject({ status: "missing", reason: "negated" });
    expect(resultOf(en("The Supplier reports the energy use of ScoreWise per quarter."), "sustainability").status).toBe("satisfied");
    expect(resultOf(en("The Processor will take accessibility into account in the user interface of ScoreWise where this is possible."), "accessibility")).toMatchObject({ status: "partial", reason: "non-binding" });
    expect(resultOf(withAi("De opdrachtnemer rapporteert binnen vier weken de CO2-uitstoot van productie en verwerking van het asfalt, berekend met DuboCalc."), "sustainability").status).toBe("missing");
    expect(resultOf(withAi("De Concessiehouder rapporteert per kwartaal het energieverbruik van de vloot."), "sustainability").status).toBe("missing");
  });

  it("reads the supplier's right to improve its models with the buyer's data, anonymised or not, as working against the buyer's data rights", () => {
    const owned = "5.5 Alle beeld- en detectiegegevens zijn eigendom van de Provincie.";
    expect(resultOf(withAi(owned), "buyer-data-rights").status).toBe("satisfied");
    expect(resultOf(withAi(owned, "5.6 Leverancier mag geanonimiseerde beelden gebruiken om het herkenningsmodel te verbeteren, ook voor andere klanten."), "buyer-data-rights")).toMatchObject({ status: "partial", reason: "contradicted" });
    expect(resultOf(withAi(owned, "5.6 Leverancier mag de beelden alleen met voorafgaande schriftelijke toestemming van de Provincie gebruiken om het model te verbeteren."), "buyer-data-rights").status).toBe("satisfied");
  });

  it("sets aside a vendor's clause that a cover letter in the same file declares not applicable, but not for an article of a law", () => {
    const file = (letter: string) =>
      [
        "# Begeleidende brief",
        "",
        "De vergunningassistent vat aanvragen samen met een taalmodel.",
        "",
        letter,
        "",
        "# VENDOR AI SERVICES ADDENDUM",
        "",
        "## 5. Customer Content",
        "",
        "5.1 Customer Content remains the property of Customer.",
        "",
        "5.3 Service Improvement. Provider may use Customer Content to improve and train its models.",
      ].join("\n");
    expect(resultOf(file("Artikel 5.3 (Service Improvement) is niet van toepassing."), "buyer-data-rights").status).toBe("satisfied");
    expect(resultOf(file("Artikel 5 van de AI-verordening is niet van toepassing."), "buyer-data-rights")).toMatchObject({ status: "partial", reason: "contradicted" });
  });

  it("withdraws a numbered section that an answer drops by its number, and no section for a law's article with a paragraph", () => {
    const leidraad = [
      "# Aanbestedingsleidraad",
      "",
      "De Notulenassistent maakt verslagen met een taalmodel.",
      "",
      "## 6 Gunning",
      "",
      "### 6.4 Bewijsstukken",
      "",
      "Inschrijver voegt bij zijn inschrijving een testrapport en een modelkaart van het aangeboden model toe.",
    ].join("\n");
    const evidenceOf = (answer: string) =>
      check([doc(leidraad, "leidraad.md"), doc(`# Nota van Inlichtingen\n\n*Antwoord:* ${answer}\n`, "nvi.md")], { manifest: declaring(everything) }).results.find((r) => r.requirement === "evidence-in-evaluation")!;
    expect(evidenceOf("Paragraaf 6.4 vervalt.")).toMatchObject({ status: "partial", reason: "withdrawn" });
    expect(evidenceOf("Een uitzondering op grond van artikel 6, lid 3, van de AI-verordening is niet van toepassing.").status).toBe("satisfied");
  });

  it("reads openness of the system's documentation, not any mention of the Woo and of information", () => {
    const woo = (clause: string) => `# Overeenkomst Woo-triage\n\nHet AI-systeem deelt Woo-verzoeken in en stelt conceptbesluiten op.\n\n${clause}\n`;
    expect(resultOf(woo("9.1 Opdrachtnemer verzorgt een opleiding voor het team Woo en Informatieverzoeken over de werking van het systeem en draagt zijn kennis over."), "records-and-openness").status).toBe("missing");
    expect(resultOf(woo("De geheimhoudingsverplichting staat er niet aan in de weg dat de Provincie informatie over het systeem op grond van de Woo openbaar maakt."), "records-and-openness")).toMatchObject({ status: "partial", reason: "incomplete" });
    // (incomplete only because the tags declared here make it high-risk, which asks ten years of documentation too)
  });

  it("reads the declarations every bid carries as no evidence about the AI system", () => {
    const leidraad = (clause: string) => `# Aanbestedingsleidraad\n\nHet classificatiemodel deelt meldingen in.\n\n## Gunning\n\n${clause}\n`;
    expect(resultOf(leidraad("Inschrijver bevestigt in Bijlage 2 (Verklaring knock-outeisen) dat hij aan alle eisen voldoet."), "evidence-in-evaluation").status).toBe("missing");
    expect(resultOf(leidraad("K3: de korting wordt toegekend op basis van een geldig certificaat op de CO2-prestatieladder, dat bij de inschrijving wordt gevoegd."), "evidence-in-evaluation").status).toBe("missing");
    expect(resultOf(leidraad("Inschrijver voegt bij zijn inschrijving een modelkaart en een testrapport van het classificatiemodel."), "evidence-in-evaluation").status).toBe("satisfied");
  });

  it("reads a security incident or data breach report as no AI incident duty, unless the sentence names the system's own failure", () => {
    const en = (clause: string) => `# AI Service Terms\n\nThe Service drafts letters with a large language model.\n\n${clause}\n`;
    expect(resultOf(en("8.2 Provider will notify Customer of a Security Incident without undue delay and in any event within 72 hours."), "incidents-and-corrective-action").status).toBe("missing");
    expect(resultOf(withAi("Opdrachtnemer meldt een beveiligingsincident of datalek binnen 24 uur aan de Provincie."), "incidents-and-corrective-action").status).toBe("missing");
    expect(resultOf(withAi("Opdrachtnemer meldt storingen, afwijkend modelgedrag en beveiligingsincidenten binnen vier uur aan de Provincie."), "incidents-and-corrective-action").status).toBe("satisfied");
    // An unknown supplier name before "shall" is the subject; the buyer named after it is the object.
    expect(resultOf(en("Quillmark shall notify Customer within five Business Days of any serious incident involving the Service and shall take corrective action."), "incidents-and-corrective-action")).toMatchObject({ status: "satisfied", reason: "obligation" });
  });

  it("reads a retention period left open in so many words as leaving the requirement open, though another period is stated", () => {
    const basis = "De verwerking van de persoonsgegevens berust op artikel 6, eerste lid, onder e, AVG.";
    const logs = "Opdrachtnemer bewaart de logbestanden twaalf maanden.";
    expect(resultOf(withAi(basis, logs), "purpose-limitation-and-retention").status).toBe("satisfied");
    expect(resultOf(withAi(basis, "De bewaartermijnen van de persoonsgegevens volgen uit de nog vast te stellen selectielijst.", logs), "purpose-limitation-and-retention")).toMatchObject({ status: "partial", reason: "deferred" });
  });

  it("reads the AI Act's and the GDPR's duties in the plain English of non-native drafters", () => {
    const en = (clause: string) => `# AI addendum\n\nScoreWise ranks subsidy applications with a machine-learning model.\n\n${clause}\n`;
    expect(resultOf(en("Before the first round and every year after, the Processor tests with the Province if the Scores differ between groups of Applicants according to age, sex and origin."), "non-discrimination").status).toBe("satisfied");
    expect(resultOf(en("No Application is rejected or granted only on the basis of the Score: a Subsidy officer checks every Application."), "no-solely-automated-decisions").status).toBe("satisfied");
    expect(resultOf(en("7.1 The Contractor shall identify, document and keep up to date the risks of the System over its whole life cycle in a risk register."), "risk-management").status).toBe("satisfied");
  });

  it("finds every form of setting aside or replacing a clause, after its cheap word test", () => {
    const aside = (text: string) => articlesSetAside({ text } as Parameters<typeof articlesSetAside>[0]);
    for (const [text, all] of [
      ["Artikel 18 AIV-ICT 2025 is op deze Nadere Overeenkomst niet van toepassing.", "18"],
      ["Artikel 12 is buiten toepassing.", "12"],
      ["Een opleiding als bedoeld in artikel 28 maakt geen deel uit van deze opdracht.", "28"],
      ["Paragraaf 6.4 vervalt.", "6.4"],
      ["Section 3.2 of the MSA does not apply.", "3.2"],
      ["Clause 9 shall not apply.", "9"],
      ["Clause 4 is disapplied.", "4"],
      ["Section 11 does not form part of this Call-Off.", "11"],
    ] as const) expect(aside(text).all, text).toEqual([all]);
    for (const [text, amended] of [
      ["In afwijking van artikel 20.3 bewaart Opdrachtnemer de logs twaalf maanden.", "20.3"],
      ["Notwithstanding clause 7.2, the Supplier keeps the logs.", "7.2"],
      ["By way of derogation from clause 5, the Supplier reports monthly.", "5"],
      ["Artikel 9.3 komt te luiden: Leverancier bewaart de logs twaalf maanden.", "9.3"],
      ["Artikel 9.3 wordt vervangen door de volgende tekst: Leverancier bewaart de logs.", "9.3"],
      ["Clause 7.2 shall read: the Supplier keeps the logs.", "7.2"],
      ["Clause 7.2 is replaced by the following: the Supplier keeps the logs.", "7.2"],
    ] as const) expect(aside(text).amended, text).toEqual([amended]);
    expect(aside("Opdrachtnemer levert de documentatie vóór de acceptatietest.")).toEqual({ all: [], amended: [] });
  });

  it("reads a service level's interruption and a model's training as neither human oversight nor AI literacy", () => {
    const en = (clause: string) => `# Contract\n\nThe predictive model estimates the wear of lock gates with machine learning.\n\n${clause}\n`;
    expect(resultOf(en("The System shall remain available at 99.5 % per calendar month and shall continue to deliver the last valid estimates in case of interruption."), "human-oversight").status).toBe("missing");
    expect(resultOf(en("The Contractor shall enable the asset manager to interrupt the System at any time through a stop button."), "human-oversight").status).toBe("satisfied");
    expect(resultOf(withAi("Voor de eerste training van het classificatiemodel stelt de Provincie de meldingen van medewerkers uit 2024 beschikbaar."), "ai-literacy").status).toBe("missing");
    expect(resultOf(withAi("Opdrachtnemer verzorgt een training voor alle medewerkers over de werking en de beperkingen van het systeem."), "ai-literacy").status).toBe("satisfied");
  });

  it("reads a licence's licensee as the buyer", () => {
    const licence = (clause: string) => `# Licence Agreement\n\nThe ML Module suggests a document type with a machine-learning classifier.\n\n${clause}\n`;
    expect(resultOf(licence("Licensee is solely responsible for the quality and representativeness of any Licensee Data it uses for training the ML Module."), "data-governance")).toMatchObject({ status: "partial", reason: "wrong-party" });
  });
});
