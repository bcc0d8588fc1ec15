// Compiles a resolved ruleset (all its patterns, plus the engine's own vocabulary) into one term
// index, with the flat tables the scanner reads for every term occurrence: which patterns and
// groups a term fills, its concepts and its condition mentions.
import type { EvidencePattern } from "@ethiek/schemas";
import { mentionTerms } from "./conditions.js";
import type { ResolvedRuleset } from "./rulesets.js";
import { conceptMask } from "./scan-passage.js";
import { TermIndex } from "./terms.js";
import { derivedConcepts, KEPT_CONCEPTS, type ConceptName } from "./vocabulary.js";

/**
 * A target of patterns other than a requirement's evidence: an Annex III point or an art. 5
 * practice for the classifier, the wording that contradicts a requirement (its
 * `not-contradicted` check) or the part it also needs (its `needs-also` check).
 */
export interface Target {
  readonly kind: "annex" | "prohibited" | "conflict" | "complement" | "preferred";
  /** "5a", "2" for Annex III; "c" for art. 5(1)(c); the requirement's id for a conflict or a complement. */
  readonly id: string;
  /** Annex III only: what else a passage must speak of (see AnnexPoint.context). */
  readonly context: "persons" | "system" | "none";
  /** Conflict only: its wording is itself a denial ("shall not be handed over"), so a negated passage binds. */
  readonly denial?: boolean;
}

const DENIAL_WORD = /\b(not|niet|geen|no|never|nooit)\b/;
/** True when one of the pattern's groups says only what is not done ("not be handed over", "niet overgedragen"). */
function isDenialWording(pattern: EvidencePattern): boolean {
  return (pattern.all ?? []).some((group) => group.length > 0 && group.every((term) => DENIAL_WORD.test(term)));
}

/** The compiled form of a ruleset (see compile-cache.ts for when a ruleset is compiled). */
export interface CompiledRuleset {
  readonly ruleset: ResolvedRuleset;
  readonly index: TermIndex;
  /** pattern index → requirement index (≥ 0), or −1 − target index for a classification pattern. */
  readonly patternRequirement: Int32Array;
  /** Annex III points and art. 5 practices, in the order their patterns refer to them. */
  readonly targets: readonly Target[];
  /** pattern index → the mask with one bit per `all` group (complete when every bit is set). */
  readonly patternFullMask: Int32Array;
  /** pattern index → the ids of the terms of its `all` groups, ascending (to locate a matched pattern's words). */
  readonly patternTerms: readonly Int32Array[];
  /**
   * The uses of term `t` are `useCodes[useStart[t] .. useStart[t + 1])`, each
   * `pattern << 5 | (group + 1)`; group 0 in the code (-1 + 1) marks a `none` term.
   */
  readonly useStart: Int32Array;
  readonly useCodes: Int32Array;
  /** term id → concept names. */
  readonly termConcepts: ReadonlyArray<readonly ConceptName[] | undefined>;
  /** term id → the bits of its concepts (see {@link conceptBit}), low and high 32 bits. */
  readonly termConceptLow: Int32Array;
  readonly termConceptHigh: Int32Array;
  /** term id → true when one of its concepts keeps a passage (see KEPT_CONCEPTS). */
  readonly termClassifies: readonly boolean[];
  /** term id → mention terms (as written in conditions). */
  readonly termMentions: ReadonlyArray<readonly string[] | undefined>;
}

function groupTermsByPattern(termUses: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>, patternCount: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: patternCount }, () => []);
  for (const [term, list] of termUses) for (const [p, g] of list) if (g >= 0) lists[p]!.push(term);
  return lists.map((l) => Int32Array.from(new Set(l)).sort());
}

/** Compiles every term the check needs (the ruleset's and the engine's vocabulary) into one index. */
export function compileTerms(ruleset: ResolvedRuleset): CompiledRuleset {
  const index = new TermIndex();
  const patterns: Array<{ owner: number; fullMask: number }> = [];
  const termUses = new Map<number, Array<readonly [number, number]>>();
  const use = (termId: number, p: number, g: number) => {
    if (termId < 0) return;
    const list = termUses.get(termId);
    if (list) list.push([p, g]);
    else termUses.set(termId, [[p, g]]);
  };
  const addPattern = (pattern: EvidencePattern, owner: number) => {
    const p = patterns.length;
    const groups = Math.min(pattern.all.length, 30);
    patterns.push({ owner, fullMask: (1 << groups) - 1 });
    pattern.all.slice(0, 30).forEach((group, g) => {
      for (const term of group) use(index.add(term), p, g);
    });
    for (const term of pattern.none ?? []) use(index.add(term), p, -1);
  };
  ruleset.requirements.forEach((req, ri) => {
    for (const pattern of req.definition.patterns) addPattern(pattern, ri);
  });
  const targets: Target[] = [];
  for (const point of ruleset.classification.annexIII) {
    const owner = -1 - targets.length;
    targets.push({ kind: "annex", id: point.point, context: point.context ?? "persons" });
    for (const pattern of point.patterns) addPattern(pattern, owner);
  }
  for (const practice of ruleset.classification.prohibited) {
    const owner = -1 - targets.length;
    targets.push({ kind: "prohibited", id: practice.practice, context: "none" });
    for (const pattern of practice.patterns) addPattern(pattern, owner);
  }
  for (const req of ruleset.requirements) {
    for (const check of req.definition.checks ?? []) {
      if ((check.kind !== "not-contradicted" && check.kind !== "needs-also" && check.kind !== "quote-first") || !check.patterns) continue;
      const owner = -1 - targets.length;
      if (check.kind === "needs-also") targets.push({ kind: "complement", id: req.definition.id, context: "none" });
      else if (check.kind === "quote-first") targets.push({ kind: "preferred", id: req.definition.id, context: "none" });
      else targets.push({ kind: "conflict", id: req.definition.id, context: "none", denial: check.patterns.every(isDenialWording) });
      for (const pattern of check.patterns) addPattern(pattern, owner);
    }
  }
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
  addConcepts(ruleset.vocabulary);
  addConcepts(derivedConcepts(ruleset.vocabulary));
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
  // Flat typed arrays: the scanner reads a term's uses for every occurrence of the term.
  const useStart = new Int32Array(index.size + 1);
  const codes: number[] = [];
  for (let t = 0; t < index.size; t++) {
    useStart[t] = codes.length;
    for (const [p, g] of termUses.get(t) ?? []) codes.push((p << 5) | (g + 1));
  }
  useStart[index.size] = codes.length;
  return {
    ruleset,
    index,
    patternRequirement: Int32Array.from(patterns, (p) => p.owner),
    targets,
    patternFullMask: Int32Array.from(patterns, (p) => p.fullMask),
    patternTerms: groupTermsByPattern(termUses, patterns.length),
    useStart,
    useCodes: Int32Array.from(codes),
    termConcepts: dense(termConcepts),
    termConceptLow: Int32Array.from({ length: index.size }, (_, id) => conceptMask(termConcepts.get(id), 0)),
    termConceptHigh: Int32Array.from({ length: index.size }, (_, id) => conceptMask(termConcepts.get(id), 32)),
    termClassifies: Array.from({ length: index.size }, (_, id) => (termConcepts.get(id) ?? []).some((c) => KEPT_CONCEPTS.has(c))),
    termMentions: dense(termMentions),
  };
}
