// Kinds of language found when held-out round 31 joined development: a row turned down in its
// status or decision column, a duty that waits for the buyer's own later decision or for an
// agreement still to be made, proof asked only after the award, the objection clause of a decision
// letter, a reply letter that restates the question, and a bare "artikel 5" that is the
// contract's own article. The sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, tender } from "../test/helpers.js";

const system = "Het AI-systeem rangschikt de binnengekomen aanvragen op volgorde van behandeling.";
const systemEn = "The AI system ranks incoming applications for handling.";

describe("a row turned down in its status or decision column", () => {
  const options = (status: string) =>
    tender(
      system,
      `| Optie | Omschrijving | Status |\n|---|---|---|\n| 1 | Opleiding van alle gebruikers in AI-geletterdheid door de leverancier (drie sessies) | ${status} |`,
    );

  it("does not read an option marked not ordered as a duty", () => {
    expect(resultOf(options("niet afgenomen"), "ai-literacy").status).not.toBe("satisfied");
  });

  it("still reads the same option once it is ordered", () => {
    expect(resultOf(options("afgenomen"), "ai-literacy").status).toBe("satisfied");
  });

  it("reads an English decision column whose cell says why the row was not adopted", () => {
    const text = tender(
      systemEn,
      "| ID | Requirement | Decision of the Authority |\n|---|---|---|\n| R-7 | The Authority performs a fundamental rights impact assessment under Article 27 AI Act before first use, with the Supplier's help. | Not adopted. Left to each participating body. |",
    );
    expect(resultOf(text, "fundamental-rights-assessment").status).not.toBe("satisfied");
  });
});

describe("a duty that waits for a later decision or a later agreement", () => {
  // The buyer is named by an abbreviation the party vocabulary cannot know ("het SSC", "RWS-Noord").
  it("does not read help with an IAMA the buyer may or may not decide to hold", () => {
    const r = resultOf(tender(system, "Indien het SSC besluit een IAMA uit te voeren, werkt de leverancier daaraan mee met de benodigde gegevens."), "human-rights-impact-assessment");
    expect(r.status).not.toBe("satisfied");
    expect(r.reason).toBe("deferred");
  });

  it("does not read an English duty that arises only if the buyer elects to act", () => {
    const r = resultOf(tender(systemEn, "If RWS-Noord elects to publish the system in the Algoritmeregister, the Supplier shall supply the fields of the publication standard."), "algorithm-register");
    expect(r.status).not.toBe("satisfied");
  });

  it("still reads a duty that follows the supplier's own choice", () => {
    const r = resultOf(
      tender(system, "Indien de leverancier besluit een ander taalmodel of een andere onderaannemer in te zetten, meldt hij dit vooraf schriftelijk aan de provincie, met naam en vestigingsland."),
      "supply-chain-transparency",
    );
    expect(r.status).toBe("satisfied");
  });

  it("still reads the supplier's duty when the buyer has decided", () => {
    const r = resultOf(tender(system, "De gemeente voert vóór de ingebruikname een IAMA uit; de leverancier levert de informatie die daarvoor nodig is."), "human-rights-impact-assessment");
    expect(r.status).toBe("satisfied");
  });

  it("does not read what the parties will only look at later", () => {
    const r = resultOf(tender(system, "Partijen bezien na het eerste jaar van gebruik of de leverancier per aanvraag een uitleg in gewone taal kan geven."), "individual-explanation");
    expect(r.status).not.toBe("satisfied");
  });

  it("does not read monitoring left to a separate agreement the parties have yet to sign", () => {
    const r = resultOf(
      tender(system, "De maandelijkse meting van de nauwkeurigheid en drift van het model na de livegang wordt vastgelegd in een aparte overeenkomst."),
      "monitoring-after-go-live",
    );
    expect(r.status).not.toBe("satisfied");
  });

  it("does not read English conformity duties left to a follow-on contract", () => {
    const r = resultOf(tender(systemEn, "The conformity assessment and CE marking will be addressed in the follow-on contract for the roll-out phase."), "conformity-assessment");
    expect(r.status).not.toBe("satisfied");
  });

  it("does not read a role left with an abbreviation for 'to be agreed'", () => {
    const r = resultOf(tender(system, "Rol van de gemeente onder de AI-verordening (aanbieder of gebruiksverantwoordelijke): n.o.t.k. vóór de ingebruikname."), "provider-role");
    expect(r.status).not.toBe("satisfied");
  });
});

