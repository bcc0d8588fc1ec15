// The classifier on kinds of language named in the writers' summaries of round 25 (the texts
// themselves stay unread while the round is held out). The sentences are written for these tests.
import { describe, expect, it } from "vitest";
import { tagsOf } from "../test/helpers.js";

const tender = (...paragraphs: string[]) => ["# Tender", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

describe("classify: parts described but not bought (round 25)", () => {
  it("leaves out an option that the buyer does not order, by its label", () => {
    const declined = tender(
      "The Supplier delivers an AI system that scores the speaking tests of learners with a machine-learning model.",
      "Option C: a feedback module that writes personal feedback texts for learners with a large language model. Price per year: EUR 12,000.",
      "The Municipality does not order Option C.",
    );
    expect(tagsOf(declined)["ai"]).toBe(true);
    expect(tagsOf(declined)["generative"]).toBe(false);
    const ordered = tender(
      "The Supplier delivers an AI system that scores the speaking tests of learners with a machine-learning model.",
      "Option C: a feedback module that writes personal feedback texts for learners with a large language model. Price per year: EUR 12,000.",
      "The Municipality orders Option C together with the base system.",
    );
    expect(tagsOf(ordered)["generative"]).toBe(true);
  });

  it("reads a contractor's own planning tool as its means of work, not as what is bought", () => {
    const own = tender(
      "Het waterschap besteedt het maaien van dijken en watergangen uit.",
      "De aannemer plant zijn ploegen met een eigen planningstool die gebruikmaakt van kunstmatige intelligentie. De tool blijft eigendom van de aannemer.",
      "De aannemer maait iedere dijk twee keer per jaar.",
    );
    expect(tagsOf(own)["ai"]).toBe(false);
    const delivered = tender(
      "De aannemer levert het waterschap een planningstool die met kunstmatige intelligentie de maaironden van de eigen ploegen van het waterschap voorspelt en plant.",
      "Het waterschap gebruikt de tool vanaf 2027 voor al zijn maaiwerk.",
    );
    expect(tagsOf(delivered)["ai"]).toBe(true);
  });

  it("leaves out a part that a change log withdraws", () => {
    const changed = tender(
      "Version 2.0: the drafting module, which used a large language model to write reply letters to citizens, was removed from the contract.",
      "The service is an AI system that classifies complaints with a trained model and gives each a priority.",
    );
    expect(tagsOf(changed)["ai"]).toBe(true);
    expect(tagsOf(changed)["generative"]).toBe(false);
    const dutch = tender(
      "| Versie | Wijziging |\n|---|---|\n| 2.0 | Artikel 7 vervalt: de module die met een taalmodel conceptantwoorden aan burgers schrijft, wordt niet afgenomen. |",
      "De Klachtenradar is een AI-systeem dat met een getraind classificatiemodel klachten van burgers naar het juiste team stuurt.",
    );
    expect(tagsOf(dutch)["ai"]).toBe(true);
    expect(tagsOf(dutch)["generative"]).toBe(false);
  });
});
