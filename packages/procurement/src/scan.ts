// Compiles a resolved ruleset (all its patterns, plus the engine's own vocabulary) into one term
// index, and scans documents once into passages: sentences (or table cells) with the terms and
// patterns they contain. Everything downstream works on the passages, never on the raw text.
import type { Document, Segment } from "@ethiek/schemas";
import type { EvidencePattern } from "@ethiek/schemas";
import { mentionTerms } from "./conditions.js";
import type { ResolvedRuleset } from "./rulesets.js";
import { TermIndex } from "./terms.js";
import { fold, sentenceBounds, tokenize } from "./text.js";
import { derivedConcepts, KEPT_CONCEPTS, type ConceptName } from "./vocabulary.js";

export type { ConceptName };

/**
 * A target of patterns other than a requirement's evidence: an Annex III point or an art. 5
 * practice for the classifier, the wording that contradicts a requirement (its
 * `not-contradicted` check) or the part it also needs (its `needs-also` check).
 */
export interface Target {
  readonly kind: "annex" | "prohibited" | "conflict" | "complement";
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

/** The compiled form of a ruleset; cached per resolved ruleset. */
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

const cache = new WeakMap<ResolvedRuleset, CompiledRuleset>();

function groupTermsByPattern(termUses: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>, patternCount: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: patternCount }, () => []);
  for (const [term, list] of termUses) for (const [p, g] of list) if (g >= 0) lists[p]!.push(term);
  return lists.map((l) => Int32Array.from(new Set(l)).sort());
}

