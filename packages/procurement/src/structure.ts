// Where a passage stands in its document: the body of a numbered question, the recitals of a
// contract, a pointer to an annex the documents lack, the label cell of a table row and the other
// cells of that row, the lead-in of a list. The modality rules read these; none of them looks at
// what the passage itself says beyond its first words.
import type { Document, Segment } from "@ethiek/schemas";
import { hasConcept as has, type Passage } from "./scan-passage.js";
import { countTokens, fold } from "./text.js";

/**
 * The body of a numbered question that stands in its own paragraph after the label ("**Vraag 6** —
 * Referentie: eis E-08", then the question), up to the answer.
 */
export function inQuestionBlock(segments: readonly Segment[], i: number): boolean {
  for (let j = i; j >= 0 && j >= i - 4; j--) {
    const text = segments[j]!.text;
    // "### Vraag 5 (E-09)": a question under its own heading, up to its answer.
    if (j < i && segments[j]!.kind === "heading") return BLOCK_QUESTION_LABEL.test(text) && text.length <= 160;
    if (segments[j]!.kind === "heading" || ANSWER_LABEL.test(text)) return false;
    // The label stands alone: "Vraag 3: … Antwoord: …" in one paragraph is answered there.
    if (j < i && BLOCK_QUESTION_LABEL.test(text) && segments[j]!.table === undefined) return text.length <= 160 && !/\b(antwoord|answer)\s*:/i.test(text);
  }
  return false;
}
const ANSWER_LABEL = /^[\s*_]*(antwoord|answer|reactie|response|beantwoording)\b/i;
/** "**Vraag 6** — Referentie: eis E-08", "Question 12": a label of its own, not a "Q1" award criterion. */
const BLOCK_QUESTION_LABEL = /^[\s*_]*(vraag|question)\s*\.?\s*\d+\b/i;

