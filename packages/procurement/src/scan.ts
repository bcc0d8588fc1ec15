// Scans documents once into passages: sentences (or table cells) with the terms and patterns they
// contain, found through the term index of a compiled ruleset (scan-compile.ts). Everything
// downstream works on the passages (scan-passage.ts), never on the raw text.
import type { Document, Segment } from "@ethiek/schemas";
import type { CompiledRuleset } from "./scan-compile.js";
import { conceptHit, conceptMask, TERM_CODE_BASE, type ConceptHit, type ConceptName, type Passage, type ScanResult, type TargetHit } from "./scan-passage.js";
import { INLINE_ITEM, isItem } from "./structure.js";
import { fold, sentenceBounds, tokenize } from "./text.js";
import { FIRST_PERSON, supplierAliases, writtenBySupplier } from "./voice.js";

function containsSorted(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Scans the documents once. */
export function scan(compiled: CompiledRuleset, documents: readonly Document[]): ScanResult {
  const { index, patternRequirement, patternFullMask, patternTerms, useStart, useCodes, termConcepts, termConceptLow, termConceptHigh, termMentions } = compiled;
  const termClassifies = compiled.termClassifies;
  const buyerLow = conceptMask(["buyer"], 0);
  const buyerHigh = conceptMask(["buyer"], 32);
  const passages: Passage[] = [];
  const mentions = new Set<string>();
  // Per-pattern state is valid only while its stamp equals the current sentence number, so
  // nothing has to be reset between sentences.
  const patternCount = patternRequirement.length;
  const masks = new Int32Array(patternCount);
  const vetoed = new Uint8Array(patternCount);
  const patternStamp = new Int32Array(patternCount).fill(-1);
  const patternAt = new Int32Array(patternCount);
  const patternLast = new Int32Array(patternCount);
  // Set when a second token position touches the pattern: one word ("registratiedatabank") must
  // not fill two groups on its own.
  const patternMulti = new Uint8Array(patternCount);
  const multiGroup = Uint8Array.from(patternFullMask, (m) => (m & (m - 1)) !== 0 ? 1 : 0);
  const termStamp = new Int32Array(index.size).fill(-1);
  const completed: number[] = [];
  let sentence = 0;
  const bounds: number[] = [];
  let tokenTotal = 0;

  // Concept hits of the sentence being scanned, in flat reusable buffers: most sentences hold
  // only modality words and are dropped, so their hits should not become objects.
  const hitConcepts: ConceptName[] = [];
  const hitAt: number[] = [];
  const hitLength: number[] = [];
  // The requirements, term positions and targets of the sentence being scanned (see scanText).
  const reqBuffer: number[] = [];
  const reqAtBuffer: number[] = [];
  const termCodeBuffer: number[] = [];
  const targetBuffer: TargetHit[] = [];

  let hits = 0;
  let conceptLow = 0;
  let conceptHigh = 0;
  let classifierHit = false;
  // The first position of every pattern term in the sentence, to tell a requirement where its
  // words stand. Recorded per term, not per use: a common word serves dozens of patterns.
  const occurrenceTerm: number[] = [];
  const occurrenceAt: number[] = [];
  let occurrences = 0;
  // A table cell is read with its column header: "Bij inschrijving mee te sturen" over
  // "Modelkaart per detectiemodel" asks for a model card with the bid. The header's words fill
  // pattern groups (position -1) but make no passage, concept or evidence of their own, and a
  // pattern still needs a word of the cell itself to complete.
  const onHeaderTerm = (termId: number) => {
    for (let u = useStart[termId]!, end = useStart[termId + 1]!; u < end; u++) {
      const code = useCodes[u]!;
      const group = (code & 31) - 1;
      if (group < 0) continue;
      const p = code >> 5;
      if (patternStamp[p] !== sentence) {
        patternStamp[p] = sentence;
        masks[p] = 0;
        vetoed[p] = 0;
        patternAt[p] = -1;
        patternMulti[p] = 1;
      }
      masks[p] = masks[p]! | (1 << group);
    }
  };
  const onTerm = (termId: number, at: number) => {
    // A term's uses count once per sentence, however often it occurs.
    if (termStamp[termId] !== sentence) {
      termStamp[termId] = sentence;
      if (useStart[termId]! < useStart[termId + 1]!) {
        occurrenceTerm[occurrences] = termId;
        occurrenceAt[occurrences] = at;
        occurrences++;
      }
      for (let u = useStart[termId]!, end = useStart[termId + 1]!; u < end; u++) {
        const code = useCodes[u]!;
        const p = code >> 5;
        if (patternStamp[p] !== sentence) {
          patternStamp[p] = sentence;
          masks[p] = 0;
          vetoed[p] = 0;
          patternAt[p] = at;
          patternMulti[p] = 0;
        } else if (patternAt[p] === -1) patternAt[p] = at;
        else if (at !== patternAt[p]) patternMulti[p] = 1;
        patternLast[p] = at;
        const group = (code & 31) - 1;
        if (group < 0) vetoed[p] = 1;
        else {
          const before = masks[p]!;
          const after = before | (1 << group);
          if (after !== before) {
            masks[p] = after;
            if (after === patternFullMask[p]) completed.push(p);
          }
        }
      }
    }
    const cs = termConcepts[termId];
    if (cs) {
      const length = index.termLength(termId);
      for (const concept of cs) {
        hitConcepts[hits] = concept;
        hitAt[hits] = at;
        hitLength[hits] = length;
        hits++;
      }
      conceptLow |= termConceptLow[termId]!;
      conceptHigh |= termConceptHigh[termId]!;
      if (termClassifies[termId]) classifierHit = true;
    }
    const ms = termMentions[termId];
    if (ms) for (const m of ms) mentions.add(m);
  };

  /** Scans `folded[start, end)`, the folded form of `text[start, end)` (one sentence or segment). */
  const scanText = (text: string, folded: string, start: number, end: number, d: number, s: number, header?: string) => {
    hits = 0;
    conceptLow = 0;
    conceptHigh = 0;
    occurrences = 0;
    classifierHit = false;
    sentence++;
    if (header) index.scanFolded(header, 0, header.length, onHeaderTerm);
    const tokenCount = index.scanFolded(folded, start, end, onTerm);
    tokenTotal += tokenCount;
    if (tokenCount === 0) return;
    // Collected in the reused buffers, copied at their exact size into a passage that is kept.
    const reqs = reqBuffer;
    const reqAt = reqAtBuffer;
    const termCodes = termCodeBuffer;
    const targetHits = targetBuffer;
    reqs.length = 0;
    reqAt.length = 0;
    termCodes.length = 0;
    targetHits.length = 0;
    for (const p of completed) {
      if (vetoed[p] !== 0) continue;
      if (multiGroup[p] !== 0 && patternMulti[p] === 0) continue;
      const owner = patternRequirement[p]!;
      if (owner < 0) {
        const target = -1 - owner;
        const known = targetHits.find((h) => h.target === target);
        if (!known) targetHits.push({ target, at: patternAt[p]!, last: patternLast[p]! });
        continue;
      }
      let known = reqs.indexOf(owner);
      if (known < 0) {
        known = reqs.length;
        reqs.push(owner);
        reqAt.push(patternAt[p]!);
      } else if (patternAt[p]! < reqAt[known]!) reqAt[known] = patternAt[p]!;
      const terms = patternTerms[p]!;
      for (let o = 0; o < occurrences; o++) if (containsSorted(terms, occurrenceTerm[o]!)) termCodes.push(known * TERM_CODE_BASE + occurrenceAt[o]!);
    }
    completed.length = 0;
    // Keep only passages that matter: a requirement or a classification target matched, or a
    // classifier concept occurs. Modality words (parties, prepositions, negations) alone do not
    // make a passage.
    if (reqs.length === 0 && targetHits.length === 0 && !classifierHit) return;
    const concepts: ConceptHit[] = new Array(hits);
    for (let h = 0; h < hits; h++) concepts[h] = conceptHit(hitConcepts[h]!, hitAt[h]!, hitLength[h]!);
    // The supplier's short name ("Quillmark shall …") and, in the bidder's own offer, "wij" act as the supplier.
    const firstPerson = bySupplier[d] && (conceptLow & buyerLow || conceptHigh & buyerHigh);
    const named = aliases.size > 0 && [...aliases].some((a) => folded.includes(a, start));
    if (firstPerson || named) {
      const words = tokenize(folded.slice(start, end));
      for (let h = 0; h < hits; h++) {
        const c = concepts[h]!;
        if (firstPerson && c.concept === "buyer" && FIRST_PERSON.has(words[c.at] ?? "")) concepts[h] = conceptHit("supplier", c.at, c.length);
      }
      if (named) words.forEach((w, at) => aliases.has(w) && !concepts.some((c) => c.at === at) && concepts.push(conceptHit("supplier", at, 1)));
      concepts.sort((a, b) => a.at - b.at);
      const names = concepts.map((c) => c.concept);
      conceptLow = conceptMask(names, 0);
      conceptHigh = conceptMask(names, 32);
    }
    const passageText = start === 0 && end === text.length ? text : text.slice(start, end).trim();
    const passage: Passage = { document: d, segment: s, text: passageText, tokenCount, concepts, requirements: reqs.slice(), requirementAt: reqAt.slice(), requirementTermCodes: termCodes.slice(), targets: targetHits.slice(), conceptLow, conceptHigh };
    passages.push(passage);
  };

  const headerCache = new Map<string, string>();
  const foldedHeader = (header: string): string => {
    let folded = headerCache.get(header);
    if (folded === undefined) {
      folded = fold(header);
      headerCache.set(header, folded);
    }
    return folded;
  };

  // A list item is read with the sentence that introduces the list ("Bij de inschrijving voegt u
  // de volgende stukken toe:" over "een modelkaart van het aangeboden model"), as a table cell is
  // read with its column header. Tracked while walking the segments: a heading or any other
  // paragraph ends the list.
  let leadIn: string | undefined;
  const bySupplier = documents.map(writtenBySupplier);
  const aliases = supplierAliases(documents);
  documents.forEach((doc, d) => {
    doc.segments.forEach((seg: Segment, s) => {
      const text = seg.text;
      if (text.length === 0) return;
      // Fold the segment once; offsets stay valid when folding kept the length (nearly always).
      const folded = fold(text);
      if (s === 0) leadIn = undefined;
      // Lettered items written as one paragraph under a lead-in ("3.1 De Universiteit zal:" over
      // "a. …; b. …; c. …") are list items too.
      const items = seg.kind !== "list-item" && leadIn !== undefined && isItem(doc.segments, s);
      if (seg.kind !== "list-item" && !items) leadIn = seg.kind !== "heading" && seg.table === undefined && endsWithColon(text) ? (folded.length > 200 ? folded.slice(-200) : folded) : undefined;
      const header = seg.table?.header ? foldedHeader(seg.table.header) : seg.kind === "list-item" || items ? leadIn : undefined;
      if (seg.kind === "heading" || text.length < 80) {
        scanText(text, folded, 0, text.length, d, s, header);
        return;
      }
      const same = folded.length === text.length;
      const count = itemBounds(text, sentenceBounds(text, bounds), bounds);
      for (let k = 0; k < count; k += 2) {
        const a = bounds[k]!;
        const b = bounds[k + 1]!;
        if (same) scanText(text, folded, a, b, d, s, header);
        else {
          const sentence = text.slice(a, b).trim();
          const foldedSentence = fold(sentence);
          scanText(sentence, foldedSentence, 0, sentence.length, d, s, header);
        }
      }
    });
  });

  const contextCache = new Map<string, ReadonlySet<ConceptName>>();
  const contextConcepts = (text: string): ReadonlySet<ConceptName> => {
    const hit = contextCache.get(text);
    if (hit) return hit;
    const set = new Set<ConceptName>();
    index.scan(tokenize(fold(text)), (termId) => {
      for (const c of termConcepts[termId] ?? []) set.add(c);
    });
    contextCache.set(text, set);
    return set;
  };
  // Passages are made in document and segment order, so a segment's passages are found by bisection.
  const segmentPassages = (document: number, segment: number): readonly Passage[] => {
    const key = (p: Passage) => p.document - document || p.segment - segment;
    let lo = 0;
    let hi = passages.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(passages[mid]!) < 0) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < passages.length && key(passages[end]!) === 0) end++;
    return passages.slice(lo, end);
  };
  return { passages, mentions, segmentPassages, contextConcepts, tokenTotal };
}

