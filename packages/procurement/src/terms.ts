// The term index: every term of the active ruleset (requirement patterns, classifier concepts,
// obligation markers) compiled into one character trie over folded tokens. Scanning a token costs
// a walk over its characters, whatever the number of terms, and results are cached per distinct
// token, so the cost of a check grows with the text, not with the number of requirements.
import { childOf, newTrieBuilders, trieFromData, trieToData, type PackedTrie, type PackedTrieData, type TrieBuilders } from "./term-trie.js";
import { GAPPED, Kind, parseTerm } from "./term-words.js";
import { extendHash, TokenCache } from "./token-cache.js";

/**
 * A term index as plain data (see TermIndex.exportState): its token patterns in id order, each
 * `kind:word`; its terms in id order, each its source, its token-pattern ids and a 1 when gapped;
 * and its two tries packed.
 */
export interface IndexState {
  readonly patterns: readonly string[];
  readonly terms: ReadonlyArray<readonly [string, readonly number[], 1?]>;
  readonly all: PackedTrieData;
  readonly inner?: PackedTrieData;
}

/** A compiled term: a sequence of token-pattern ids (one for a single word). */
interface CompiledTerm {
  readonly source: string;
  readonly parts: readonly number[];
  /** A gapped term: its words need not stand together. */
  readonly gapped?: boolean;
}

const EMPTY: readonly number[] = Object.freeze([]);

/** What one folded token matches: its token patterns, the one-word terms it is, and the patterns that start multi-word or gapped terms. */
interface TokenMatch {
  readonly patterns: readonly number[];
  readonly singles: readonly number[];
  readonly firsts: readonly number[];
  readonly gapFirsts: readonly number[];
}

/** The field separator "|" of a table row or record: a token that matches nothing and that no term spans. */
const SEPARATOR: TokenMatch = Object.freeze({ patterns: [], singles: [], firsts: [], gapFirsts: [] });

/**
 * The multi-word terms that start with one pair of token patterns, in the order they were added
 * (ascending ids): two-word terms, and longer ones by the token pattern of their third word. A
 * common pair ("van de", "taak van") starts dozens of longer terms; only those whose third word
 * is there need a look.
 */
interface PairTerms {
  readonly pairs: number[];
  readonly byThird: Map<number, number[]>;
}

/** A gapped term ("leidt ... af", "maken ... deel uit") matches when its second part starts within this many words. */
export const GAP_REACH = 10;

/** Tokens up to this length are cached by a packed integer key: 5 × 6 bits stays a small integer. */
const SHORT_TOKEN = 5;

const NO_MATCH: TokenMatch = Object.freeze({ patterns: EMPTY, singles: EMPTY, firsts: EMPTY, gapFirsts: EMPTY });

/** Builds and holds the trie. Add every term first with {@link TermIndex.add}, then scan. */
export class TermIndex {
  private builders: TrieBuilders | undefined;
  /** The two tries as scanning walks them; packed again after a token pattern was added. */
  private packed: { readonly all: PackedTrie; readonly inner: PackedTrie | undefined } | undefined;
  /** `kind:word` → token-pattern id, in id order. */
  private readonly tokenPatternIds = new Map<string, number>();
  private readonly terms: CompiledTerm[] = [];
  /** Term source → id; made from `terms` when first needed after a restore. */
  private termIdMap: Map<string, number> | undefined = new Map();
  /** token-pattern id → the one-word terms it is. */
  private readonly singleTerms = new Map<number, number[]>();
  private readonly tokenCache = new Map<string, TokenMatch>();
  /** Tokens of at most {@link SHORT_TOKEN} characters by their packed key (see scanFolded). */
  private readonly shortTokenCache = new Map<number, TokenMatch>();
  /** Longer tokens, by a hash of their characters (see scanFolded). */
  private readonly longTokenCache = new TokenCache<TokenMatch>();
  private readonly cacheLimit: number;
  /** Reused between scans so that scanning a sentence allocates nothing for its token matches. */
  private readonly matchBuffer: TokenMatch[] = [];
  /** first token-pattern id → second token-pattern id → multi-word terms starting with that pair. */
  private readonly pairs: Array<Map<number, PairTerms> | undefined> = [];
  /** Reused by scanMatches: the terms of one pair found at one position, put in id order. */
  private readonly pairHits: number[] = [];
  /** first token-pattern id → [the token-pattern ids after the gap, term id] of gapped terms (Dutch separable verbs). */
  private readonly gapped = new Map<number, Array<readonly [readonly number[], number]>>();

