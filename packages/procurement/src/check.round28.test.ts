// Kinds of language of round 28, which joined development after its figures were taken. The
// sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { check } from "./index.js";
import { doc, resultOf, tagsOf, tender } from "../test/helpers.js";

const classOf = (text: string, tag: string) => check([doc(text)]).classification.find((c) => c.tag === tag)!;

describe("a likelihood estimated per person is profiling, whatever art. 6(3) exception is claimed (round 28)", () => {
  const claim =
    "Partijen gaan ervan uit dat het systeem geen hoog-risico-AI-systeem is, omdat het alleen een voorbereidende taak uitvoert als bedoeld in artikel 6, derde lid, van de AI-verordening.";

  it("keeps a debt-help ranking high-risk when the model estimates per household the likelihood of problem debts", () => {
    const text = tender(
      "Het AI-model is een getraind classificatiemodel dat per huishouden de kans schat dat de betalingsachterstanden binnen een jaar oplopen, en de huishoudens daarop rangschikt.",
      "Een schuldhulpmaatje beoordeelt daarna of het huishouden in aanmerking komt voor schuldhulpverlening.",
      claim,
    );
    const highRisk = classOf(text, "high-risk");
    expect(highRisk.holds).toBe(true);
    expect(highRisk.detail).toBe("5a");
  });

  it("reads a priority score given to each applicant the same way, in English", () => {
    const text = tender(
      "The machine-learning model gives each applicant for hardship support a priority score from 1 to 10.",
      "A caseworker then decides whether the applicant qualifies for the hardship fund.",
      "The parties consider the model not high-risk under Article 6(3) of the AI Act, as it performs a preparatory task only.",
    );
    expect(tagsOf(text)["high-risk"]).toBe(true);
  });

  it("still accepts the exception when nothing is estimated about persons", () => {
    const text = tender(
      "Het AI-model ordent de binnengekomen aanvragen voor bijzondere bijstand op datum van ontvangst en controleert of alle bijlagen aanwezig zijn.",
      "Een consulent beoordeelt of de aanvrager in aanmerking komt voor bijzondere bijstand.",
      claim,
    );
    expect(tagsOf(text)["high-risk"]).toBe(false);
  });
});

describe("the reliability of a score is not the trustworthiness of persons (round 28)", () => {
  it("does not read a model card on groups for which the score is less reliable as social scoring", () => {
    const text = tender(
      "Het AI-model berekent voor de planning van huisbezoeken een volgorde van adressen.",
      "De leverancier levert een modelkaart met de groepen inwoners waarvoor de score minder betrouwbaar is, zodat medewerkers weten wanneer zij de score niet moeten volgen.",
    );
    expect(tagsOf(text).prohibited).toBe(false);
  });

  it("still reads a score of residents' trustworthiness that costs them access as social scoring", () => {
    const text = tender("Het AI-systeem geeft iedere inwoner een score voor zijn betrouwbaarheid op grond van meldingen van overlast; inwoners met een lage score krijgen een lagere prioriteit bij de parkeervergunning.");
    expect(tagsOf(text).prohibited).toBe(true);
  });
});

describe("the harm of a practice said with a negation (round 28)", () => {
  it("reads 'worden uitgesloten van' as the harm, not as a denial of the practice", () => {
    const text = tender("Het AI-systeem geeft iedere inwoner een score voor zijn betrouwbaarheid op grond van meldingen van overlast; inwoners met een lage score worden uitgesloten van de parkeervergunning.");
    expect(tagsOf(text).prohibited).toBe(true);
  });

  it("reads 'krijgen geen toegang' as the harm, in English too", () => {
    const text = tender("The AI system gives every tenant a trustworthiness score based on neighbourhood reports; tenants with a low score get no access to the parking permit scheme.");
    expect(tagsOf(text).prohibited).toBe(true);
  });

  it("still reads a negation at the practice's start as a denial", () => {
    expect(tagsOf(tender("Het AI-systeem geeft geen score aan inwoners voor hun betrouwbaarheid en sluit niemand uit van een parkeervergunning.")).prohibited).toBe(false);
    expect(tagsOf(tender("Het AI-systeem herkent geen emoties van medewerkers, ook niet uit camerabeelden in de dienstauto.")).prohibited).toBe(false);
  });
});

describe("the supplier's own terms set aside (round 28)", () => {
  const algorithm = "Het algoritme berekent de volgorde van de meldingen.";

  it("reads the exclusion of the supplier's general terms as what general-terms asks", () => {
    const text = tender(algorithm, "Algemene voorwaarden van de opdrachtnemer, hoe ook genoemd, zijn niet van toepassing.");
    expect(resultOf(text, "general-terms").status).toBe("satisfied");
  });

  it("reads a vendor's Terms of Service set aside by its company name the same way", () => {
    const text = tender(algorithm, "The Terms of Service and other general terms of Acme Speech Ltd do not apply to this order, even where the quotation refers to them.");
    expect(resultOf(text, "general-terms").status).toBe("satisfied");
  });

  it("still reads general terms set aside without a supplier as a denial", () => {
    const text = tender(algorithm, "Algemene voorwaarden zijn op deze opdracht niet van toepassing.");
    expect(resultOf(text, "general-terms")).toMatchObject({ status: "missing", reason: "negated" });
  });
});

describe("help with the transition to a next supplier is part of an exit (round 28)", () => {
  const ai = "Het AI-systeem vat de verslagen van de vergaderingen samen.";

  it("accepts the return of data with help in the transition to a successor", () => {
    const text = tender(ai, "Bij het einde van de overeenkomst geeft de leverancier alle verslagen in een open formaat terug en helpt hij kosteloos bij de overgang naar een opvolgende leverancier.");
    expect(resultOf(text, "exit-and-handover").status).toBe("satisfied");
  });

  it("accepts transition assistance at termination, in English", () => {
    const text = tender(ai, "On termination the Supplier returns all customer data in an open format and provides transition assistance to any successor supplier.");
    expect(resultOf(text, "exit-and-handover").status).toBe("satisfied");
  });

  it("still finds the return of data alone incomplete", () => {
    const text = tender(ai, "Bij het einde van de overeenkomst geeft de leverancier alle verslagen in een open formaat terug.");
    expect(resultOf(text, "exit-and-handover")).toMatchObject({ status: "partial", reason: "incomplete" });
  });
});

describe("requirements in user stories and norms that go into the SLA (round 28)", () => {
  const algorithm = "Het algoritme rangschikt de aanvragen op volgorde van urgentie.";

  it("reads user stories that become part of the agreement", () => {
    const text = tender(algorithm, "De user stories van hoofdstuk 3 worden met hun acceptatiecriteria onderdeel van de overeenkomst.");
    expect(resultOf(text, "requirements-in-award-and-contract").status).toBe("satisfied");
  });

  it("reads service norms that 'komen in de SLA'", () => {
    const text = tender(algorithm, "De hersteltijden en de uitlegbaarheid van de rangorde komen als servicenormen in de SLA.");
    expect(resultOf(text, "requirements-in-award-and-contract").status).toBe("satisfied");
  });

  it("does not read generic service levels of availability as algorithm requirements", () => {
    const text = tender(algorithm, "4.2 The Supplier shall meet the following service levels, laid down in the service level agreement (Annex C-3):");
    expect(resultOf(text, "requirements-in-award-and-contract").status).not.toBe("satisfied");
  });
});
