// The classifier on kinds of language met in round 24 after it joined development. The sentences
// are written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { tagsOf } from "../test/helpers.js";

const tender = (...lines: string[]) => ["# Tender", "", ...lines.flatMap((l) => [l, ""])].join("\n");

describe("classify: kinds of round 24", () => {
  it("does not read the engagement of a hired professional ('the assignment') as a decision about a person", () => {
    const hire = tender(
      "The Supplier proposes one Candidate, a natural person with at least five years of experience, to carry out the assignment.",
      "The Candidate builds a machine-learning model that predicts water levels per measuring station for the coming week.",
      "Where the Candidate is a freelancer, the Supplier confirms that the assignment is not disguised employment.",
    );
    expect(tagsOf(hire)["ai"]).toBe(true);
    expect(tagsOf(hire)["decisions-about-people"]).toBe(false);
    // Allocation of people to places still is one.
    const allocation = tender(
      "The model ranks pupils for the allocation of school places and the municipality decides on each allocation.",
      "Parents receive the decision on the allocation of their child and may object to it.",
    );
    expect(tagsOf(allocation)["decisions-about-people"]).toBe(true);
  });

  it("reads a system that is said to take no decisions at all as not deciding about people", () => {
    const assistant = tender(
      "Het prototype is een AI-systeem dat met een generatief taalmodel vragen van bewoners over het bestemmingsplan beantwoordt en neemt zelf geen besluiten.",
      "Onder ieder antwoord staat dat de bewoner met een AI-systeem praat en dat het antwoord geen besluit van de gemeente is.",
    );
    expect(tagsOf(assistant)["generative"]).toBe(true);
    expect(tagsOf(assistant)["decisions-about-people"]).toBe(false);
    expect(tagsOf(assistant)["impactful"]).toBe(false);
  });

  it("still reads decisions about people where only their automated form is denied", () => {
    const noSolelyAutomated = tender(
      "Het model berekent voor iedere aanvrager van bijzondere bijstand een risicoscore.",
      "Over een aanvrager wordt geen besluit genomen zonder menselijke tussenkomst: een consulent beoordeelt iedere score.",
    );
    expect(tagsOf(noSolelyAutomated)["decisions-about-people"]).toBe(true);
    const english = tender(
      "The model scores every applicant for a housing permit.",
      "No decision about an applicant is taken solely by automated means; a case officer reviews every score.",
    );
    expect(tagsOf(english)["decisions-about-people"]).toBe(true);
  });

  it("reads what a tender puts out of scope as not bought", () => {
    const scoped = tender(
      "The Service is an AI system that extracts facts from case files to support the secretary of the tribunal.",
      "Out of scope: a chatbot for citizens, and writing the text of decisions.",
    );
    expect(tagsOf(scoped)["ai"]).toBe(true);
    expect(tagsOf(scoped)["generative"]).toBe(false);
    const inScope = tender("The Service is an AI system with a chatbot that answers questions of citizens about their case.");
    expect(tagsOf(inScope)["generative"]).toBe(true);
  });
});
