// The classifier on short passages written for these tests: positive and negative cases for the
// vocabulary of procurement texts (negation scope, social scoring, scraping, decisions about people).
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify } from "./index.js";

const tags = (text: string) =>
  classify([doc(`# Opdracht\n\n${text}\n`)], { language: "nl" })
    .filter((c) => c.holds)
    .map((c) => c.tag);
const result = (text: string, tag: string) => classify([doc(`# Opdracht\n\n${text}\n`)], { language: "nl" }).find((c) => c.tag === tag)!;

describe("classify: negation scope", () => {
  it("reads 'geen hoog-risico-AI-systeem' as an AI system that is not high-risk", () => {
    const text = [
      "De tool bevat een AI-systeem in de zin van artikel 3, lid 1, van de AI-verordening dat namen in cv's herkent en verwijdert.",
      "De tool is volgens de Provincie geen hoog-risico-AI-systeem, omdat zij uitsluitend een procedurele taak in de zin van artikel 6, lid 3, onder a, uitvoert.",
      "Een IAMA wordt niet uitgevoerd, omdat de tool geen hoog-risico-AI-systeem is.",
    ].join("\n\n");
    expect(tags(text)).toContain("ai");
    expect(tags(text)).not.toContain("high-risk");
  });

  it("reads 'not a high-risk AI system' the same way in English", () => {
    const text = [
      "The service contains an AI system within the meaning of Article 3(1) of the AI Act that predicts failures of bridge drives.",
      "The Province considers it not a high-risk AI system.",
      "It is not a high-risk AI system under Annex III either.",
    ].join("\n\n");
    expect(tags(text)).toContain("ai");
  });

  it("still reads a plain ban on AI as no AI", () => {
    const text = [
      "Het is Opdrachtnemer niet toegestaan functies op te nemen die werken met machine learning of taalmodellen.",
      "De oplossing bevat geen AI-systeem en geen kunstmatige intelligentie.",
    ].join("\n\n");
    expect(tags(text)).not.toContain("ai");
  });
});

describe("classify: algorithmic", () => {
  it("does not take the priority column of a requirements list for an algorithm", () => {
    const text = [
      "De eisen met prioriteit Must zijn knock-out eisen.",
      "Eisen met prioriteit Should zijn wensen en worden beoordeeld bij gunningscriterium G2.",
      "| Nr. | Eis | Prioriteit |\n|---|---|---|\n| E-01 | De website voldoet aan WCAG 2.1 niveau AA. | Must |",
    ].join("\n\n");
    expect(tags(text)).not.toContain("algorithmic");
  });

  it("still counts software that prioritises work", () => {
    const text = [
      "De planningsmodule prioriteert meldingen over wegschade op basis van vaste beslisregels.",
      "Het algoritme berekent per weg een onderhoudsbudget.",
    ].join("\n\n");
    expect(tags(text)).toContain("algorithmic");
  });
});

describe("classify: prohibited practices described without their legal name", () => {
  it("flags one integrity score per person used across unrelated schemes (social scoring)", () => {
    const text = [
      "Het platform bevat een AI-systeem: een machine-learningmodel dat voor elke aanvrager één integriteitsscore berekent uit gegevens over zijn gedrag in verschillende domeinen.",
      "De integriteitsscore wordt gebruikt bij alle subsidieregelingen, ook als het gedrag niets met de subsidie te maken heeft.",
    ].join("\n\n");
    expect(result(text, "prohibited").holds).toBe(true);
  });

  it("does not flag a warranty that excludes such a score", () => {
    const text = [
      "Het systeem gebruikt machine learning om subsidieaanvragen te rubriceren.",
      "Opdrachtnemer garandeert dat het systeem geen integriteitsscore of andere praktijk uit artikel 5 van de AI-verordening toepast.",
    ].join("\n\n");
    expect(result(text, "prohibited").holds).toBe(false);
  });

  it("flags a face database built from images collected on the internet (untargeted scraping)", () => {
    const text = [
      "The service contains an AI system: a facial recognition model that compares faces on camera footage with a reference database.",
      "The Contractor builds the database by automatically collecting facial images and names from social media profiles and other publicly accessible sources on the internet.",
    ].join("\n\n");
    expect(classify([doc(`# Tender\n\n${text}\n`)], { language: "en" }).find((c) => c.tag === "prohibited")!.holds).toBe(true);
  });

  it("does not flag a supplier that is forbidden to collect facial images", () => {
    const text = [
      "The service contains an AI system that counts cyclists on camera footage.",
      "The Contractor does not collect facial images from the internet or social media.",
    ].join("\n\n");
    expect(classify([doc(`# Tender\n\n${text}\n`)], { language: "en" }).find((c) => c.tag === "prohibited")!.holds).toBe(false);
  });
});

