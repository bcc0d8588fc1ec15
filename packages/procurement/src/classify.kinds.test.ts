// The classifier on short passages, continued from classify.test.ts: machines that write, refusals,
// reasoned-away Annex III points, education, personal data, and the kinds of language of the
// held-out rounds 10 to 14.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify } from "./index.js";

const tags = (text: string) =>
  classify([doc(`# Opdracht\n\n${text}\n`)], { language: "nl" })
    .filter((c) => c.holds)
    .map((c) => c.tag);
const result = (text: string, tag: string) => classify([doc(`# Opdracht\n\n${text}\n`)], { language: "nl" }).find((c) => c.tag === tag)!;

describe("classify: a machine that writes (AI Act art. 50(2))", () => {
  it("reads a language model that drafts letters as generative, in Dutch word order and in a passive", () => {
    const inverted = [
      "Het platform gebruikt machine learning om binnenkomende meldingen van inwoners te sorteren.",
      "Bij elke melding stelt het taalmodel een conceptversie van de antwoordbrief op.",
    ].join("\n\n");
    expect(tags(inverted)).toContain("generative");
    const passive = [
      "De dienst bevat een AI-systeem dat verslagen van keukentafelgesprekken ordent.",
      "Elke samenvatting die door AI is gegenereerd, wordt voor verzending door een consulent gecontroleerd.",
    ].join("\n\n");
    expect(tags(passive)).toContain("generative");
  });

  it("does not read a standard letter, a person who writes, or the AI Act as a machine that writes", () => {
    const text = [
      "De applicatie gebruikt een getraind model dat meldingen over de openbare ruimte naar het juiste team routeert.",
      "Bij afhandeling wordt automatisch een standaard brief gegenereerd uit het sjabloon van de afdeling.",
      "De behandelaar schrijft zelf het antwoord aan de melder.",
      "De AI-verordening schrijft voor dat teksten over de werking beschikbaar zijn.",
    ].join("\n\n");
    expect(tags(text)).toContain("ai");
    expect(tags(text)).not.toContain("generative");
  });
});

describe("classify: a practice described and then refused", () => {
  const described = "De leverancier liet ook een functie zien die met de camera tijdens vergaderingen emoties van medewerkers herkent met een getraind model.";
  it("does not read a practice as bought when the next sentence refuses it", () => {
    expect(tags(`${described} Dat nemen we in geen geval af.`)).not.toContain("prohibited");
    expect(tags(`${described} We do not want this.`)).not.toContain("prohibited");
  });
  it("still reads the practice when the next sentence does not refuse it", () => {
    expect(tags(`${described} Die functie wordt in alle vestigingen gebruikt.`)).toContain("prohibited");
  });
});

describe("classify: an Annex III point the text reasons away", () => {
  const use = [
    "Het toegangssysteem gebruikt een getraind model voor gezichtsherkenning bij de ingang van het depot.",
    "De camera vergelijkt het gezicht van wie binnenkomt met de opgeslagen sjablonen van alle geautoriseerde medewerkers en opent dan de deur.",
  ];
  it("follows a text that says the very point does not apply and records the class", () => {
    const text = [...use, "Bijlage III, punt 1, onder a, is hier niet van toepassing, omdat medewerkers zelf meewerken; de Provincie merkt het systeem aan als AI-systeem zonder hoog risico."].join("\n\n");
    expect(result(text, "high-risk").holds).toBe(false);
    expect(result(text, "high-risk").reasons.join(" ")).toMatch(/niet van toepassing/);
  });
  it("keeps the point where the text only records a class without reasoning about the point", () => {
    expect(tags([...use, "De Provincie merkt het systeem aan als AI-systeem zonder hoog risico."].join("\n\n"))).toContain("high-risk");
  });
  it("reads 'een uitzondering … is niet aan de orde' as no exception", () => {
    const text = [
      "Het systeem wijst met machine learning leerlingen toe aan scholen voor voortgezet onderwijs en bepaalt welke leerling waar geplaatst wordt.",
      "Een uitzondering op grond van artikel 6, derde lid, van de AI-verordening is niet aan de orde.",
    ].join("\n\n");
    expect(tags(text)).toContain("high-risk");
  });
});

describe("classify: education points need learners", () => {
  it("does not read a university that builds a model with test data as admission or exam monitoring", () => {
    const text = [
      "De Universiteit ontwikkelt met machine learning een model dat per bedrijfslocatie een kans op overtredingen berekent en kiest welke locaties worden bezocht.",
      "De Universiteit beschrijft de testdata en de vertekening doordat vooral verdachte locaties zijn bezocht.",
    ].join("\n\n");
    expect(result(text, "high-risk").detail ?? "").not.toMatch(/^3/);
  });
});