const WHITE_SPACE = /\s/;
/** /:\s*$/ without a regular expression that tries every position of a long paragraph. */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && WHITE_SPACE.test(text[i]!)) i--;
  return i >= 0 && text.charCodeAt(i) === 58;
}

/** The end of one lettered item and the marker of the next, inside a sentence: "…; b. ", "…; (c) ". */
const NEXT_ITEM = /[;,]\s+(?:en\s+|and\s+|of\s+|or\s+)?(?=(?:\([a-z]\)|[a-z][.)]|\d{1,2}°)\s)/g;

/**
 * Splits sentences further where one lettered item ends and the next begins ("…; b. in een
 * datakaart …"), so the terms of one item do not combine with those of another. Rewrites the flat
 * [start, end) array in place and returns its new length.
 */
function itemBounds(text: string, count: number, out: number[]): number {
  if (!/[;,]\s+(?:\(?[a-z][.)]|\d{1,2}°)\s/.test(text)) return count;
  const split: number[] = [];
  for (let k = 0; k < count; k += 2) {
    const a = out[k]!;
    const b = out[k + 1]!;
    let start = a;
    // Only a sentence that is itself an item: one that introduces its items ("in de volgende
    // rangorde: (a) …; (b) …") is read whole, its lead-in with them.
    NEXT_ITEM.lastIndex = INLINE_ITEM.test(text.slice(a, a + 8)) ? a : b;
    for (let m = NEXT_ITEM.exec(text); m !== null && m.index < b; m = NEXT_ITEM.exec(text)) {
      const end = m.index + 1;
      split.push(start, end);
      start = m.index + m[0].length;
    }
    split.push(start, b);
  }
  for (let i = 0; i < split.length; i++) out[i] = split[i]!;
  out.length = split.length;
  return split.length;
}
