import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { corpusDir, repoRoot } from "@ethiek-test/support";
import { validateCheckReport, validateRuleset, type Ruleset } from "@ethiek/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify, resolveRuleset, RulesetError } from "./index.js";

const tenders = join(corpusDir, "tenders");
const corpus = readdirSync(tenders).filter((f) => f.endsWith(".md"));
const read = (f: string) => doc(readFileSync(join(tenders, f), "utf8"), f);
const province = JSON.parse(readFileSync(join(repoRoot, "docs/examples/ruleset-provincie-voorbeeld.json"), "utf8")) as Ruleset;

describe("check", () => {
  it.each(corpus)("returns a schema-valid report with 8 tags and 45 results for %s", (f) => {
    const report = check([read(f)]);
    const valid = validateCheckReport(report);
    expect(valid.ok ? [] : valid.errors).toEqual([]);
    expect(report.classification.map((c) => c.tag)).toHaveLength(8);
    expect(report.results).toHaveLength(45);
    for (const r of report.results) {
      if (r.status === "satisfied" || r.status === "partial") expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(e.quote.length).toBeLessThanOrEqual(400);
    }
  });

  it("finds a recorded risk class wrong when the tender describes a prohibited practice", () => {
    const base =
      "# Opdracht\n\nOpdrachtnemer levert een AI-systeem dat inwoners een sociale score geeft op basis van hun gedrag, waarmee de Provincie subsidies toekent of weigert.\n\n# Risicoklasse\n\n";
    const result = (recorded: string) => check([doc(`${base}${recorded}\n`, "t.md")]).results.find((r) => r.requirement === "risk-classification")!;
    const wrong = result("Het AI-systeem is ingedeeld als hoog risico volgens bijlage III, punt 5a.");
    expect(wrong.status).toBe("partial");
    expect(wrong.message).toContain("verboden praktijk");
    const named = result("Het AI-systeem is ingedeeld als verboden praktijk volgens artikel 5 en valt dus niet in de risicoklasse hoog risico van bijlage III.");
    expect(named.status).toBe("satisfied");
  });

  it("reads the agent of a passive sentence as the party that acts", () => {
    const base = "# Opdracht\n\nOpdrachtnemer levert een AI-systeem dat aanvragen van inwoners beoordeelt.\n\n# Data\n\n";
    const result = (sentence: string) => check([doc(`${base}${sentence}\n`, "t.md")]).results.find((r) => r.requirement === "data-governance")!;
    expect(result("Vóór de oplevering worden de herkomst en de representativiteit van de trainingsdata door de Opdrachtnemer beschreven.").status).toBe("satisfied");
    const wrongParty = result("Vóór de oplevering worden de herkomst en de representativiteit van de trainingsdata door de Provincie beschreven.");
    expect(wrongParty.status).toBe("partial");
    expect(wrongParty.evidence[0]!.quote).toContain("door de Provincie");
  });

  it("reads a confirmation question as a requirement where a 'no' excludes the tender, and as a question otherwise", () => {
    const table = (answer: string) =>
      [
        "# Vragenlijst\n\nDe oplossing is een AI-systeem dat meldingen van inwoners prioriteert.\n",
        "| Nr | Omschrijving | Type | Antwoord |",
        "| --- | --- | --- | --- |",
        `| A-3 | Bevestigt u dat de oplossing geen praktijken toepast die artikel 5 van de AI-verordening verbiedt? | Vraag (bevestiging) | ${answer} |`,
      ].join("\n");
    const result = (answer: string) => check([doc(table(answer))], { manifest: declaring(["algorithmic", "ai"]) }).results.find((r) => r.requirement === "no-prohibited-practices")!;
    expect(result("Ja/Nee — Nee = uitsluiting").status).toBe("satisfied");
    expect([result("Ja/Nee — ter beoordeling").status, result("Ja/Nee — ter beoordeling").reason]).toEqual(["partial", "question-only"]);
  });

  it("gives a list item the party of its lead-in", () => {
    const text = [
      "# Terms\n\nThe Service scores applications for benefits with a machine-learning model.\n",
      "3.1 Customer is solely responsible for:\n",
      "- (a) informing benefit recipients about the Service and explaining individual outcomes to them in plain language;",
      "- (b) the lawfulness of its use of the Service.",
    ].join("\n");
    const result = check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "individual-explanation")!;
    expect([result.status, result.reason]).toEqual(["partial", "wrong-party"]);
  });

  it("reads the recitals of a contract as a record, unless the parties establish something together", () => {
    const text = (recital: string) =>
      ["# Wijzigingsovereenkomst\n", "**OVERWEGENDE DAT:**\n", `A. ${recital}\n`, "**KOMEN ALS VOLGT OVEREEN:**\n", "1.1 De Overeenkomst wordt gewijzigd zoals hieronder staat.\n"].join("\n");
    const risk = (recital: string) => check([doc(text(recital))], { manifest: declaring(everything) }).results.find((r) => r.requirement === "risk-management")!;
    const declared = risk("Leverancier heeft verklaard dat hij bij de ontwikkeling een risicobeheersysteem hanteert dat de hele levensduur van het systeem bestrijkt;");
    expect([declared.status, declared.reason]).toEqual(["partial", "non-binding"]);
    const classification = (recital: string) => check([doc(text(recital))], { manifest: declaring(everything) }).results.find((r) => r.requirement === "risk-classification")!;
    expect(classification("Partijen stellen vast dat het AI-systeem een hoog-risico-AI-systeem is in de zin van bijlage III, punt 5, onder a;").status).toBe("satisfied");
  });

  it("reads 'Verwijzing naar PvE-08 vervalt' as a dropped reference, and 'PvE-13 komt te vervallen' as a withdrawal", () => {
    const pve = "# Programma van Eisen\n\nHet Model voorspelt storingen van gemalen met machine learning.\n\n| Nr | Eis |\n| --- | --- |\n| PvE-08 | Opdrachtnemer verzorgt vóór ingebruikname een training voor alle operators over de werking en de grenzen van het Model. |\n| PvE-13 | Opdrachtnemer rapporteert jaarlijks het energieverbruik en de CO2-uitstoot van het Model. |\n";
    const nvi = "# Nota van Inlichtingen\n\n**Vraag 1**\n\nKan PvE-13 vervallen?\n\n*Antwoord:* PvE-13 komt te vervallen.\n\n| Onderdeel | Wijziging |\n| --- | --- |\n| Paragraaf 7.1 | Verwijzing naar PvE-08 vervalt |\n";
    const results = check([doc(pve, "pve.md"), doc(nvi, "nvi.md")], { manifest: declaring(everything) }).results;
    expect(results.find((r) => r.requirement === "ai-literacy")!.status).toBe("satisfied");
    expect(results.find((r) => r.requirement === "sustainability")!.reason).toBe("withdrawn");
  });

  it("reads the body of a numbered question in its own paragraph as the question, and the answer as binding", () => {
    const nvi = [
      "# Nota van Inlichtingen\n\nDe Provincie koopt een AI-systeem dat subsidieaanvragen beoordeelt.\n",
      "**Vraag 6** — Referentie: eis E-08\n",
      "*Een conformiteitsbeoordeling en CE-markering vóór de acceptatie zijn niet realistisch. Wil de Provincie eis E-08 aanpassen?*\n",
      "**Antwoord:** Nee. Opdrachtnemer voert vóór de acceptatie de conformiteitsbeoordeling uit en brengt de CE-markering aan.\n",
    ].join("\n");
    const result = check([doc(nvi)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "conformity-assessment")!;
    expect(result.status).toBe("satisfied");
    expect(result.evidence[0]!.quote).toContain("Opdrachtnemer voert");
  });

  it("reads the recommendations of a collegevoorstel as advice, not as requirements", () => {
    const memo = "# Collegevoorstel kentekenherkenning milieuzone\n\nHet college besluit over de aanschaf van een AI-systeem dat kentekens herkent.\n\nLaat vóór de start van de aanbesteding een DPIA uitvoeren en vraag het advies van de functionaris gegevensbescherming.\n";
    const result = check([doc(memo, "collegevoorstel-anpr.md")], { manifest: declaring(everything) }).results.find((r) => r.requirement === "dpia")!;
    expect([result.status, result.reason]).toEqual(["partial", "non-binding"]);
  });

  it("judges a document by its title, not by its file name", () => {
    const pve = "# Programma van Eisen AI-voortoets\n\nDe Provincie voert vóór de ingebruikname een DPIA uit en vraagt advies aan de functionaris gegevensbescherming.\n";
    const result = check([doc(pve, "korte-toelichting.md")], { manifest: declaring(everything) }).results.find((r) => r.requirement === "dpia")!;
    expect(result.status).toBe("satisfied");
  });

  it("reads a short first cell of a table row as the row's topic, not as a duty", () => {
    const text = "# Contract\n\nThe supplier delivers an AI system that ranks applications.\n\n| Topic | Arrangement |\n| --- | --- |\n| Algorithm Register | Publication of the system in the register is at the discretion of the Authority. |\n";
    const register = check([doc(text)], { manifest: declaring(["algorithmic", "ai", "impactful"]) }).results.find((r) => r.requirement === "algorithm-register")!;
    expect(register.status).toBe("partial");
    expect(register.evidence.map((e) => e.reason)).not.toContain("obligation");
  });

  it("holds an AI module's duties to the section about that module", () => {
    const sections = ["Inleiding", "Functionele eisen", "Hosting", "Beveiliging", "Opleiding", "Exit"].map(
      (title, i) => `## ${i + 1}. ${title}\n\nDe suite ondersteunt de financiële administratie van de Provincie.\n`,
    );
    const text = [
      "# Programma van Eisen ERP-suite\n",
      ...sections,
      "## 5a. Opleiding\n\nOpdrachtnemer traint 40 key users op de werking en de beperkingen van de suite.\n",
      "## 7. Optie C — AI-module voor factuurherkenning\n\nDe AI-module herkent facturen met machine learning en stelt een codering voor.\n",
    ].join("\n");
    const generalTraining = check([doc(text)], { language: "nl" }).results.find((r) => r.requirement === "ai-literacy")!;
    expect([generalTraining.status, generalTraining.reason]).toEqual(["partial", "wrong-scope"]);

    const withModuleTraining = `${text}\nOpdrachtnemer verzorgt een training voor de crediteurenadministratie over de werking en de beperkingen van de AI-module.\n`;
    const moduleTraining = check([doc(withModuleTraining)], { language: "nl" }).results.find((r) => r.requirement === "ai-literacy")!;
    expect([moduleTraining.status, moduleTraining.reason]).toEqual(["satisfied", "obligation"]);
  });

  it("writes the report in the requested language", () => {
    const nl = check([read("subsidie-risicoscore.md")], { language: "nl" });
    const en = check([read("subsidie-risicoscore.md")], { language: "en" });
    expect(nl.language).toBe("nl");
    expect(en.results[0]!.title).toBe("Purpose and scope of the algorithm");
    expect(nl.results[0]!.title).toBe("Doel en inzet van het algoritme");
  });

  it("keeps a finding's fingerprint when other parts of the document change", () => {
    const text = readFileSync(join(tenders, "subsidie-risicoscore.md"), "utf8");
    const a = check([doc(text, "t.md")]);
    const b = check([doc(`# Voorwoord\n\nDit is een nieuwe inleiding met andere woorden.\n\n${text}`, "t.md")]);
    const fp = (r: typeof a, id: string) => r.results.find((x) => x.requirement === id)!.fingerprint;
    for (const id of ["logging", "dpia", "audit-right", "third-party-data-and-ip"]) expect(fp(b, id)).toBe(fp(a, id));
  });

  it("reports a partial logging result with the passage and the reason when logs are kept too briefly", () => {
    const report = check([read("subsidie-risicoscore.md")], { language: "en" });
    const logging = report.results.find((r) => r.requirement === "logging")!;
    expect(logging.status).toBe("partial");
    const short = logging.evidence.find((e) => e.quote.includes("drie maanden"));
    expect(short?.note).toMatch(/shorter than the required 6 months/);
  });

  it("applies waivers from the manifest and from options, attaching the waiver", () => {
    const waiver = { requirement: "sustainability", reason: "Geen energiedata per klant.", approvedBy: "Ethisch adviseur", case: "ETH-2026-003" };
    const report = check([read("subsidie-risicoscore.md")], {
      manifest: { title: "RTS", waivers: [waiver] },
      waivers: [{ ...waiver, requirement: "logging" }],
    });
    for (const id of ["sustainability", "logging"]) {
      const r = report.results.find((x) => x.requirement === id)!;
      expect(r.status).toBe("waived");
      expect(r.waiver?.case).toBe("ETH-2026-003");
    }
    expect(report.summary.waived).toBe(2);
    expect(validateCheckReport(report).ok).toBe(true);
  });

  it("lets a manifest declaration override the text and says so", () => {
    const results = classify([read("kantoormeubilair-raamovereenkomst.md")], { manifest: declaring(["algorithmic"]), language: "en" });
    const alg = results.find((c) => c.tag === "algorithmic")!;
    expect(alg.holds).toBe(true);
    expect(alg.source).toBe("declared");
    expect(alg.reasons[0]).toMatch(/Declared by the buyer/);
  });

  it("fails the verdict when a prohibited practice is described", () => {
    const text = "# Opdracht\n\nHet AI-systeem gebruikt machine learning en voert emotieherkenning uit bij medewerkers tijdens hun werk, zodat de Provincie hun inzet kan volgen.\n";
    const report = check([doc(text)]);
    expect(report.classification.find((c) => c.tag === "prohibited")!.holds).toBe(true);
    expect(report.summary.verdict).toBe("fail");
  });

  it("does not classify a tender that forbids AI as ai", () => {
    const tags = classify([read("zaaksysteem-zonder-ai.md")]).filter((c) => c.holds).map((c) => c.tag);
    expect(tags).toEqual(["algorithmic", "personal-data"]);
  });

  it("marks requirements whose conditions fail as not-applicable with the reason", () => {
    const report = check([read("kantoormeubilair-raamovereenkomst.md")], { language: "nl" });
    expect(report.results.every((r) => r.status === "not-applicable")).toBe(true);
    expect(report.results[0]!.message).toMatch(/Niet van toepassing/);
    expect(report.summary.verdict).toBe("pass");
  });

  it("checks with a province ruleset that extends recommended", () => {
    const report = check([read("subsidie-risicoscore.md")], { ruleset: province });
    expect(report.ruleset).toEqual({ name: "provincie-voorbeeld:inkoop-ai", version: "2026.1", extends: ["ethiek:recommended"] });
    expect(report.results).toHaveLength(46); // 45 - compliance-dates + 2 own
    expect(report.results.find((r) => r.requirement === "exit-and-handover")!.severity).toBe("error");
    expect(report.results.find((r) => r.requirement === "hosting-in-nederland")).toBeDefined();
  });

  it("throws a RulesetError with every issue for an unusable ruleset", () => {
    expect(() => check([read("subsidie-risicoscore.md")], { ruleset: "nope:missing" })).toThrow(RulesetError);
  });

  it("never throws and always validates, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 8 }), (parts) => {
        const report = check([doc(parts.join("\n\n"))], { manifest: declaring(everything) });
        expect(validateCheckReport(report).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("requirement tables", () => {
  it("reads a row typed 'n.v.t.' as ruled out, not as a requirement", () => {
    const table = [
      "# Programma van eisen",
      "## 4 Eisen",
      "| ID | Eis | Type | Toelichting |",
      "|---|---|---|---|",
      "| AI-12 | Opdrachtnemer voert per beschermde grond een biastoets uit en herhaalt die jaarlijks | Eis | |",
      "| AI-13 | Bias-toets op beschermde gronden | n.v.t. | signalen gaan over grond, niet over personen |",
    ].join("\n");
    const result = (text: string) => check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "non-discrimination")!;
    expect(result(table).status).toBe("satisfied");
    const onlyRuledOut = table.split("\n").filter((l) => !l.includes("AI-12")).join("\n");
    expect(result(onlyRuledOut)).toMatchObject({ status: "missing", reason: "negated" });
  });

  it("reads a cell together with its column header, but needs a word of the cell itself", () => {
    const table = (cell: string) =>
      ["# Aanbestedingsleidraad", "## 5 Inschrijving", "| ID | Bij inschrijving mee te sturen | Type |", "|---|---|---|", `| I-01 | ${cell} | KO |`].join("\n");
    const result = (cell: string) => check([doc(table(cell))], { manifest: declaring(everything) }).results.find((r) => r.requirement === "evidence-in-evaluation")!;
    expect(result("Modelkaart per detectiemodel en datakaart van de trainingsdata")).toMatchObject({ status: "satisfied" });
    expect(result("Uittreksel uit het handelsregister")).toMatchObject({ status: "missing", reason: "no-mention" });
  });
});

describe("evidence order", () => {
  it("quotes first the passage under a heading named like the requirement, not one that several requirements share", () => {
    const text = [
      "# Aanbestedingsleidraad",
      "## 2 Classificatie",
      "De Provincie merkt het Systeem aan als AI-systeem zonder hoog risico in de zin van artikel 6 van de AI-verordening.",
      "## 3 Doel en reikwijdte",
      "Het Systeem is een AI-systeem dat is bedoeld om uit camerabeelden af te leiden of er afval wordt gedumpt.",
    ].join("\n\n");
    const result = check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "purpose-and-scope")!;
    expect(result.status).toBe("satisfied");
    expect(result.evidence[0]!.quote).toContain("camerabeelden");
  });

  it("quotes the intended purpose stated in a sentence of its own, in both languages", () => {
    const quotes = (lines: string[]) =>
      check([doc(lines.join("\n\n"))], { manifest: declaring(everything) })
        .results.find((r) => r.requirement === "purpose-and-scope")!
        .evidence.map((e) => e.quote);
    expect(
      quotes([
        "# Leidraad",
        "## 4 De oplossing",
        "De kentekenherkenning is een AI-systeem in de zin van artikel 3, punt 1, van de AI-verordening.",
        "De Oplossing wordt uitsluitend gebruikt voor de controle op betaald parkeren; gebruik voor andere doelen is uitgesloten.",
      ]).join(" | "),
    ).toContain("betaald parkeren");
    expect(
      quotes([
        "# Schedule",
        "## 3 The Chatbot",
        "The Chatbot is an AI system within the meaning of Article 3(1) of the AI Act, based on a large language model.",
        "Its intended purpose is to answer general questions from residents about the subsidy scheme.",
      ]).join(" | "),
    ).toContain("answer general questions");
  });
});

describe("a warranty against prohibited practices in a tender that describes one", () => {
  const scoring = [
    "# Opdracht",
    "Het platform bevat een AI-systeem: een machine-learningmodel dat voor elke aanvrager één integriteitsscore berekent uit gegevens over zijn gedrag in verschillende domeinen.",
    "De integriteitsscore wordt gebruikt bij alle subsidieregelingen, ook als het gedrag niets met de subsidie te maken heeft.",
  ];
  const result = (lines: string[]) => check([doc(lines.join("\n\n"))]).results.find((r) => r.requirement === "no-prohibited-practices")!;

  it("is contradicted, whether it warrants or rules the practice out", () => {
    expect(result([...scoring, "Opdrachtnemer garandeert dat het systeem geen praktijken uitvoert die artikel 5 van de AI-verordening verbiedt."])).toMatchObject({ status: "partial", reason: "contradicted" });
    expect(result([...scoring, "Het systeem voert geen verboden praktijken uit als bedoeld in artikel 5 van de AI-verordening."])).toMatchObject({ status: "partial", reason: "contradicted" });
  });

  it("still counts where the tender describes no such practice", () => {
    const plain = ["# Opdracht", "Het AI-systeem voorspelt storingen aan bruggen uit sensordata.", "Opdrachtnemer garandeert dat het systeem geen praktijken uitvoert die artikel 5 van de AI-verordening verbiedt."];
    expect(result(plain).status).toBe("satisfied");
  });
});

describe("a supplier who 'kan' offer something", () => {
  const result = (sentence: string) => check([doc(`# Opdracht\n\n## 3 Eisen\n\nHet AI-systeem herkent wegschade op camerabeelden.\n\n${sentence}\n`)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "ai-literacy")!;

  it("is not bound to offer it", () => {
    expect(result("De Leverancier kan de gebruikers van de Provincie een training aanbieden over de werking van het systeem.")).toMatchObject({ status: "partial", reason: "non-binding" });
  });

  it("is bound where the same sentence also obliges him", () => {
    expect(result("Opdrachtnemer kan de logbestanden binnen vijf werkdagen leveren en verzorgt een training voor alle gebruikers.").status).toBe("satisfied");
  });
});

describe("supply-chain transparency named in a statement to hand in", () => {
  const result = (sentence: string) => check([doc(`# Opdracht\n\n## 3 Eisen\n\nHet AI-systeem herkent exoten op dronebeelden.\n\n${sentence}\n`)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "supply-chain-transparency")!;

  it("counts an 'opgave' of the underlying models and a supplier who names the model's provider", () => {
    expect(result("De Opdrachtnemer levert een opgave van de gebruikte onderliggende modellen en hun leverancier.").status).toBe("satisfied");
    expect(result("If the system uses a general-purpose AI model provided by a third party, the Contractor names that provider and the model version.").status).toBe("satisfied");
  });

  it("does not count a processor agreement that merely mentions sub-processors", () => {
    expect(result("Partijen sluiten een verwerkersovereenkomst volgens het model van de Provincie, met een lijst van subverwerkers.").status).not.toBe("satisfied");
  });
});

describe("a heading that names requirements and questions at once", () => {
  const result = (heading: string, sentence: string) =>
    check([doc(`# Statement of work\n\nThe AI system transcribes council meetings with speech recognition.\n\n## ${heading}\n\n${sentence}\n`)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "evidence-in-evaluation")!;

  it("lets a 'shall' under it bind", () => {
    expect(result("12. Submission requirements and questions to tenderers", "Tenderers shall enclose with their Tender a model card for each model used and a test report of the word error rate.").status).toBe("satisfied");
  });

  it("keeps a heading of questions only non-binding", () => {
    expect(result("12. Questions to tenderers", "Tenderers shall enclose with their Tender a model card for each model used and a test report of the word error rate.").status).not.toBe("satisfied");
  });
});

describe("no enforcement decision on an output alone", () => {
  const result = (sentence: string) =>
    check([doc(`# Opdracht\n\n## 3 Eisen\n\nHet AI-systeem herkent op camerabeelden voertuigen zonder parkeerrecht.\n\n${sentence}\n`)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "no-solely-automated-decisions")!;

  it("reads the Awb's enforcement decisions and the officers who confirm a hit", () => {
    expect(result("Een proces-verbaal of een last onder bestuursdwang wordt nooit uitsluitend op basis van een detectie opgesteld.").status).toBe("satisfied");
    expect(result("De Oplossing maakt geen voorstel voor een naheffingsaanslag aan zonder dat een beoordelaar de hit heeft bevestigd.").status).toBe("satisfied");
  });

  it("does not read a fine the system imposes by itself as a safeguard", () => {
    expect(result("Het systeem legt automatisch een boete op aan de kentekenhouder.").status).not.toBe("satisfied");
  });
});

describe("a long subject of a negated passive", () => {
  const result = (sentence: string) =>
    check([doc(`# Opdracht\n\n## 3 Eisen\n\nHet algoritme selecteert aanvragen van burgers voor een locatiebezoek en bereidt het besluit over de vergunning voor.\n\n${sentence}\n`)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "complaints-and-appeal")!;

  it("is negated as a whole ('… wordt niet ingericht')", () => {
    expect(result("Een afzonderlijke klacht- of bezwaarprocedure voor de selectie van aanvragen voor een locatiebezoek wordt niet ingericht.").status).not.toBe("satisfied");
  });

  it("still binds when the negation belongs to something else", () => {
    expect(result("Opdrachtgever richt een klachtenregeling in voor burgers die het niet eens zijn met de selectie van hun aanvraag.").status).toBe("satisfied");
  });
});

describe("a list read with the sentence that introduces it", () => {
  const result = (lines: string[]) =>
    check([doc(["# Uitvraag", "Het AI-systeem voorspelt bij welke aanvragen een locatiebezoek nodig is.", "## 5 Inschrijving", ...lines].join("\n\n"))], { manifest: declaring(everything) }).results.find((r) => r.requirement === "evidence-in-evaluation")!;

  it("asks for a model card with the bid when the lead-in names the bid", () => {
    expect(result(["Bij de inschrijving voegt u de volgende stukken toe:", "- een ingevulde eisenlijst;\n- een modelkaart van het aangeboden model en een datasheet van de trainingsdata."]).status).toBe("satisfied");
  });

  it("does not where the list is not introduced by the bid", () => {
    expect(result(["Bij de oplevering levert Opdrachtnemer:", "- een modelkaart van het model;\n- een handleiding."]).status).not.toBe("satisfied");
  });
});
