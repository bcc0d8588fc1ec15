// Kinds of language found when held-out round 34 joined development: an applicability checklist
// whose "nee" rows bind nothing, a Mandatory/Desirable schedule, duties asked only "if possible"
// or left to a party's judgement, and the risk log and model
// description of a research agreement. The sentences are written for these tests, in other words
// than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, tender } from "../test/helpers.js";

const system = "Het AI-systeem rangschikt meldingen over overlast naar urgentie.";
const systemEn = "The AI system ranks nuisance reports by urgency.";

describe("an applicability checklist", () => {
  const checklist = (answer: string) =>
    [
      "# Checklist inkoopvoorwaarden",
      "",
      system,
      "",
      "| Nr | Onderwerp | Standaardbepaling | Van toepassing (ja/nee) | Toelichting |",
      "| --- | --- | --- | --- | --- |",
      `| K3 | Gegevensbescherming | De Provincie laat vóór de ingebruikname een gegevensbeschermingseffectbeoordeling (DPIA) uitvoeren; de leverancier werkt daaraan mee. | ${answer} | Zie de privacytoets. |`,
      "| K4 | Eigendom | De gegevens van de Provincie blijven haar eigendom. | ja | |",
    ].join("\n");

  it("does not read a standard clause marked 'nee' as required, whatever its row is called", () => {
    expect(resultOf(checklist("nee"), "dpia").status).not.toBe("satisfied");
  });

  it("still reads the same clause marked 'ja' as required", () => {
    expect(resultOf(checklist("ja"), "dpia").status).toBe("satisfied");
  });
});

describe("a schedule of Mandatory and Desirable requirements", () => {
  const schedule = (code: string) =>
    [
      "# Schedule of Requirements",
      "",
      systemEn,
      "",
      "| Ref | Requirement | M/D |",
      "| --- | --- | --- |",
      `| R-07 | The System shall record every ranking automatically in a log, with the input, the model version and the output, and keep the logs for two years. | ${code} |`,
    ].join("\n");

  it("does not read a row coded D as an obligation", () => {
    expect(resultOf(schedule("D"), "logging").status).not.toBe("satisfied");
  });

  it("reads the same row coded M as an obligation", () => {
    expect(resultOf(schedule("M"), "logging").status).toBe("satisfied");
  });
});

describe("a duty only if possible, or as a party sees fit", () => {
  it("does not read 'zo mogelijk' as a duty", () => {
    expect(resultOf(tender(system, "Zo mogelijk beschrijft de leverancier waar de trainingsgegevens vandaan komen en hoe representatief zij zijn."), "data-governance").status).not.toBe("satisfied");
  });

  it("does not read 'if possible' as a duty", () => {
    expect(resultOf(tender(systemEn, "If possible, the Supplier describes where the training data come from and how representative they are."), "data-governance").status).not.toBe("satisfied");
  });

  it("does not read an assessment carried out only when the buyer deems it necessary as required", () => {
    expect(resultOf(tender(systemEn, "The Authority will carry out any data protection impact assessment that its privacy officer deems necessary."), "dpia").status).not.toBe("satisfied");
  });

  it("does not read bias testing when the vendor considers it appropriate as required", () => {
    expect(resultOf(tender(systemEn, "The Vendor tests the model for bias across protected groups as and when the Vendor considers appropriate."), "non-discrimination").status).not.toBe("satisfied");
  });

  it("does not read 'wanneer zij dat nodig acht' as a duty", () => {
    expect(resultOf(tender(system, "De Provincie voert een DPIA uit wanneer de functionaris gegevensbescherming dat nodig acht."), "dpia").status).not.toBe("satisfied");
  });

  it("still reads information the buyer deems necessary as owed", () => {
    const r = resultOf(tender(systemEn, "Before go-live the Authority carries out a data protection impact assessment, and the Supplier provides all information that the Authority deems necessary for it."), "dpia");
    expect(r.status).toBe("satisfied");
  });
});

describe("a research agreement's risk log and model description", () => {
  it("reads a risk log kept by the supplier as risk management", () => {
    expect(resultOf(tender(system, "De leverancier houdt gedurende de looptijd een risicologboek bij met de risico's van het systeem voor inwoners en de genomen maatregelen, en bespreekt dat ieder kwartaal met de Provincie."), "risk-management").status).toBe("satisfied");
  });

  it("reads an English risk log as risk management", () => {
    expect(resultOf(tender(systemEn, "The Supplier shall maintain a risk log of the risks the system poses to residents and the mitigations taken, and review it with the Authority every quarter."), "risk-management").status).toBe("satisfied");
  });

  it("reads a model description delivered at handover as technical documentation", () => {
    expect(resultOf(tender(system, "Bij de oplevering levert de leverancier een modelbeschrijving, de broncode met toelichting en een gebruikershandleiding."), "technical-documentation").status).toBe("satisfied");
  });
});

describe("a reply table to public comments", () => {
  const replies = (comment: string, answer: string) =>
    [
      "# Nota van beantwoording",
      "",
      system,
      "",
      "| Nr. | Samenvatting reactie | Antwoord van het college | Aanpassing |",
      "| --- | --- | --- | --- |",
      `| R4 | ${comment} | ${answer} | nee |`,
    ].join("\n");

  it("does not read what a resident asks for as a requirement", () => {
    const r = resultOf(replies("Een bewonersvereniging vraagt het systeem op te nemen in het Algoritmeregister.", "Wij nemen dit mee bij de evaluatie na een jaar."), "algorithm-register");
    expect(r.status).not.toBe("satisfied");
  });

  it("reads the requirement the answer adds", () => {
    const r = resultOf(replies("Een bewonersvereniging vraagt het systeem op te nemen in het Algoritmeregister.", 'Eis E-21 wordt toegevoegd: "Opdrachtnemer levert vóór de ingebruikname de teksten voor de publicatie in het Algoritmeregister."'), "algorithm-register");
    expect(r.status).toBe("satisfied");
  });
});

describe("an amendment and a withdrawal that cite other requirements", () => {
  it("keeps a requirement that a later amendment only cites in its new wording", () => {
    const text = tender(
      system,
      'Eis E-05 komt te luiden: "Opdrachtnemer zorgt dat het systeem ten minste 95 procent van de meldingen in de juiste urgentieklasse plaatst, gemeten op een testset van de Provincie."',
      'Eis E-07 komt te luiden: "Opdrachtnemer herhaalt de meting van E-05 ieder halfjaar en na iedere nieuwe modelversie."',
    );
    expect(resultOf(text, "accuracy-robustness-security").status).toBe("satisfied");
  });

  it("reads the new wording after a short withdrawal as binding", () => {
    const text = tender(systemEn, 'R-12 is withdrawn. Section 4.2 shall read: "The Supplier shall keep automatic logs of every ranking for two years and give the Authority read access."');
    expect(resultOf(text, "logging").status).toBe("satisfied");
  });

  it("does not read a reporting duty the buyer forgoes as required", () => {
    expect(resultOf(tender(system, "De Provincie ziet af van een verplichting om het energieverbruik van het systeem te rapporteren."), "sustainability").status).not.toBe("satisfied");
  });
});