  constructor(cacheLimit = 200_000) {
    this.cacheLimit = cacheLimit;
  }

  /** Adds a term (idempotent) and returns its id, or -1 when it has no words. */
  add(term: string): number {
    const key = term.trim();
    const known = this.termIds().get(key);
    if (known !== undefined) return known;
    const gap = GAPPED.exec(key);
    if (gap) {
      // "leidt ... af": the first word, then the words after the gap, starting within GAP_REACH words.
      const [a] = parseTerm(gap[1]!);
      const rest = parseTerm(gap[2]!);
      if (!a || rest.length === 0) return -1;
      return this.register(key, [a, ...rest].map(({ word, kind }) => this.tokenPattern(word, kind)), true);
    }
    const words = parseTerm(key);
    if (words.length === 0) return -1;
    return this.register(key, words.map(({ word, kind }) => this.tokenPattern(word, kind)), false);
  }

  /** Files a new term under its first token pattern (and its second and third, for multi-word terms). */
  private register(key: string, parts: readonly number[], gapped: boolean): number {
    const id = this.terms.length;
    this.terms.push(gapped ? { source: key, parts, gapped } : { source: key, parts });
    this.termIdMap?.set(key, id);
    const first = parts[0]!;
    if (gapped) {
      const list = this.gapped.get(first);
      const entry = [parts.slice(1), id] as const;
      if (list) list.push(entry);
      else this.gapped.set(first, [entry]);
    } else if (parts.length === 1) {
      const list = this.singleTerms.get(first);
      if (list) list.push(id);
      else this.singleTerms.set(first, [id]);
    } else {
      const bySecond = (this.pairs[first] ??= new Map());
      let terms = bySecond.get(parts[1]!);
      if (!terms) bySecond.set(parts[1]!, (terms = { pairs: [], byThird: new Map() }));
      if (parts.length === 2) terms.pairs.push(id);
      else {
        const list = terms.byThird.get(parts[2]!);
        if (list) list.push(id);
        else terms.byThird.set(parts[2]!, [id]);
      }
    }
    this.clearCaches();
    return id;
  }

  /** The index as plain data, for {@link TermIndex.fromState}: no term needs parsing again. */
  exportState(): IndexState {
    const { all, inner } = this.tries();
    const patterns = [...this.tokenPatternIds.keys()];
    const terms = this.terms.map((t): IndexState["terms"][number] => (t.gapped ? [t.source, [...t.parts], 1] : [t.source, [...t.parts]]));
    return { patterns, terms, all: trieToData(all), ...(inner ? { inner: trieToData(inner) } : {}) };
  }

  /** An index equal to the one {@link TermIndex.exportState} was taken from. */
  static fromState(state: IndexState): TermIndex {
    const index = new TermIndex();
    state.patterns.forEach((key, id) => index.tokenPatternIds.set(key, id));
    index.packed = { all: trieFromData(state.all), inner: state.inner ? trieFromData(state.inner) : undefined };
    index.termIdMap = undefined;
    for (const [source, parts, gapped] of state.terms) index.register(source, parts, gapped === 1);
    return index;
  }

  private termIds(): Map<string, number> {
    return (this.termIdMap ??= new Map(this.terms.map((t, id) => [t.source, id])));
  }

  /** The builders, remade from the token patterns after a restore. */
  private trieBuilders(): TrieBuilders {
    return (this.builders ??= newTrieBuilders(this.tokenPatternIds));
  }

  private tries(): { readonly all: PackedTrie; readonly inner: PackedTrie | undefined } {
    if (this.packed) return this.packed;
    const { all, inner } = this.trieBuilders();
    return (this.packed = { all: all.pack(), inner: inner.size > 1 ? inner.pack() : undefined });
  }

  private clearCaches(): void {
    // Map#clear allocates a new table even for an empty map: with every term added this was a
    // good part of compiling a ruleset.
    if (this.tokenCache.size === 0 && this.shortTokenCache.size === 0 && this.longTokenCache.size === 0) return;
    this.tokenCache.clear();
    this.shortTokenCache.clear();
    this.longTokenCache.clear();
  }

