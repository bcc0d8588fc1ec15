// The engine on kinds of language that real contracts carry around their AI clauses: percentages
// that measure something other than what the system gets right, and lettered duties written as one
// paragraph under a lead-in. The sentences are written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check } from "./index.js";

const resultOf = (text: string, requirement: string) =>
  check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === requirement)!;
const withAi = (...clauses: string[]) => ["# Overeenkomst", "", "Het AI-model herkent schade aan het wegdek op camerabeelden.", "", ...clauses.flatMap((c) => [c, ""])].join("\n");

describe("check: percentages and lettered duties", () => {
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
});
