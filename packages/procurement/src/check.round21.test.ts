// The engine on kinds of language met in development rounds 20 and 21: proposals and matters under
// consideration, several public bodies buying together, complaints about the procurement itself,
// and a buyer warranting its own data. The sentences are written for these tests, not taken from a tender.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check } from "./index.js";

const resultOf = (text: string, requirement: string) =>
  check([doc(text)], { manifest: declaring(everything) }).results.find((r) => r.requirement === requirement)!;
const withAi = (...clauses: string[]) => ["# Overeenkomst", "", "Het AI-model voorspelt de stikstofdepositie per vergunningaanvraag.", "", ...clauses.flatMap((c) => [c, ""])].join("\n");

describe("check: kinds of rounds 20 and 21", () => {
  it("reads a proposal or a matter under consideration as not binding", () => {
    for (const clause of [
      "7.2 The Authorities consider to organise a guidance ethics session with stakeholders before the use of the portal is extended.",
      "De Provincie overweegt om vóór de ingebruikname een sessie begeleidingsethiek te organiseren.",
      "Het projectteam stelt verder voor om vóór de gunning een sessie begeleidingsethiek te houden.",
    ]) {
      const result = resultOf(withAi(clause), "ethics-review");
      expect(result.status, clause).toBe("partial");
      expect(["non-binding", "deferred"], clause).toContain(result.reason);
    }
    // The decision itself binds.
    expect(resultOf(withAi("De Provincie organiseert vóór de ingebruikname een sessie begeleidingsethiek met belanghebbenden."), "ethics-review").status).toBe("satisfied");
    // "vóór" (before) is no proposal: "stelt vóór acceptatie … op" still binds.
    expect(resultOf(withAi("Opdrachtnemer stelt vóór acceptatie de technische documentatie en de gebruiksinstructies op."), "technical-documentation").status).toBe("satisfied");
  });

  it("reads several public bodies buying together as the buyer", () => {
    expect(resultOf(withAi("8.4 Each Project Partner warrants that it holds the rights needed to make its historical data available to the Contractor."), "third-party-data-and-ip")).toMatchObject({ status: "partial", reason: "wrong-party" });
    expect(resultOf(withAi("8.4 The Contractor warrants that it holds the licences for all data sets and models it uses and indemnifies the Authorities against claims of third parties."), "third-party-data-and-ip").status).toBe("satisfied");
    // A right the buyers may use is no commitment to an ethics review.
    expect(resultOf(withAi("23.1 Opdrachtgevers kunnen vraagstukken over de inzet van het model voorleggen aan de ethische commissie."), "ethics-review").status).not.toBe("satisfied");
  });

  it("does not read a complaints desk for the procurement procedure as a route for the people affected", () => {
    const people = (clause: string) => `# Tender\n\nThe AI system proposes decisions on permit applications of residents.\n\n${clause}\n`;
    expect(resultOf(people("Complaints about this tender can be sent to the complaints desk for procurement of the Province."), "complaints-and-appeal").status).toBe("missing");
    expect(resultOf(people("Applicants can lodge an objection against every decision under the General Administrative Law Act, and the Supplier supports the Province in handling it."), "complaints-and-appeal").status).toBe("satisfied");
  });

  it("reads the words of the sources for a risk register and for naming the general-purpose model", () => {
    const en = (clause: string) => `# Agreement\n\nThe AI system forecasts algal blooms with a machine-learning model.\n\n${clause}\n`;
    expect(resultOf(en("The Contractor shall maintain a documented risk register for the System, covering at least missed blooms and false alarms, and shall review it every quarter."), "risk-management").status).toBe("satisfied");
    expect(resultOf(en("The System uses the general-purpose AI model Mistral Large 2 (provider: Mistral AI SAS, Paris)."), "supply-chain-transparency").status).toBe("satisfied");
    expect(resultOf(en("Tenderers shall declare in their offer all general-purpose AI models used in the System and their providers."), "supply-chain-transparency").status).toBe("satisfied");
    // Keeping a subcontractor from the buyer's data discloses no supply chain.
    expect(resultOf(en("The Supplier shall not disclose Customer Data to any subcontractor without prior written consent."), "supply-chain-transparency").status).not.toBe("satisfied");
  });

  it("does not read a statement that copies were destroyed as evidence asked at the award", () => {
    const exit = "22.2 At the end of the Agreement the Contractor hands over all data at the rates of its Tender and then destroys all copies, of which it issues a written declaration.";
    expect(resultOf(withAi(exit), "evidence-in-evaluation").status).toBe("missing");
    expect(resultOf(withAi("With its tender the bidder submits a model card and a test report of a comparable model."), "evidence-in-evaluation").status).toBe("satisfied");
  });

  it("reads retention periods left to be fixed later as the open part of purpose limitation and retention", () => {
    const dpa = (clause: string) => `# Data processing schedule\n\nThe AI system ranks job applications of staff.\n\n9.4 The processing is based on Article 6(1)(e) GDPR and Province Data shall be processed solely for the Intended Purpose.\n\n${clause}\n`;
    expect(resultOf(dpa("9.5 The retention periods of Province Data shall be determined by the Province in due course."), "purpose-limitation-and-retention")).toMatchObject({ status: "partial", reason: "deferred" });
    expect(resultOf(dpa("9.5 The Contractor deletes Province Data six months after the end of each selection round."), "purpose-limitation-and-retention").status).toBe("satisfied");
    // An annex of clauses (a later document) that sets the periods after all settles the part.
    const annex = "# Annex: AI clauses\n\nA.9 The Contractor deletes Province Data six months after the end of each selection round.\n";
    expect(check([doc(dpa("9.5 The retention periods of Province Data shall be determined by the Province in due course.")), doc(annex, "annex.md")], { manifest: declaring(everything) }).results.find((r) => r.requirement === "purpose-limitation-and-retention")!.status).toBe("satisfied");
    // Only the logs' retention left open is the logging requirement's concern.
    expect(resultOf(dpa("9.5 The Contractor deletes Province Data six months after each round; the retention period of the log files will be set in the implementation phase."), "purpose-limitation-and-retention").status).toBe("satisfied");
  });

  it("reads general terms declared applicable as the general terms named", () => {
    expect(resultOf(withAi("On this tender and on the Agreement the ARBIT-2022 including the AI module are applicable; general terms of the supplier are rejected."), "general-terms").status).toBe("satisfied");
    expect(resultOf(withAi("De overeenkomst is gesloten op basis van de GIBIT 2023, met uitsluiting van de algemene voorwaarden van de leverancier."), "general-terms").status).toBe("satisfied");
  });
});
