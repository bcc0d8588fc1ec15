// Kinds of language of rounds 29 and 30, which joined development after their figures were taken.
// The sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { check } from "./index.js";
import { doc, tagsOf, tender } from "../test/helpers.js";

const classOf = (text: string, tag: string) => check([doc(text)]).classification.find((c) => c.tag === tag)!;
/** Neutral contract text, so the tender is no longer short and one passage proves nothing alone. */
const FILLER = Array.from(
  { length: 70 },
  (_, i) => `${i + 1}.1 De levering vindt plaats in overleg met de projectleider, volgens de planning die bij de start van het project wordt vastgesteld.`,
);
const long = (...paragraphs: string[]) => tender(...paragraphs, ...FILLER);

describe("Annex III point 8(a) is a system at work for a court, not a contract's court clauses", () => {
  const recognition = "Het AI-systeem herkent met een getraind neuraal netwerk schade aan het wegdek op camerabeelden.";

  it("does not read forum, confidentiality and deposit clauses as the administration of justice", () => {
    const text = long(
      recognition,
      "Geschillen tussen partijen worden voorgelegd aan de bevoegde rechter van de Rechtbank Gelderland, die uitspraak doet volgens Nederlands recht.",
      "Partijen houden vertrouwelijke informatie geheim, tenzij een rechterlijke uitspraak hen tot bekendmaking verplicht.",
    );
    const highRisk = classOf(text, "high-risk");
    expect(highRisk.holds).toBe(false);
    expect(highRisk.detail ?? null).not.toBe("8a");
  });

  it("does not read an audit by a court of auditors as a judicial authority", () => {
    const text = long(
      "The AI system recognises road damage in camera images with a trained neural network.",
      "The European Court of Auditors may audit the AI system and the decisions taken with its help.",
    );
    expect(classOf(text, "high-risk").detail ?? null).not.toBe("8a");
  });

  it("still reads a system that helps judges research the facts and apply the law as point 8(a)", () => {
    const text = long(
      "Het AI-systeem ondersteunt de rechters van de sector bestuursrecht bij het onderzoeken van de feiten en het toepassen van het recht op die feiten.",
      "Het AI-systeem stelt voor elke zaak een overzicht op van de jurisprudentie die de rechter bij zijn uitspraak kan betrekken.",
    );
    const highRisk = classOf(text, "high-risk");
    expect(highRisk.holds).toBe(true);
    expect(highRisk.detail).toBe("8a");
  });
});

describe("a text without AI that names an Annex III point speaks of a system it does not buy", () => {
  it("does not take decisions about people from a point named for a self-learning model that may come later", () => {
    const text = long(
      "Het dashboard berekent met vaste rekenregels per kazerne hoeveel voertuigen en bemanningsleden beschikbaar zijn.",
      "Mocht er later een zelflerend model bij komen, dan valt dat vermoedelijk onder bijlage III, punt 5, onder d, van de AI-verordening.",
    );
    const tags = tagsOf(text);
    expect(tags.algorithmic).toBe(true);
    expect(tags.ai).toBe(false);
    expect(tags["decisions-about-people"]).toBe(false);
  });

  it("still takes them from a rule-based system that decides on the applications of residents", () => {
    const text = long(
      "De beslismodule berekent met vaste rekenregels of een aanvrager recht heeft op de toeslag en stelt het besluit over de aanvraag op.",
      "Tegen het besluit over de toeslag kan de aanvrager bezwaar maken bij de Provincie.",
    );
    expect(tagsOf(text)["decisions-about-people"]).toBe(true);
  });
});

describe("a use ruled out is not a use (rounds 29 and 30)", () => {
  const assistant = "De zoekassistent is een AI-systeem dat met een groot taalmodel documenten in het archief samenvat en vragen over dossiers beantwoordt.";

  it("does not read decisions about persons into a sentence that rules the use out for them", () => {
    const text = long(
      assistant,
      "De zoekassistent wordt niet gebruikt bij de voorbereiding en afhandeling van de dossiers van subsidies, meldingen en verzoeken om handhaving waarin een besluit over een burger wordt genomen.",
      "Dossiers waarin een besluit over een individuele aanvrager wordt voorbereid, zijn technisch van de indexering uitgesloten.",
    );
    expect(tagsOf(text)["decisions-about-people"]).toBe(false);
    expect(tagsOf(text).impactful).toBe(false);
  });

  it("reads the use when the sentence makes an exception for it", () => {
    const text = long(
      assistant,
      "De zoekassistent wordt niet gebruikt voor andere taken dan de voorbereiding van besluiten over de aanvragen van inwoners.",
      "Bij elk besluit over een aanvrager toont de zoekassistent de medewerker de passages waarop de samenvatting berust.",
    );
    expect(tagsOf(text)["decisions-about-people"]).toBe(true);
  });
});

describe("an effect said to fall on persons shows that the outputs bear on them", () => {
  const flags = "Het AI-model markeert afwijkende huurcontracten in de gegevens van de woningcorporaties, zodat de toezichthouders weten waar zij moeten kijken.";

  it("reads one plain statement of the consequences for the persons concerned", () => {
    const text = long(flags, "De markeringen van het model hebben directe gevolgen voor de bewoners van wie de woning daarna wordt gecontroleerd.");
    const dap = classOf(text, "decisions-about-people");
    expect(dap.holds).toBe(true);
    expect(tagsOf(text).impactful).toBe(true);
  });

  it("reads it in English, said as legal effects", () => {
    const text = long(
      "The machine-learning model flags unusual permit applications in the case system so that officers know where to look.",
      "The flags produce legal effects for the applicants, whose permits may be refused or delayed.",
    );
    expect(tagsOf(text)["decisions-about-people"]).toBe(true);
  });

  it("does not read a policy on a kind of algorithm, or a safeguard that names the effect to deny the automation", () => {
    const text = long(
      flags,
      "De gemeente volgt het Algoritmekader, dat vraagt om algoritmen met impact op burgers te publiceren in het Algoritmeregister.",
      "De Provincie neemt beslissingen met rechtsgevolgen voor inwoners nooit alleen op basis van de uitkomst van het systeem.",
    );
    expect(tagsOf(text)["decisions-about-people"]).toBe(false);
  });
});
