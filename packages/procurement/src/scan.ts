// Compiles a resolved ruleset (all its patterns, plus the engine's own vocabulary) into one term
// index, and scans documents once into passages: sentences (or table cells) with the terms and
// patterns they contain. Everything downstream works on the passages, never on the raw text.
import type { Document, Segment } from "@ethiek/schemas";
import { mentionTerms } from "./conditions.js";
import { classifierConcepts, modalityConcepts } from "./concepts.js";
import type { ResolvedRuleset } from "./rulesets.js";
import { TermIndex } from "./terms.js";
import { fold, splitSentences, tokenize } from "./text.js";

export type ConceptName = keyof typeof modalityConcepts | keyof typeof classifierConcepts;

interface CompiledPattern {
  readonly requirement: number;
  readonly groups: number;
  readonly fullMask: number;
}

/** The compiled form of a ruleset; cached per resolved ruleset. */
export interface CompiledRuleset {
  readonly ruleset: ResolvedRuleset;
  readonly index: TermIndex;
  readonly patterns: readonly CompiledPattern[];
  /** term id → uses: [pattern index, group bit] (group bit -1 = a `none` term). */
  readonly termUses: ReadonlyArray<ReadonlyArray<readonly [number, number]> | undefined>;
  /** term id → concept names. */
  readonly termConcepts: ReadonlyArray<readonly ConceptName[] | undefined>;
  /** term id → mention terms (as written in conditions). */
  readonly termMentions: ReadonlyArray<readonly string[] | undefined>;
}

const cache = new WeakMap<ResolvedRuleset, CompiledRuleset>();
const classifierNames: ReadonlySet<string> = new Set(Object.keys(classifierConcepts));

/** Compiles (once per resolved ruleset) every term the check needs into one index. */
export function compile(ruleset: ResolvedRuleset): CompiledRuleset {
  const cached = cache.get(ruleset);
  if (cached) return cached;
  const index = new TermIndex();
  const patterns: CompiledPattern[] = [];
  const termUses = new Map<number, Array<readonly [number, number]>>();
  const use = (termId: number, p: number, g: number) => {
    if (termId < 0) return;
    const list = termUses.get(termId);
    if (list) list.push([p, g]);
    else termUses.set(termId, [[p, g]]);
  };
  ruleset.requirements.forEach((req, ri) => {
    for (const pattern of req.definition.patterns) {
      const p = patterns.length;
      const groups = Math.min(pattern.all.length, 30);
      patterns.push({ requirement: ri, groups, fullMask: (1 << groups) - 1 });
      pattern.all.slice(0, 30).forEach((group, g) => {
        for (const term of group) use(index.add(term), p, g);
      });
      for (const term of pattern.none ?? []) use(index.add(term), p, -1);
    }
  });
  const termConcepts = new Map<number, ConceptName[]>();
  const addConcepts = (table: Record<string, readonly string[]>) => {
    for (const [name, terms] of Object.entries(table)) {
      for (const term of terms) {
        const id = index.add(term);
        if (id < 0) continue;
        const list = termConcepts.get(id);
        if (list) list.push(name as ConceptName);
        else termConcepts.set(id, [name as ConceptName]);
      }
    }
  };
  addConcepts(modalityConcepts);
  addConcepts(classifierConcepts);
  const mentions = new Set<string>();
  for (const req of ruleset.requirements) {
    mentionTerms(req.severity, mentions);
    for (const c of req.applies) mentionTerms(c, mentions);
    for (const check of req.definition.checks ?? []) mentionTerms(check.when, mentions);
  }
  for (const m of ruleset.milestones) mentionTerms(m.applies, mentions);
  const termMentions = new Map<number, string[]>();
  for (const m of mentions) {
    const id = index.add(m);
    if (id < 0) continue;
    const list = termMentions.get(id);
    if (list) list.push(m);
    else termMentions.set(id, [m]);
  }
  // Dense arrays indexed by term id: the scanner looks these up for every term occurrence.
  const dense = <T>(m: Map<number, T>): Array<T | undefined> => {
    const out = new Array<T | undefined>(index.size);
    for (const [k, v] of m) out[k] = v;
    return out;
  };
  const compiled: CompiledRuleset = {
    ruleset,
    index,
    patterns,
    termUses: dense(termUses),
    termConcepts: dense(termConcepts),
    termMentions: dense(termMentions),
  };
  cache.set(ruleset, compiled);
  return compiled;
}

/** A concept occurrence: the concept and the token position in the passage. */
export interface ConceptHit {
  readonly concept: ConceptName;
  readonly at: number;
  readonly length: number;
}

