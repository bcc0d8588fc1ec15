// Sentence bounds decide what a passage is: a negation in the next clause must not reach back.
import { describe, expect, it } from "vitest";
import { countTokens, fold, sentenceBounds, tokenize } from "./text.js";

const sentences = (text: string) => {
  const out: number[] = [];
  const n = sentenceBounds(text, out);
  const list: string[] = [];
  for (let i = 0; i < n; i += 2) list.push(text.slice(out[i]!, out[i + 1]!));
  return list;
};

describe("sentenceBounds", () => {
  it("starts a sentence at a numbered clause that follows on the same line", () => {
    expect(sentences("3.1 De MCC-AI maken deel uit van deze Overeenkomst. 3.2 Artikel 5 van de MCC-AI is niet van toepassing.")).toEqual([
      "3.1 De MCC-AI maken deel uit van deze Overeenkomst.",
      "3.2 Artikel 5 van de MCC-AI is niet van toepassing.",
    ]);
  });

  it("keeps abbreviations and article numbers inside their sentence", () => {
    expect(sentences("Zie art. 5 van de AI-verordening. Dat geldt ook voor bijv. de logging.")).toEqual(["Zie art. 5 van de AI-verordening.", "Dat geldt ook voor bijv. de logging."]);
    expect(sentences("De termijn is 3. 5 dagen later volgt de rest.")).toEqual(["De termijn is 3. 5 dagen later volgt de rest."]);
  });
});

describe("countTokens", () => {
  it("counts what tokenize makes, field separators included", () => {
    for (const text of ["", "  ", "De Provincie bewaart de logs 6 maanden.", "Antwoordtype: geen | Eis: E-03 ||", "Geïdentificeerd, vóór 1-1-2026;a|b"]) {
      expect(countTokens(fold(text))).toBe(tokenize(fold(text)).length);
    }
  });
});
