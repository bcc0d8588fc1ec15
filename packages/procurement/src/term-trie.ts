// The character trie of a term index's token patterns. Words go into a tree of nodes while terms
// are added; scanning walks a packed copy in flat arrays, and a snapshot stores that copy as a few
// strings, so restoring a compiled ruleset creates no node at all (see scan-snapshot.ts).
import { Kind } from "./term-words.js";

interface Node {
  readonly next: Map<number, Node>;
  /** Token-pattern ids ending here, with their kind. */
  readonly ends: Array<readonly [number, Kind]>;
}

const newNode = (): Node => ({ next: new Map(), ends: [] });

/**
 * The trie in breadth-first order: node 0 is the root, the children of a node are consecutive
 * nodes sorted by character, and edge `e` leads to node `e + 1` (every node but the root has
 * exactly one edge into it).
 */
export interface PackedTrie {
  /** node → its first edge; its edges end before `firstEdge[node + 1]`. */
  readonly firstEdge: Int32Array;
  /** edge → its character code. */
  readonly edgeChar: Uint16Array;
  /** node → its first end; its ends stop before `firstEnd[node + 1]`. */
  readonly firstEnd: Int32Array;
  readonly endPattern: Int32Array;
  readonly endKind: Uint8Array;
}

/** A packed trie as JSON: per node the number of children and of ends, as characters from "0". */
export interface PackedTrieData {
  readonly childCounts: string;
  readonly chars: string;
  readonly endCounts: string;
  readonly endPatterns: readonly number[];
  readonly endKinds: string;
}

/** Counts are stored as characters from "0" upwards; this keeps them printable and unescaped in JSON. */
const ZERO = 48;
/** A node has at most 36 children (tokens are folded to a–z and 0–9) and 4 ends (one per kind). */
const MAX_COUNT = 40;

export class TrieBuilder {
  private readonly root = newNode();
  private nodes = 1;

  get size(): number {
    return this.nodes;
  }

  insert(word: string, id: number, kind: Kind): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = newNode();
        node.next.set(c, child);
        this.nodes++;
      }
      node = child;
    }
    node.ends.push([id, kind]);
  }

  pack(): PackedTrie {
    const order: Node[] = [this.root];
    const firstEdge = new Int32Array(this.nodes + 1);
    const edgeChar = new Uint16Array(this.nodes - 1);
    const firstEnd = new Int32Array(this.nodes + 1);
    const endPattern: number[] = [];
    const endKind: number[] = [];
    let edges = 0;
    for (let n = 0; n < order.length; n++) {
      const node = order[n]!;
      firstEdge[n] = edges;
      firstEnd[n] = endPattern.length;
      for (const [id, kind] of node.ends) {
        endPattern.push(id);
        endKind.push(kind);
      }
      for (const c of [...node.next.keys()].sort((a, b) => a - b)) {
        edgeChar[edges++] = c;
        order.push(node.next.get(c)!);
      }
    }
    firstEdge[order.length] = edges;
    firstEnd[order.length] = endPattern.length;
    return { firstEdge, edgeChar, firstEnd, endPattern: Int32Array.from(endPattern), endKind: Uint8Array.from(endKind) };
  }
}

/** Every token pattern, and only the suffix and infix ones, which are walked from every position inside a token. */
export interface TrieBuilders {
  readonly all: TrieBuilder;
  readonly inner: TrieBuilder;
  insert(word: string, id: number, kind: Kind): void;
}

/** The two builders, holding the token patterns of `patternIds` (`kind:word` → id). */
export function newTrieBuilders(patternIds: ReadonlyMap<string, number>): TrieBuilders {
  const all = new TrieBuilder();
  const inner = new TrieBuilder();
  const insert = (word: string, id: number, kind: Kind): void => {
    all.insert(word, id, kind);
    if (kind === Kind.Suffix || kind === Kind.Infix) inner.insert(word, id, kind);
  };
  for (const [key, id] of patternIds) {
    const colon = key.indexOf(":");
    insert(key.slice(colon + 1), id, Number(key.slice(0, colon)) as Kind);
  }
  return { all, inner, insert };
}

/** The child of `node` along character `c`, or -1. */
export function childOf(trie: PackedTrie, node: number, c: number): number {
  let lo = trie.firstEdge[node]!;
  let hi = trie.firstEdge[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = trie.edgeChar[mid]!;
    if (m === c) return mid + 1;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const counts = (starts: Int32Array): string => {
  let out = "";
  for (let n = 0; n + 1 < starts.length; n++) {
    const count = starts[n + 1]! - starts[n]!;
    if (count > MAX_COUNT) throw new Error(`a trie node has ${count} children or ends; the packed form allows ${MAX_COUNT}`);
    out += String.fromCharCode(ZERO + count);
  }
  return out;
};

const text = (codes: ArrayLike<number>, offset: number): string => Array.from(codes, (c) => String.fromCharCode(offset + c)).join("");

export function trieToData(trie: PackedTrie): PackedTrieData {
  return {
    childCounts: counts(trie.firstEdge),
    chars: text(trie.edgeChar, 0),
    endCounts: counts(trie.firstEnd),
    endPatterns: [...trie.endPattern],
    endKinds: text(trie.endKind, ZERO),
  };
}

const starts = (countChars: string): Int32Array => {
  const out = new Int32Array(countChars.length + 1);
  for (let n = 0; n < countChars.length; n++) out[n + 1] = out[n]! + countChars.charCodeAt(n) - ZERO;
  return out;
};

export function trieFromData(data: PackedTrieData): PackedTrie {
  const edgeChar = new Uint16Array(data.chars.length);
  for (let e = 0; e < edgeChar.length; e++) edgeChar[e] = data.chars.charCodeAt(e);
  const endKind = new Uint8Array(data.endKinds.length);
  for (let e = 0; e < endKind.length; e++) endKind[e] = data.endKinds.charCodeAt(e) - ZERO;
  return { firstEdge: starts(data.childCounts), edgeChar, firstEnd: starts(data.endCounts), endPattern: Int32Array.from(data.endPatterns), endKind };
}