describe("classify: decisions about people", () => {
  it("counts HR decisions such as performance reviews, whoever is named", () => {
    const text = [
      "The platform uses a machine-learning model whose weekly scores are discussed in the annual performance review.",
      "Team leaders also use the scores when deciding on contract extensions.",
    ].join("\n\n");
    const results = classify([doc(`# Tender\n\n${text}\n`)], { language: "en" });
    expect(results.find((c) => c.tag === "decisions-about-people")!.holds).toBe(true);
  });

  it("counts fines imposed on identified persons and infers biometric identification (area 1)", () => {
    const text = [
      "The service contains an AI system: a facial recognition model that identifies the persons visible on camera footage.",
      "Enforcement officers use the proposed identities to impose an administrative fine on the person who dumped the waste.",
      "Persons who receive a fine can lodge an objection under the Awb.",
    ].join("\n\n");
    const results = classify([doc(`# Tender\n\n${text}\n`)], { language: "en" });
    expect(results.find((c) => c.tag === "decisions-about-people")!.holds).toBe(true);
    const hr = results.find((c) => c.tag === "high-risk")!;
    expect(hr.holds).toBe(true);
    expect(hr.detail).toBe("1a");
  });

  it("does not count maintenance decisions about objects", () => {
    const text = [
      "Machine-learning models predict failures of bridge drives from sensor data.",
      "Planners decide which bridge is inspected first; no personal data are processed.",
    ].join("\n\n");
    const results = classify([doc(`# Tender\n\n${text}\n`)], { language: "en" });
    expect(results.find((c) => c.tag === "decisions-about-people")!.holds).toBe(false);
  });
});

describe("modality: a denied need", () => {
  const status = (id: string, text: string) =>
    check([doc(`# Aanbesteding\n\n## 4 Eisen\n\n${text}\n`)], { manifest: declaring(everything) }).results.find((r) => r.requirement === id)!.status;

  it("is a negation even when the Province acts earlier in the sentence", () => {
    expect(status("dpia", "De Provincie heeft een pre-DPIA uitgevoerd; daaruit volgt dat een volledige DPIA niet nodig is.")).toBe("missing");
    expect(status("dpia", "The Province has done a pre-assessment; a full DPIA is not required.")).toBe("missing");
  });

  it("does not turn a retention rule ('niet langer nodig') into a negation", () => {
    expect(status("purpose-limitation-and-retention", "Opdrachtnemer verwijdert persoonsgegevens die niet langer nodig zijn binnen 30 dagen.")).toBe("satisfied");
  });

  it("satisfies an exclusion requirement when the need is denied", () => {
    expect(status("special-category-data", "Bijzondere persoonsgegevens zijn voor de werking niet nodig en worden niet verwerkt.")).toBe("satisfied");
  });
});

describe("classify: words that contain 'algorithm' but name something else", () => {
  it("does not read the Algoritmeregister, the Algoritmekader or a hash algorithm as an algorithm bought", () => {
    const text = [
      "De Provincie werkt volgens het Algoritmekader en houdt het Algoritmeregister bij.",
      "Het documentmanagementsysteem legt van ieder archiefstuk een controlegetal vast met het hashalgoritme SHA-256 en versleutelt opslag met het algoritme AES-256.",
    ].join("\n\n");
    expect(tags(text)).not.toContain("algorithmic");
  });

  it("still reads an algorithm that ranks applications next to the register's name", () => {
    const text = [
      "Het algoritme rangschikt de subsidieaanvragen van inwoners op volgorde van risico.",
      "Opdrachtnemer levert de gegevens aan voor publicatie in het Algoritmeregister.",
    ].join("\n\n");
    expect(tags(text)).toContain("algorithmic");
  });
});

