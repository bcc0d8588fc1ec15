// Tables that tender platforms export as delimited lines ("id | soort | tekst | weging | status"
// over rows with as many separators) into text or Markdown, without the delimiter row a GFM table
// needs. Read as paragraphs, all rows would run together into one block and a "Wens" row would
// colour the "Eis" rows beside it; read as a table, every row keeps its own cells and headers.
import type { SegmentSink } from "../text.js";

/** A header line and at least two rows. */
const MIN_LINES = 3;
/** A table of at least three columns: two pipes in running text are rare, three cells in a row rarer. */
const MIN_CELLS = 3;
/** A column name: a short label, not a sentence or a field ("Type: Eis"). */
const HEADER_CELL = /^\p{L}[\p{L}\p{N} ()/.#%&+-]{0,39}$/u;

/** "Nr." names a column; "De leverancier levert." is a sentence. */
const isColumnName = (cell: string): boolean => HEADER_CELL.test(cell) && !(cell.includes(" ") && cell.endsWith("."));

/** The cells of a line split at "|", without the empty cells outside a leading or trailing pipe. */
export function cellsOf(line: string): string[] {
  const cells = line.split("|").map((c) => c.trim());
  if (cells[0] === "") cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/**
 * Runs of lines (`start` inclusive, `end` exclusive) that form a delimited table: every line has
 * the same number of cells, at least three, and the first line names the columns.
 */
export function delimitedRuns(lines: readonly string[]): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < lines.length) {
    const width = lines[i]!.includes("|") ? cellsOf(lines[i]!).length : 0;
    let end = i + 1;
    while (width >= MIN_CELLS && end < lines.length && cellsOf(lines[end]!).length === width && lines[end]!.includes("|")) end++;
    const header = cellsOf(lines[i]!);
    if (width >= MIN_CELLS && end - i >= MIN_LINES && header.every(isColumnName)) {
      runs.push({ start: i, end });
      i = end;
    } else i++;
  }
  return runs;
}

/** Adds the run's lines as the cells of table `tableIndex`, the first line as the header row. */
export function addDelimitedTable(sink: SegmentSink, lines: readonly string[], firstLine: number, tableIndex: number): void {
  const header = cellsOf(lines[0]!);
  lines.forEach((line, row) => {
    cellsOf(line).forEach((cell, column) => {
      const head = header[column];
      sink.add("table-cell", cell, { line: firstLine + row, table: { tableIndex, row, column, ...(row > 0 && head ? { header: head } : {}) } });
    });
  });
}
