// Synthetic voices, cloned voices and deep fakes (AI Act art. 3(60), 50(2), 50(4)) are made by AI
// and are generated content, also where the text never says "AI". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { tagsOf, tender } from "../test/helpers.js";

describe("synthetic media in a purchase", () => {
  it("reads a Dutch brief for a synthetic voice-over and a cloned voice as generative AI", () => {
    const tags = tagsOf(
      tender(
        "Het bureau maakt drie voorlichtingsfilms over de nieuwe busdienstregeling.",
        "De voice-over wordt met een synthetische stem gemaakt, en de gedeputeerde spreekt via stemkloontechniek ook in het Engels en het Duits.",
        "Het bureau vermeldt in elke film dat de stemmen kunstmatig zijn gemaakt.",
      ),
    );
    expect(tags.ai).toBe(true);
    expect(tags.generative).toBe(true);
  });

  it("reads an English order for a deep fake greeting as generative AI", () => {
    const tags = tagsOf(
      tender(
        "The agency will produce a deepfake video in which the mayor welcomes visitors in five languages.",
        "Each version is labelled as artificially generated at its start.",
      ),
    );
    expect(tags.ai).toBe(true);
    expect(tags.generative).toBe(true);
  });

  it("does not read a brief that rules synthetic media out as buying them", () => {
    const tags = tagsOf(
      tender(
        "Het bureau maakt drie voorlichtingsfilms over de nieuwe busdienstregeling.",
        "Het bureau gebruikt geen deepfakes en geen synthetische stemmen: alle teksten worden door stemacteurs ingesproken.",
      ),
    );
    expect(tags.ai).toBe(false);
    expect(tags.generative).toBe(false);
  });
});