describe("classify: art. 6(3) and profiling", () => {
  const base = [
    "De leverancier levert een AI-systeem met machine learning dat aanvragen voor bijstandsuitkeringen van inwoners beoordeelt en een risicoscore per aanvrager berekent.",
    "Het systeem valt onder bijlage III, punt 5, onder a, maar volgens de leverancier voert het een voorbereidende taak uit in de zin van artikel 6, lid 3, en is het daarom geen hoog-risico-AI-systeem.",
  ];
  it("holds an Annex III system that profiles persons high-risk whatever exception is claimed", () => {
    expect(tags([...base, "Het systeem maakt op basis van eerdere aanvragen een risicoprofiel van iedere aanvrager."].join("\n\n"))).toContain("high-risk");
  });
  it("accepts the exception where the text says there is no profiling", () => {
    expect(tags([...base, "Het systeem profileert geen natuurlijke personen."].join("\n\n"))).not.toContain("high-risk");
  });
});

describe("classify: an AI module the buyer does not take", () => {
  it("reads a module that is not purchased or stays switched off as no AI", () => {
    const text = [
      "Het documentmanagementsysteem beheert de archiefstukken van de Provincie.",
      "De AI-module voor automatische classificatie van documenten wordt niet afgenomen en blijft uitgeschakeld.",
      "The vendor's chatbot does not form part of this contract.",
    ].join("\n\n");
    expect(tags(text)).not.toContain("ai");
    expect(tags(text)).not.toContain("generative");
  });
});

describe("classify: what a document-management tender says about AI without buying it", () => {
  it("does not read a definitions table, a lettered exclusion list, a data migration or the province's policy as the purchase", () => {
    const text = [
      "De Provincie hanteert het Algoritmekader en werkt aan een verantwoorde inzet van algoritmes.",
      "## 2. Begrippen",
      "| Begrip | Betekenis |\n| --- | --- |\n| AI-functionaliteit | Functionaliteit die gebruikmaakt van een AI-systeem, zoals automatische classificatie, samenvatting of een chatassistent. |",
      "## 6. Wat niet wordt gevraagd",
      "6.1 De volgende onderdelen maken geen deel uit van deze opdracht:",
      "a. een module die documenten met behulp van AI automatisch anonimiseert;",
      "b. generatieve functies, zoals het samenvatten van dossiers met een taalmodel.",
      "## 7. Gunning",
      "| Criterium | Omschrijving |\n| --- | --- |\n| K1 | Plan van aanpak migratie van 6 miljoen documenten uit het huidige DMS, met risico's en maatregelen |",
    ].join("\n\n");
    for (const tag of ["algorithmic", "ai", "generative", "high-risk"]) expect(tags(text)).not.toContain(tag);
  });
});

describe("classify: register category B and the people a system acts on", () => {
  const pumps = [
    "Het Systeem is een AI-systeem met machine learning dat waterstanden voorspelt en op basis daarvan gemalen en stuwen automatisch aanstuurt.",
    "Partijen stellen vast dat het Systeem een AI-systeem met een hoog risico is als bedoeld in bijlage III, punt 2, van de AI-verordening, als veiligheidscomponent van kritieke infrastructuur.",
  ];
  it("does not call high-risk AI that only steers installations an impactful algorithm", () => {
    const found = tags(pumps.join("\n\n"));
    expect(found).toContain("high-risk");
    expect(found).not.toContain("impactful");
  });
  it("calls Annex III point 2 AI impactful when it steers the traffic of road users", () => {
    const text = [...pumps, "Het Systeem verdeelt de groentijden over weggebruikers, fietsers en voetgangers op het kruispunt."].join("\n\n");
    expect(tags(text)).toContain("impactful");
  });
  it("reads 'het college beslist' as a governing board, not an educational institution", () => {
    const text = [
      "De leverancier levert een AI-systeem met machine learning dat meldingen over jeugdhulpaanbieders rangschikt voor het toezicht.",
      "De commissie adviseert; het college beslist.",
      "Het college besluit in het eerste kwartaal over voortzetting van de pilot.",
    ].join("\n\n");
    expect(result(text, "high-risk").detail).not.toBe("3a");
  });
  it("reads a risk score given to each benefit recipient as profiling, which voids an art. 6(3) claim", () => {
    const text = [
      "Het systeem is een AI-systeem met machine learning dat aanvragen voor bijstandsuitkeringen beoordeelt.",
      "Het systeem valt onder bijlage III, punt 5, onder a, maar volgens de leverancier voert het een voorbereidende taak uit in de zin van artikel 6, lid 3.",
      "Het systeem kent iedere uitkeringsontvanger een risicoscore toe.",
    ].join("\n\n");
    expect(tags(text)).toContain("high-risk");
    expect(tags(text.replace("risicoscore toe.", "risicoscore toe. Het systeem profileert geen natuurlijke personen."))).not.toContain("high-risk");
  });
  it("reads fines for registered keepers as decisions about people", () => {
    const text = [
      "Software met een neuraal netwerk leest kentekens uit camerabeelden en vergelijkt ze met de emissieklasse; het is een AI-systeem.",
      "Bij een treffer beoordeelt een boa het dossier voordat een kentekenhouder wordt beboet.",
      "Buitenlandse kentekenhouders kunnen nauwelijks worden beboet, Nederlandse wel.",
    ].join("\n\n");
    expect(tags(text)).toContain("decisions-about-people");
  });
});

