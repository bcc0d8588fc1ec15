// A stable, dependency-free fingerprint: FNV-1a over the normalised inputs, two 32-bit lanes.

/** Normalises a quote so whitespace and case edits do not change the fingerprint. */
export function normaliseQuote(quote: string): string {
  return quote.toLowerCase().normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** 16 hex characters. */
export function fingerprint(...parts: readonly string[]): string {
  const text = parts.join("\u0000");
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return h1.toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
