// Turns a passage into the Evidence a report carries: where it stands and the quoted text.
import type { Document, Evidence, ReasonCode } from "@ethiek/schemas";
import type { Passage } from "./scan-passage.js";

/** Longest quote; longer passages are cut at a word boundary with an ellipsis. */
export const MAX_QUOTE = 400;

export function quoteOf(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= MAX_QUOTE) return clean;
  const cut = clean.slice(0, MAX_QUOTE - 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > MAX_QUOTE * 0.7 ? space : cut.length)}…`;
}

export function evidenceOf(p: Passage, documents: readonly Document[], note?: string, reason?: ReasonCode): Evidence {
  const doc = documents[p.document]!;
  const seg = doc.segments[p.segment]!;
  const out: Evidence = {
    document: doc.name,
    page: seg.page,
    line: seg.line,
    quote: quoteOf(p.text),
    headingPath: [...seg.headingPath],
  };
  if (reason) out.reason = reason;
  if (note) out.note = note;
  return out;
}