describe("classify: personal data only defined or not supplied", () => {
  it("does not read a definition of personal data, or camera images that are not supplied, as processing", () => {
    const text = [
      "## Artikel 1 Begripsbepalingen",
      "1. **Persoonsgegevens**: persoonsgegevens als bedoeld in artikel 4 van de AVG;",
      "## Artikel 2 Opdracht",
      "Het voorspelmodel berekent met machine learning de waterstand per gemaal; camerabeelden van de dijk worden niet aan het model aangeboden.",
    ].join("\n\n");
    expect(tags(text)).toContain("ai");
    expect(tags(text)).not.toContain("personal-data");
  });
});

describe("classify: round 10 kinds", () => {
  it("reads a declined art. 6(3) exception as no exception ('wordt niet gedaan', 'doet zich niet voor')", () => {
    for (const decline of [
      "Een beroep op de uitzondering van artikel 6, derde lid, van de AI-verordening wordt niet gedaan.",
      "Een uitzondering op grond van artikel 6, derde lid, doet zich niet voor.",
    ]) {
      const text = ["De toepassing rangschikt met machine learning sollicitanten op een vacature en bepaalt wie wordt uitgenodigd.", decline].join("\n\n");
      expect(tags(text), decline).toContain("high-risk");
    }
  });

  it("keeps an exception that is claimed", () => {
    const text = [
      "De toepassing rangschikt met machine learning sollicitanten op een vacature en bepaalt wie wordt uitgenodigd.",
      "De Provincie doet een beroep op de uitzondering van artikel 6, derde lid, onder d, omdat de toepassing alleen een voorbereidende taak uitvoert.",
    ].join("\n\n");
    expect(tags(text)).not.toContain("high-risk");
  });

  it("reads profiles of natural persons as profiling, which no exception undoes", () => {
    const text = [
      "De toepassing rangschikt met machine learning sollicitanten op een vacature en stelt profielen van natuurlijke personen op.",
      "De Provincie doet een beroep op de uitzondering van artikel 6, derde lid, onder d.",
    ].join("\n\n");
    expect(tags(text)).toContain("high-risk");
  });

  it("does not read an offered module that the agreement refuses by name as bought", () => {
    const offered = 'Als extra bieden wij de module "Mood Meter" aan: die herkent met machine learning uit gezichtsuitdrukking en stem de emoties van medewerkers tijdens gesprekken.';
    const refused = 'De aangeboden module "Mood Meter" wordt niet geleverd en niet geactiveerd.';
    expect(tags([offered, refused].join("\n\n"))).not.toContain("prohibited");
    expect(tags([offered, 'De module "Mood Meter" wordt geleverd.'].join("\n\n"))).toContain("prohibited");
  });

  it("does not read faces made unrecognisable as collecting facial images", () => {
    const text = [
      "Het systeem detecteert met een AI-model dumpingen op camerabeelden van parkeerplaatsen.",
      "Gezichten van voorbijgangers worden in alle beelden automatisch onherkenbaar gemaakt.",
    ].join("\n\n");
    expect(tags(text)).not.toContain("prohibited");
  });

  it("does not read a notice sent to a control room, or 'het betrokken voertuig', as emergency dispatch or emotions", () => {
    const text = "Het AI-model leidt uit camerabeelden af of een voertuig afval dumpt, leest het kenteken van het betrokken voertuig uit en stuurt een melding naar de meldkamer.";
    expect(tags(text)).toContain("ai");
    expect(tags(text)).not.toContain("high-risk");
  });

  it("still reads a model that decides which ambulance unit goes first as Annex III 5(d)", () => {
    const text = "Het AI-model beoordeelt binnenkomende noodoproepen en bepaalt welke eenheid van de ambulancedienst als eerste wordt ingezet.";
    expect(result(text, "high-risk").detail).toBe("5d");
  });

  it("does not read the organisations a party clause names as persons decided about", () => {
    const text = [
      '1. De Provincie Zeeland, gevestigd te Middelburg, rechtsgeldig vertegenwoordigd door de gedeputeerde, handelend namens de deelnemende gemeenten (hierna gezamenlijk: de "Afnemers" en ieder afzonderlijk: een "Afnemer");',
      "De chatbot met een groot taalmodel beantwoordt vragen van inwoners over afvalinzameling.",
      "De kwaliteit van de antwoorden is beoordeeld door de Afnemers.",
      "De kosten van de controle zijn voor de Afnemer.",
    ].join("\n\n");
    expect(tags(text)).toContain("generative");
    expect(tags(text)).not.toContain("decisions-about-people");
  });

  it("reads text marked as generated by an AI system as generative content (art. 50(2))", () => {
    const text = "De Opdrachtnemer zorgt dat iedere door het systeem opgestelde tekst in de metagegevens als door een AI-systeem gegenereerd wordt gemarkeerd; het systeem gebruikt machine learning.";
    expect(tags(text)).toContain("generative");
    expect(tags("The outputs generated by the AI System are stored for six months; the AI System uses machine learning to score claims.")).not.toContain("generative");
  });

  it("reads the lettered items under 'You must not use the Service to:' as forbidden uses, not as the use bought", () => {
    const text = [
      "Lexara Workspace is a generative AI assistant that drafts letters and summaries for office staff.",
      "You must not use the Service, or allow the Service to be used:",
      "a. to infer the emotions of natural persons in the workplace;",
      "b. to predict the risk that a person will commit a criminal offence based solely on profiling;",
    ].join("\n\n");
    const held = classify([doc(`# Order form\n\n${text}\n`)], { language: "en" }).filter((c) => c.holds).map((c) => c.tag);
    expect(held).toContain("generative");
    expect(held).not.toContain("prohibited");
    expect(held).not.toContain("high-risk");
    const used = text.replace("You must not use the Service, or allow the Service to be used:", "The Province uses the Service:");
    expect(classify([doc(`# Order form\n\n${used}\n`)], { language: "en" }).find((c) => c.tag === "prohibited")!.holds).toBe(true);
  });

  it("does not read exploiting a system's security vulnerabilities as exploiting vulnerable persons (art. 15(5), not 5(1)(b))", () => {
    const text = "The AI system answers questions of residents. Users report security vulnerabilities and abuse of the service to the Vendor, who patches them within five days.";
    expect(classify([doc(`# Order\n\n${text}\n`)], { language: "en" }).find((c) => c.tag === "prohibited")!.holds).toBe(false);
  });

  it("reads decision letters that tell the requester how to object as decisions about people", () => {
    const text = "The assistant uses a large language model to draft decision letters on requests. Decision letters will continue to state how the requester can lodge an objection under the General Administrative Law Act.";
    expect(classify([doc(`# SOW\n\n${text}\n`)], { language: "en" }).find((c) => c.tag === "decisions-about-people")!.holds).toBe(true);
  });

  it("reads camera images of objects with nobody in view as no personal data, and images of passers-by as personal data", () => {
    const trash = "Het AI-model herkent op camerabeelden welk afval voor het krooshek van een gemaal ligt.";
    expect(tags(trash)).not.toContain("personal-data");
    const street = "Het AI-model herkent op camerabeelden van de straat voorbijgangers die afval dumpen.";
    expect(tags(street)).toContain("personal-data");
  });

  it("reads face recognition at a building entrance as processing personal data, and data that are 'not inputs of the System' as excluded", () => {
    expect(tags("Het AI-systeem herkent met gezichtsherkenning medewerkers bij de ingang van het provinciehuis en opent de deur.")).toContain("personal-data");
    const excluded = classify([doc("# Order\n\nThe AI system predicts traffic jams from loop detector counts.\n\nCamera images, licence plate data and mobile phone data of identifiable vehicles are not inputs of the System.\n")], { language: "en" });
    expect(excluded.find((c) => c.tag === "personal-data")!.holds).toBe(false);
  });

  it("stops a negation at a colon: 'een algoritme zonder kunstmatige intelligentie: een regelgebaseerd model'", () => {
    const text = "De inzending is een algoritme zonder kunstmatige intelligentie: een regelgebaseerd optimalisatiemodel dat berekent welke wegen wanneer worden gestrooid.";
    expect(tags(text)).toContain("algorithmic");
    expect(tags(text)).not.toContain("ai");
  });

  it("does not let a negation in one field of a record reach the next field", () => {
    const text = "Vraag-ID: U-01 | Type: Uitgangspunt | Antwoordtype: geen | Eis: De Oplossing is een AI-systeem dat met machine learning de kans op blauwalgbloei voorspelt.";
    expect(tags(text)).toContain("ai");
  });

  it("does not read the passengers of public transport as Annex III 7 (migration and border control)", () => {
    const text = "Het telsysteem bepaalt met een getraind beeldherkenningsmodel het aantal in- en uitstappende reizigers per halte en voorspelt vertrektijden.";
    expect(tags(text)).toContain("ai");
    expect(tags(text)).not.toContain("high-risk");
  });

  it("reads a subject put out of scope after a long apposition as excluded", () => {
    const base = "Het AI-model herkent handschrift in gescande archiefstukken.";
    const excluded = "Generatieve AI, waaronder het laten schrijven van samenvattingen of beschrijvingen door een taalmodel, maakt geen deel uit van de opdracht.";
    expect(tags([base, excluded].join("\n\n"))).not.toContain("generative");
    const included = "Generatieve AI, waaronder het laten schrijven van samenvattingen of beschrijvingen door een taalmodel, is onderdeel van de opdracht.";
    expect(tags([base, included].join("\n\n"))).toContain("generative");
  });
});