/** One scanned unit of text that matched something. */
export interface Passage {
  readonly document: number;
  readonly segment: number;
  /** The passage text as in the document (a sentence or a whole short segment). */
  readonly text: string;
  /** Number of tokens. */
  readonly tokenCount: number;
  readonly concepts: readonly ConceptHit[];
  /** The names of the concepts present, for quick tests. */
  readonly names: ReadonlySet<ConceptName>;
  /** requirement index → true when one of its patterns matched here. */
  readonly requirements: readonly number[];
}

/** The result of scanning all documents. */
export interface ScanResult {
  readonly passages: readonly Passage[];
  /** Condition terms (as written) found anywhere. */
  readonly mentions: ReadonlySet<string>;
  /** Per document: segment index → passages of that segment (for context). */
  readonly segmentPassages: ReadonlyArray<ReadonlyMap<number, readonly Passage[]>>;
  /** Concept hits in heading texts and table headers, cached by text. */
  readonly contextConcepts: (text: string) => ReadonlySet<ConceptName>;
  readonly tokenTotal: number;
}

/** Scans the documents once. */
export function scan(compiled: CompiledRuleset, documents: readonly Document[]): ScanResult {
  const { index, patterns, termUses, termConcepts, termMentions } = compiled;
  const passages: Passage[] = [];
  const mentions = new Set<string>();
  const segmentPassages: Array<Map<number, Passage[]>> = [];
  const masks = new Int32Array(patterns.length);
  const vetoed = new Uint8Array(patterns.length);
  const touched: number[] = [];
  let tokenTotal = 0;

  const scanText = (text: string, d: number, s: number, map: Map<number, Passage[]>, folded?: string) => {
    const tokens = tokenize(folded ?? fold(text));
    tokenTotal += tokens.length;
    if (tokens.length === 0) return;
    const concepts: ConceptHit[] = [];
    index.scan(tokens, (termId, at) => {
      const uses = termUses[termId];
      if (uses) {
        for (const [p, g] of uses) {
          if (masks[p] === 0 && vetoed[p] === 0) touched.push(p);
          if (g < 0) vetoed[p] = 1;
          else masks[p]! |= 1 << g;
        }
      }
      const cs = termConcepts[termId];
      if (cs) {
        const length = index.termLength(termId);
        for (const concept of cs) concepts.push({ concept, at, length });
      }
      const ms = termMentions[termId];
      if (ms) for (const m of ms) mentions.add(m);
    });
    let reqs: number[] | undefined;
    for (const p of touched) {
      const pat = patterns[p]!;
      if (vetoed[p] === 0 && masks[p] === pat.fullMask) {
        reqs ??= [];
        if (!reqs.includes(pat.requirement)) reqs.push(pat.requirement);
      }
      masks[p] = 0;
      vetoed[p] = 0;
    }
    touched.length = 0;
    // Keep only passages that matter: a requirement matched, or a classifier concept occurs.
    // Modality words (parties, prepositions, negations) alone do not make a passage.
    if (!reqs && !concepts.some((c) => classifierNames.has(c.concept))) return;
    const names = new Set<ConceptName>();
    for (const c of concepts) names.add(c.concept);
    const passage: Passage = { document: d, segment: s, text, tokenCount: tokens.length, concepts, names, requirements: reqs ?? [] };
    passages.push(passage);
    const list = map.get(s);
    if (list) list.push(passage);
    else map.set(s, [passage]);
  };

  documents.forEach((doc, d) => {
    const map = new Map<number, Passage[]>();
    segmentPassages.push(map);
    doc.segments.forEach((seg: Segment, s) => {
      const text = seg.text;
      if (text.length === 0) return;
      if (seg.kind === "heading" || text.length < 80) {
        scanText(text, d, s, map);
        return;
      }
      // Fold the segment once; offsets stay valid when folding kept the length (nearly always).
      const folded = fold(text);
      const same = folded.length === text.length;
      for (const [a, b] of splitSentences(text)) scanText(text.slice(a, b).trim(), d, s, map, same ? folded.slice(a, b) : undefined);
    });
  });

  const contextCache = new Map<string, ReadonlySet<ConceptName>>();
  const contextConcepts = (text: string): ReadonlySet<ConceptName> => {
    const hit = contextCache.get(text);
    if (hit) return hit;
    const set = new Set<ConceptName>();
    index.scan(tokenize(fold(text)), (termId) => {
      for (const c of termConcepts[termId] ?? []) set.add(c);
    });
    contextCache.set(text, set);
    return set;
  };
  return { passages, mentions, segmentPassages, contextConcepts, tokenTotal };
}