  get size(): number {
    return this.terms.length;
  }

  /** Number of contiguous words of a term (a gapped term counts as one: its first word). */
  termLength(id: number): number {
    const term = this.terms[id];
    if (!term) return 0;
    return term.gapped ? 1 : term.parts.length;
  }

  termSource(id: number): string {
    return this.terms[id]?.source ?? "";
  }

  private tokenPattern(word: string, kind: Kind): number {
    const key = `${kind}:${word}`;
    const known = this.tokenPatternIds.get(key);
    if (known !== undefined) return known;
    const builders = this.trieBuilders();
    const id = this.tokenPatternIds.size;
    this.tokenPatternIds.set(key, id);
    builders.insert(word, id, kind);
    this.packed = undefined;
    return id;
  }

  /** What a folded token matches, with the terms it completes or starts (cached per token). */
  private tokenMatch(token: string): TokenMatch {
    const cached = this.tokenCache.get(token);
    if (cached) return cached;
    const computed = this.computeMatch(token);
    if (this.tokenCache.size >= this.cacheLimit) this.clearCaches();
    this.tokenCache.set(token, computed);
    return computed;
  }

  private computeMatch(token: string): TokenMatch {
    let found: number[] | undefined;
    const n = token.length;
    const { all, inner } = this.tries();
    const walk = (trie: PackedTrie, from: number) => {
      let node = 0;
      for (let i = from; i < n; i++) {
        node = childOf(trie, node, token.charCodeAt(i));
        if (node < 0) return;
        const last = trie.firstEnd[node + 1]!;
        const atEnd = i === n - 1;
        for (let e = trie.firstEnd[node]!; e < last; e++) {
          const kind = trie.endKind[e]!;
          const ok =
            from === 0
              ? kind === Kind.Prefix || kind === Kind.Infix || (atEnd && (kind === Kind.Exact || kind === Kind.Suffix))
              : kind === Kind.Infix || (atEnd && kind === Kind.Suffix);
          if (ok) (found ??= []).push(trie.endPattern[e]!);
        }
      }
    };
    walk(all, 0);
    if (inner) for (let s = 1; s < n; s++) walk(inner, s);
    let result = NO_MATCH;
    if (found) {
      const patterns = [...new Set(found)];
      const singles: number[] = [];
      const firsts: number[] = [];
      const gapFirsts: number[] = [];
      for (const id of patterns) {
        for (const termId of this.singleTerms.get(id) ?? EMPTY) singles.push(termId);
        if (this.pairs[id]) firsts.push(id);
        if (this.gapped.has(id)) gapFirsts.push(id);
      }
      result = { patterns, singles, firsts, gapFirsts };
    }
    return result;
  }

  /**
   * Calls `onTerm(termId, tokenIndex)` for every term occurrence in a list of folded tokens.
   * Multi-word terms are found through the pair of their first two words, so a common first word
   * ("de", "in") costs nothing unless the next word also fits.
   */
  scan(tokens: readonly string[], onTerm: (termId: number, at: number) => void): void {
    const matches = this.matchBuffer;
    const n = tokens.length;
    matches.length = Math.max(matches.length, n);
    for (let i = 0; i < n; i++) matches[i] = tokens[i] === "|" ? SEPARATOR : this.tokenMatch(tokens[i]!);
    this.scanMatches(n, onTerm);
  }

  /**
   * Like {@link scan} on the tokens of `folded` between `start` and `end`, without an array of
   * tokens. Returns the number of tokens.
   */
  scanFolded(folded: string, start: number, end: number, onTerm: (termId: number, at: number) => void): number {
    const matches = this.matchBuffer;
    const short = this.shortTokenCache;
    let n = 0;
    let from = -1;
    let key = 0;
    let hash = 0;
    for (let i = start; i <= end; i++) {
      const c = i < end ? folded.charCodeAt(i) : 32;
      const isLetter = c >= 97 && c <= 122;
      if (isLetter || (c >= 48 && c <= 57)) {
        if (from < 0) {
          from = i;
          key = 0;
          hash = 0;
        }
        // Six bits per character: a token of up to five characters packs into a small integer.
        key = key * 64 + (isLetter ? c - 96 : c - 21);
        hash = extendHash(hash, c);
      } else if (from >= 0) {
        if (i - from <= SHORT_TOKEN) {
          // Most words of running text are short ("de", "het", "voor"): look them up by their
          // packed key, so no string is made for them.
          let match = short.get(key);
          if (match === undefined) {
            match = this.tokenMatch(folded.slice(from, i));
            short.set(key, match);
          }
          matches[n++] = match;
        } else matches[n++] = this.longTokenMatch(folded, from, i, hash);
        from = -1;
      }
      // Counted like tokenize() counts it, so positions agree with the words of the passage.
      if (c === 124) matches[n++] = SEPARATOR;
    }
    this.scanMatches(n, onTerm);
    return n;
  }

