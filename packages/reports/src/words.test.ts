import { englishIn, withoutCode } from "@ethiek/messages";
import { builtinRulesets, listRequirements } from "@ethiek/procurement";
import { describe, expect, it } from "vitest";
import { countsText, locationText, placeText, sourceLabel, tagLabel } from "./words.js";

describe("sourceLabel", () => {
  it("says the catalogue's English qualifiers in Dutch on a Dutch page", () => {
    expect(sourceLabel({ framework: "MCC-AI", reference: "art. 12 (high-risk, optional)" }, "nl")).toBe("MCC-AI art. 12 (versie hoog risico, optioneel)");
    expect(sourceLabel({ framework: "MCC-AI", reference: "high-risk and light templates" }, "nl")).toBe("MCC-AI versie hoog risico en lichte versie");
    expect(sourceLabel({ framework: "AI Act", reference: "art. 5, 6 and Annex III" }, "nl")).toBe("AI Act art. 5, 6 en bijlage III");
    expect(sourceLabel({ framework: "AI Act", reference: "art. 5, 6 and Annex III" }, "en")).toBe("AI Act art. 5, 6 and Annex III");
  });

  it("leaves no English in any source of the built-in rulesets", () => {
    const sources = builtinRulesets.flatMap((r) => listRequirements(r.name, "nl").flatMap((doc) => doc.sources));
    expect(sources.length).toBeGreaterThan(100);
    const hits = sources.flatMap((s) => englishIn(withoutCode(sourceLabel(s, "nl"))));
    expect(hits).toEqual([]);
  });
});

describe("words with figures", () => {
  it("writes page and line numbers as they are, without grouping", () => {
    expect(locationText({ page: null, line: 1234 }, "nl")).toBe("regel 1234");
    expect(placeText({ page: 1001, line: 2 }, "pdf", "nl")).toBe("p. 1001, r. 2");
    expect(placeText({ page: null, line: 1470 }, "docx", "en")).toBe("paragraph 1470");
  });

  it("chooses the plural form by count", () => {
    expect(countsText({ error: 1, warning: 2, info: 3 }, "nl")).toBe("1 fout, 2 waarschuwingen, 3 info");
    expect(countsText({ error: 2, warning: 1, info: 0 }, "en")).toBe("2 errors, 1 warning");
    expect(countsText({ error: 0, warning: 0, info: 0 }, "nl")).toBe("Geen bevindingen");
  });

  it("names a high-risk tag with its Annex III point, and an unknown tag as it is", () => {
    expect(tagLabel("high-risk", "nl", "5a")).toBe("hoog-risico-AI (bijlage III punt 5a)");
    expect(tagLabel("high-risk", "en")).toBe("high-risk AI");
    expect(tagLabel("quantum", "nl")).toBe("quantum");
  });
});
