import { describe, expect, it } from "vitest";
import { fill, formatValue } from "./text.js";

const ctx = (language: "nl" | "en") => ({
  language,
  supplier: language === "nl" ? "Opdrachtnemer" : "the Supplier",
  buyer: language === "nl" ? "Opdrachtgever" : "the Contracting Authority",
  parameters: new Map([["log-retention-months", { value: 6, unit: "months" as const }]]),
  annexPoint: "4a",
  prohibitedPoint: "art. 5(1)(c)",
});

describe("clause texts", () => {
  it("writes parameter values with their unit", () => {
    expect(formatValue(6, "months", "nl")).toBe("6 maanden");
    expect(formatValue(1, "months", "en")).toBe("1 month");
    expect(formatValue(1, "times-per-year", "en")).toBe("once a year");
    expect(formatValue(4, "times-per-year", "nl")).toBe("4 keer per jaar");
    expect(formatValue(48, "hours", "nl")).toBe("48 uur");
    expect(formatValue(10, "working-days", "en")).toBe("10 working days");
  });

  it("fills parties, parameters and the classification, with a capital at the start of a sentence", () => {
    expect(fill("{supplier} shall keep the logs for {param:log-retention-months}. Access for {buyer}.", ctx("en"))).toBe(
      "The Supplier shall keep the logs for 6 months. Access for the Contracting Authority.",
    );
    expect(fill("Bijlage III, punt {annex-point}; {prohibited-point}.", ctx("nl"))).toBe("Bijlage III, punt 4a; art. 5(1)(c).");
    expect(fill("Toegang voor {buyer}.\n\n{supplier} bewaart.", ctx("nl"))).toBe("Toegang voor Opdrachtgever.\n\nOpdrachtnemer bewaart.");
  });
});
