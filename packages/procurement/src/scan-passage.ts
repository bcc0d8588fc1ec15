// What the scanner makes: a passage (a sentence or a table cell) with the concepts, requirement
// patterns and classification targets found in it, and how the checks read it back cheaply (a
// concept as a bit, a requirement's words as coded positions). scan.ts makes them.
import { fold, tokenize } from "./text.js";
import type { ConceptName } from "./vocabulary.js";

export type { ConceptName };

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
export function conceptMask(names: readonly ConceptName[] | undefined, from: number): number {
  let mask = 0;
  for (const name of names ?? []) {
    const bit = conceptBit(name) - from;
    if (bit >= 0 && bit < 32) mask |= 1 << bit;
  }
  return mask;
}

/** Above any token position in one passage (a whole document has fewer tokens). */
export const TERM_CODE_BASE = 2 ** 22;

/** The token positions of the terms of requirement entry `entry` of the passage (see {@link Passage.requirementTermCodes}). */
export function requirementTermPositions(p: Passage, entry: number): number[] {
  const out: number[] = [];
  if (entry < 0) return out;
  for (const code of p.requirementTermCodes) if (Math.floor(code / TERM_CODE_BASE) === entry) out.push(code % TERM_CODE_BASE);
  return out;
}

// The classifier asks for a passage's words once per concept hit it tests: tokenize each passage once.
const wordsCache = new WeakMap<Passage, readonly string[]>();

/** The folded words of the passage text, as the scanner counts token positions. */
export function wordsOf(p: Passage): readonly string[] {
  let words = wordsCache.get(p);
  if (!words) {
    words = tokenize(fold(p.text));
    wordsCache.set(p, words);
  }
  return words;
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
export function conceptHit(concept: ConceptName, at: number, length: number): ConceptHit {
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