describe("classify: one weak Annex III passage against the buyer's recorded class", () => {
  const use = "Het AI-systeem beoordeelt de examenresultaten van leerlingen en bepaalt de toelating tot de opleiding.";
  const recorded = "De Provincie merkt de tool aan als AI-systeem zonder hoog risico in de zin van artikel 6 van de AI-verordening.";

  it("follows the recorded class when only one passage describes the use, and says the evidence is weak", () => {
    const r = result(`${use}\n\n${recorded}`, "high-risk");
    expect(r.holds).toBe(false);
    expect(r.strength).toBe("weak");
    expect(r.evidence!.map((e) => e.quote).join(" ")).toContain("zonder hoog risico");
  });

  it("keeps high-risk without such a record", () => {
    expect(result(use, "high-risk").holds).toBe(true);
  });

  it("keeps high-risk when the system profiles persons, whatever class is recorded", () => {
    const profiling = "Het AI-systeem stelt per leerling een risicoprofiel op en bepaalt daarmee de toelating tot de opleiding.";
    expect(result(`${profiling}\n\n${recorded}`, "high-risk").holds).toBe(true);
  });
});

describe("classify: safeguards that only decisions about people need", () => {
  const base = "Het algoritme rangschikt de vestigingen onder toezicht naar de kans op een overtreding.";
  const noSolely = "De rangschikking leidt nooit uitsluitend geautomatiseerd tot een handhavingsbesluit; een planner stelt elke controleronde zelf vast.";
  const bias = "Opdrachtnemer voert vóór ingebruikname een biastoets uit per beschermde grond en herhaalt die jaarlijks.";

  it("reads two kinds of such safeguards as decisions about people, and says the evidence is weak", () => {
    const r = result([base, noSolely, bias].join("\n\n"), "decisions-about-people");
    expect(r.holds).toBe(true);
    expect(r.strength).toBe("weak");
    expect(r.reasons.join(" ")).toContain("waarborgen");
  });

  it("does not read one kind of safeguard alone as decisions about people", () => {
    expect(result([base, bias].join("\n\n"), "decisions-about-people").holds).toBe(false);
  });
});

describe("classify: parties and models the text names in its own words", () => {
  it("does not read a supplier under its defined name as a person decided about", () => {
    const text = [
      "## Begrippen",
      "- Deelnemer: een ondernemer die tot een fase van het partnerschap is toegelaten; in de fase-overeenkomst aangeduid als Opdrachtnemer.",
      "## Werkwijze",
      "De oplossing herkent met een getraind model invasieve planten op dronebeelden.",
      "Na elke fase besluit de Provincie welke Deelnemers doorgaan.",
      "Aan het einde van fase 2 beoordeelt een commissie de testrapporten van iedere Deelnemer en besluit over de toelating tot fase 3.",
    ].join("\n\n");
    expect(tags(text)).toContain("ai");
    expect(tags(text)).not.toContain("decisions-about-people");
  });

  it("still reads participants of a programme the system selects as persons decided about", () => {
    const text = [
      "Het algoritme rangschikt de deelnemers van het re-integratieprogramma en bepaalt welke deelnemers een traject krijgen.",
      "Op basis van de uitkomst besluit de consulent over de toekenning van een traject aan de deelnemer.",
    ].join("\n\n");
    expect(tags(text)).toContain("decisions-about-people");
  });

  it("reads a rule-based risk model as an algorithm, not as AI (AI Act recital 12)", () => {
    const text = [
      "Opdrachtnemer bouwt een risicomodel dat alle bedrijven rangschikt naar de prioriteit voor een controlebezoek.",
      "Het risicomodel werkt met beslisregels en wegingsfactoren die onze specialisten vaststellen.",
    ].join("\n\n");
    expect(tags(text)).toContain("algorithmic");
    expect(tags(text)).not.toContain("ai");
  });
});
