// Kinds of language of round 26, which joined development after its figures were taken. The
// sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { declaring, doc, resultOf, tagsOf, tender } from "../test/helpers.js";
import { check } from "./index.js";


describe("options the tender prices but does not order (round 26)", () => {
  const rules = "Bepalingen die als optie zijn aangeduid, prijst de inschrijver apart; de provincie neemt opties bij de gunning niet af.";
  const base = "(E1) Opdrachtnemer levert een AI-systeem dat met een machine-learningmodel wegschade op foto's herkent. (E2) Opdrachtnemer bewaart de logbestanden van het systeem twaalf maanden.";

  it("reads an item marked as an option as not bought and not binding", () => {
    const text = tender(
      rules,
      `${base} (E3) Optie — Samenvattingen. Opdrachtnemer schrijft met een taalmodel per melding een korte samenvatting voor de wegbeheerder. (E4) Optie: driftbewaking. Opdrachtnemer meet ieder kwartaal de herkenningskwaliteit en meldt achteruitgang.`,
    );
    expect(tagsOf(text)["ai"]).toBe(true);
    expect(tagsOf(text)["generative"]).toBe(false);
    expect(resultOf(text, "monitoring-after-go-live")).toMatchObject({ status: "partial", reason: "deferred" });
  });

  it("still counts the option when the tender orders its options", () => {
    const text = tender(
      "Bepalingen die als optie zijn aangeduid, prijst de inschrijver apart. De provincie neemt de opties E3 en E4 bij de gunning af.",
      `${base} (E3) Optie — Samenvattingen. Opdrachtnemer schrijft met een taalmodel per melding een korte samenvatting voor de wegbeheerder. (E4) Optie: driftbewaking. Opdrachtnemer meet ieder kwartaal de herkenningskwaliteit en meldt achteruitgang.`,
    );
    expect(tagsOf(text)["generative"]).toBe(true);
    expect(resultOf(text, "monitoring-after-go-live").status).toBe("satisfied");
  });

  it("does not take an option word inside a binding item for an option", () => {
    const text = tender(rules, `${base} (E5) Opdrachtnemer meet ieder kwartaal de herkenningskwaliteit, ook van de opties, en meldt achteruitgang binnen vijf werkdagen.`);
    expect(resultOf(text, "monitoring-after-go-live").status).toBe("satisfied");
  });
});

describe("generative AI whose use is forbidden (round 26)", () => {
  it("reads 'the use of generative models … is not permitted' as no generative AI, and keeps the AI", () => {
    const en = tender(
      "The Contractor supplies an AI system that recognises handwritten text in scanned registers with a trained model.",
      "The use of generative language models to fill in or improve the recognised text is not permitted; the output shows what stands on the page.",
    );
    expect(tagsOf(en)["ai"]).toBe(true);
    expect(tagsOf(en)["generative"]).toBe(false);
    const nl = tender(
      "Opdrachtnemer levert een AI-systeem dat met een getraind model handschrift in gescande registers herkent.",
      "Het gebruik van generatieve AI om de herkende tekst aan te vullen is niet toegestaan.",
    );
    expect(tagsOf(nl)["ai"]).toBe(true);
    expect(tagsOf(nl)["generative"]).toBe(false);
  });

  it("keeps generative AI that the text only limits", () => {
    const limited = tender("The Contractor supplies a chatbot based on a large language model that answers questions of residents. The use of the chatbot for legal advice is not permitted.");
    expect(tagsOf(limited)["generative"]).toBe(true);
  });
});

