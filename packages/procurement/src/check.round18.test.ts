// The engine on the kinds of language of round 18 (an annex with its own abbreviation of the AI
// Act, an RFQ whose "Eisen en wensen" table marks each row, retention in number words). The
// sentences are written for these tests, not taken from the round.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify } from "./index.js";

const resultOf = (text: string, requirement: string, tags: readonly string[] = everything) =>
  check([doc(text)], { manifest: declaring(tags as typeof everything) }).results.find((r) => r.requirement === requirement)!;
const highRisk = (text: string) => classify([doc(text)]).find((c) => c.tag === "high-risk")!;

describe("check: round 18 kinds", () => {
  it("reads an abbreviation the annex defines for the AI Act as the Act", () => {
    const text = [
      "# Bijlage 2 Privacy en AI",
      "",
      "In deze bijlage staat \"AI-v\" voor de AI-verordening.",
      "",
      "De camera-analyse telt bezoekers per zone met een neuraal netwerk.",
      "",
      "Opdrachtnemer staat ervoor in dat het Systeem voldoet aan de artikelen 10 en 13 AI-v.",
    ].join("\n");
    expect(resultOf(text, "data-governance").reason).toBe("by-reference");
    expect(resultOf(text, "transparency-to-buyer").reason).toBe("by-reference");
  });

  it("reads a named Annex III point of the AI Act as high risk without the words 'hoog risico', but not the tender's own third annex or a denied point", () => {
    const named = "# Overeenkomst\n\nDe software herkent gezichten met een AI-model.\n\nHet Systeem valt onder bijlage III, punt 1, onder a, AI-v.\n";
    expect(highRisk(named)).toMatchObject({ holds: true, detail: "1a" });
    const ownAnnex = "# Overeenkomst\n\nDe software herkent gezichten met een AI-model.\n\nDe prijzen staan in bijlage III, punt 1, van deze overeenkomst.\n";
    expect(highRisk(ownAnnex).detail).not.toBe("1a");
    const denied = "# Marktconsultatie\n\nDe tool toetst aanvragen met een AI-model.\n\nDe Provincie meent dat een vergunning geen essentiële dienst is in de zin van bijlage III, punt 5, onder a, van de AI-verordening.\n";
    expect(highRisk(denied).holds).toBe(false);
  });

  it("reads each row of an 'Eisen en wensen' table by its own type", () => {
    const text = [
      "# Offerteaanvraag",
      "",
      "De tool rangschikt sollicitaties met een taalmodel.",
      "",
      "## 3. Eisen en wensen",
      "",
      "| Nr. | Omschrijving | Type |",
      "| --- | --- | --- |",
      "| E-01 | Opdrachtnemer geeft de Provincie jaarlijks het recht om de werking van de tool door een onafhankelijke auditor te laten onderzoeken. | E |",
      "| W-01 | Opdrachtnemer rapporteert het energieverbruik van de tool per kwartaal. | W |",
    ].join("\n");
    expect(resultOf(text, "audit-right").status).toBe("satisfied");
    expect(resultOf(text, "sustainability").reason).toBe("wish");
  });

  it("reads a retention period written in number words above twelve", () => {
    const text = "# Overeenkomst\n\nHet AI-model telt bezoekers op camerabeelden.\n\nDe artikelen 12 en 19 van de AI-verordening zijn van toepassing, met dien verstande dat logbestanden veertien dagen na het evenement worden verwijderd.\n";
    expect(resultOf(text, "logging").reason).toBe("retention-too-short");
  });
});
