import { SegmentSink } from "../text.js";
import { addDelimitedTable, delimitedRuns } from "./delimited.js";

const listItem = /^\s*(?:[-*•–]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)/;
/** A separator line of an export or a typed form: "-----", "=====", "_____". */
const ruleLine = /^\s*[-=_*~+#]{3,}\s*$/;
/**
 * A field of a record or form that starts its own paragraph: "Question: …", "Antwoord: …",
 * "Contracting authority : Provincie Flevoland". A wrapped line of prose starts mid-sentence and
 * seldom with a capitalised label of at most four words and a colon.
 */
const fieldLine = /^\s*\p{Lu}[\p{L}'’()/-]*(?:\s+[\p{L}'’()/-]+){0,3}\s*:(?:\s|$)/u;
/**
 * A row of a table typed with spaces, "E-24  Eis   Opdrachtnemer …": a short first cell (an id, a
 * number, up to three short words) and a gap of two or more spaces. Wrapped prose has single
 * spaces, and a cell that ends a sentence ("… is.  Next") is none.
 */
const columnRow = /^\s*(?:\S{1,16} ){0,2}\S{0,15}[^\s.,;:] {2,}\S/;
/** A record header of a table export, "Q-014 | Document: D01 | Section: 1.6": the record's heading. */
const recordLine = /\S\s+\|\s+\S.*\s\|\s+\S/;
const RECORD_HEADER_MAX = 100;

/**
 * Plain text: a paragraph is a run of non-blank lines; a line that starts like a list item
 * ("- ", "• ", "1. ", "a) ") starts its own list-item segment. Exports of portals and forms mark
 * records with separator lines and fields with labels instead of blank lines: a separator line ends
 * a paragraph, a labelled field or a row of a table typed with spaces starts one, a pipe-separated record header is the heading of its record. `line`
 * is the source line.
 */
export function readPlainText(text: string, sink: SegmentSink): void {
  const lines = text.split(/\r\n|\r|\n/);
  let buffer: string[] = [];
  let start = 0;
  let kind: "paragraph" | "list-item" = "paragraph";
  const flush = (end: number): void => {
    if (buffer.length > 0) sink.add(kind, buffer.join(" "), { line: start, endLine: end });
    buffer = [];
  };
  // Delimited table exports ("id | soort | tekst", "nummer;type;eis") become tables; their lines are skipped below.
  const tables = delimitedRuns(lines);
  let next = 0;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const run = tables[next];
    if (run && i >= run.start) {
      flush(n - 1);
      if (i === run.start) addDelimitedTable(sink, run, 1, next);
      if (i === run.end - 1) next++;
      return;
    }
    if (raw.trim() === "" || ruleLine.test(raw)) {
      flush(n - 1);
      return;
    }
    if (listItem.test(raw)) {
      flush(n - 1);
      kind = "list-item";
      start = n;
      buffer.push(raw.replace(listItem, ""));
      return;
    }
    if (recordLine.test(raw)) {
      flush(n - 1);
      // A short header names its record; a record whose fields carry the text is a paragraph.
      sink.add(raw.trim().length <= RECORD_HEADER_MAX && !/[.;]\s*$|\.\s/.test(raw) ? "heading" : "paragraph", raw, { line: n, level: 2 });
      return;
    }
    if (fieldLine.test(raw) || columnRow.test(raw)) flush(n - 1);
    if (buffer.length === 0) {
      kind = "paragraph";
      start = n;
    }
    buffer.push(raw);
  });
  flush(lines.length);
}
