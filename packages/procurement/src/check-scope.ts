// Where AI is only one part of a purchase (an AI module in an ERP suite): which passages speak of
// that part, so the AI's duties are not met by what the tender says of the rest.
import type { Document } from "@ethiek/schemas";
import { hasConcept, type Passage, type ScanResult } from "./scan-passage.js";

/** Words that make a section one part of a larger purchase. */
const PART_OF_PURCHASE = /\b(module|modules|optie|option|optional|optioneel|optionele|onderdeel|component|perceel|lot|add-on|uitbreiding|extension)\b/i;

/** At most this share of a tender's sections speaking of AI: the AI is one part of the purchase. */
const AI_PART_SHARE = 0.34;

/** A heading within this first share of a document's segments is the document's title. */
const TITLE_SHARE = 0.1;

/**
 * Where a tender buys AI as one part (an AI module in an ERP suite), the AI's duties must be met in
 * the sections about that part: a key-user training or an audit trail of the suite is not an AI
 * literacy plan or the AI's logging. Sections are the second-level headings.
 */
export function aiScope(documents: readonly Document[], scanned: ScanResult): (p: Passage) => boolean {
  const sectionOf = (d: number, s: number) => {
    const path = documents[d]!.segments[s]!.headingPath;
    return `${d}\u0000${path[1] ?? path[0] ?? ""}`;
  };
  const all = new Set<string>();
  documents.forEach((doc, d) => doc.segments.forEach((_, s) => all.add(sectionOf(d, s))));
  const mentionsAi = (p: Passage) => hasConcept(p, "ai") || hasConcept(p, "generative");
  const withAi = new Set(scanned.passages.filter(mentionsAi).map((p) => sectionOf(p.document, p.segment)));
  // The AI must have a section of its own that calls it a part: "10. Option C — AI module". Such a
  // heading at the top of a document ("Annex VI — AI annex (Lot 2)") titles it: the whole document
  // is about that part.
  const titlesDocument = (p: Passage) => p.segment < documents[p.document]!.segments.length * TITLE_SHARE;
  const aiHeadings = new Set(
    scanned.passages
      .filter((p) => documents[p.document]!.segments[p.segment]!.kind === "heading" && mentionsAi(p) && PART_OF_PURCHASE.test(p.text) && !titlesDocument(p))
      .map((p) => sectionOf(p.document, p.segment)),
  );
  const part = all.size >= 6 && aiHeadings.size > 0 && withAi.size / all.size <= AI_PART_SHARE;
  if (!part) return () => true;
  return (p) => mentionsAi(p) || withAi.has(sectionOf(p.document, p.segment));
}
