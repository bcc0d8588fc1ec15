// Kinds of language found when held-out round 36 joined development: a Dutch separable verb with a
// long middle field, a step that waits for a condition, a letter of intent that declares only some
// of its articles binding, award criteria in a table and in bracketed markers, a voicebot that says
// what the caller speaks to, and AI output marked in metadata. The sentences are written for these
// tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultIn, resultOf, resultsOfSubmitted, tagsOf, tender } from "../test/helpers.js";

describe("a separable verb whose parts stand far apart", () => {
  it("reads 'legt … uit' across a long middle field as an explanation", () => {
    const text = tender("Als een aanvrager daarom vraagt, legt de leverancier binnen tien werkdagen in gewone taal uit hoe de score van die aanvraag tot stand kwam.");
    expect(resultOf(text, "individual-explanation").status).toBe("satisfied");
  });

  it("still reads a relative clause about completed training as a precondition, not as training", () => {
    const text = tender("Alleen behandelaars die de in bijlage 3 van het contract beschreven training hebben gevolgd, krijgen toegang tot de scores.");
    expect(resultOf(text, "ai-literacy").status).not.toBe("satisfied");
  });
});

describe("a step that waits for a condition", () => {
  it("reads 'niet voordat' as requiring the condition, not as denying it", () => {
    expect(resultOf(tender("De provincie start de tweede fase niet voordat zij een DPIA heeft afgerond."), "dpia").status).toBe("satisfied");
    expect(resultOf(tender("Het waterschap opent de dienst niet voordat een gegevensbeschermingseffectbeoordeling is afgerond."), "dpia").status).toBe("satisfied");
  });

  it("still reads 'does not start until' as requiring the condition", () => {
    const text = tender("The Authority does not start the second phase until it has completed a data protection impact assessment for the pilot.");
    expect(resultOf(text, "dpia").status).toBe("satisfied");
  });

  it("still reads a plain refusal as a denial", () => {
    const text = tender("Voor deze rekenmodule voert de gemeente geen DPIA uit.");
    expect(resultOf(text, "dpia").status).not.toBe("satisfied");
  });
});

describe("a letter of intent that binds only some of its articles", () => {
  const letter = (binding: string) =>
    [
      "# Intentieverklaring",
      "## Artikel 1 — Aard van deze verklaring",
      binding,
      "## Artikel 2 — Samenwerking",
      "2.1 De leverancier zal de medewerkers van de provincie een training geven over de werking en de grenzen van de assistent.",
      "## Artikel 3 — Gegevens",
      "3.1 De leverancier gebruikt de gegevens van de provincie niet om modellen te trainen; alle gegevens blijven eigendom van de provincie.",
    ].join("\n\n");

  it("reads an article outside the binding ones as non-binding", () => {
    const text = letter("1.1 Behoudens de artikelen 1 en 3 schept deze verklaring geen afdwingbare verplichtingen.");
    const result = resultOf(text, "ai-literacy");
    expect(result.status).not.toBe("satisfied");
    expect(result.reason).toBe("non-binding");
  });

  it("still reads the articles it declares binding as binding", () => {
    const text = letter("1.1 Behoudens de artikelen 1 en 3 schept deze verklaring geen afdwingbare verplichtingen.");
    expect(resultOf(text, "buyer-data-rights").status).toBe("satisfied");
  });

  it("reads an English range of binding clauses", () => {
    const memo = [
      "# Memorandum",
      "### 1. Status",
      "1.1 Save for clauses 4 to 6, this memorandum is not legally binding.",
      "### 2. Working together",
      "2.1 The Supplier shall train the Council's case handlers in how the model works and where it fails.",
      "### 5. Data",
      "5.1 The Supplier shall not use the Council's data to train its models; all data remain the property of the Council.",
    ].join("\n\n");
    expect(resultOf(memo, "ai-literacy").reason).toBe("non-binding");
    expect(resultOf(memo, "buyer-data-rights").status).toBe("satisfied");
  });

  it("leaves a document without such a declaration alone", () => {
    const text = letter("1.1 Deze verklaring treedt in werking op de dag van ondertekening.");
    expect(resultOf(text, "ai-literacy").status).toBe("satisfied");
  });
});

