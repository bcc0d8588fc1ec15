// A restriction is not a denial: a use ruled out, data not collected, a carve-out with its own
// term. Also access that is not accessibility, and an annex handed out only after the award.
// The sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, tender } from "../test/helpers.js";

const staffData = "Het AI-systeem verwerkt persoonsgegevens van medewerkers.";

describe("purpose limitation with a use ruled out in the same sentence", () => {
  it("keeps the purpose when a later clause says the data are not used as input for the model", () => {
    const text = tender(
      staffData,
      "Roostergegevens worden alleen verwerkt voor de planning van de diensten, op grond van artikel 6, eerste lid, onder b, AVG; ze worden niet gebruikt als trainingsdata en worden na een jaar gewist.",
    );
    expect(resultOf(text, "purpose-limitation-and-retention").status).toBe("satisfied");
  });

  it("keeps the purpose when the system is not used to judge people, in English", () => {
    const text = tender(
      "The AI system processes personal data of drivers.",
      "Location data are processed only to plan the routes, under Article 6(1)(e) GDPR; they are deleted after six months and are not used to assess the performance of drivers.",
    );
    expect(resultOf(text, "purpose-limitation-and-retention").status).toBe("satisfied");
  });

  it("keeps the purpose when a later clause says which data are not asked for", () => {
    const text = tender(
      staffData,
      "De enquêtegegevens worden verwerkt op grond van toestemming (artikel 6, eerste lid, onder a, AVG) voor het doel van het onderzoek; er worden geen namen of e-mailadressen gevraagd en de antwoorden worden uiterlijk drie maanden na afloop van het onderzoek vernietigd.",
    );
    expect(resultOf(text, "purpose-limitation-and-retention").status).toBe("satisfied");
  });

  it("keeps a retention term with a carve-out that gets its own term", () => {
    const text = tender(
      staffData,
      "De inloggegevens worden uitsluitend verwerkt voor het toegangsbeheer, op grond van artikel 6, eerste lid, onder e, AVG, en worden niet langer bewaard dan twee jaar, met uitzondering van wachtwoordhashes, die direct na uitdiensttreding worden gewist.",
    );
    expect(resultOf(text, "purpose-limitation-and-retention").status).toBe("satisfied");
  });

  it("still reads a sentence that says no personal data are processed at all as a denial", () => {
    const text = tender(staffData, "Voor dit onderdeel worden geen persoonsgegevens verwerkt en geldt geen bewaartermijn.");
    expect(resultOf(text, "purpose-limitation-and-retention").status).not.toBe("satisfied");
  });

  it("still reads the exclusion of the AI module from the general terms as an exclusion", () => {
    const text = tender("Het AI-systeem herkent schade aan wegen.", "Op deze opdracht is de ARBIT-2022 van toepassing, met uitzondering van de AI-module.");
    expect(resultOf(text, "ai-contract-clauses").status).not.toBe("satisfied");
  });
});

describe("access to logs is not accessibility", () => {
  const highRisk = "Het AI-systeem is een hoog-risico-AI-systeem als bedoeld in bijlage III, punt 2, van de AI-verordening.";

  it("does not read logs accessible through a read-only interface as accessibility", () => {
    const text = tender(highRisk, "The logs shall be accessible to the Authority at all times through a read-only interface.");
    expect(resultOf(text, "accessibility").status).not.toBe("satisfied");
  });

  it("still reads an accessible user interface as accessibility", () => {
    const text = tender(highRisk, "De leverancier zorgt ervoor dat de gebruikersinterface toegankelijk is voor medewerkers met een visuele beperking.");
    expect(resultOf(text, "accessibility").status).toBe("satisfied");
  });
});

describe("an annex handed out only after the award", () => {
  it("does not count a processor agreement made available after the provisional award", () => {
    const text = tender(staffData, "De verwerkersovereenkomst (bijlage 4) sturen we na de voorlopige gunning beschikbaar toe aan de winnaar.");
    expect(resultOf(text, "processor-agreement").status).not.toBe("satisfied");
  });
});
