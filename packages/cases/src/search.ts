// The moresprudentie search: an inverted index over the text of closed cases, ranked with BM25
// (field weights below), with facets and filters, and "similar cases" for a case at hand.
import type { Case, FacetCount, PrecedentFacets, PrecedentHit, PrecedentSearchResult } from "@ethiek/schemas";
import { caseFields, commissionOf, yearOf, type SearchField } from "./case-text.js";
import { snippets } from "./snippets.js";
import { stems, tokenize } from "./text.js";

// The search's view of a case and its snippets live beside it; its tests import them from here.
export { caseFields, commissionOf, yearOf, type SearchField } from "./case-text.js";
export { highlightHtml, snippets } from "./snippets.js";

/** The weight of each field in the ranking: a word in the title counts three times. */
const FIELD_WEIGHTS: Readonly<Record<SearchField | "tags", number>> = {
  title: 3,
  question: 2,
  context: 1,
  technology: 1,
  analysis: 1,
  reflection: 1.5,
  decision: 1,
  tags: 2,
};

/** Narrowing of a search; within one facet any listed value matches, across facets all must. */
export interface PrecedentFilters {
  readonly values?: readonly string[];
  readonly technologies?: readonly string[];
  readonly policyDomains?: readonly string[];
  readonly commissions?: readonly string[];
  readonly years?: readonly number[];
}

export interface SearchOptions {
  readonly filters?: PrecedentFilters;
  /** Hits per page (default 10, at most 100). */
  readonly limit?: number;
  readonly offset?: number;
  /** Hides cases the caller may not see (e.g. another organisation's confidential case). */
  readonly canSee?: (c: Case) => boolean;
}

interface Posting {
  readonly docs: Int32Array;
  readonly tfs: Float32Array;
}

type FacetName = "values" | "technologies" | "policyDomains" | "commissions" | "years";
const FACETS: readonly FacetName[] = ["values", "technologies", "policyDomains", "commissions", "years"];

interface Doc {
  readonly c: Case;
  readonly year: number;
  readonly commission: string;
  /** Interned facet values per facet, for counting and filtering without string work. */
  readonly facets: Readonly<Record<FacetName, Int32Array>>;
}

const K1 = 1.2;
const B = 0.75;

/** A bounded min-heap on score that keeps the best `k` documents: O(n log k) instead of a full sort. */
function topK(candidates: Int32Array, count: number, scores: Float64Array, k: number): number[] {
  const heap: number[] = [];
  // Lower score first; on equal score the later document is "smaller" so earlier docs win ties.
  const less = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let n = 0; n < count; n++) {
    const d = candidates[n]!;
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (less(heap[0]!, d)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0));
}

/**
 * A search index over closed cases (moresprudentie): BM25 ranking over weighted fields, Dutch and
 * English stemming, facets, highlighted snippets, and "similar cases" for a new case.
 * Build it once and query it many times; it holds no I/O.
 *
 * @example
 * const index = PrecedentIndex.build(cases);
 * const result = index.search("gezichtsherkenning op straat", { filters: { values: ["privacy"] } });
 * result.hits[0]?.snippets[0]?.highlights; // [{ start, end }, …]
 */
export class PrecedentIndex {
  private readonly docs: Doc[] = [];
  private readonly postings = new Map<string, Posting>();
  private readonly tagPostings = new Map<string, Int32Array>();
  private readonly facetNames: Record<FacetName, string[]> = { values: [], technologies: [], policyDomains: [], commissions: [], years: [] };
  private readonly facetIds: Record<FacetName, Map<string, number>> = {
    values: new Map(),
    technologies: new Map(),
    policyDomains: new Map(),
    commissions: new Map(),
    years: new Map(),
  };
  private norms = new Float64Array(0);

  private constructor() {}

  private intern(facet: FacetName, values: readonly (string | number)[]): Int32Array {
    const ids = this.facetIds[facet];
    return Int32Array.from(new Set(values.map(String)), (v) => {
      let id = ids.get(v);
      if (id === undefined) {
        id = this.facetNames[facet].length;
        ids.set(v, id);
        this.facetNames[facet].push(v);
      }
      return id;
    });
  }

