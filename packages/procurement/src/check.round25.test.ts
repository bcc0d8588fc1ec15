// The classifier on kinds of language named in the writers' summaries of round 25 (the texts
// themselves stay unread while the round is held out). The sentences are written for these tests.
import { describe, expect, it } from "vitest";
import { resultIn, resultOf, tagsOf, tender } from "../test/helpers.js";


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

describe("kinds of round 25 after it joined development", () => {
  it("reads 'Module F' turned down in the next sentence, and the contractor's own module in terse form, as not bought", () => {
    const moduleF = tender(
      "The System scores the speaking tests of learners with a machine-learning model.",
      "The price list contains Module F, which uses a large language model to write feedback texts. Module F is NOT ordered under this contract.",
    );
    expect(tagsOf(moduleF)["generative"]).toBe(false);
    const terse = tender("Kern: het ON maait de taluds volgens het beheerplan. Het ON plant zijn ploegen met een eigen planningsmodule met machine learning, die de maaivolgorde voorstelt.");
    expect(tagsOf(terse)["ai"]).toBe(false);
  });

  it("reads the 'old text' column of an amendment table as replaced text", () => {
    const log = [
      "# Wijzigingslog",
      "",
      "De Klachtenradar deelt klachten met een getraind classificatiemodel in.",
      "",
      "| Nr | Artikel | Oude tekst | Nieuwe tekst |",
      "| --- | --- | --- | --- |",
      "| W-05 | 2.2 | De module Conceptantwoord stelt met een taalmodel een conceptbrief op. | module vervallen |",
      "| W-06 | 5.2 | Leverancier onderhoudt een gedocumenteerd risicobeheersysteem gedurende de levensduur van het systeem. | zie art. 5.2 |",
      "",
    ].join("\n");
    expect(tagsOf(log)["generative"]).toBe(false);
    expect(resultOf(log, "risk-management").status).not.toBe("satisfied");
  });

  it("reads intended contract terms of a letter of intent and a drafter's bracketed instruction as binding nothing", () => {
    const intent = tender("The assistant drafts decisions on objections with a large language model.", "Intended contract terms. We intend that the Final Agreement will require logging of prompts and outputs, kept for at least twelve months.");
    expect(resultOf(intent, "logging").status).not.toBe("satisfied");
    const template = tender("The System scores tests with a machine-learning model.", "| R-14 | Risk management: [To be completed by the project lead, see guidance note G-4.] | Shall |");
    expect(resultOf(template, "risk-management")).toMatchObject({ status: "partial", reason: "placeholder" });
  });

  it("does not read an unticked 'niet van toepassing' box as setting a chapter aside", () => {
    const policy = ["# Inkoopbeleid", "", "## Hoofdstuk 7 Algoritmen", "", "7.1 De leverancier verleent het Woonbureau of een onafhankelijke auditor toegang tot de documentatie, de logbestanden en het model van het systeem.", ""].join("\n");
    const form = ["# Opdrachtformulier", "", "Het systeem voorspelt met machine learning welke aanvragen urgent zijn.", "", "A6 Hoofdstuk 7 : [x] van toepassing [ ] niet van toepassing", ""].join("\n");
    expect(resultIn([policy, form], "audit-right").status).toBe("satisfied");
    const setAside = form.replace("[x] van toepassing [ ] niet van toepassing", "Hoofdstuk 7 is niet van toepassing");
    expect(resultIn([policy, setAside], "audit-right").status).not.toBe("satisfied");
  });
});
