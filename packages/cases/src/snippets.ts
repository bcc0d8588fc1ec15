// Snippets of a search hit: the fragments of a case around the words of the query, and the same
// as HTML with the words marked.
import { escapeHtml, type Case, type PrecedentSnippet } from "@ethiek/schemas";
import { caseFields, type SearchField } from "./case-text.js";
import { stems, tokenize } from "./text.js";

/** The fields snippets are taken from, the most telling first. */
const SNIPPET_ORDER: readonly SearchField[] = ["question", "reflection", "context", "technology", "analysis", "decision", "title"];

/**
 * Up to two fragments of a case's text around the words of the query, with the character ranges
 * of the matching words. Matching is by stem, so "camera's" highlights for "camera".
 *
 * @example
 * snippets(c, ["camera"])[0]; // { field: "question", text: "…camera's op het plein…", highlights: [{ start: 1, end: 9 }] }
 */
export function snippets(c: Case, queryWords: readonly string[], width = 160): PrecedentSnippet[] {
  const wanted = new Set(queryWords.flatMap((w) => stems(w)));
  const fields = caseFields(c);
  const out: PrecedentSnippet[] = [];
  for (const field of SNIPPET_ORDER) {
    const text = fields[field];
    if (text === "") continue;
    const hits = tokenize(text).filter((t) => stems(t.word).some((s) => wanted.has(s)));
    if (hits.length === 0) continue;
    out.push(fragment(field, text, hits, width));
    if (out.length === 2) break;
  }
  if (out.length === 0) out.push(fragment("question", c.question, [], width));
  return out;
}

/** A window of `width` characters around the first hit, cut at word boundaries. */
function fragment(field: SearchField, text: string, hits: readonly { start: number; end: number }[], width: number): PrecedentSnippet {
  const first = hits[0];
  let start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  // Begin and end at word boundaries so no word is cut in half.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space === -1 || space > (first?.start ?? start) ? start : space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > (first?.end ?? start)) end = space;
  }
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const shift = prefix.length - start;
  return {
    field,
    text: prefix + text.slice(start, end) + suffix,
    highlights: hits.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start + shift, end: h.end + shift })),
  };
}

/**
 * Renders a snippet as HTML with `<mark>` around the highlights; everything else is escaped.
 *
 * @example
 * highlightHtml({ field: "question", text: "a <b> camera", highlights: [{ start: 6, end: 12 }] });
 * // "a &lt;b&gt; <mark>camera</mark>"
 */
export function highlightHtml(snippet: PrecedentSnippet): string {
  let out = "";
  let at = 0;
  for (const h of [...snippet.highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    out += escapeHtml(snippet.text.slice(at, h.start)) + "<mark>" + escapeHtml(snippet.text.slice(h.start, h.end)) + "</mark>";
    at = h.end;
  }
  return out + escapeHtml(snippet.text.slice(at));
}
