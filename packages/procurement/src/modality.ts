// Decides what a passage does: oblige or commit (counts), or only wish, ask, defer, head a
// section, or negate (does not count). This is where the traps of procurement language live.
import type { Document, Segment } from "@ethiek/schemas";
import { hasConcept, type ConceptName, type Passage, type ScanResult } from "./scan.js";

export type Modality = "obligation" | "wish" | "question" | "deferred" | "heading" | "negated";

export interface ModalityResult {
  readonly modality: Modality;
  /** For not-counting modalities: why, as a short key (see messages). */
  readonly because?: "heading-placeholder" | "heading-only" | "wish-context" | "wish" | "question-context" | "question" | "deferred" | "negated";
}

const has = hasConcept;

/** True when a negation word is followed within three words by a negated verb ("wordt niet uitgevoerd"). */
export function isNegated(p: Passage): boolean {
  const words = p.concepts.filter((h) => h.concept === "negWord");
  if (words.length === 0) return false;
  const verbs = p.concepts.filter((h) => h.concept === "negVerb");
  return words.some((w) => verbs.some((v) => v.at > w.at && v.at - w.at <= 3));
}

/** True when the passage carries obligation language or an acting party at its start. */
export function hasObligation(p: Passage): boolean {
  if (has(p, "obligation")) return true;
  return firstParty(p) !== null;
}

/**
 * The first party that acts in the passage: a supplier or buyer name not preceded by a
 * preposition ("aan de Provincie" is not the subject). null when none is named.
 */
export function firstParty(p: Passage): "supplier" | "buyer" | null {
  // Concept hits are in text order. Where an object phrase ("aan de Provincie") ends, the party
  // named there is not the subject.
  for (const h of p.concepts) {
    if (h.concept !== "supplier" && h.concept !== "buyer") continue;
    // Only the subject position counts: a party named late in the sentence is not the actor.
    if (h.at > 6) break;
    const end = h.at + h.length - 1;
    if (p.concepts.some((o) => o.concept === "partyObject" && o.at + o.length - 1 === end)) continue;
    return h.concept;
  }
  // No subject up front: in a passive sentence the agent acts ("wordt door de Opdrachtnemer uitgevoerd").
  for (const h of p.concepts) {
    if (h.concept === "supplierAgent") return "supplier";
    if (h.concept === "buyerAgent") return "buyer";
  }
  return null;
}

const PLACEHOLDER = /^\s*[[(]?\s*(pm|p\.m\.|tbd|t\.b\.d\.|to be determined|to be confirmed|nader uit te werken|nader in te vullen|volgt|follows|n\.?t\.?b\.?|deze paragraaf wordt aangevuld[^\]]*|this section will be[^\]]*)\s*[.\])]?\s*$/i;

/** Decides the modality of a passage in its document context. */
export function modalityOf(p: Passage, documents: readonly Document[], scanned: ScanResult): ModalityResult {
  const doc = documents[p.document]!;
  const seg = doc.segments[p.segment]!;
  if (seg.kind === "heading") {
    const next = nextContentSegment(doc.segments, p.segment);
    if (next && (PLACEHOLDER.test(next.text) || next.kind === "heading")) return { modality: "heading", because: "heading-placeholder" };
    return { modality: "heading", because: "heading-only" };
  }
  if (PLACEHOLDER.test(seg.text)) return { modality: "deferred", because: "deferred" };
  const context = contextOf(seg, doc.segments, p.segment, scanned);
  if (has(p, "question") || /\?\s*$/.test(p.text)) return { modality: "question", because: "question" };
  if (context.has("question")) return { modality: "question", because: "question-context" };
  if (has(p, "deferred")) return { modality: "deferred", because: "deferred" };
  if (has(p, "wish")) return { modality: "wish", because: "wish" };
  if (context.has("wish")) return { modality: "wish", because: "wish-context" };
  // "Een DPIA is niet nodig" denies the need even when a party acts elsewhere in the sentence.
  if (has(p, "needDenied")) return { modality: "negated", because: "negated" };
  if (isNegated(p) && !hasObligation(p) && !has(p, "conditional")) return { modality: "negated", because: "negated" };
  return { modality: "obligation" };
}

function nextContentSegment(segments: readonly Segment[], i: number): Segment | undefined {
  return segments[i + 1];
}

/** Concepts of the nearest heading and of the table column header / row label. */
function contextOf(seg: Segment, segments: readonly Segment[], i: number, scanned: ScanResult): ReadonlySet<ConceptName> {
  const out = new Set<ConceptName>();
  const heading = seg.headingPath[seg.headingPath.length - 1];
  if (heading) for (const c of scanned.contextConcepts(heading)) if (c === "wish" || c === "question") out.add(c);
  if (seg.table) {
    if (seg.table.header) for (const c of scanned.contextConcepts(seg.table.header)) if (c === "wish" || c === "question") out.add(c);
    // The row label (first cell) of requirement tables: W-01 is a wish, E-01 / KO-01 a requirement.
    const label = rowLabel(seg, segments, i);
    if (label && /^(w|wens|wish)[-\s]?\d+/i.test(label)) out.add("wish");
  } else if (seg.kind === "table-row") {
    if (/^\s*(w|wens|wish)[-\s]?\d+\b/i.test(seg.text)) out.add("wish");
  }
  return out;
}

function rowLabel(seg: Segment, segments: readonly Segment[], i: number): string | undefined {
  const pos = seg.table!;
  if (pos.column === 0 || pos.column === undefined) return seg.text.split(" | ")[0];
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const other = segments[j]!.table;
    if (!other || other.tableIndex !== pos.tableIndex || other.row !== pos.row) break;
    if (other.column === 0) return segments[j]!.text;
  }
  return undefined;
}
