// Vocabulary that holds on text nobody here wrote is taken from the sources, not from one tender's
// sentence. This test fails for every term, exclusion or vocabulary phrase of ethiek:recommended
// that occurs in exactly one tender of the shared corpus and nowhere in the source vocabulary
// (sources/vocabulary.yaml: AI Act, GDPR, MCC-AI, Algoritmekader) nor, for what the classifier reads,
// in the independent descriptions of test/paraphrases. The engine's one- and two-word function
// words (how any text obliges, wishes, defers, negates) are closed-class language; the rule cases
// check them with their reason codes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusDir } from "@ethiek-test/support";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { resolveCached } from "./check.js";
import { TermIndex } from "./terms.js";
import { fold, tokenize } from "./text.js";

const words = (text: string) => tokenize(fold(text));

/** Every term of the ruleset, with where it is used. */
function termsOf(): Map<string, Set<string>> {
  const r = resolveCached("ethiek:recommended", []);
  const out = new Map<string, Set<string>>();
  const note = (t: string, where: string) => out.set(t, (out.get(t) ?? new Set()).add(where));
  for (const req of r.requirements) {
    for (const p of req.definition.patterns) {
      for (const g of p.all) for (const t of g) note(t, req.definition.id);
      for (const t of p.none ?? []) note(t, `${req.definition.id} (exclusion)`);
    }
  }
  for (const point of [...r.classification.annexIII, ...r.classification.prohibited]) for (const p of point.patterns) for (const g of p.all) for (const t of g) note(t, "classification");
  for (const [concept, list] of Object.entries(r.vocabulary)) for (const t of list as readonly string[]) note(t, `vocabulary:${concept}`);
  return out;
}

/** Token sequences of every string in a parsed YAML document. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

describe("the vocabulary of ethiek:recommended", () => {
  it("has no term that occurs in only one corpus tender and in no source", () => {
    const terms = termsOf();
    const index = new TermIndex();
    const byId = new Map<number, string>();
    for (const t of terms.keys()) byId.set(index.add(t), t);

    const tenders = join(corpusDir, "tenders");
    const counts = new Map<string, number>();
    for (const f of readdirSync(tenders).filter((n) => /\.(md|txt)$/.test(n))) {
      const seen = new Set<string>();
      index.scan(words(readFileSync(join(tenders, f), "utf8")), (id) => seen.add(byId.get(id)!));
      for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
    }

    // The sources: words taken from the legal texts. Inflections count by their first six letters.
    const sourceWords = stringsIn(parse(readFileSync(new URL("../sources/vocabulary.yaml", import.meta.url), "utf8"))).map((s) => words(s.replace(/\*/g, "")).join(" "));
    const stems = new Set(sourceWords.flatMap((s) => s.split(" ").filter((w) => w.length >= 4).map((w) => w.slice(0, 6))));
    const sourced = (t: string) => {
      const w = words(t.replace(/\*/g, ""));
      const joined = w.join(" ");
      if (sourceWords.some((s) => s === joined || (joined.length > 3 && s.includes(joined)))) return true;
      const content = w.filter((x) => x.length >= 4);
      return content.length > 0 && content.every((x) => stems.has(x.slice(0, 6)));
    };
    // A second author's descriptions of every Annex III point and art. 5 practice.
    const paraphrases = stringsIn(parse(readFileSync(new URL("../test/paraphrases/classification.yaml", import.meta.url), "utf8")));
    const described = new Set<string>();
    for (const text of paraphrases) index.scan(words(text), (id) => described.add(byId.get(id)!));

    const functionWord = (t: string) => [...(terms.get(t) ?? [])].every((w) => w.startsWith("vocabulary:")) && t.replace(/\s+\.\.\.\s+/g, " ").trim().split(/\s+/).length <= 2;
    const fitted = [...terms.keys()].filter((t) => counts.get(t) === 1 && !sourced(t) && !described.has(t) && !functionWord(t));
    expect(fitted.map((t) => `${t} (${[...terms.get(t)!].join(", ")})`)).toEqual([]);
  });
});
