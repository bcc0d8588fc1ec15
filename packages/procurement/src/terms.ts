// The term index: every term of the active ruleset (requirement patterns, classifier concepts,
// obligation markers) compiled into one character trie over folded tokens. Scanning a token costs
// a walk over its characters, whatever the number of terms, and results are cached per distinct
// token, so the cost of a check grows with the text, not with the number of requirements.
import { fold, tokenize } from "./text.js";

const enum Kind {
  Exact = 0,
  Prefix = 1,
  Suffix = 2,
  Infix = 3,
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Token-pattern ids ending here, with their kind. */
  ends: Array<[number, Kind]>;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

/** A compiled term: a sequence of token-pattern ids (one for a single word). */
interface CompiledTerm {
  readonly source: string;
  readonly parts: readonly number[];
}

const EMPTY: readonly number[] = Object.freeze([]);

/** Parses a term into its words; each word keeps its leading/trailing `*`. */
export function parseTerm(term: string): Array<{ word: string; kind: Kind }> {
  const out: Array<{ word: string; kind: Kind }> = [];
  for (const raw of term.trim().split(/\s+/)) {
    const lead = raw.startsWith("*");
    const trail = raw.endsWith("*") && raw.length > 1;
    const pieces = tokenize(fold(raw.replace(/^\*|\*$/g, "")));
    pieces.forEach((word, i) => {
      const first = i === 0;
      const last = i === pieces.length - 1;
      const l = lead && first;
      const t = trail && last;
      out.push({ word, kind: l && t ? Kind.Infix : l ? Kind.Suffix : t ? Kind.Prefix : Kind.Exact });
    });
  }
  return out;
}

/**
 * Builds and holds the trie. Add every term first with {@link TermIndex.add}, then scan.
 */
export class TermIndex {
  private readonly root = newNode();
  /** Only suffix and infix patterns, walked from every position inside a token. */
  private readonly innerRoot = newNode();
  private hasInner = false;
  private readonly tokenPatternIds = new Map<string, number>();
  private readonly terms: CompiledTerm[] = [];
  private readonly termIds = new Map<string, number>();
  /** token-pattern id → terms that start with it. */
  private readonly byFirst = new Map<number, number[]>();
  private readonly tokenCache = new Map<string, readonly number[]>();
  private readonly cacheLimit: number;
  /** Reused between scans so that scanning a sentence allocates nothing for its token matches. */
  private readonly matchBuffer: Array<readonly number[]> = [];

  constructor(cacheLimit = 200_000) {
    this.cacheLimit = cacheLimit;
  }

  /** Adds a term (idempotent) and returns its id, or -1 when it has no words. */
  add(term: string): number {
    const key = term.trim();
    const known = this.termIds.get(key);
    if (known !== undefined) return known;
    const words = parseTerm(key);
    if (words.length === 0) return -1;
    const parts = words.map(({ word, kind }) => this.tokenPattern(word, kind));
    const id = this.terms.length;
    this.terms.push({ source: key, parts });
    this.termIds.set(key, id);
    const first = parts[0]!;
    const list = this.byFirst.get(first);
    if (list) list.push(id);
    else this.byFirst.set(first, [id]);
    this.tokenCache.clear();
    return id;
  }

  get size(): number {
    return this.terms.length;
  }

  /** Number of words of a term. */
  termLength(id: number): number {
    return this.terms[id]?.parts.length ?? 0;
  }

  termSource(id: number): string {
    return this.terms[id]?.source ?? "";
  }

  private tokenPattern(word: string, kind: Kind): number {
    const key = `${kind}:${word}`;
    const known = this.tokenPatternIds.get(key);
    if (known !== undefined) return known;
    const id = this.tokenPatternIds.size;
    this.tokenPatternIds.set(key, id);
    const insert = (root: TrieNode) => {
      let node = root;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = newNode();
          node.next.set(c, child);
        }
        node = child;
      }
      node.ends.push([id, kind]);
    };
    insert(this.root);
    if (kind === Kind.Suffix || kind === Kind.Infix) {
      insert(this.innerRoot);
      this.hasInner = true;
    }
    return id;
  }

  /** The token-pattern ids a folded token matches (cached). */
  matchToken(token: string): readonly number[] {
    const cached = this.tokenCache.get(token);
    if (cached) return cached;
    let found: number[] | undefined;
    const n = token.length;
    const walk = (root: TrieNode, from: number) => {
      let node: TrieNode | undefined = root;
      for (let i = from; i < n && node; i++) {
        node = node.next.get(token.charCodeAt(i));
        if (!node || node.ends.length === 0) continue;
        const atEnd = i === n - 1;
        for (const [id, kind] of node.ends) {
          const ok =
            from === 0
              ? kind === Kind.Prefix || kind === Kind.Infix || (atEnd && (kind === Kind.Exact || kind === Kind.Suffix))
              : kind === Kind.Infix || (atEnd && kind === Kind.Suffix);
          if (ok) (found ??= []).push(id);
        }
      }
    };
    walk(this.root, 0);
    if (this.hasInner) for (let s = 1; s < n; s++) walk(this.innerRoot, s);
    const result = found ? [...new Set(found)] : EMPTY;
    if (this.tokenCache.size >= this.cacheLimit) this.tokenCache.clear();
    this.tokenCache.set(token, result);
    return result;
  }

  /**
   * Calls `onTerm(termId, tokenIndex)` for every term occurrence in a list of folded tokens.
   */
  scan(tokens: readonly string[], onTerm: (termId: number, at: number) => void): void {
    const matches = this.matchBuffer;
    matches.length = tokens.length;
    for (let i = 0; i < tokens.length; i++) matches[i] = this.matchToken(tokens[i]!);
    for (let i = 0; i < tokens.length; i++) {
      const here = matches[i]!;
      for (let k = 0; k < here.length; k++) {
        const starts = this.byFirst.get(here[k]!);
        if (!starts) continue;
        for (const termId of starts) {
          const parts = this.terms[termId]!.parts;
          let ok = true;
          for (let p = 1; p < parts.length; p++) {
            const m = matches[i + p];
            if (!m || !m.includes(parts[p]!)) {
              ok = false;
              break;
            }
          }
          if (ok) onTerm(termId, i);
        }
      }
    }
  }
}
