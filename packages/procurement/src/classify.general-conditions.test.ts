// General conditions speak of personal data whatever is bought: a processor agreement "if" the
// supplier processes any, data protection in a list of laws to respect, a processor agreement
// that is not needed. None says the purchase processes personal data. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { tagsOf, tender } from "../test/helpers.js";

const model = "De leverancier levert een machine-learningmodel dat uit trillingsmetingen voorspelt wanneer de lagers van een gemaal vervangen moeten worden.";

describe("personal data in general conditions", () => {
  it("does not read a Dutch processor-agreement clause under a condition as processing", () => {
    const text = tender(model, "12.4 Indien de Leverancier bij de uitvoering persoonsgegevens verwerkt namens het Waterschap, sluiten partijen vooraf een verwerkersovereenkomst.");
    expect(tagsOf(text)["personal-data"]).toBe(false);
  });

  it("does not read the English clause, with a remark inside the condition, as processing", () => {
    const text = tender(
      "The Supplier delivers a machine learning model that predicts bearing failures of pumping stations from vibration data.",
      "9. Data protection. Where, contrary to what the specification expects, the Supplier processes personal data on behalf of the Authority, the parties shall first conclude a data processing agreement.",
    );
    expect(tagsOf(text)["personal-data"]).toBe(false);
  });

  it("does not read data protection at the end of a list of laws as processing", () => {
    const text = tender(model, "De leverancier houdt zich aan alle toepasselijke wet- en regelgeving, waaronder de regels over veiligheid op het werk en de bescherming van persoonsgegevens.");
    expect(tagsOf(text)["personal-data"]).toBe(false);
  });

  it("reads a processor agreement that is not needed as no processing", () => {
    const text = tender(model, "Het model verwerkt alleen meetwaarden van pompen. Een verwerkersovereenkomst is daarom niet nodig.");
    expect(tagsOf(text)["personal-data"]).toBe(false);
  });

  it("still reads personal data the system itself processes, beside the same clause", () => {
    const text = tender(
      "De leverancier levert een machine-learningmodel dat meldingen van inwoners met hun naam, adres en foto's sorteert.",
      "12.4 Indien de Leverancier bij de uitvoering persoonsgegevens verwerkt namens de provincie, sluiten partijen vooraf een verwerkersovereenkomst.",
      "De persoonsgegevens van melders worden na zes maanden verwijderd.",
    );
    expect(tagsOf(text)["personal-data"]).toBe(true);
  });
});
