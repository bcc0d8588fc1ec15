// Development aid: lists terms of ethiek:recommended that occur in exactly one development tender
// and nowhere in the source vocabulary (sources/vocabulary.yaml).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { resolveCached } from "../../src/check.js";
import { TermIndex } from "../../src/terms.js";
import { fold, tokenize } from "../../src/text.js";

const repo = new URL("../../../../", import.meta.url).pathname;
// The shared corpus: a term fitted to one of its tenders is what the rule catches.
const dirs = [join(repo, "fixtures/corpus/tenders")];
const texts: Array<{ name: string; tokens: string[] }> = [];
for (const d of dirs) for (const f of readdirSync(d)) if (/\.(md|txt)$/.test(f)) texts.push({ name: f, tokens: tokenize(fold(readFileSync(join(d, f), "utf8"))) });
const r = resolveCached("ethiek:recommended", []);
const terms = new Map<string, string[]>();
const note = (t: string, where: string) => terms.set(t, [...(terms.get(t) ?? []), where]);
for (const req of r.requirements) for (const p of req.definition.patterns) {
  p.all.forEach((g) => g.forEach((t) => note(t, req.definition.id)));
  (p.none ?? []).forEach((t) => note(t, `${req.definition.id} (none)`));
}
for (const pt of [...r.classification.annexIII, ...r.classification.prohibited]) for (const p of pt.patterns) p.all.forEach((g) => g.forEach((t) => note(t, "classification")));
for (const [c, list] of Object.entries(r.vocabulary)) (list as string[]).forEach((t) => note(t, `vocabulary:${c}`));
const index = new TermIndex();
const ids = new Map<number, string>();
for (const t of terms.keys()) ids.set(index.add(t), t);
const counts = new Map<string, number>();
for (const { tokens } of texts) {
  const seen = new Set<number>();
  index.scan(tokens, (id) => seen.add(id));
  for (const id of seen) counts.set(ids.get(id)!, (counts.get(ids.get(id)!) ?? 0) + 1);
}
const sources = parse(readFileSync(new URL("../../sources/vocabulary.yaml", import.meta.url), "utf8"));
const sourceWords = new Set<string>();
const walk = (x: unknown) => { if (typeof x === "string") sourceWords.add(tokenize(fold(x.replace(/\*/g, ""))).join(" ")); else if (Array.isArray(x)) x.forEach(walk); else if (x && typeof x === "object") Object.values(x).forEach(walk); };
walk(sources);
// Words compared by their first six letters, so inflections of a source word count as the source's.
const stem = (w: string) => w.slice(0, 6);
const sourceStems = new Set([...sourceWords].flatMap((s) => s.split(" ").filter((w) => w.length >= 4).map(stem)));
const sourced = (t: string) => {
  const words = tokenize(fold(t.replace(/\*/g, "")));
  const w = words.join(" ");
  if ([...sourceWords].some((s) => s === w || (s.includes(w) && w.length > 3))) return true;
  const content = words.filter((x) => x.length >= 4);
  return content.length > 0 && content.every((x) => sourceStems.has(stem(x)));
};
// The independent descriptions of every Annex III point and art. 5 practice (test/paraphrases) are
// a second author's text: a word found there is not fitted to one tender.
const para = parse(readFileSync(new URL("../../test/paraphrases/classification.yaml", import.meta.url), "utf8"));
const paraTokens: string[][] = [];
const collect = (x: unknown): void => {
  if (Array.isArray(x)) x.forEach(collect);
  else if (x && typeof x === "object") {
    const text = (x as { text?: unknown }).text;
    if (typeof text === "string") paraTokens.push(tokenize(fold(text)));
    else Object.values(x).forEach(collect);
  }
};
collect(para);
const inParaphrases = new Set<string>();
for (const tokens of paraTokens) index.scan(tokens, (id) => inParaphrases.add(ids.get(id)!));
// The engine's own function words (how any text obliges, wishes, defers, negates: one or two words)
// are closed-class language, checked by the rule cases with their reason codes; longer phrases of
// the engine's vocabulary are sentence fragments and fall under the rule like any term.
const functionWord = (t: string) => (terms.get(t) ?? []).every((w) => w.startsWith("vocabulary:")) && t.replace(/\s+\.\.\.\s+/g, " ").trim().split(/\s+/).length <= 2;
const single = [...terms.keys()].filter((t) => counts.get(t) === 1 && !sourced(t) && !inParaphrases.has(t) && !functionWord(t));
for (const t of single) console.log(`${t}\t${[...new Set(terms.get(t))].join(", ")}`);
console.log(`${single.length} of ${terms.size} terms occur in one development tender only and in no source`);

// --count TERM...: how many development tenders each term occurs in.
const countAt = process.argv.indexOf("--count");
if (countAt >= 0) {
  for (const term of process.argv.slice(countAt + 1)) {
    const ix = new TermIndex();
    const id = ix.add(term);
    const n = texts.filter(({ tokens }) => { let hit = false; ix.scan(tokens, (t) => { if (t === id) hit = true; }); return hit; }).length;
    console.log(`${n}\t${term}\t${sourced(term) ? "sourced" : ""}`);
  }
}