describe("award criteria", () => {
  it("reads a row of an award table as scored, not required", () => {
    const text = ["# Gunning", "| Gunningscriterium | Weging |", "|---|---|", "| K2 Risicobeheersysteem voor het model (4.3) | 20 % |", "| Prijs | 40 % |"].join("\n");
    expect(resultOf(text, "risk-management").status).not.toBe("satisfied");
  });

  it("reads an item marked [Gunningscriterium] as scored, and one marked [Eis] as required", () => {
    const scored = tender("5.3 [Gunningscriterium] De mate waarin Opdrachtnemer gedurende de looptijd een risicobeheersysteem voor het model onderhoudt.");
    expect(resultOf(scored, "risk-management").status).not.toBe("satisfied");
    const required = tender("5.3 [Eis] Opdrachtnemer onderhoudt gedurende de looptijd een risicobeheersysteem voor het model.");
    expect(resultOf(required, "risk-management").status).toBe("satisfied");
  });

  it("reads a question to every bidder as a question", () => {
    const text = tender("De provincie vraagt inschrijvers hoe zij gedurende de looptijd een risicobeheersysteem voor het model onderhouden.");
    expect(resultOf(text, "risk-management").reason).toBe("question-only");
  });
});

describe("telling people they deal with AI", () => {
  it("reads a voicebot that tells callers they speak to a digital assistant and not a human", () => {
    const text = tender("Bij de start van elk telefoongesprek meldt de spraakrobot dat de inwoner met een digitale assistent praat en niet met een mens.");
    expect(resultOf(text, "ai-interaction-transparency").status).toBe("satisfied");
  });

  it("reads AI output marked in the metadata of each delivered file", () => {
    const text = tender("Opdrachtnemer vermeldt in de metadata van ieder samengevat verslag dat het taalmodel de eerste versie heeft gemaakt.");
    expect(resultOf(text, "ai-interaction-transparency").status).toBe("satisfied");
  });

  it("does not read metadata about a case number as marking AI output", () => {
    const text = tender("Opdrachtnemer vermeldt in de metadata van ieder document het zaaknummer en de datum van ontvangst.");
    expect(resultIn([text], "ai-interaction-transparency").status).not.toBe("satisfied");
  });
});

describe("a technique the text says is not applied", () => {
  it("does not read emotion recognition that is not applied to staff as a prohibited practice", () => {
    const tags = tagsOf(tender("De spraakrobot beantwoordt met een AI-model vragen van bellers.", "Emotieherkenning aan de stem wordt niet toegepast op de medewerkers van het contactcentrum."));
    expect(tags.prohibited).toBe(false);
  });
});

describe("no outcome final without a person's check", () => {
  it("reads 'Geen … wordt definitief zonder controle door een planner' as a human decision", () => {
    const text = tender("Geen toewijzing van een woning wordt definitief zonder controle door een medewerker van de corporatie, die iedere toewijzing kan wijzigen.");
    expect(resultOf(text, "no-solely-automated-decisions").status).toBe("satisfied");
  });

  it("still reads a rejection sent without a person's intervention as no such safeguard", () => {
    const text = tender("Aanvragen onder de drempel worden zonder tussenkomst van een behandelaar afgewezen met een automatisch gemaakte beschikking, omdat het minimum niet wordt gehaald.");
    expect(resultOf(text, "no-solely-automated-decisions").status).not.toBe("satisfied");
  });
});

describe("wishes the winning bidder answered yes", () => {
  // Read by @ethiek/documents, as the checker reads a submitted file: its table rows carry their column headers.
  const matrix = async (award: string) => {
    const text = [
      "# Gunningsbrief",
      award,
      "## Wensen",
      [
        "| Nr. | Wens | Voldoet (ja/nee/deels) | Toelichting inschrijver |",
        "|---|---|---|---|",
        "| W-03 | Opdrachtnemer onderhoudt een gedocumenteerd risicobeheersysteem voor het model over de hele looptijd. | ja | Zie ons plan. |",
        "| W-04 | Opdrachtnemer rapporteert ieder jaar het energieverbruik van het model. | nee | Niet mogelijk. |",
      ].join("\n"),
    ].join("\n\n");
    return resultsOfSubmitted(text, "gunningsbrief.md");
  };

  it("reads a wish answered 'ja' as a duty when the award letter makes such wishes binding", async () => {
    const result = await matrix("Een wens die u met 'ja' hebt beantwoord, wordt een verplichting van de overeenkomst.");
    expect(result("risk-management").status).toBe("satisfied");
    expect(result("sustainability").status).not.toBe("satisfied");
  });

  it("leaves a wish a wish when nothing makes the answers binding", async () => {
    const result = await matrix("Wij danken u voor uw inschrijving.");
    expect(result("risk-management").reason).toBe("wish");
  });
});

