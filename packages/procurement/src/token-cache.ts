// A cache of long tokens keyed by a hash of their characters, looked up where the token stands in
// the scanned text: a known word costs no string (slicing out and hashing a new string for every
// long word of a tender was a good part of the scan). The term index (terms.ts) keeps one.

/** A cached token: its text, its value, and the next token with the same hash. */
interface Entry<T> {
  readonly token: string;
  readonly value: T;
  readonly next: Entry<T> | undefined;
}

/** The hash {@link TokenCache.get} expects, extended by one character code. */
export const extendHash = (hash: number, c: number): number => (Math.imul(hash, 31) + c) | 0;

/** True when `token` is `text[from, to)` (a loop: startsWith with a position is slower here). */
function sameChars(token: string, text: string, from: number, to: number): boolean {
  if (token.length !== to - from) return false;
  for (let k = 0; k < token.length; k++) if (token.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

export class TokenCache<T> {
  private readonly buckets = new Map<number, Entry<T>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value of the token `text[from, to)`, whose characters hash to `hash`. */
  get(text: string, from: number, to: number, hash: number): T | undefined {
    for (let e = this.buckets.get(hash); e !== undefined; e = e.next) if (sameChars(e.token, text, from, to)) return e.value;
    return undefined;
  }

  set(token: string, hash: number, value: T): void {
    this.buckets.set(hash, { token, value, next: this.buckets.get(hash) });
    this.count++;
  }

  clear(): void {
    this.buckets.clear();
    this.count = 0;
  }
}
