// The term index: gapped terms whose second part is a phrase (Dutch separable verbs and
// constructions such as "maken … deel uit van"), matched within the gap and not across it.
import { describe, expect, it } from "vitest";
import { GAP_REACH, TermIndex } from "./terms.js";
import { fold, tokenize } from "./text.js";

const found = (term: string, text: string): number[] => {
  const index = new TermIndex();
  const id = index.add(term);
  const at: number[] = [];
  index.scan(tokenize(fold(text)), (t, i) => {
    if (t === id) at.push(i);
  });
  return at;
};

describe("TermIndex: gapped terms", () => {
  it("matches a phrase after the gap with words between, and only the whole phrase", () => {
    expect(found("maken ... deel uit", "De eisen maken integraal deel uit van de overeenkomst.")).toEqual([2]);
    expect(found("maken ... deel uit", "De eisen maken deel uit van de overeenkomst.")).toEqual([2]);
    // "deel" alone, without "uit" after it, is not the phrase.
    expect(found("maken ... deel uit", "Wij maken een deel van de planning.")).toEqual([]);
  });

  it("does not reach further than the gap allows", () => {
    const far = ["leidt", ...Array.from({ length: GAP_REACH + 1 }, () => "woord"), "af"].join(" ");
    expect(found("leidt ... af", far)).toEqual([]);
    expect(found("leidt ... af", "Het model leidt de score af.")).toEqual([2]);
  });
});