  /** What the long token `folded[from, to)` matches, found by its hash without slicing it out. */
  private longTokenMatch(folded: string, from: number, to: number, hash: number): TokenMatch {
    const known = this.longTokenCache.get(folded, from, to, hash);
    if (known !== undefined) return known;
    const token = folded.slice(from, to);
    const match = this.tokenMatch(token);
    if (this.longTokenCache.size >= this.cacheLimit) this.clearCaches();
    this.longTokenCache.set(token, hash, match);
    return match;
  }

  /** True when the token patterns `after` stand at positions j, j + 1, … of the match buffer. */
  private followsAt(matches: readonly TokenMatch[], n: number, j: number, after: readonly number[]): boolean {
    for (let k = 0; k < after.length; k++) {
      const m = j + k < n ? matches[j + k] : undefined;
      if (!m || !m.patterns.includes(after[k]!)) return false;
    }
    return true;
  }

  /** Reports the terms of one pair that start at position i (the pair stands at i, i + 1), in id order. */
  private pairTermsAt(terms: PairTerms, i: number, n: number, onTerm: (termId: number, at: number) => void): void {
    const found = this.pairHits;
    found.length = 0;
    for (const termId of terms.pairs) found.push(termId);
    const third = i + 2 < n && terms.byThird.size > 0 ? this.matchBuffer[i + 2]!.patterns : EMPTY;
    for (let q = 0; q < third.length; q++) {
      const termIds = terms.byThird.get(third[q]!);
      if (!termIds) continue;
      for (const termId of termIds) {
        const parts = this.terms[termId]!.parts;
        let ok = true;
        for (let p = 3; p < parts.length; p++) {
          const m = i + p < n ? this.matchBuffer[i + p] : undefined;
          if (!m || !m.patterns.includes(parts[p]!)) {
            ok = false;
            break;
          }
        }
        if (ok) found.push(termId);
      }
    }
    // Two-word terms and terms found through different third words interleave by id (a short
    // list: an insertion sort in place allocates nothing).
    for (let a = 1; a < found.length; a++) {
      const id = found[a]!;
      let b = a - 1;
      for (; b >= 0 && found[b]! > id; b--) found[b + 1] = found[b]!;
      found[b + 1] = id;
    }
    for (let h = 0; h < found.length; h++) onTerm(found[h]!, i);
  }

  private scanMatches(n: number, onTerm: (termId: number, at: number) => void): void {
    const matches = this.matchBuffer;
    for (let i = 0; i < n; i++) {
      const here = matches[i]!;
      const singles = here.singles;
      for (let k = 0; k < singles.length; k++) onTerm(singles[k]!, i);
      const gapFirsts = here.gapFirsts;
      for (let g = 0; g < gapFirsts.length; g++) {
        // Read by index, not destructured: destructuring walks an iterator per entry.
        for (const gapped of this.gapped.get(gapFirsts[g]!)!) {
          for (let j = i + 1, last = Math.min(n - 1, i + GAP_REACH); j <= last; j++) {
            if (matches[j] === SEPARATOR) break;
            if (this.followsAt(matches, n, j, gapped[0])) {
              onTerm(gapped[1], i);
              break;
            }
          }
        }
      }
      const firsts = here.firsts;
      if (firsts.length === 0 || i + 1 >= n) continue;
      const second = matches[i + 1]!.patterns;
      if (second.length === 0) continue;
      for (let f = 0; f < firsts.length; f++) {
        const bySecond = this.pairs[firsts[f]!]!;
        for (let k = 0; k < second.length; k++) {
          const terms = bySecond.get(second[k]!);
          if (terms) this.pairTermsAt(terms, i, n, onTerm);
        }
      }
    }
  }
}
