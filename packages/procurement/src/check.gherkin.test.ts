// A Programma van Eisen written as Gherkin feature files: the scenarios' tags say which bind
// (@must), which are wishes (@should, @could) and which are left for later (@later, @wip). The
// feature files are written for these tests.
import { describe, expect, it } from "vitest";
import { resultOf, resultsOfSubmitted, tender } from "../test/helpers.js";

const feature = (...lines: string[]) => ["```gherkin", "# language: nl", ...lines, "```", ""].join("\n");

const pve = [
  "# Programma van Eisen: prioritering van meldingen",
  "",
  "Het systeem rangschikt binnenkomende meldingen van inwoners met een machine-learningmodel naar urgentie.",
  "",
  "## F1 Vastlegging",
  "",
  feature(
    "Functionaliteit: Vastlegging van voorstellen",
    "",
    "  @must",
    "  Scenario: Automatische logging",
    "    Gegeven een melding waarvoor het model een urgentie voorstelt",
    "    Dan legt Opdrachtnemer automatisch vast welk voorstel het model deed, met de modelversie en het tijdstip",
    "    En bewaart hij deze logbestanden ten minste twee jaar",
    "",
    "  @later-sprint",
    "  Scenario: Toets op ongelijke uitkomsten",
    "    Dan toetst Opdrachtnemer ieder half jaar de voorstellen op vooringenomenheid en discriminatie naar leeftijd en wijk",
    "",
    "  @could",
    "  Scenario: Energieverbruik",
    "    Dan rapporteert Opdrachtnemer per kwartaal het energieverbruik van training en gebruik van het model",
    "",
    "  @must",
    "  Scenario: Bewaartermijnen en doelbinding",
  ),
  "## F2 Prestaties",
  "",
  feature(
    "Functionaliteit: Prestaties van het model",
    "",
    "  @must",
    "  Scenario: Minimale prestaties",
    "    Gegeven de testset van 5.000 meldingen uit 2025",
    "    Dan is de sensitiviteit voor spoedmeldingen ten minste 95 procent",
    "    # De toegankelijkheidseisen uit de WCAG gelden niet voor dit systeem: alleen medewerkers gebruiken het.",
  ),
].join("\n");

describe("a Programma van Eisen in Gherkin", () => {
  it("binds the steps of a @must scenario, each read as its own line", async () => {
    const result = await resultsOfSubmitted(pve, "pve.md");
    expect(result("logging").status).toBe("satisfied");
    expect(result("accuracy-robustness-security").status).toBe("satisfied");
  });

  it("leaves a @later scenario open and reads a @could scenario as a wish", async () => {
    const result = await resultsOfSubmitted(pve, "pve.md");
    expect(result("non-discrimination").reason).toBe("deferred");
    expect(result("sustainability").reason).toBe("wish");
  });

  it("does not read a scenario title without steps as a requirement", async () => {
    const result = await resultsOfSubmitted(pve, "pve.md");
    expect(result("purpose-limitation-and-retention").status).not.toBe("satisfied");
  });

  it("reads a comment that says requirements do not apply ('gelden niet voor') as a denial", async () => {
    const result = await resultsOfSubmitted(pve, "pve.md");
    expect(result("accessibility").reason).toBe("negated");
  });
});

describe("the measures of a classifier", () => {
  it("reads a target for sensitivity or specificity as an accuracy target (ISO/IEC TS 4213)", () => {
    const text = tender("De leverancier levert een machine-learningmodel dat meldingen naar urgentie sorteert.", "De specificiteit van de sortering is ten minste 90 procent, en de sensitiviteit voor spoedmeldingen ten minste 95 procent.");
    expect(resultOf(text, "accuracy-robustness-security").status).toBe("satisfied");
  });
});