describe("valuing property", () => {
  it("does not read 'het model waardeert woningen' as a wish", () => {
    const text = tender("Opdrachtnemer onderzoekt per modelversie of het model goedkope en dure woningen systematisch anders waardeert en legt de trainingsgegevens, hun herkomst en hun spreiding vast.");
    expect(resultOf(text, "data-governance").reason).not.toBe("wish");
  });

  it("still reads 'De Provincie waardeert het als' as a wish", () => {
    const text = tender("De Provincie waardeert het als Opdrachtnemer de trainingsgegevens, hun herkomst en hun spreiding per modelversie vastlegt.");
    expect(resultOf(text, "data-governance").reason).toBe("wish");
  });
});

describe("limits recorded in a note", () => {
  it("reads a note to the buyer on where the model is less reliable as transparency to the buyer", () => {
    const text = tender("Bij iedere nieuwe versie legt de leverancier in een notitie aan de gemeente vast waar de beperkingen van het model liggen en bij welke soorten aanvragen het minder betrouwbaar is.");
    expect(resultOf(text, "transparency-to-buyer").status).toBe("satisfied");
  });
});

describe("requirements taken over into the contract", () => {
  it("reads requirements taken over unchanged into an order letter", () => {
    const text = tender("De eisen van paragraaf 4 worden ongewijzigd opgenomen in de opdrachtbrief aan de leverancier.");
    expect(resultOf(text, "requirements-in-award-and-contract").status).toBe("satisfied");
  });

  it("reads duties named contractual obligations of the provider", () => {
    const text = tender("The service levels in clause 6 and the duties in Schedule 2 are contractual obligations of the Provider.");
    expect(resultOf(text, "requirements-in-award-and-contract").status).toBe("satisfied");
  });
});

describe("no outcome on a score alone", () => {
  it("reads 'on the basis of a score alone' as no solely automated decision", () => {
    const text = tender("No decision about a rent reduction is taken on the basis of a model score alone.");
    expect(resultOf(text, "no-solely-automated-decisions").status).toBe("satisfied");
  });

  it("reads 'op grond van de score alleen uitgesloten' as no solely automated decision", () => {
    const text = tender("Geen aanvrager wordt op grond van de score alleen uitgesloten van een gesprek; daarover beslist een consulent.");
    expect(resultOf(text, "no-solely-automated-decisions").status).toBe("satisfied");
  });

  it("reads 'pas een rooster nadat een planner het heeft vastgesteld' with words between", () => {
    const text = tender("Een voorstel van het model wordt pas een rooster nadat een planner het heeft beoordeeld en vastgesteld.");
    expect(resultOf(text, "no-solely-automated-decisions").status).toBe("satisfied");
  });

  it("still reads 'geen sollicitant wordt afgewezen zonder dat een medewerker' as a human decision", () => {
    const text = tender("Geen sollicitant wordt afgewezen zonder dat een medewerker van de afdeling het cv zelf heeft gelezen.");
    expect(resultOf(text, "no-solely-automated-decisions").status).toBe("satisfied");
  });

  it("reads a system that dispatches no units on its own as no solely automated decision", () => {
    const text = tender("Het advies gaat naar de centralist; het systeem alarmeert geen ambulances zelfstandig.");
    expect(resultOf(text, "no-solely-automated-decisions").status).toBe("satisfied");
  });
});

describe("the end of the contract in plain words", () => {
  it("reads 'Als de opdracht stopt, geeft u ons … het model terug' as an exit with the model", () => {
    const text = tender("Als de opdracht stopt, geeft u ons alle meldingen en het getrainde model terug in een gewoon bestandsformaat, en daarna wist u uw kopieën.");
    expect(resultOf(text, "exit-and-handover").status).toBe("satisfied");
  });

  it("reads returning data alone, in plain words, as an incomplete exit", () => {
    const text = tender("Stopt de opdracht? Dan geeft u ons alle verslagen terug en wist u daarna alles.");
    expect(resultOf(text, "exit-and-handover").reason).toBe("incomplete");
  });
});

