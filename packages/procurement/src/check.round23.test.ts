// The engine on kinds of language met in round 23 after it joined development. The sentences are
// written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check } from "./index.js";

const resultIn = (docs: string[], requirement: string) =>
  check(docs.map((text, i) => doc(text, `document-${i + 1}.md`)), { manifest: declaring(everything) }).results.find((r) => r.requirement === requirement)!;
const resultOf = (text: string, requirement: string) => resultIn([text], requirement);
const tender = (...clauses: string[]) => ["# Tender", "", "The system recognises the faces of visitors at the entrance gates.", "", ...clauses.flatMap((c) => [c, ""])].join("\n");

describe("check: kinds of round 23", () => {
  it("reads evidence asked of bidders in the plural as evidence in the evaluation", () => {
    expect(resultOf(tender("Answer: bidders submit the model card of the algorithm and an independent test report with their bids."), "evidence-in-evaluation").status).toBe("satisfied");
    expect(resultOf(tender("Answer: the supplier keeps the system available on working days."), "evidence-in-evaluation").status).not.toBe("satisfied");
  });

  it("reads what a candidate did in a reference project as proof of suitability, not as a duty of the contract", () => {
    const past = "In ten minste één referentieproject heeft de gegadigde het model na ingebruikname twaalf maanden gemonitord op modeldrift.";
    expect(resultOf(tender(past), "monitoring-after-go-live")).toMatchObject({ status: "partial", reason: "non-binding" });
    const english = "In at least one reference project the bidder has tested the outcomes of the model for unequal treatment of groups.";
    expect(resultOf(tender(english), "non-discrimination").status).not.toBe("satisfied");
    const underHeading = ["# Tender", "", "The model ranks applications.", "", "## Reference projects", "", "The candidate has tested the outcomes of the model for bias against protected groups.", ""].join("\n");
    expect(resultOf(underHeading, "non-discrimination").status).not.toBe("satisfied");
    expect(resultOf(tender("Opdrachtnemer monitort het model na ingebruikname maandelijks op modeldrift."), "monitoring-after-go-live").status).toBe("satisfied");
  });
});
