// The engine on the kinds of language of the held-out rounds 11 to 14 (ADR 0039, 0040, 0042, 0043):
// withdrawn lists, conditional general terms, minutes, rubrics, exclusion lists, statements of work,
// redlines, checklists, exported records, deferred DPIAs and requirements laid down in any binding
// document. The rest of the engine's tests are in check.test.ts.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check } from "./index.js";

describe("check: kinds of language of the held-out rounds", () => {
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
});