describe("a contract that declines accuracy levels", () => {
  const ai = "Het model is een AI-systeem dat sollicitaties met machine learning rangschikt.";

  it("reads 'Partijen leggen geen minimale nauwkeurigheid vast' as working against the requirement", () => {
    const text = tender(ai, "Opdrachtnemer meet ieder kwartaal de nauwkeurigheid en de robuustheid van het model en rapporteert de uitkomsten.", "Partijen leggen geen minimale nauwkeurigheid vast.");
    expect(resultOf(text, "accuracy-robustness-security").reason).toBe("contradicted");
  });

  it("still reads a ceiling on the error rate as a level", () => {
    const text = tender(ai, "Het model haalt op de testset een foutpercentage van niet meer dan 8 procent; Opdrachtnemer meet de nauwkeurigheid ieder kwartaal.");
    expect(resultOf(text, "accuracy-robustness-security").reason).not.toBe("contradicted");
  });
});

describe("special categories named by the trait", () => {
  it("reads medical certificates only shown to the case handler as a safeguard for health data", () => {
    const text = tender("De module verwerkt persoonsgegevens van aanvragers.", "Medische verklaringen worden door de module alleen herkend en uitsluitend aan de behandelaar getoond; de inhoud gebruikt de module niet.");
    expect(resultOf(text, "special-category-data").status).toBe("satisfied");
  });

  it("reads skin colour and religion kept out of the annotations as a safeguard", () => {
    const text = tender("De annotatoren verwerken camerabeelden met personen.", "Huidskleur, godsdienst en andere kenmerken die iets over ras zeggen, worden niet geannoteerd en niet opgeslagen.");
    expect(resultOf(text, "special-category-data").status).toBe("satisfied");
  });
});

describe("malfunctions reported in plain words", () => {
  it("reads 'als het systeem fouten maakt, moet de leverancier ons bellen' as incident reporting", () => {
    const text = tender("Als de tool fouten maakt, moet de leverancier ons binnen een werkdag bellen en de fout binnen een week herstellen.");
    expect(resultOf(text, "incidents-and-corrective-action").status).toBe("satisfied");
  });

  it("reads a tool that does not work as agreed, reported and fixed, as incident reporting", () => {
    const text = tender("If the model does not work as agreed, you inform us within two working days and correct it within ten working days.");
    expect(resultOf(text, "incidents-and-corrective-action").status).toBe("satisfied");
  });
});

describe("what a rule-based algorithm is for", () => {
  it("reads a rule-based module that calculates an amount as the system's purpose", () => {
    const text = tender("| E1 | De rekenmodule is een regelgebaseerd algoritme dat de hoogte van de toeslag uitsluitend berekent op basis van de rekenregels uit de verordening. | Verklaring |");
    expect(resultOf(text, "purpose-and-scope").status).toBe("satisfied");
  });
});

describe("oversight and openness in other words", () => {
  it("reads an officer who can set aside an estimate as human oversight", () => {
    const text = tender("The dashboard lets the officer set aside any estimate of the model and shows with each estimate that it is a model output that may be wrong.");
    expect(resultOf(text, "human-oversight").status).toBe("satisfied");
  });

  it("reads 'no confidentiality obligation shall prevent disclosure' under freedom of information as openness", () => {
    const text = tender("The Authority is subject to freedom of information legislation. No confidentiality obligation in the Contract shall prevent such disclosure.");
    // Found and binding; the archiving part of the requirement is asked elsewhere.
    expect(resultOf(text, "records-and-openness").reason).toBe("incomplete");
  });
});

describe("the model behind the service, named or asked for", () => {
  it("reads 'U vertelt ons welk taalmodel u gebruikt' as supply-chain transparency", () => {
    const text = tender("De assistent vat vergaderingen samen met een taalmodel.", "U vertelt ons vooraf welk taalmodel u gebruikt en van welk bedrijf het is.");
    expect(resultOf(text, "supply-chain-transparency").status).toBe("satisfied");
  });

  it("reads a named general-purpose model and its supplier as supply-chain transparency", () => {
    const text = tender("The Supplier warrants that the service uses only the general-purpose model Nimbus 4, supplied by Nimbus Labs GmbH.");
    expect(resultOf(text, "supply-chain-transparency").status).toBe("satisfied");
  });
});