  /** Indexes the closed cases among `cases`; cases in any other status are left out. */
  static build(cases: Iterable<Case>): PrecedentIndex {
    const index = new PrecedentIndex();
    const lists = new Map<string, { docs: number[]; tfs: number[] }>();
    const tagLists = new Map<string, number[]>();
    const lengths: number[] = [];
    for (const c of cases) {
      if (c.status !== "closed") continue;
      const id = index.docs.length;
      const tf = new Map<string, number>();
      let length = 0;
      for (const [field, text] of Object.entries(caseFields(c)) as [SearchField | "tags", string][]) {
        const w = FIELD_WEIGHTS[field];
        for (const token of tokenize(text)) {
          length += w;
          for (const s of stems(token.word)) tf.set(s, (tf.get(s) ?? 0) + w);
        }
      }
      for (const [term, f] of tf) {
        let p = lists.get(term);
        if (p === undefined) lists.set(term, (p = { docs: [], tfs: [] }));
        p.docs.push(id);
        p.tfs.push(f);
      }
      for (const key of tagKeys(c)) {
        let p = tagLists.get(key);
        if (p === undefined) tagLists.set(key, (p = []));
        p.push(id);
      }
      lengths.push(length);
      const year = yearOf(c);
      const commission = commissionOf(c);
      index.docs.push({
        c,
        year,
        commission,
        facets: {
          values: index.intern("values", c.tags.values),
          technologies: index.intern("technologies", c.tags.technologies),
          policyDomains: index.intern("policyDomains", c.tags.policyDomains),
          commissions: index.intern("commissions", [commission]),
          years: index.intern("years", [year]),
        },
      });
    }
    for (const [term, p] of lists) index.postings.set(term, { docs: Int32Array.from(p.docs), tfs: Float32Array.from(p.tfs) });
    for (const [key, p] of tagLists) index.tagPostings.set(key, Int32Array.from(p));
    const avg = lengths.length > 0 ? lengths.reduce((a, b) => a + b, 0) / lengths.length || 1 : 1;
    index.norms = Float64Array.from(lengths, (len) => K1 * (1 - B + (B * len) / avg));
    return index;
  }

  /** Number of cases in the index. */
  get size(): number {
    return this.docs.length;
  }

  private idf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Adds the BM25 score of weighted query words to `scores` and returns the touched documents.
   * A word's Dutch and English stems count once (the better of the two).
   */
  private score(words: ReadonlyMap<string, number>, scores: Float64Array, seen: Uint8Array, touched: number[]): void {
    const best = new Float64Array(this.docs.length);
    for (const [word, weight] of words) {
      const terms = stems(word);
      const single = terms.length === 1;
      const local: number[] = [];
      for (const term of terms) {
        const p = this.postings.get(term);
        if (p === undefined) continue;
        const idf = this.idf(p.docs.length);
        for (let i = 0; i < p.docs.length; i++) {
          const d = p.docs[i]!;
          const f = p.tfs[i]!;
          const s = (idf * f * (K1 + 1)) / (f + this.norms[d]!);
          if (!seen[d]) {
            seen[d] = 1;
            touched.push(d);
          }
          if (single) scores[d]! += s * weight;
          else {
            if (best[d] === 0) local.push(d);
            if (s > best[d]!) best[d] = s;
          }
        }
      }
      if (!single) {
        for (const d of local) {
          scores[d]! += best[d]! * weight;
          best[d] = 0;
        }
      }
    }
  }

  private filterIds(f: PrecedentFilters | undefined): Partial<Record<FacetName, Set<number>>> {
    const out: Partial<Record<FacetName, Set<number>>> = {};
    if (!f) return out;
    for (const facet of FACETS) {
      const wanted = f[facet];
      if (wanted === undefined || wanted.length === 0) continue;
      out[facet] = new Set(wanted.map((v) => this.facetIds[facet].get(String(v))).filter((x): x is number => x !== undefined));
    }
    return out;
  }

  private passes(d: number, want: Partial<Record<FacetName, Set<number>>>, canSee: ((c: Case) => boolean) | undefined): boolean {
    const doc = this.docs[d]!;
    for (const facet of FACETS) {
      const set = want[facet];
      if (set === undefined) continue;
      let any = false;
      for (const id of doc.facets[facet]) if (set.has(id)) any = true;
      if (!any) return false;
    }
    return canSee === undefined || canSee(doc.c);
  }

  /**
   * Full-text search with facets. An empty query lists every case that passes the filters,
   * newest first. Facet counts are over all matching cases, not only the page.
   *
   * @example
   * index.search("camera toezicht", { filters: { years: [2025] }, limit: 5 });
   */
  search(query: string, options: SearchOptions = {}): PrecedentSearchResult {
    const words = new Map<string, number>();
    for (const t of tokenize(query)) words.set(t.word, 1);
    const n = this.docs.length;
    const scores = new Float64Array(n);
    let touched: number[];
    if (words.size === 0) {
      touched = this.docs.map((_, i) => i);
      // Newest first: the year is the score, so the same top-k code orders the page.
      for (let d = 0; d < n; d++) scores[d] = this.docs[d]!.year;
    } else {
      touched = [];
      this.score(words, scores, new Uint8Array(n), touched);
    }
    const want = this.filterIds(options.filters);
    const candidates = new Int32Array(touched.length);
    let count = 0;
    for (const d of touched) if (this.passes(d, want, options.canSee)) candidates[count++] = d;
    const limit = Math.min(Math.max(options.limit ?? 10, 1), 100);
    const offset = Math.max(options.offset ?? 0, 0);
    const page = topK(candidates, count, scores, offset + limit).slice(offset);
    return {
      query,
      total: count,
      hits: page.map((d) => this.hit(d, words.size === 0 ? 0 : scores[d]!, [...words.keys()])),
      facets: this.facets(candidates, count),
    };
  }