describe("proof asked only after the award", () => {
  it("does not count certificates asked on request after the award as evidence weighed in the evaluation", () => {
    const r = resultOf(tender(system, "Certificaten en testrapporten over het systeem: te leveren op verzoek van de gemeente, na gunning."), "evidence-in-evaluation");
    expect(r.status).not.toBe("satisfied");
  });

  it("still counts a model card that each bid must include", () => {
    const r = resultOf(tender(system, "De inschrijver voegt bij zijn inschrijving een modelkaart en het testrapport van het model; beide worden bij de beoordeling betrokken."), "evidence-in-evaluation");
    expect(r.status).toBe("satisfied");
  });
});

describe("decision letters and reply letters", () => {
  it("does not read the objection clause of a decision letter as an objection route against the system", () => {
    const r = resultOf(tender(system, "Bent u het niet eens met dit besluit? U kunt binnen zes weken na verzending van dit besluit bezwaar maken bij het college."), "complaints-and-appeal");
    expect(r.status).not.toBe("satisfied");
  });

  it("does not read a reply that restates the reader's question as a duty", () => {
    const r = resultOf(tender(system, "U vraagt verder naar de vermelding van het systeem in het Algoritmeregister."), "algorithm-register");
    expect(r.status).not.toBe("satisfied");
  });
});

describe("a bare 'artikel 5'", () => {
  it("does not read the contract's own article 5 as the AI Act's prohibitions", () => {
    const r = resultOf(tender(system, "Eindbesluit: het go/no-go-besluit van de gemeente als bedoeld in artikel 5."), "no-prohibited-practices");
    expect(r.status).not.toBe("satisfied");
  });

  it("still reads a warranty about article 5 of the AI Act", () => {
    const r = resultOf(tender(system, "De leverancier garandeert dat het systeem geen praktijk uitvoert die artikel 5 van de AI-verordening verbiedt."), "no-prohibited-practices");
    expect(r.status).toBe("satisfied");
  });
});

describe("the parties by the kind of public body or by their role in a subsidy", () => {
  it("reads an environmental agency that supplies its own training data as the buyer, not the supplier", () => {
    const r = resultOf(
      tender(system, "De omgevingsdienst stelt de historische inspectiedossiers als trainingsdata beschikbaar en zorgt ervoor dat deze volledig en representatief zijn."),
      "data-governance",
    );
    expect(r.status).not.toBe("satisfied");
  });

  it("reads the recipient of a subsidy, not the college it reports to, as the party bound to report incidents", () => {
    const r = resultOf(
      tender(system, "De subsidieontvanger meldt het college binnen twee werkdagen elk incident waarbij het model foutieve uitkomsten gaf, en herstelt de oorzaak."),
      "incidents-and-corrective-action",
    );
    expect(r.status).toBe("satisfied");
  });
});

describe("terms and matters put outside the agreement", () => {
  it("does not read 'neither … nor … apply' as general terms that apply", () => {
    const r = resultOf(tender(systemEn, "Neither the Authority's general purchasing conditions nor the Vendor's standard terms apply to the trial period."), "general-terms");
    expect(r.status).not.toBe("satisfied");
  });

  it("still reads general purchasing conditions that apply", () => {
    const r = resultOf(tender(systemEn, "The Authority's general purchasing conditions (ARBIT) apply to the agreement and prevail over any terms of the Vendor."), "general-terms");
    expect(r.status).toBe("satisfied");
  });

  it("does not read complaints put outside the agreement as a complaints route", () => {
    const r = resultOf(tender(system, "Klachten van inwoners over de uitkomsten vallen buiten deze overeenkomst; ieder bestuursorgaan volgt zijn eigen klachtenregeling."), "complaints-and-appeal");
    expect(r.status).not.toBe("satisfied");
  });
});
