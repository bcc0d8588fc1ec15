// High-risk AI in critical infrastructure (Annex III point 2) is an impactful algorithm where its
// outputs act on people: a road closed or an area evacuated. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { tagsOf, tender } from "../test/helpers.js";

describe("critical infrastructure that acts on people", () => {
  it("reads a flood forecast that proposes road closures as impactful", () => {
    const tags = tagsOf(
      tender(
        "De provincie koopt een machine-learningmodel dat de waterstand op de rivier drie dagen vooruit voorspelt.",
        "Het voorspelmodel is een veiligheidscomponent bij het beheer van het wegverkeer in het rivierengebied: bij een voorspelde overschrijding stelt het de afsluiting van wegen in de uiterwaarden voor, die de wegbeheerder binnen een uur uitvoert.",
      ),
    );
    expect(tags["high-risk"]).toBe(true);
    expect(tags.impactful).toBe(true);
  });

  it("reads an English early warning that triggers evacuation the same way", () => {
    const tags = tagsOf(
      tender(
        "The Province procures a machine learning model that forecasts river levels as a safety component in the operation of the flood defences and road traffic of the region.",
        "When the model forecasts a breach, the control room starts the evacuation of the polder within the hour.",
      ),
    );
    expect(tags["high-risk"]).toBe(true);
    expect(tags.impactful).toBe(true);
  });
});
