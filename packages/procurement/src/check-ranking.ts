// The order of a requirement's evidence: which passages a report quotes first (an obligation with
// a subject, on the requirement's own topic, under a heading named like it).
import type { Document } from "@ethiek/schemas";
import { firstParty } from "./modality-party.js";
import { hasConcept, requirementTermPositions, type Passage } from "./scan-passage.js";
import { fold, tokenize } from "./text.js";

/** Words of a requirement's title that say nothing about its topic. */
const TITLE_STOPWORDS: ReadonlySet<string> = new Set(["algoritme", "algorithm", "systeem", "system", "verordening", "provincie", "province", "volgens", "under", "haar", "their", "with", "from", "naar"]);
const titleStems = new WeakMap<object, ReadonlySet<string>>();
const stem = (w: string) => w.slice(0, 5);
/** Five-letter stems of the content words of a requirement's title, in both languages. */
function stemsOf(title: { nl: string; en: string }): ReadonlySet<string> {
  let stems = titleStems.get(title);
  if (!stems) {
    stems = new Set(tokenize(fold(`${title.nl} ${title.en}`)).filter((w) => w.length >= 4 && !TITLE_STOPWORDS.has(w)).map(stem));
    titleStems.set(title, stems);
  }
  return stems;
}
/** True when the passage stands under a heading named like the requirement ("3.1 Doel en reikwijdte" for purpose and scope). */
export function underTitle(p: Passage, documents: readonly Document[], title: { nl: string; en: string }): boolean {
  const heading = documents[p.document]!.segments[p.segment]!.headingPath.at(-1);
  if (!heading) return false;
  const stems = stemsOf(title);
  return tokenize(fold(heading)).some((w) => w.length >= 4 && stems.has(stem(w)));
}

/** More of the requirement's own words in a passage make it more on topic (at most 3 points). */
export function topicWeight(p: Passage, ri: number): number {
  const entry = p.requirements.indexOf(ri);
  if (entry < 0) return 0;
  // A passage that several requirements match is less specific evidence for each of them
  // ("classified as a high-risk AI system" is the risk class, not the purpose).
  return Math.min(3, new Set(requirementTermPositions(p, entry)).size - 1) - Math.min(2, p.requirements.length - 1);
}

/** Prefers passages that read as an obligation with a subject over short cells and headings. */
export function passageRank(p: Passage, documents: readonly Document[]): number {
  const seg = documents[p.document]!.segments[p.segment]!;
  let score = 0;
  if (hasConcept(p, "obligation")) score += 2;
  if (firstParty(p) !== null) score += 2;
  if (p.tokenCount >= 8) score += 1;
  if (seg.kind === "heading") score -= 3;
  if (seg.table?.row === 0) score -= 2;
  return score;
}