  /**
   * Closed cases most like a new case: its text weighs its distinctive words (tf-idf), and shared
   * value, technology and domain tags add to the score. The case itself is never in the result.
   *
   * @example
   * index.similar(newCase, { limit: 3 }).map((h) => h.caseId);
   */
  similar(c: Case, options: Omit<SearchOptions, "offset"> = {}): PrecedentHit[] {
    const fields = caseFields(c);
    const tf = new Map<string, number>();
    for (const [field, text] of Object.entries(fields) as [SearchField | "tags", string][]) {
      if (field === "tags") continue;
      for (const t of tokenize(text)) tf.set(t.word, (tf.get(t.word) ?? 0) + FIELD_WEIGHTS[field]);
    }
    // Keep the 25 most distinctive words so that a long case does not turn into a scan of the index.
    const weighted = [...tf]
      .map(([w, f]) => {
        const df = Math.max(...stems(w).map((s) => this.postings.get(s)?.docs.length ?? 0));
        return [w, df === 0 ? 0 : Math.log(1 + f) * this.idf(df)] as [string, number];
      })
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 25);
    const max = weighted[0]?.[1] ?? 1;
    const n = this.docs.length;
    const scores = new Float64Array(n);
    const seen = new Uint8Array(n);
    const touched: number[] = [];
    this.score(new Map(weighted.map(([w, s]) => [w, s / max])), scores, seen, touched);
    // Shared tags add a Dice coefficient (0..1), so tags alone can make a case similar.
    const mine = tagKeys(c);
    if (mine.size > 0) {
      const shared = new Int32Array(n);
      for (const key of mine) {
        for (const d of this.tagPostings.get(key) ?? []) {
          if (!seen[d]) {
            seen[d] = 1;
            touched.push(d);
          }
          shared[d]!++;
        }
      }
      for (const d of touched) {
        if (shared[d]! === 0) continue;
        const theirs = this.docs[d]!.facets;
        const size = theirs.values.length + theirs.technologies.length + theirs.policyDomains.length;
        scores[d]! += (2 * shared[d]!) / (mine.size + size);
      }
    }
    const want = this.filterIds(options.filters);
    const candidates = new Int32Array(touched.length);
    let count = 0;
    for (const d of touched) if (this.docs[d]!.c.id !== c.id && this.passes(d, want, options.canSee)) candidates[count++] = d;
    const limit = Math.min(Math.max(options.limit ?? 5, 1), 100);
    const words = weighted.slice(0, 10).map(([w]) => w);
    return topK(candidates, count, scores, limit).map((d) => this.hit(d, scores[d]!, words));
  }

  private facets(candidates: Int32Array, count: number): PrecedentFacets {
    const out = {} as Record<FacetName, FacetCount[]>;
    for (const facet of FACETS) {
      const counts = new Int32Array(this.facetNames[facet].length);
      for (let i = 0; i < count; i++) for (const id of this.docs[candidates[i]!]!.facets[facet]) counts[id]!++;
      const list: FacetCount[] = [];
      counts.forEach((n, id) => {
        if (n > 0) list.push({ value: this.facetNames[facet][id]!, count: n });
      });
      out[facet] = list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    return out;
  }

  private hit(d: number, score: number, words: readonly string[]): PrecedentHit {
    const doc = this.docs[d]!;
    return {
      caseId: doc.c.id,
      title: doc.c.title,
      score: Math.round(score * 1000) / 1000,
      year: doc.year,
      commission: doc.commission,
      values: doc.c.tags.values,
      technologies: doc.c.tags.technologies,
      policyDomains: doc.c.tags.policyDomains,
      snippets: snippets(doc.c, words),
    };
  }
}

/** The tags of a case as keys of the tag postings, one prefix per kind of tag. */
function tagKeys(c: Case): Set<string> {
  return new Set([...c.tags.values.map((t) => `v:${t}`), ...c.tags.technologies.map((t) => `t:${t}`), ...c.tags.policyDomains.map((t) => `d:${t}`)]);
}
