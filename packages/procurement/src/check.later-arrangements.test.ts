// Arrangements put off to a later meeting, a matter under consideration, a plan the buyer only
// expects to carry out, a check still being made: none of them binds anyone yet.
// The sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, tender } from "../test/helpers.js";

const system = "Het AI-systeem rangschikt de binnengekomen meldingen op urgentie.";

describe("arrangements still to be made at a later meeting", () => {
  it("reads a Dutch sentence that puts the topic first and the arrangements later", () => {
    const r = resultOf(tender(system, "Afspraken over het risicobeheer van het systeem maken wij tijdens het startoverleg na de gunning."), "risk-management");
    expect(r.status).not.toBe("satisfied");
    expect(r.reason).toBe("deferred");
  });

  it("reads the English form with the arrangements as subject", () => {
    const r = resultOf(
      tender("The AI system ranks incoming reports by urgency.", "Arrangements for monitoring the accuracy of the system after go-live will be made at the first steering-group meeting."),
      "monitoring-after-go-live",
    );
    expect(r.status).not.toBe("satisfied");
    expect(r.reason).toBe("deferred");
  });

  it("still reads a duty that says when it must be met", () => {
    const r = resultOf(
      tender("The AI system ranks incoming reports by urgency.", "The Contractor shall monitor the accuracy and drift of the system every month after go-live and report the results to the Authority."),
      "monitoring-after-go-live",
    );
    expect(r.status).toBe("satisfied");
  });
});

describe("a matter under consideration, a plan the buyer expects, a check still being made", () => {
  it("does not read publication that is under consideration as a duty", () => {
    const r = resultOf(
      tender("The AI system ranks incoming reports by urgency.", "Whether the system will be described in the national Algoritmeregister is still under consideration by the management board."),
      "algorithm-register",
    );
    expect(r.status).not.toBe("satisfied");
  });

  it("does not read what the buyer expects to ask for in a later tender as an evaluation criterion", () => {
    const r = resultOf(
      tender("The AI system ranks incoming reports by urgency.", "In the later tender the Authority expects to request a model card and the test report of the model as part of each bid."),
      "evidence-in-evaluation",
    );
    expect(r.status).not.toBe("satisfied");
  });

  it("does not read a DPIA the data protection officer is still looking into", () => {
    const r = resultOf(tender(system, "DPIA: de privacyadviseur kijkt nog of een DPIA voor dit systeem nodig is; besluit volgt na de zomer."), "dpia");
    expect(r.status).not.toBe("satisfied");
  });
});