describe("requirements written the way round 26 wrote them", () => {
  const ai = "De provincie koopt een AI-systeem dat met een machine-learningmodel subsidieaanvragen op volledigheid controleert en persoonsgegevens van aanvragers verwerkt.";

  it("reads the exception of GDPR art. 9(2) cited for data named in the sentence before as special-category handling", () => {
    const nl = tender(ai, "Aanvragen kunnen medische verklaringen bevatten. Verwerking van deze gegevens vindt alleen plaats op grond van artikel 9, lid 2, onder g, AVG, en Opdrachtnemer toont ze alleen aan twee aangewezen medewerkers.");
    expect(resultOf(nl, "special-category-data").status).toBe("satisfied");
    const en = tender(
      "The Province buys an AI system that checks grant applications with a machine-learning model and processes personal data of applicants.",
      "Applications may contain medical statements. The Supplier processes this data only under Article 9(2)(g) GDPR and shows it to two named officers only.",
    );
    expect(resultOf(en, "special-category-data").status).toBe("satisfied");
    // An article 9.2 of the contract itself is no exception of the GDPR.
    const contract = tender(ai, "Aanvragen kunnen medische verklaringen bevatten. Wijzigingen in deze gegevens verlopen volgens artikel 9 lid 2 van de overeenkomst.");
    expect(resultOf(contract, "special-category-data").status).not.toBe("satisfied");
  });

  it("reads confidentiality that may not limit or prevent disclosure under the Woo as openness", () => {
    // A system that is not high-risk: the ten years of AI Act art. 18 do not come into it.
    const openness = (text: string) => check([doc(text)], { manifest: declaring(["algorithmic", "ai"]) }).results.find((r) => r.requirement === "records-and-openness")!;
    const roads = "De provincie koopt een AI-systeem dat met een machine-learningmodel zwerfafval op foto's van parken herkent.";
    const nl = tender(roads, "Geheimhoudingsafspraken in de overeenkomst beperken de provincie niet in haar verplichtingen op grond van de Wet open overheid.");
    expect(openness(nl).status).toBe("satisfied");
    const en = tender(
      "The Province buys an AI system that recognises litter on photos of parks with a machine-learning model.",
      "Test reports are kept in the Province's archive, and no confidentiality clause in the contract may prevent the Province from disclosing them under the Woo.",
    );
    expect(openness(en).status).toBe("satisfied");
    const blocked = tender(roads, "Vertrouwelijke informatie van Opdrachtnemer wordt niet openbaar gemaakt op grond van de Woo.");
    expect(openness(blocked).status).not.toBe("satisfied");
  });

  it("reads 'nothing happens until a person has checked the proposal' as human oversight", () => {
    const text = tender(ai, "Geen afwijzing wordt verstuurd voordat een medewerker de voorgestelde uitkomst heeft gecontroleerd.");
    expect(resultOf(text, "human-oversight").status).toBe("satisfied");
    const denied = tender(ai, "Geen medewerker controleert de uitkomsten van het systeem.");
    expect(resultOf(denied, "human-oversight").status).not.toBe("satisfied");
  });
});

describe("duties and non-duties in round 26's wording", () => {
  const en = (clause: string) =>
    tender("The Authority buys an AI system that drafts evaluation reports of incidents with a large language model and processes personal data of staff.", clause);

  it("reads data described by their use and the intended use with its limits and accuracy as duties", () => {
    expect(resultOf(en("The Supplier shall document, for all data used to configure or test the Service, the origin of those data and their representativeness."), "data-governance").status).toBe("satisfied");
    expect(resultOf(en("Before acceptance the Supplier shall give the Authority a written description of the intended use of the Service, its limitations and the accuracy measured on the test set."), "transparency-to-buyer").status).toBe("satisfied");
  });

  it("does not take encouragement for an obligation", () => {
    expect(resultOf(en("The Supplier is encouraged to report the energy consumption of the Service per 1,000 reports."), "sustainability").status).not.toBe("satisfied");
    expect(resultOf(en("The Supplier shall report the energy consumption of the Service per 1,000 reports every quarter."), "sustainability").status).toBe("satisfied");
  });

  it("reads a question left to the supplier to assess as open", () => {
    const open = en("Whether the Supplier acts as a processor, and therefore whether a data processing agreement is needed, is for the Supplier to assess.");
    expect(resultOf(open, "processor-agreement").status).not.toBe("satisfied");
  });

  it("reads 'Een IAMA doen we niet' with the object first as a negation", () => {
    const nl = (clause: string) => tender("De gemeente koopt een regelgebaseerde module die aanvragen voor standplaatsen rangschikt en daarmee over ondernemers beslist.", clause);
    expect(resultOf(nl("Een IAMA doen we voor deze module niet, omdat zij alleen de verordening uitvoert."), "human-rights-impact-assessment").status).not.toBe("satisfied");
    expect(resultOf(nl("Een IAMA voeren we uit voordat de module in gebruik gaat, met Opdrachtnemer aan tafel."), "human-rights-impact-assessment").status).toBe("satisfied");
  });
});

describe("a form whose rows carry a number, a label and the buyer's text (round 26)", () => {
  it("reads the label after the number column as a label, not as the duty", () => {
    const form = tender(
      "De omgevingsdienst koopt een AI-dienst die met een machine-learningmodel satellietbeelden op illegaal gestort afval controleert.",
      [
        "| Nr | Onderdeel | Invulling door de omgevingsdienst | Aard |",
        "| --- | --- | --- | --- |",
        "| IV.B2 | Technische documentatie | Afspraken over documentatie en handleidingen maken we na de gunning in overleg. | I |",
        "| IV.B3 | Logging | De opdrachtnemer legt iedere analyse automatisch vast en bewaart die vastlegging twaalf maanden. | E |",
      ].join("\n"),
    );
    expect(resultOf(form, "technical-documentation").status).not.toBe("satisfied");
    expect(resultOf(form, "logging").status).toBe("satisfied");
  });
});
