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

  it("keeps a clause that lists several requirements when the answers withdraw only one of them", () => {
    const pve = "# Programma van Eisen\n\nHet Model voorspelt storingen van gemalen met machine learning.\n\n6.2 De eisen E-02, E-03 en E-14 worden integraal opgenomen in de overeenkomst en als servicenormen in de SLA.\n";
    const nvi = "# Nota van Inlichtingen\n\n**Vraag 1**\n\nKan eis E-14 vervallen?\n\n*Antwoord:* Eis E-14 vervalt.\n";
    const result = check([doc(pve, "pve.md"), doc(nvi, "nvi.md")], { manifest: declaring(everything) }).results.find((r) => r.requirement === "requirements-in-award-and-contract")!;
    expect(result.status).toBe("satisfied");
    expect(result.evidence[0]!.quote).toContain("E-02, E-03 en E-14");
  });

  it("reads a clause of general terms written for high-risk systems as not binding a system that is not high-risk", () => {
    const clause = "Indien het AI-systeem een hoog-risico-AI-systeem is, richt Leverancier een gedocumenteerd systeem voor risicobeheer in dat de gehele levenscyclus bestrijkt.";
    const riskManagement = (use: string) =>
      check([doc(`# Inkoopvoorwaarden\n\n${use}\n\n${clause}\n`)]).results.find((r) => r.requirement === "risk-management")!;
    const minimal = riskManagement("Het AI-systeem rangschikt meldingen over wegonderhoud met machine learning; het is geen hoog-risico-AI-systeem.");
    expect(minimal.status).toBe("partial");
    expect(minimal.reason).toBe("condition-not-met");
    const highRisk = riskManagement("Het AI-systeem is een hoog-risico-AI-systeem als bedoeld in bijlage III, punt 5, onder a; het beoordeelt aanvragen van inwoners om bijstand.");
    expect(highRisk.status).toBe("satisfied");
  });

  it("reads the action points of minutes and a label followed by 'Volgt.' as not settled", () => {
    const minutes = check([doc("# Verslag kick-off\n\nHet AI-systeem signaleert aanvragen voor extra controle.\n\n## Actiepunten\n\n- Leverancier levert een beschrijving van de herkomst en representativiteit van de trainingsdata.\n")], {
      manifest: declaring(everything),
    }).results.find((r) => r.requirement === "data-governance")!;
    expect(minutes.reason).toBe("deferred");
    const register = check([doc("# Registerconcept\n\nHet AI-model rangschikt meldingen.\n\nTechnische documentatie. Volgt.\n")], { manifest: declaring(everything) }).results.find(
      (r) => r.requirement === "technical-documentation",
    )!;
    expect(register.reason).toBe("placeholder");
  });

  it("reads the rows of a scoring rubric as what earns points, not as requirements", () => {
    const rubric = "# RFP\n\nThe assistant uses a large language model to draft answers.\n\n| Score | Descriptor |\n| --- | --- |\n| 3 – adequate | A realistic plan. |\n| 5 – excellent | As 3, and a training programme for all staff with an AI literacy plan. |\n";
    const result = check([doc(rubric)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "ai-literacy")!;
    expect(result.reason).toBe("wish");
  });

  it("reads 'De volgende onderwerpen vallen uitdrukkelijk buiten deze DVO:' as an exclusion list", () => {
    const text = "# DVO\n\nDe kentekenherkenning gebruikt een AI-model.\n\nDe volgende onderwerpen vallen uitdrukkelijk buiten deze DVO:\n\n- opleiding van medewerkers over de werking en grenzen van het systeem;\n";
    expect(check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "ai-literacy")!.reason).toBe("negated");
  });

  it("reads the items under 'The following are not part of this SOW:' as excluded", () => {
    const text = "# Statement of Work\n\nThe pilot uses a large language model to draft decisions on requests.\n\nThe following are not part of this SOW:\n\n- training of all staff on the functioning and limits of the tool;\n";
    const result = check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === "ai-literacy")!;
    expect(result.status).toBe("missing");
    expect(result.reason).toBe("negated");
  });

  it("reads a statement of work's consultant as the supplier", () => {
    const result = check([doc("# Statement of Work\n\nThe pilot uses a large language model to draft answers.\n\nThe Consultant will maintain a risk management system for the tool throughout the pilot, covering foreseeable risks and the measures taken.\n")], {
      manifest: declaring(everything),
    }).results.find((r) => r.requirement === "risk-management")!;
    expect(result.status).toBe("satisfied");
  });

  it("reads struck-out text of an amendment as deleted, and the text that replaces it as binding", () => {
    const text = (replacement: string) =>
      `# Wijzigingsblad\n\nHet AI-model stelt wekelijks een inzetplanning van handhavers voor.\n\n~~6.3 Leverancier bewaart de logbestanden ten minste twaalf maanden.~~\n\n${replacement}\n`;
    const logging = (replacement: string) => check([doc(text(replacement))], { manifest: declaring(everything) }).results.find((r) => r.requirement === "logging")!;
    const shorter = logging("6.3 Het systeem legt elke planning automatisch vast in logbestanden; Leverancier bewaart de logbestanden drie maanden.");
    expect(shorter.status).toBe("partial");
    expect(shorter.reason).toBe("retention-too-short");
    expect(logging("Artikel 6.4 blijft ongewijzigd.").status).not.toBe("satisfied");
  });

  it("reads an unticked box of a checklist as not asked for, and a ticked box as a requirement", () => {
    const list = (box: string) => `# Checklist\n\nDe assistent gebruikt een taalmodel dat klachten samenvat.\n\n- ${box} C8. Opdrachtnemer meldt incidenten en non-conformiteit binnen vijf werkdagen en levert een herstelplan.\n`;
    const incidents = (box: string) => check([doc(list(box))], { manifest: declaring(everything) }).results.find((r) => r.requirement === "incidents-and-corrective-action")!;
    expect(incidents("[x]").status).toBe("satisfied");
    expect(incidents("[ ]").status).toBe("missing");
    expect(incidents("[ ]").reason).toBe("negated");
  });

  it("reads the type field of an exported record: an information question binds nothing", () => {
    const record = (type: string) =>
      `# Export\n\nVraag-ID: U-01 | Type: Uitgangspunt | Antwoordtype: geen | Eis: De Oplossing is een AI-systeem dat de kans op blauwalg voorspelt.\n\nVraag-ID: X-01 | Type: ${type} | Antwoordtype: Tekst | Eis: Inschrijver verzorgt voor de start een training over de werking en de grenzen van het model voor alle medewerkers.\n`;
    const literacy = (type: string) => check([doc(record(type))]).results.find((r) => r.requirement === "ai-literacy")!;
    expect(literacy("Knock-out").status).toBe("satisfied");
    expect(literacy("Informatievraag").reason).toBe("question-only");
    expect(literacy("Gunningscriterium (wens)").reason).toBe("wish");
  });

  it("reads 'whether a DPIA is required is assessed by each authority' and advice still to be sought as deferred", () => {
    const dpia = check([doc("# Call-off\n\nThe AI system recognises species on camera-trap images.\n\n12.4 Whether a data protection impact assessment is required is assessed by each Contracting Authority under its own procedures.\n")], {
      manifest: declaring(everything),
    }).results.find((r) => r.requirement === "dpia")!;
    expect(dpia.reason).toBe("deferred");
  });

  it("reads requirements laid down in a subsidy decision, an order confirmation or an SLA as part of the contract", () => {
    const status = (sentence: string) =>
      check([doc(`# Voorwaarden\n\nHet Model voorspelt met machine learning welke huishoudens een betalingsachterstand krijgen.\n\n${sentence}\n`)], { manifest: declaring(everything) }).results.find(
        (r) => r.requirement === "requirements-in-award-and-contract",
      )!.status;
    expect(status("De verplichtingen van deze bijlage worden als verplichtingen in de subsidiebeschikking opgenomen.")).toBe("satisfied");
    expect(status("De eisen uit onze offerteaanvraag maken deel uit van deze opdracht.")).toBe("satisfied");
    expect(status("The service level agreement lays down the logging and incident obligations of clauses 5 and 6 as service levels.")).toBe("satisfied");
    expect(status("De eisen en de aangeboden wensen worden onderdeel van de nadere overeenkomst.")).toBe("satisfied");
    // The requirements list alone is not the contract.
    expect(status("De maatregelen zijn knock-outeisen uit het Programma van Eisen en zijn hier letterlijk overgenomen.")).not.toBe("satisfied");
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

describe("resolveRuleset", () => {
  it("reports an unknown parent, a cycle and an override of an unknown requirement with codes", () => {
    const unknown = resolveRuleset({ name: "a", version: "1", extends: ["ethiek:missing"] });
    expect(!unknown.ok && unknown.errors[0]!.code).toBe("RULESET_EXTENDS_UNKNOWN");
    const cycle = resolveRuleset("x:a", [
      { name: "x:a", version: "1", extends: ["x:b"] },
      { name: "x:b", version: "1", extends: ["x:a"] },
    ]);
    expect(!cycle.ok && cycle.errors.map((e) => e.code)).toContain("RULESET_EXTENDS_CYCLE");
    const override = resolveRuleset({ name: "a", version: "1", extends: ["ethiek:recommended"], overrides: [{ requirement: "no-such-rule", off: true }] });
    expect(!override.ok && override.errors[0]).toMatchObject({ code: "RULESET_OVERRIDE_UNKNOWN_REQUIREMENT", pointer: "/overrides/0/requirement" });
  });

  it("refuses a not-contradicted check without the wording that contradicts", () => {
    const ruleset: Ruleset = {
      name: "provincie-test",
      version: "1",
      extends: ["ethiek:recommended"],
      requirements: [
        {
          id: "eigen-openbaarheid",
          title: { nl: "Openbaarheid", en: "Openness" },
          explanation: { nl: "Uitleg", en: "Explanation" },
          remediation: { nl: "Herstel", en: "Remedy" },
          sources: [{ framework: "Woo", reference: "art. 3.1" }],
          severity: "info",
          checks: [{ kind: "not-contradicted" }],
          patterns: [{ all: [["woo"], ["documentatie"]] }],
        },
      ],
    };
    const r = resolveRuleset(ruleset);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.code} ${e.pointer ?? ""} ${e.message}`).join("\n")).toMatch(/RULESET_INVALID .*checks\/0.*patterns/);
  });

  it("reports schema problems of a ruleset in words", () => {
    const bad = JSON.parse(readFileSync(join(repoRoot, "schemas/examples/invalid/ruleset.bad-condition-and-severity.json"), "utf8"));
    const r = resolveRuleset(bad);
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.errors.map((e) => e.message).join("\n") : "";
    expect(messages).toMatch(/\/name/);
    expect(messages).toMatch(/\/requirements\/0\/title\/en/);
  });

  it("accepts the documented province example and the schema example", () => {
    expect(validateRuleset(province).ok).toBe(true);
    const example = JSON.parse(readFileSync(join(repoRoot, "schemas/examples/ruleset.example.json"), "utf8"));
    expect(resolveRuleset(example).ok).toBe(true);
  });

  it("switches a requirement off and tightens applies", () => {
    const r = resolveRuleset(province);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.requirements.find((x) => x.definition.id === "compliance-dates")!.off).toBe(true);
    expect(r.value.requirements.find((x) => x.definition.id === "accessibility")!.applies).toHaveLength(2);
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
