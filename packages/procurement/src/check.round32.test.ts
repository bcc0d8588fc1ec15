// Kinds of language found when held-out round 32 joined development. The sentences are written for
// these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { check } from "./index.js";
import { declaring, doc, everything, resultOf, tagsOf, tender } from "../test/helpers.js";

describe("a document that is itself the annex for the AI part of a purchase", () => {
  const annex = (title: string) =>
    [
      "# Raamovereenkomst verkeersdiensten",
      "",
      `## ${title}`,
      "",
      ...["Begrippen", "Gegevens", "Beveiliging", "Opleiding", "Prijzen", "Looptijd"].map((t, i) => `## Artikel ${i + 1} — ${t}\n\nDeze bepaling geldt voor het Systeem zoals omschreven in de nadere overeenkomst.\n`),
      "## Artikel 7 — Menselijk toezicht\n\nDe Opdrachtnemer zorgt ervoor dat de operator ieder advies van het Systeem kan overrulen, en het Systeem per wegvak kan uitschakelen.\n",
    ].join("\n");

  it("holds the annex's duties to the AI it is about when its title names the AI part", () => {
    const r = check([doc(annex("Bijlage 4 — Module kunstmatige intelligentie (perceel 2)"))], { manifest: declaring(everything) }).results.find((x) => x.requirement === "human-oversight")!;
    expect([r.status, r.reason]).toEqual(["satisfied", "obligation"]);
  });
});

const system = "Het AI-systeem rangschikt de binnengekomen meldingen op urgentie.";
const systemEn = "The AI system ranks incoming reports by urgency.";

describe("advice written in a section of recommendations with a part letter", () => {
  const advice = (heading: string) =>
    ["# Advies over MeldRang", "", system, "", `### ${heading}`, "", "**Aanbeveling 4.** Laat vóór de ingebruikname een IAMA uitvoeren, samen met de leverancier.", ""].join("\n");

  it("reads the imperatives under 'B.2 Aanbevelingen' as advice", () => {
    expect(resultOf(advice("B.2 Aanbevelingen"), "human-rights-impact-assessment").status).not.toBe("satisfied");
  });

  it("reads the same imperatives under 'IV. Recommendations' as advice", () => {
    expect(resultOf(advice("IV. Recommendations"), "human-rights-impact-assessment").status).not.toBe("satisfied");
  });
});

describe("the recitals of a decision end where it decides", () => {
  const decision = (close: string) =>
    [
      "# Besluit van het dagelijks bestuur",
      "",
      system,
      "",
      "overwegende dat:",
      "",
      "- het bestuur meldingen sneller wil afhandelen;",
      "- een proef de werking in de praktijk laat zien;",
      "",
      close,
      "",
      "**Artikel 1**",
      "",
      "Het waterschap voert vóór de start van de proef een IAMA uit, met medewerking van de leverancier.",
      "",
    ].join("\n");

  it("reads the articles after 'besluiten:' as decided", () => {
    expect(resultOf(decision("**besluiten:**"), "human-rights-impact-assessment").status).toBe("satisfied");
  });

  it("reads the articles after 'BESLUIT:' as decided", () => {
    expect(resultOf(decision("BESLUIT:"), "human-rights-impact-assessment").status).toBe("satisfied");
  });

  it("still reads what stands among the considerations as a consideration", () => {
    const inRecitals = ["# Besluit", "", system, "", "overwegende dat:", "", "- het waterschap een IAMA uitvoert vóór de start van de proef;", ""].join("\n");
    expect(resultOf(inRecitals, "human-rights-impact-assessment").status).not.toBe("satisfied");
  });
});

