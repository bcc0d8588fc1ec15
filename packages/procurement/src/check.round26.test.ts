// Kinds of language of round 26, which joined development after its figures were taken. The
// sentences are written for these tests, in other words than the tenders'.
import { describe, expect, it } from "vitest";
import { resultOf, tagsOf } from "../test/helpers.js";

const tender = (...paragraphs: string[]) => ["# Tender", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

describe("options the tender prices but does not order (round 26)", () => {
  const rules = "Bepalingen die als optie zijn aangeduid, prijst de inschrijver apart; de provincie neemt opties bij de gunning niet af.";
  const base = "(E1) Opdrachtnemer levert een AI-systeem dat met een machine-learningmodel wegschade op foto's herkent. (E2) Opdrachtnemer bewaart de logbestanden van het systeem twaalf maanden.";

  it("reads an item marked as an option as not bought and not binding", () => {
    const text = tender(
      rules,
      `${base} (E3) Optie — Samenvattingen. Opdrachtnemer schrijft met een taalmodel per melding een korte samenvatting voor de wegbeheerder. (E4) Optie: driftbewaking. Opdrachtnemer meet ieder kwartaal de herkenningskwaliteit en meldt achteruitgang.`,
    );
    expect(tagsOf(text)["ai"]).toBe(true);
    expect(tagsOf(text)["generative"]).toBe(false);
    expect(resultOf(text, "monitoring-after-go-live")).toMatchObject({ status: "partial", reason: "deferred" });
  });

  it("still counts the option when the tender orders its options", () => {
    const text = tender(
      "Bepalingen die als optie zijn aangeduid, prijst de inschrijver apart. De provincie neemt de opties E3 en E4 bij de gunning af.",
      `${base} (E3) Optie — Samenvattingen. Opdrachtnemer schrijft met een taalmodel per melding een korte samenvatting voor de wegbeheerder. (E4) Optie: driftbewaking. Opdrachtnemer meet ieder kwartaal de herkenningskwaliteit en meldt achteruitgang.`,
    );
    expect(tagsOf(text)["generative"]).toBe(true);
    expect(resultOf(text, "monitoring-after-go-live").status).toBe("satisfied");
  });

  it("does not take an option word inside a binding item for an option", () => {
    const text = tender(rules, `${base} (E5) Opdrachtnemer meet ieder kwartaal de herkenningskwaliteit, ook van de opties, en meldt achteruitgang binnen vijf werkdagen.`);
    expect(resultOf(text, "monitoring-after-go-live").status).toBe("satisfied");
  });
});

describe("generative AI whose use is forbidden (round 26)", () => {
  it("reads 'the use of generative models … is not permitted' as no generative AI, and keeps the AI", () => {
    const en = tender(
      "The Contractor supplies an AI system that recognises handwritten text in scanned registers with a trained model.",
      "The use of generative language models to fill in or improve the recognised text is not permitted; the output shows what stands on the page.",
    );
    expect(tagsOf(en)["ai"]).toBe(true);
    expect(tagsOf(en)["generative"]).toBe(false);
    const nl = tender(
      "Opdrachtnemer levert een AI-systeem dat met een getraind model handschrift in gescande registers herkent.",
      "Het gebruik van generatieve AI om de herkende tekst aan te vullen is niet toegestaan.",
    );
    expect(tagsOf(nl)["ai"]).toBe(true);
    expect(tagsOf(nl)["generative"]).toBe(false);
  });

  it("keeps generative AI that the text only limits", () => {
    const limited = tender("The Contractor supplies a chatbot based on a large language model that answers questions of residents. The use of the chatbot for legal advice is not permitted.");
    expect(tagsOf(limited)["generative"]).toBe(true);
  });
});
