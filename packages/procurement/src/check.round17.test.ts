// The engine on the kinds of language of held-out round 17 (processor agreements with AI addenda,
// DAS call-offs, purchasing conditions with an order confirmation, an English vendor MSA, terms of
// reference for an audit). The sentences are written for these tests, not taken from the round.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify } from "./index.js";

const resultOf = (text: string, requirement: string, tags: readonly string[] = everything) =>
  check([doc(text)], { manifest: declaring(tags as typeof everything) }).results.find((r) => r.requirement === requirement)!;
const withSystem = (clause: string) => `# Overeenkomst\n\nHet AI-model herkent schade aan gemalen op camerabeelden.\n\n${clause}\n`;

describe("check: round 17 kinds", () => {
  it("reads a duty that does not arise for this contract as ruled out, whatever a policy elsewhere says", () => {
    const text = withSystem(
      [
        "Het provinciale beleid bepaalt dat algoritmen met impact op inwoners in het Algoritmeregister worden gepubliceerd.",
        "",
        "Publicatie in het Algoritmeregister is voor deze opdracht niet aan de orde, omdat het model geen gevolgen heeft voor inwoners.",
      ].join("\n"),
    );
    const register = resultOf(text, "algorithm-register");
    expect(register.status).toBe("missing");
    expect(register.reason).toBe("negated");
    // An annex that takes the duty on after all undoes the ruling out.
    const annex = doc("# Bijlage\n\nOpdrachtnemer levert binnen vier weken na ingebruikname de gegevens aan die nodig zijn voor publicatie in het Algoritmeregister.\n", "bijlage.md");
    expect(check([doc(text), annex], { manifest: declaring(everything) }).results.find((r) => r.requirement === "algorithm-register")!.status).toBe("satisfied");
    // A denial of another topic in the next clause leaves this one standing.
    const other = withSystem("De Provincie voert vóór ingebruikname een DPIA uit; een IAMA wordt voor deze opdracht niet uitgevoerd.");
    expect(resultOf(other, "dpia").status).not.toBe("missing");
  });

  it("does not read a denied exception as denying the classification it confirms", () => {
    const text = withSystem("Gelet op bijlage III, punt 5, onder a, merkt de Provincie het systeem aan als hoog-risico-AI-systeem; een beroep op de uitzondering van artikel 6, lid 3, is niet aan de orde.");
    expect(resultOf(text, "risk-classification").status).toBe("satisfied");
    // Declared as high-risk, a stated minimal risk would be inconsistent; here the tender is not high-risk.
    expect(resultOf(withSystem("Partijen stellen vast dat het Model een AI-systeem met een minimaal risico is."), "risk-classification", ["algorithmic", "ai"]).status).toBe("satisfied");
  });

  it("reads a clause title before a negated duty as the duty's topic", () => {
    const text = "# Terms of reference\n\nThe audit concerns an algorithm that selects benefit recipients for a check; it processes personal data.\n\n7.6 DPIA. The Province will not carry out a separate DPIA for the processing by the Auditor.\n";
    expect(resultOf(text, "dpia").status).toBe("missing");
  });

  it("reads a duty that binds only a high-risk system, inverted Dutch style, against the classification", () => {
    const clause = "13.4 Betreft de Prestatie een AI-systeem met een hoog risico, dan beschikt Leverancier over een gedocumenteerd risicobeheersysteem voor de gehele levenscyclus.";
    const minimal = resultOf(withSystem(`Partijen stellen vast dat het Model een AI-systeem met een minimaal risico is.\n\n${clause}`), "risk-management", ["algorithmic", "ai"]);
    expect(minimal.reason).toBe("condition-not-met");
    expect(resultOf(withSystem(clause), "risk-management", ["algorithmic", "ai", "high-risk"]).status).toBe("satisfied");
  });

  it("reads arrangements that a later agreement will hold as deferred, and an aim of the parties as non-binding", () => {
    const later = resultOf(withSystem("A.18.1 Afspraken over periodieke herijking van het model en over de rapportage over prestaties worden opgenomen in de dienstverleningsovereenkomst."), "monitoring-after-go-live");
    expect(later.reason).toBe("deferred");
    // Arrangements that an attached annex holds bind.
    const attached = resultOf(withSystem("Afspraken over de periodieke herijking van het model en de maandelijkse rapportage over de prestaties zijn opgenomen in Bijlage 4, die deel uitmaakt van deze overeenkomst."), "monitoring-after-go-live");
    expect(attached.reason).not.toBe("deferred");
    const aim = resultOf(withSystem("Partijen streven ernaar dat het model op de testset een nauwkeurigheid van ten minste 90% behaalt."), "accuracy-robustness-security");
    expect(aim.status).not.toBe("satisfied");
  });

  it("reads 'never without the intervention of' an official as no solely automated decision", () => {
    const text = "# Nadere overeenkomst\n\nDe scanauto vergelijkt kentekens met de beslisregels van het algoritme.\n\nEen treffer leidt nimmer zonder tussenkomst van een parkeercontroleur tot een naheffingsaanslag.\n\nTegen een naheffingsaanslag kan de belanghebbende bezwaar maken.\n";
    expect(resultOf(text, "no-solely-automated-decisions", ["algorithmic", "personal-data", "decisions-about-people"]).status).toBe("satisfied");
    const automatic = "# Offerteaanvraag\n\nDe rekenmodule berekent subsidiebedragen met vaste rekenregels.\n\nAanvragen waarvoor het minimumbedrag niet wordt gehaald, worden zonder tussenkomst van een behandelaar afgewezen.\n";
    expect(resultOf(automatic, "no-solely-automated-decisions", ["algorithmic", "personal-data", "decisions-about-people"]).status).not.toBe("satisfied");
  });
});

describe("classify: round 17 kinds", () => {
  it("reads a tax assessment that follows from the algorithm's hits as a decision about people", () => {
    const text = "# Nadere overeenkomst\n\nDe scanauto vergelijkt kentekens met de beslisregels van het algoritme; een treffer gaat naar een parkeercontroleur.\n\nDe parkeercontroleur legt zo nodig een naheffingsaanslag op aan de kentekenhouder.\n";
    const tags = classify([doc(text)]).filter((c) => c.holds).map((c) => c.tag);
    expect(tags).toContain("decisions-about-people");
  });
});
