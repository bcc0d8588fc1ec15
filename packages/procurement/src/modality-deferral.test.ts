import { describe, expect, it } from "vitest";
import { NEED_OPEN, needOpen } from "./modality-deferral.js";

describe("needOpen", () => {
  // The cheap test before NEED_OPEN must let every one of its verbs through, or results change.
  it("lets every verb of NEED_OPEN through", () => {
    const verbs = /^\\b\(([^)]*)\)/.exec(NEED_OPEN.source)![1]!.split("|");
    expect(verbs.length).toBeGreaterThan(10);
    for (const verb of verbs) {
      for (const text of [`De Provincie ${verb} of een DPIA nodig is.`, `DE PROVINCIE ${verb.toUpperCase()} OF EEN DPIA NODIG IS.`]) {
        expect(needOpen(text)).toBe(true);
        expect(NEED_OPEN.test(text)).toBe(true);
      }
    }
  });
  it("agrees with NEED_OPEN", () => {
    for (const text of ["De Provincie beoordeelt per Bestelling of een DPIA nodig is.", "The Province aſſeſſes whether a DPIA is required.", "Opdrachtnemer levert de documentatie.", "Besluit over inzet."]) {
      expect(needOpen(text)).toBe(NEED_OPEN.test(text));
    }
  });
});
