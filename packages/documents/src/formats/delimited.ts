// Tables that tender platforms and spreadsheets export as delimited lines ("id | soort | tekst",
// "nummer;type;eis" from Excel, tab-separated from a copy of a sheet) into text or Markdown,
// without the delimiter row a GFM table needs. Read as paragraphs, all rows would run together into
// one block and a "Wens" row would colour the "Eis" rows beside it; read as a table, every row
// keeps its own cells and headers.
import type { SegmentSink } from "../text.js";

/** A header line and at least two rows. */
const MIN_LINES = 3;
/** A table of at least three columns: two pipes in running text are rare, three cells in a row rarer. */
const MIN_CELLS = 3;
/**
 * A quoted spreadsheet cell may hold line breaks; an opening quote that is never closed within
 * this many lines is text, not a cell.
 */
const MAX_RECORD_LINES = 40;
/** A column name: a short label, not a sentence or a field ("Type: Eis"). */
const HEADER_CELL = /^\p{L}[\p{L}\p{N} ()/.#%&+-]{0,39}$/u;

/**
 * Pipes as tender platforms print them; tab, semicolon and comma as spreadsheets save them (the
 * semicolon is Excel's separator in Dutch locales). Cells after a pipe are never quoted; the others
 * follow RFC 4180: a cell that starts with `"` runs to the closing quote, `""` inside is one quote.
 */
export type Separator = "|" | "\t" | ";" | ",";
const SEPARATORS: readonly Separator[] = ["|", "\t", ";", ","];

/** "Nr." names a column; "De leverancier levert." is a sentence. */
const isColumnName = (cell: string): boolean => HEADER_CELL.test(cell) && !(cell.includes(" ") && cell.endsWith("."));

/** The cells of a line split at "|", without the empty cells outside a leading or trailing pipe. */
export function cellsOf(line: string): string[] {
  const cells = line.split("|").map((c) => c.trim());
  if (cells[0] === "") cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** One row of a delimited table: `line` is its first line (0-based in the lines read), `cells` its cells. */
export interface DelimitedRecord {
  line: number;
  cells: string[];
}

/** A delimited table: lines `start` (inclusive) to `end` (exclusive), the header row first. */
export interface DelimitedRun {
  start: number;
  end: number;
  separator: Separator;
  records: DelimitedRecord[];
}

/**
 * The record that starts at line `at`, with the index of the line after it; null when a quoted
 * cell is not closed within {@link MAX_RECORD_LINES} lines.
 */
function recordAt(lines: readonly string[], at: number, separator: Separator): { cells: string[]; next: number } | null {
  if (separator === "|") return { cells: lines[at]!.includes("|") ? cellsOf(lines[at]!) : [], next: at + 1 };
  const cells: string[] = [];
  let line = at;
  let text = lines[at]!;
  let i = 0;
  for (;;) {
    while (text[i] === " ") i++;
    if (text[i] === '"') {
      let cell = "";
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          cell += text.slice(i) + "\n";
          line++;
          if (line >= lines.length || line - at >= MAX_RECORD_LINES) return null;
          text = lines[line]!;
          i = 0;
        } else if (text[close + 1] === '"') {
          cell += text.slice(i, close + 1);
          i = close + 2;
        } else {
          cell += text.slice(i, close);
          i = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator belongs to the cell, as spreadsheets read it.
      const end = text.indexOf(separator, i);
      cells.push((cell + text.slice(i, end === -1 ? undefined : end)).trim());
      if (end === -1) return { cells, next: line + 1 };
      i = end + 1;
    } else {
      const end = text.indexOf(separator, i);
      cells.push(text.slice(i, end === -1 ? undefined : end).trim());
      if (end === -1) return { cells, next: line + 1 };
      i = end + 1;
    }
  }
}

/** The table whose header row stands at line `at`, cut with `separator`, or null when there is none. */
function runAt(lines: readonly string[], at: number, separator: Separator): DelimitedRun | null {
  if (!lines[at]!.includes(separator)) return null;
  const header = recordAt(lines, at, separator);
  if (!header || header.next !== at + 1) return null;
  const width = header.cells.length;
  if (width < MIN_CELLS || !header.cells.every(isColumnName)) return null;
  const records: DelimitedRecord[] = [{ line: at, cells: header.cells }];
  let next = header.next;
  while (next < lines.length && lines[next]!.includes(separator)) {
    const record = recordAt(lines, next, separator);
    if (!record || record.cells.length !== width) break;
    records.push({ line: next, cells: record.cells });
    next = record.next;
  }
  return records.length >= MIN_LINES ? { start: at, end: next, separator, records } : null;
}

/**
 * Runs of lines that form a delimited table: a first line that names at least three columns and at
 * least two records with as many cells, cut at the same separator.
 */
export function delimitedRuns(lines: readonly string[]): DelimitedRun[] {
  const runs: DelimitedRun[] = [];
  let i = 0;
  while (i < lines.length) {
    let run: DelimitedRun | null = null;
    for (const separator of SEPARATORS) {
      run = runAt(lines, i, separator);
      if (run) break;
    }
    if (run) {
      runs.push(run);
      i = run.end;
    } else i++;
  }
  return runs;
}

/** Adds the run's records as the cells of table `tableIndex`, the header row first; `firstLine` is the 1-based line of `lines[0]`. */
export function addDelimitedTable(sink: SegmentSink, run: DelimitedRun, firstLine: number, tableIndex: number): void {
  const header = run.records[0]!.cells;
  run.records.forEach((record, row) => {
    record.cells.forEach((cell, column) => {
      const head = header[column];
      sink.add("table-cell", cell, { line: firstLine + record.line, table: { tableIndex, row, column, ...(row > 0 && head ? { header: head } : {}) } });
    });
  });
}
