// Requirements as plain-language (B1) tenders and short letters write them: the data named in the
// sentence before ("you do not use them to train …"), where the language model runs, a line that
// says a text was made with the help of AI, and the buyer who only explores whether something can
// be done. The sentences are written for these tests.
import { describe, expect, it } from "vitest";
import { resultOf, tender } from "../test/helpers.js";

describe("no training on the buyer's data, with the data named before", () => {
  it("reads 'you do not use them to train your model' as the buyer keeping its data", () => {
    for (const text of [
      "U krijgt de geluidsopnames van onze vergaderingen. U gebruikt ze niet om uw taalmodel of een ander model te trainen.",
      "The Supplier receives the camera images. The Supplier shall not use them to train, test or improve any algorithm.",
      "Jullie krijgen onze aanvragen. Jullie mogen ze niet gebruiken om systemen voor andere klanten te leren.",
    ]) {
      expect(resultOf(tender(text), "buyer-data-rights").status, text).toBe("satisfied");
    }
  });

  it("does not read training the model on labelled data as a promise about the buyer's data", () => {
    expect(resultOf(tender("The Supplier shall use the labelled images to train the detection model."), "buyer-data-rights").status).toBe("missing");
  });
});

describe("safeguards for a language model", () => {
  it("finds where the model runs and that input is not used for training", () => {
    expect(resultOf(tender("Het taalmodel draait binnen de Europese Economische Ruimte of on-premise bij de gemeente."), "generative-ai-safeguards").status).toBe("satisfied");
    expect(resultOf(tender("The language model shall be hosted in a data centre within the EU."), "generative-ai-safeguards").status).toBe("satisfied");
    expect(resultOf(tender("U gebruikt onze teksten niet om uw taalmodel te trainen."), "generative-ai-safeguards").status).toBe("satisfied");
  });

  it("does not take a provider established in the EU for hosting of the model", () => {
    expect(resultOf(tender("The provider of the chatbot is established in the EU."), "generative-ai-safeguards").status).toBe("missing");
  });
});

describe("a text that says it was made with the help of AI", () => {
  it("finds the line on the text itself, in Dutch and English", () => {
    for (const text of [
      "Bovenaan elk verslag staat deze zin: 'Dit verslag is gemaakt met hulp van AI en daarna nagekeken door een medewerker.'",
      "Every letter drafted with the System shall state that it was prepared with the help of an AI system.",
      "In de antwoordnota vermelden wij bij iedere samenvatting dat deze met behulp van een taalmodel is gemaakt.",
    ]) {
      expect(resultOf(tender(text), "ai-interaction-transparency").status, text).toBe("satisfied");
    }
  });

  it("does not take using AI to write for a disclosure", () => {
    expect(resultOf(tender("De medewerker schrijft de brief met hulp van AI."), "ai-interaction-transparency").status).toBe("missing");
  });
});

describe("the buyer exploring whether something can be done", () => {
  it("reads it as not yet asked of anyone", () => {
    for (const text of [
      "De provincie onderzoekt of de leverancier de logbestanden twaalf maanden kan bewaren.",
      "We will explore whether the logs of the system can be kept for twelve months.",
      "The Province investigates whether the system keeps logs for twelve months.",
    ]) {
      expect(resultOf(tender(text), "logging"), text).toMatchObject({ status: "partial", reason: "deferred" });
    }
  });

  it("keeps a duty whose words only contain 'onderzoeken of' in a list, and an audit the buyer may have done", () => {
    expect(resultOf(tender("De opdrachtnemer bewaart de logbestanden twaalf maanden en gebruikt ze niet voor het voorkomen, onderzoeken of vervolgen van strafbare feiten."), "logging").status).toBe("satisfied");
    expect(resultOf(tender("Het waterschap mag eenmaal per jaar door een onafhankelijke auditor laten onderzoeken of de opdrachtnemer de overeenkomst naleeft."), "audit-right").status).toBe("satisfied");
  });

  it("keeps a supplier's duty to examine", () => {
    expect(resultOf(tender("De opdrachtnemer onderzoekt ieder jaar of het model indirect onderscheid maakt naar afkomst en rapporteert de uitkomst."), "non-discrimination").status).toBe("satisfied");
  });
});