/** A duty that is only a pointer to an annex: "Risk management: in accordance with Schedule 4." */
const ANNEX_POINTER = /\b(?:in accordance with|as set out in|as described in|pursuant to|conform|overeenkomstig|volgens|zoals (?:beschreven|opgenomen|vastgelegd) in|zie|see)\s+(?:the\s+|de\s+)?(?:bijlage|annex|schedule|appendix|attachment)\s+([a-z0-9]{1,3})\b/i;
const ANNEX_TITLE = /^[\s#*_]*(?:bijlage|annex|schedule|appendix|attachment)\s+([a-z0-9]{1,3})\b/i;
/** A pointer passage is short: the annex carries its whole content. */
const POINTER_TOKENS = 16;
const annexesCache = new WeakMap<readonly Document[], ReadonlySet<string>>();

/** The annexes the tender documents contain (by title, name or heading). */
function presentAnnexes(documents: readonly Document[]): ReadonlySet<string> {
  let out = annexesCache.get(documents);
  if (out) return out;
  const found = new Set<string>();
  for (const doc of documents) {
    for (const text of [doc.title ?? "", doc.name.replace(/[-_]/g, " ")]) {
      const m = ANNEX_TITLE.exec(text) ?? /\b(?:bijlage|annex|schedule|appendix)\s+([a-z0-9]{1,3})\b/i.exec(text);
      if (m) found.add(m[1]!.toLowerCase());
    }
    for (const seg of doc.segments) {
      if (seg.kind !== "heading" && !/^\s*\*\*/.test(seg.text)) continue;
      const m = ANNEX_TITLE.exec(seg.text);
      if (m) found.add(m[1]!.toLowerCase());
    }
  }
  out = found;
  annexesCache.set(documents, out);
  return out;
}

export function refersToAbsentAnnex(p: Passage, documents: readonly Document[]): boolean {
  if (p.tokenCount > POINTER_TOKENS) return false;
  const m = ANNEX_POINTER.exec(p.text);
  // "volgens bijlage III" of the AI Act is the law's annex, not one of the tender's.
  if (m === null || ROMAN.test(m[1]!) || has(p, "aiActName") || has(p, "gdprName") || has(p, "mccName")) return false;
  return !presentAnnexes(documents).has(m[1]!.toLowerCase());
}
const ROMAN = /^[ivx]+$/i;


/** A row label of a table, for a passage with no duty word and no party ("Algorithm Register | Publication … is at the discretion of …"): a topic, not a duty. */
export function isRowLabel(p: Passage, seg: Segment, segments: readonly Segment[]): boolean {
  if (!seg.table || seg.text.length > 40 || countTokens(fold(seg.text)) > 5) return false;
  const i = segments.indexOf(seg);
  // The label may stand after a number column ("IV.B18 | Risicobeheer | De ODVH waardeert … | W").
  if (seg.table.column !== 0 && !(seg.table.column === 1 && isRowNumber(segments[i - 1], seg))) return false;
  return [segments[i + 1], segments[i + 2]].some((o) => o?.table?.tableIndex === seg.table!.tableIndex && o.table.row === seg.table!.row && o.text.length > 40);
}

/** A short item number in the first cell of the same row: "IV.B18", "E-12", "3.4". */
function isRowNumber(cell: Segment | undefined, label: Segment): boolean {
  return cell?.table?.tableIndex === label.table!.tableIndex && cell.table.row === label.table!.row && cell.table.column === 0 && cell.text.length <= 12 && /\d/.test(cell.text) && !/\s\S+\s/.test(cell.text);
}

/** Opens the recitals of a contract. */
const RECITALS_OPEN = /^[\s*_]*(overwegende(\s+dat)?|in aanmerking nemende(\s+dat)?|partijen nemen (het volgende )?in aanmerking|nemen in aanmerking|whereas|recitals|considerans)\b/i;
/** A section of recitals under a heading of its own ("Overwegingen", "Considerans", "Recitals", "Preamble"). */
const RECITALS_HEADING = /^[\s\d.]*(overwegingen|considerans|recitals|preamble|preambule)\s*$/i;
/** Ends them: the operative part starts. */
const RECITALS_CLOSE = /\b(komen (als volgt |het volgende )?overeen|verklaren (te zijn )?overeengekomen|zijn (het volgende )?overeengekomen|agree as follows|it is agreed|have agreed as follows|hereby agree)\b/i;
/** Ends the recitals of a decision: "besluiten:", "BESLUIT:", "decides:", the line before its articles. */
const DECISION_OPENS = /^[\s*_]*(besluit|besluiten|besluiten vast te stellen|decides|decide|resolves|has decided|have decided)[\s*_]*:[\s*_]*$/i;
/** The parties together, whose statement in the recitals is an agreed fact. */
export const JOINT = /\b(partijen|the parties)\b/i;
/** Recitals are short: look this many segments back for their opening. */
const RECITALS_REACH = 16;

/**
 * True when the segment stands in the recitals: after their opening (within reach, with no other
 * heading between) and before their close. The opening is looked for first: most passages have
 * none before them, and the closing words are costly to look for in every segment.
 */
export function inRecitals(segments: readonly Segment[], i: number): boolean {
  const path = segments[i]!.headingPath;
  if (path.length > 0 && RECITALS_HEADING.test(path[path.length - 1]!)) return true;
  for (let j = i - 1; j >= 0 && j >= i - RECITALS_REACH; j--) {
    const seg = segments[j]!;
    if (RECITALS_OPEN.test(seg.text)) {
      for (let k = j; k < i; k++) if (RECITALS_CLOSE.test(segments[k]!.text) || DECISION_OPENS.test(segments[k]!.text)) return false;
      return true;
    }
    if (seg.kind === "heading") return false;
  }
  return false;
}


/** The other short cells of the same table row (labels, types, priorities), with their column headers. */
export function rowCells(seg: Segment, segments: readonly Segment[], i: number, maxLength = 24): Array<{ text: string; header?: string }> {
  const pos = seg.table!;
  const out: Array<{ text: string; header?: string }> = [];
  if (pos.column === undefined) return [{ text: seg.text.split(" | ")[0] ?? "" }];
  for (let j = Math.max(0, i - 12); j <= Math.min(segments.length - 1, i + 12); j++) {
    if (j === i) continue;
    const other = segments[j]!.table;
    if (!other || other.tableIndex !== pos.tableIndex || other.row !== pos.row) continue;
    const text = segments[j]!.text;
    if (text.length <= maxLength) out.push({ text, ...(other.header ? { header: other.header } : {}) });
  }
  if (pos.column === 0 && seg.text.length <= maxLength) out.push({ text: seg.text });
  return out;
}

/**
 * The party of the lead-in of a list ("Customer is solely responsible for:", "Opdrachtnemer
 * draagt zorg voor:"), for an item that names no party itself.
 */
export function leadInParty(p: Passage, documents: readonly Document[]): "supplier" | "buyer" | null {
  const segments = documents[p.document]!.segments;
  if (!isItem(segments, p.segment) || has(p, "supplier") || has(p, "buyer")) return null;
  const lead = leadInOf(segments, p.segment);
  if (lead === undefined) return null;
  return LEAD_IN_SUPPLIER.test(lead) ? "supplier" : LEAD_IN_BUYER.test(lead) ? "buyer" : null;
}

/** A paragraph that opens with a lettered item marker: "a. ", "b) ", "(c) ", "1° ". */
export const INLINE_ITEM = /^\s*(\(?[a-z]\)|[a-z]\.|\d{1,2}°)\s/;

/**
 * True for a list item, and for lettered items written as paragraphs under a lead-in ("3.1 De
 * Universiteit zal:" over "a. …;" and "b. …"), which a Markdown or text reader does not mark.
 */
export function isItem(segments: readonly Segment[], i: number): boolean {
  for (let j = i; j >= 0 && j >= i - 30; j--) {
    const seg = segments[j]!;
    if (seg.kind === "list-item") return true;
    if (seg.kind === "heading" || seg.table !== undefined || !INLINE_ITEM.test(seg.text)) return j < i && /[:：]\s*$/.test(seg.text) && seg.kind !== "heading";
  }
  return false;
}

/**
 * The paragraph that introduces the list segment `i` belongs to: the nearest segment before the
 * list's items, when it is no heading and ends in a colon.
 */
export function leadInOf(segments: readonly Segment[], i: number): string | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
    const seg = segments[j]!;
    if (isItem(segments, j)) continue;
    return seg.kind !== "heading" && /[:：]\s*$/.test(seg.text) ? seg.text : undefined;
  }
  return undefined;
}
const LEAD_IN_SUPPLIER = /^\W*(\d+(\.\d+)*\.?\s+)?(de |het |the )?(opdrachtnemer|leverancier|aanbieder|dienstverlener|verwerker|contractor|supplier|vendor|provider|processor|service provider|licensor)\b/i;
const LEAD_IN_BUYER = /^\W*(\d+(\.\d+)*\.?\s+)?(de |het |the )?(opdrachtgever|provincie|gemeente|waterschap|verwerkingsverantwoordelijke|aanbestedende dienst|customer|client|province|municipality|authority|buyer|contracting authority|controller|licensee)\b/i;

/** A column of an amendment table that quotes the text replaced: "Oude tekst", "Huidige tekst", "Original text". */
const OLD_TEXT_HEADER = /\b(oude tekst|oorspronkelijke tekst|vervallen tekst|huidige tekst|tekst v[oó][oó]r (de )?wijziging|old text|original text|former text|deleted text|previous text|current text|text before)\b/i;
/** True for a table cell under such a column: text an amendment replaced, which binds no longer. */
export function inOldTextColumn(seg: Segment): boolean {
  return seg.table?.header !== undefined && OLD_TEXT_HEADER.test(seg.table.header);
}
