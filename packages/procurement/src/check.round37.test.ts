// Kinds of language found when held-out round 37 joined development. The sentences are written for
// these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultsOfSubmitted } from "../test/helpers.js";

describe("a requirements sheet saved from a spreadsheet with semicolons", () => {
  const sheet = [
    "Programma van eisen, opgeslagen als CSV.",
    "",
    "nr;onderwerp;tekst;soort;opmerking",
    '1;Uitleg;"Soort Wens: telt mee voor de kwaliteitsscore; geen verplichting.',
    'Soort Vraag: wordt niet beoordeeld.";Info;',
    '2;Logging;"De leverancier legt elke uitkomst met de gebruikte invoer automatisch vast; de logbestanden worden twaalf maanden bewaard.";Eis;',
    "3;Risico's;De leverancier houdt een risicobeheersysteem bij over de hele levenscyclus en deelt de uitkomsten van tests.;Wens;",
    "4;Toezicht;Hoe kan een medewerker een uitkomst van het systeem terzijde schuiven?;Vraag;",
  ].join("\n");

  it("judges every row by its own type, not by the explanation rows above it", async () => {
    const result = await resultsOfSubmitted(sheet, "eisen.md");
    expect(result("logging").status).toBe("satisfied");
    expect(result("risk-management").reason).toBe("wish");
    expect(result("human-oversight").status).not.toBe("satisfied");
  });
});
