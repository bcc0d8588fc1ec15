// Incorporation by reference: "Articles 2 to 8 and 11 of the MCC-AI form part of the Agreement",
// "Artikel 12 van de AI-verordening is onverkort van toepassing". A passage that makes named
// articles of a fixed public text part of the contract covers every requirement whose sources cite
// one of those articles. The mapping is read from the ruleset's own `sources`, so a province's
// requirement that cites "AI Act art. 15" is covered by a reference to article 15 as well.
import type { RuleSource } from "@ethiek/schemas";
import { hasConcept, type ConceptHit, type Passage } from "./scan-passage.js";

export type Framework = "AI Act" | "GDPR" | "MCC-AI";

const FRAMEWORK_OF_CONCEPT: ReadonlyArray<[ConceptHit["concept"], Framework]> = [
  ["aiActName", "AI Act"],
  ["gdprName", "GDPR"],
  ["mccName", "MCC-AI"],
];

/** The articles a requirement's sources cite, per framework: "art. 12, 19, 26(6)" → 12, 19, 26(6). */
export function citedArticles(sources: readonly RuleSource[]): Map<Framework, Set<string>> {
  const out = new Map<Framework, Set<string>>();
  for (const s of sources) {
    const framework = s.framework === "AI Act" || s.framework === "GDPR" || s.framework === "MCC-AI" ? s.framework : null;
    if (!framework) continue;
    const set = out.get(framework) ?? new Set<string>();
    out.set(framework, set);
    const m = /^(?:art\.?|articles?)\s*(.*)$/i.exec(s.reference.trim());
    if (!m) continue;
    // Only the list of numbers up to a parenthesised remark such as "(high-risk)".
    const list = m[1]!.replace(/\((?!\d)[^)]*\)/g, " ");
    for (const part of list.split(/,|\band\b|\ben\b/)) {
      const a = /^\s*(\d{1,3})(\(\d+\))?/.exec(part);
      if (a) set.add(a[1]! + (a[2] ?? ""));
      const range = /^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\b/.exec(part);
      if (range) for (let n = Number(range[1]); n <= Number(range[2]); n++) set.add(String(n));
    }
  }
  return out;
}

const ARTICLE_LIST =
  /\b(?:art(?:ikel(?:en)?|icles?)?\.?)\s+((?:\d{1,3}(?:\(\d+\)|,?\s*(?:lid|paragraph)\s+\d+)?(?:\s*(?:,|\ben\b|\band\b|\bto\b|\btot en met\b|\bt\/m\b|[-–])\s*)?)+)/gi;

interface ArticleMention {
  readonly articles: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** Article numbers named in a text, with where the list stands ("Articles 2 to 8, 11" → 2…8, 11). */
export function articleMentions(text: string): ArticleMention[] {
  const out: ArticleMention[] = [];
  for (const m of text.matchAll(ARTICLE_LIST)) {
    // "tot en met" holds an "en" that is not a list separator.
    const list = m[1]!.replace(/\btot en met\b/gi, "t/m");
    const articles: string[] = [];
    const tokens = list.split(/\s*(,|\ben\b|\band\b)\s*/).filter((t) => t && !/^(,|en|and)$/.test(t));
    for (const token of tokens) {
      const range = /^(\d{1,3})\s*(?:\bto\b|\btot en met\b|t\/m|[-–])\s*(\d{1,3})/.exec(token);
      if (range) {
        for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 60; n++) articles.push(String(n));
        continue;
      }
      const single = /^(\d{1,3})(?:\((\d+)\)|,?\s*(?:lid|paragraph)\s+(\d+))?/.exec(token);
      if (single) {
        articles.push(single[1]!);
        const paragraph = single[2] ?? single[3];
        if (paragraph) articles.push(`${single[1]}(${paragraph})`);
      }
    }
    if (articles.length > 0) out.push({ articles, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Character offsets of framework names in the passage text (approximate: by the folded name). */
function frameworkPositions(p: Passage): Array<{ framework: Framework; at: number }> {
  const out: Array<{ framework: Framework; at: number }> = [];
  const lower = p.text.toLowerCase();
  const names: Record<Framework, RegExp> = {
    "AI Act": /\bai[- ]?(act|verordening|vo?)\b|\bverordening \(eu\) 2024\/1689|\bregulation \(eu\) 2024\/1689|\bartificial intelligence act\b|\baia\b/g,
    GDPR: /\bavg\b|\bgdpr\b|algemene verordening gegevensbescherming|general data protection regulation|2016\/679/g,
    "MCC-AI": /\bmcc[- ]?ai\b|\bmcc\b|modelcontract(bepalingen|clausules)|model contract(ual)? clauses|model clauses/g,
  };
  for (const [framework, re] of Object.entries(names) as Array<[Framework, RegExp]>) {
    for (const m of lower.matchAll(re)) out.push({ framework, at: m.index });
  }
  return out;
}

/**
 * The articles a passage incorporates, per framework; empty when it incorporates nothing. Articles
 * that the passage leaves to the supplier's discretion, disapplies or replaces do not count.
 */
export function incorporatedArticles(p: Passage): ReadonlyMap<Framework, ReadonlySet<string>> {
  // Nearly every passage incorporates nothing: answer those without allocating.
  if (!hasConcept(p, "referenceApplies")) return NOTHING_INCORPORATED;
  if (!FRAMEWORK_OF_CONCEPT.some(([c]) => hasConcept(p, c))) return NOTHING_INCORPORATED;
  const out = new Map<Framework, Set<string>>();
  // "to the extent the Supplier considers appropriate", "is replaced by": nothing of it binds as written.
  if (hasConcept(p, "referenceLimited") && !/\b(except|with the exception of|met uitzondering van|behalve)\b/i.test(p.text)) return out;
  const frameworks = frameworkPositions(p);
  if (frameworks.length === 0) return out;
  const exceptAt = p.text.search(/\b(except|with the exception of|met uitzondering van|behalve)\b/i);
  for (const mention of articleMentions(p.text)) {
    if (exceptAt >= 0 && mention.start > exceptAt) continue;
    // The framework a list belongs to: the nearest name, preferring the one that follows the list
    // ("Articles 2 to 8 of the MCC-AI") over one before it.
    let best: { framework: Framework; distance: number } | undefined;
    for (const f of frameworks) {
      const distance = f.at >= mention.end ? f.at - mention.end : (mention.start - f.at) * 1.5;
      if (distance < 0) continue;
      if (!best || distance < best.distance) best = { framework: f.framework, distance };
    }
    if (!best || best.distance > 160) continue;
    const set = out.get(best.framework) ?? new Set<string>();
    for (const a of mention.articles) set.add(a);
    out.set(best.framework, set);
  }
  return out;
}

const NOTHING_INCORPORATED: ReadonlyMap<Framework, ReadonlySet<string>> = new Map();

/** True when a requirement's cited articles and a passage's incorporated articles meet. */
export function coversRequirement(cited: ReadonlyMap<Framework, ReadonlySet<string>>, incorporated: ReadonlyMap<Framework, ReadonlySet<string>>): boolean {
  for (const [framework, articles] of incorporated) {
    const wanted = cited.get(framework);
    if (!wanted) continue;
    for (const a of articles) if (wanted.has(a)) return true;
  }
  return false;
}