function containsSorted(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Compiles (once per resolved ruleset) every term the check needs into one index. */
export function compile(ruleset: ResolvedRuleset): CompiledRuleset {
  const cached = cache.get(ruleset);
  if (cached) return cached;
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
      if ((check.kind !== "not-contradicted" && check.kind !== "needs-also") || !check.patterns) continue;
      const owner = -1 - targets.length;
      if (check.kind === "needs-also") targets.push({ kind: "complement", id: req.definition.id, context: "none" });
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
  const compiled: CompiledRuleset = {
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
  /** The concept hits in text order (by `at`). */
  readonly concepts: readonly ConceptHit[];
  /** Indices of the requirements one of whose patterns matched here. */
  readonly requirements: readonly number[];
  /** Per entry of {@link requirements}: the token position of the first term of the matched pattern. */
  readonly requirementAt: readonly number[];
  /**
   * The token positions of the terms of every matched pattern, each coded as
   * `entry * TERM_CODE_BASE + position` where `entry` indexes {@link requirements}; read them through
   * {@link requirementTermPositions}. One flat list, so a passage costs one allocation for them.
   */
  readonly requirementTermCodes: readonly number[];
  /** Classification targets (Annex III points, art. 5 practices) whose patterns matched here. */
  readonly targets: readonly TargetHit[];
  /** The concepts of {@link concepts} as bits (read through {@link hasConcept}). */
  readonly conceptLow: number;
  readonly conceptHigh: number;
}

/** A classification target matched in a passage, with the token positions of its first and last term. */
export interface TargetHit {
  readonly target: number;
  readonly at: number;
  readonly last: number;
}

// Concept name → bit in a passage's concept mask. The names are the vocabulary's concepts (under
// 64), so two 32-bit masks hold them; bits are handed out as rulesets are compiled. The checks
// ask "does the passage hold concept X" many times per passage, and long passages hold dozens
// of hits.
const CONCEPT_BITS = new Map<ConceptName, number>();
function conceptBit(name: ConceptName): number {
  let bit = CONCEPT_BITS.get(name);
  if (bit === undefined) {
    bit = CONCEPT_BITS.size;
    CONCEPT_BITS.set(name, bit);
  }
  return bit;
}
function conceptMask(names: readonly ConceptName[] | undefined, from: number): number {
  let mask = 0;
  for (const name of names ?? []) {
    const bit = conceptBit(name) - from;
    if (bit >= 0 && bit < 32) mask |= 1 << bit;
  }
  return mask;
}

/** Above any token position in one passage (a whole document has fewer tokens). */
const TERM_CODE_BASE = 2 ** 22;

/** The token positions of the terms of requirement entry `entry` of the passage (see {@link Passage.requirementTermCodes}). */
export function requirementTermPositions(p: Passage, entry: number): number[] {
  const out: number[] = [];
  if (entry < 0) return out;
  for (const code of p.requirementTermCodes) if (Math.floor(code / TERM_CODE_BASE) === entry) out.push(code % TERM_CODE_BASE);
  return out;
}

/** True when the text ends in a question mark (trailing white space aside). */
export function endsWithQuestionMark(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return false;
}

// Concept hits are immutable and repeat across passages (the same concept at the same early
// position), so the common ones are shared instead of made anew for every passage.
const SHARED_HIT_POSITIONS = 128;
const SHARED_HIT_LENGTHS = 8;
const SHARED_HIT_CONCEPTS = 64;
const sharedHits = new Array<ConceptHit | undefined>(SHARED_HIT_CONCEPTS * SHARED_HIT_POSITIONS * SHARED_HIT_LENGTHS);
function conceptHit(concept: ConceptName, at: number, length: number): ConceptHit {
  const bit = CONCEPT_BITS.get(concept);
  if (bit === undefined || bit >= SHARED_HIT_CONCEPTS || at >= SHARED_HIT_POSITIONS || length >= SHARED_HIT_LENGTHS) return { concept, at, length };
  const key = (bit * SHARED_HIT_POSITIONS + at) * SHARED_HIT_LENGTHS + length;
  let hit = sharedHits[key];
  if (hit === undefined) {
    hit = { concept, at, length };
    sharedHits[key] = hit;
  }
  return hit;
}

/** True when the concept occurs in the passage. */
export function hasConcept(p: Passage, concept: ConceptName): boolean {
  const bit = CONCEPT_BITS.get(concept);
  // A concept no compiled ruleset has terms for occurs nowhere.
  if (bit === undefined) return false;
  if (bit < 32) return ((p.conceptLow >>> bit) & 1) === 1;
  if (bit < 64) return ((p.conceptHigh >>> (bit - 32)) & 1) === 1;
  for (const hit of p.concepts) if (hit.concept === concept) return true;
  return false;
}

/** The result of scanning all documents. */
export interface ScanResult {
  readonly passages: readonly Passage[];
  /** Condition terms (as written) found anywhere. */
  readonly mentions: ReadonlySet<string>;
  /** The passages of one segment of one document (for context). */
  readonly segmentPassages: (document: number, segment: number) => readonly Passage[];
  /** Concept hits in heading texts and table headers, cached by text. */
  readonly contextConcepts: (text: string) => ReadonlySet<ConceptName>;
  readonly tokenTotal: number;
}

/** Scans the documents once. */
export function scan(compiled: CompiledRuleset, documents: readonly Document[]): ScanResult {
  const { index, patternRequirement, patternFullMask, patternTerms, useStart, useCodes, termConcepts, termConceptLow, termConceptHigh, termMentions } = compiled;
  const termClassifies = compiled.termClassifies;
  const passages: Passage[] = [];
  const mentions = new Set<string>();
  // Per-pattern state is valid only while its stamp equals the current sentence number, so
  // nothing has to be reset between sentences.
  const patternCount = patternRequirement.length;
  const masks = new Int32Array(patternCount);
  const vetoed = new Uint8Array(patternCount);
  const patternStamp = new Int32Array(patternCount).fill(-1);
  const patternAt = new Int32Array(patternCount);
  const patternLast = new Int32Array(patternCount);
  // Set when a second token position touches the pattern: one word ("registratiedatabank") must
  // not fill two groups on its own.
  const patternMulti = new Uint8Array(patternCount);
  const multiGroup = Uint8Array.from(patternFullMask, (m) => (m & (m - 1)) !== 0 ? 1 : 0);
  const termStamp = new Int32Array(index.size).fill(-1);
  const completed: number[] = [];
  let sentence = 0;
  const bounds: number[] = [];
  let tokenTotal = 0;

  // Concept hits of the sentence being scanned, in flat reusable buffers: most sentences hold
  // only modality words and are dropped, so their hits should not become objects.
  const hitConcepts: ConceptName[] = [];
  const hitAt: number[] = [];
  const hitLength: number[] = [];

  let hits = 0;
  let conceptLow = 0;
  let conceptHigh = 0;
  let classifierHit = false;
  // The first position of every pattern term in the sentence, to tell a requirement where its
  // words stand. Recorded per term, not per use: a common word serves dozens of patterns.
  const occurrenceTerm: number[] = [];
  const occurrenceAt: number[] = [];
  let occurrences = 0;
  // A table cell is read with its column header: "Bij inschrijving mee te sturen" over
  // "Modelkaart per detectiemodel" asks for a model card with the bid. The header's words fill
  // pattern groups (position -1) but make no passage, concept or evidence of their own, and a
  // pattern still needs a word of the cell itself to complete.
  const onHeaderTerm = (termId: number) => {
    for (let u = useStart[termId]!, end = useStart[termId + 1]!; u < end; u++) {
      const code = useCodes[u]!;
      const group = (code & 31) - 1;
      if (group < 0) continue;
      const p = code >> 5;
      if (patternStamp[p] !== sentence) {
        patternStamp[p] = sentence;
        masks[p] = 0;
        vetoed[p] = 0;
        patternAt[p] = -1;
        patternMulti[p] = 1;
      }
      masks[p] = masks[p]! | (1 << group);
    }
  };
  const onTerm = (termId: number, at: number) => {
    // A term's uses count once per sentence, however often it occurs.
    if (termStamp[termId] !== sentence) {
      termStamp[termId] = sentence;
      if (useStart[termId]! < useStart[termId + 1]!) {
        occurrenceTerm[occurrences] = termId;
        occurrenceAt[occurrences] = at;
        occurrences++;
      }
      for (let u = useStart[termId]!, end = useStart[termId + 1]!; u < end; u++) {
        const code = useCodes[u]!;
        const p = code >> 5;
        if (patternStamp[p] !== sentence) {
          patternStamp[p] = sentence;
          masks[p] = 0;
          vetoed[p] = 0;
          patternAt[p] = at;
          patternMulti[p] = 0;
        } else if (patternAt[p] === -1) patternAt[p] = at;
        else if (at !== patternAt[p]) patternMulti[p] = 1;
        patternLast[p] = at;
        const group = (code & 31) - 1;
        if (group < 0) vetoed[p] = 1;
        else {
          const before = masks[p]!;
          const after = before | (1 << group);
          if (after !== before) {
            masks[p] = after;
            if (after === patternFullMask[p]) completed.push(p);
          }
        }
      }
    }
    const cs = termConcepts[termId];
    if (cs) {
      const length = index.termLength(termId);
      for (const concept of cs) {
        hitConcepts[hits] = concept;
        hitAt[hits] = at;
        hitLength[hits] = length;
        hits++;
      }
      conceptLow |= termConceptLow[termId]!;
      conceptHigh |= termConceptHigh[termId]!;
      if (termClassifies[termId]) classifierHit = true;
    }
    const ms = termMentions[termId];
    if (ms) for (const m of ms) mentions.add(m);
  };

  /** Scans `folded[start, end)`, the folded form of `text[start, end)` (one sentence or segment). */
  const scanText = (text: string, folded: string, start: number, end: number, d: number, s: number, header?: string) => {
    hits = 0;
    conceptLow = 0;
    conceptHigh = 0;
    occurrences = 0;
    classifierHit = false;
    sentence++;
    if (header) index.scanFolded(header, 0, header.length, onHeaderTerm);
    const tokenCount = index.scanFolded(folded, start, end, onTerm);
    tokenTotal += tokenCount;
    if (tokenCount === 0) return;
    let reqs: number[] | undefined;
    let reqAt: number[] | undefined;
    let termCodes: number[] | undefined;
    let targetHits: TargetHit[] | undefined;
    for (const p of completed) {
      if (vetoed[p] !== 0) continue;
      if (multiGroup[p] !== 0 && patternMulti[p] === 0) continue;
      const owner = patternRequirement[p]!;
      if (owner < 0) {
        const target = -1 - owner;
        targetHits ??= [];
        const known = targetHits.find((h) => h.target === target);
        if (!known) targetHits.push({ target, at: patternAt[p]!, last: patternLast[p]! });
        continue;
      }
      reqs ??= [];
      reqAt ??= [];
      termCodes ??= [];
      let known = reqs.indexOf(owner);
      if (known < 0) {
        known = reqs.length;
        reqs.push(owner);
        reqAt.push(patternAt[p]!);
      } else if (patternAt[p]! < reqAt[known]!) reqAt[known] = patternAt[p]!;
      const terms = patternTerms[p]!;
      for (let o = 0; o < occurrences; o++) if (containsSorted(terms, occurrenceTerm[o]!)) termCodes.push(known * TERM_CODE_BASE + occurrenceAt[o]!);
    }
    completed.length = 0;
    // Keep only passages that matter: a requirement or a classification target matched, or a
    // classifier concept occurs. Modality words (parties, prepositions, negations) alone do not
    // make a passage.
    if (!reqs && !targetHits && !classifierHit) return;
    const concepts: ConceptHit[] = new Array(hits);
    for (let h = 0; h < hits; h++) concepts[h] = conceptHit(hitConcepts[h]!, hitAt[h]!, hitLength[h]!);
    const passageText = start === 0 && end === text.length ? text : text.slice(start, end).trim();
    const passage: Passage = { document: d, segment: s, text: passageText, tokenCount, concepts, requirements: reqs ?? [], requirementAt: reqAt ?? [], requirementTermCodes: termCodes ?? [], targets: targetHits ?? [], conceptLow, conceptHigh };
    passages.push(passage);
  };

  const headerCache = new Map<string, string>();
  const foldedHeader = (header: string): string => {
    let folded = headerCache.get(header);
    if (folded === undefined) {
      folded = fold(header);
      headerCache.set(header, folded);
    }
    return folded;
  };

  // A list item is read with the sentence that introduces the list ("Bij de inschrijving voegt u
  // de volgende stukken toe:" over "een modelkaart van het aangeboden model"), as a table cell is
  // read with its column header. Tracked while walking the segments: a heading or any other
  // paragraph ends the list.
  let leadIn: string | undefined;
  documents.forEach((doc, d) => {
    doc.segments.forEach((seg: Segment, s) => {
      const text = seg.text;
      if (text.length === 0) return;
      // Fold the segment once; offsets stay valid when folding kept the length (nearly always).
      const folded = fold(text);
      if (s === 0) leadIn = undefined;
      if (seg.kind !== "list-item") leadIn = seg.kind !== "heading" && seg.table === undefined && /:\s*$/.test(text) ? (folded.length > 200 ? folded.slice(-200) : folded) : undefined;
      const header = seg.table?.header ? foldedHeader(seg.table.header) : seg.kind === "list-item" ? leadIn : undefined;
      if (seg.kind === "heading" || text.length < 80) {
        scanText(text, folded, 0, text.length, d, s, header);
        return;
      }
      const same = folded.length === text.length;
      const count = sentenceBounds(text, bounds);
      for (let k = 0; k < count; k += 2) {
        const a = bounds[k]!;
        const b = bounds[k + 1]!;
        if (same) scanText(text, folded, a, b, d, s, header);
        else {
          const sentence = text.slice(a, b).trim();
          const foldedSentence = fold(sentence);
          scanText(sentence, foldedSentence, 0, sentence.length, d, s, header);
        }
      }
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
  // Passages are made in document and segment order, so a segment's passages are found by bisection.
  const segmentPassages = (document: number, segment: number): readonly Passage[] => {
    const key = (p: Passage) => p.document - document || p.segment - segment;
    let lo = 0;
    let hi = passages.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(passages[mid]!) < 0) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < passages.length && key(passages[end]!) === 0) end++;
    return passages.slice(lo, end);
  };
  return { passages, mentions, segmentPassages, contextConcepts, tokenTotal };
}