describe("an inquiry into whether a duty is needed", () => {
  it("does not read 'we are having it examined whether a DPIA is needed' as a DPIA", () => {
    expect(resultOf(tender(system, "Het college laat op dit moment uitzoeken en onderzoeken of een DPIA voor dit systeem nodig is."), "dpia").status).not.toBe("satisfied");
  });

  it("does not read an English authority that will assess whether a DPIA is required", () => {
    expect(resultOf(tender(systemEn, "The Board will assess whether a data protection impact assessment is required for the system."), "dpia").status).not.toBe("satisfied");
  });

  it("still reads a DPIA that is carried out", () => {
    expect(resultOf(tender(system, "Het college voert vóór de ingebruikname een DPIA uit en vraagt advies aan de functionaris gegevensbescherming."), "dpia").status).toBe("satisfied");
  });
});

describe("technical documentation handed over only when asked for", () => {
  it("does not read documentation given on request as delivered before acceptance", () => {
    expect(resultOf(tender(systemEn, "The Contractor shall make the technical documentation and the instructions for use available to the Authority upon request."), "technical-documentation").status).not.toBe("satisfied");
  });

  it("still reads documentation delivered before acceptance", () => {
    expect(resultOf(tender(systemEn, "The Contractor shall deliver the technical documentation and the instructions for use before acceptance."), "technical-documentation").status).toBe("satisfied");
  });
});

describe("tracked changes written out in the text", () => {
  it("does not read a deletion marked '[verwijderd: …]' as a duty", () => {
    expect(resultOf(tender(system, "[verwijderd: De leverancier stelt een exitplan op met de overdracht van gegevens, beslisregels en het model.]"), "exit-and-handover").status).not.toBe("satisfied");
  });

  it("does not read a reviewer's comment that proposes a clause as a duty", () => {
    expect(resultOf(tender(system, "[Comment RB4: suggested wording: 'The supplier reports every serious incident to the authority within 24 hours and corrects it.']"), "incidents-and-corrective-action").status).not.toBe("satisfied");
  });

  it("still reads an insertion marked '[ingevoegd: …]' as a duty", () => {
    expect(resultOf(tender(system, "[ingevoegd: De leverancier stelt een exitplan op met de overdracht van gegevens, beslisregels en het model.]"), "exit-and-handover").status).toBe("satisfied");
  });
});

describe("the sentiment of a text is no emotion recognition", () => {
  it("does not read sorting staff messages by positive or negative sentiment as a prohibited practice", () => {
    const text = tender("Het AI-systeem deelt de berichten die medewerkers van de dienst op het intranet plaatsen in naar onderwerp en naar positief of negatief sentiment, en analyseert welke thema's terugkeren.");
    expect(tagsOf(text)["prohibited"]).toBe(false);
  });

  it("still reads inferring employees' stress from their voices in calls as a prohibited practice", () => {
    const text = tender("The AI system analyses the voices of call-centre employees during calls and detects stress and frustration per employee.");
    expect(tagsOf(text)["prohibited"]).toBe(true);
  });
});

describe("a bid set aside is no output set aside", () => {
  it("does not read the exclusion of an incomplete bid as human oversight", () => {
    expect(resultOf(tender(system, "Een offerte waarin een of meer prijzen ontbreken, wordt zonder verdere beoordeling terzijde gelegd."), "human-oversight").status).not.toBe("satisfied");
  });

  it("still reads an officer who sets a ranking aside as human oversight", () => {
    expect(resultOf(tender(system, "De behandelaar kan iedere rangschikking van het systeem terzijde leggen en het systeem met één handeling uitschakelen."), "human-oversight").status).toBe("satisfied");
  });
});

describe("a negation in Dutch inverted order", () => {
  it("reads 'Een rapportage over het energieverbruik vragen wij niet' as not asked", () => {
    const r = resultOf(tender(system, "Een rapportage over het energieverbruik van het systeem vragen wij niet."), "sustainability");
    expect([r.status, r.reason]).toEqual(["missing", "negated"]);
  });

  it("still reads the same report asked in the usual order", () => {
    expect(resultOf(tender(system, "Wij vragen de leverancier jaarlijks een rapportage over het energieverbruik van het systeem."), "sustainability").status).toBe("satisfied");
  });
});
