// From lines to segments: running headers, footers and page numbers dropped, headings told from
// body text by size and weight, paragraphs joined across lines, columns and pages, list items and
// table rows kept apart. The lines themselves are rebuilt in lines.ts.
import type { Segment } from "@ethiek/schemas";
import type { SegmentSink } from "../text.js";
import { joinLines, type Chunk, type Line } from "./lines.js";

// The line model, for the tests and callers that import it from here.
export { buildLines, buildLinesPacked, joinLines, orderColumns, type Line, type RawItem, type RawPage } from "./lines.js";

const pageNumber = /^[-–(\s]*(pagina|page|blz\.?|p\.|seite)?\s*\d{1,5}\s*((van|of|\/|von)\s*\d{1,5})?[-–)\s]*$/i;
const headerKey = (text: string): string => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

/**
 * Finds running headers, footers and page numbers: lines in the top or bottom 12% of the page
 * that repeat (digits ignored) on at least half of the pages, and lone page numbers there.
 * Returns, per page, the indexes of the lines to drop.
 */
export function findRunningLines(pages: readonly { height: number; lines: Line[] }[]): Set<Line> {
  const drop = new Set<Line>();
  const candidates = (p: { height: number; lines: Line[] }): Line[] => {
    const band = 0.12 * p.height;
    // By position, not by reading order: columns put a page's last visual line anywhere.
    const byY = [...p.lines].sort((a, b) => b.y - a.y);
    const top = byY.slice(0, 3).filter((l) => l.y > p.height - band);
    const bottom = byY.slice(-3).filter((l) => l.y < band);
    return [...top, ...bottom];
  };
  const counts = new Map<string, number>();
  const perPage = pages.map(candidates);
  for (const lines of perPage) {
    const seen = new Set<string>();
    for (const line of lines) seen.add(headerKey(line.text));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  /** A repeated table header row at the top of a page is kept: the line below starts cells under its columns. */
  const headsTable = (p: { lines: Line[] }, line: Line): boolean => {
    if (line.chunks.length < 2) return false;
    // The highest line below it (the first of equals, as a stable sort would give).
    let below: Line | undefined;
    for (const l of p.lines) if (l.y < line.y && (!below || l.y > below.y)) below = l;
    if (!below || line.y - below.y > 3 * line.h) return false;
    return below.chunks.filter((c) => line.chunks.some((h) => Math.abs(h.x0 - c.x0) <= 3)).length >= 2;
  };
  pages.forEach((p, i) => {
    for (const line of perPage[i] ?? []) {
      if (headsTable(p, line)) continue;
      if (pageNumber.test(line.text) || (pages.length >= 2 && (counts.get(headerKey(line.text)) ?? 0) >= needed)) drop.add(line);
    }
  });
  return drop;
}

/** Typical body font (per page), size and line spacing of the document. */
interface Style {
  /** The body font of each page. pdf.js gives every font object its own id, and merged or
   * per-page-font PDFs hold many objects for one face, so the body font is told per page. */
  bodyFont: Map<number, string>;
  h: number;
  spacing: number;
  headingSizes: number[];
}

function documentStyle(lines: readonly Line[]): Style {
  const fonts = new Map<string, number>();
  const pageFonts = new Map<number, Map<string, number>>();
  for (const l of lines) {
    fonts.set(l.font, (fonts.get(l.font) ?? 0) + l.text.length);
    const m = pageFonts.get(l.page) ?? new Map<string, number>();
    m.set(l.font, (m.get(l.font) ?? 0) + l.text.length);
    pageFonts.set(l.page, m);
  }
  const sizes = new Map<number, number>();
  for (const l of lines) {
    const h = Math.round(l.h * 2) / 2;
    sizes.set(h, (sizes.get(h) ?? 0) + l.text.length);
  }
  const top = <K>(m: Map<K, number>, fallback: K): K => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  const h = top(sizes, 12);
  const documentFont = top(fonts, "");
  const bodyFont = new Map<number, string>();
  for (const [page, m] of pageFonts) {
    // A page with little text (a title page) keeps the document's body font.
    const chars = [...m.values()].reduce((a, b) => a + b, 0);
    bodyFont.set(page, chars >= 300 ? top(m, documentFont) : documentFont);
  }
  // Line spacing: a low percentile of the gaps between body lines (table rows and paragraphs add
  // extra space, so the common gap is not always the line spacing).
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (!a || !b || a.page !== b.page || Math.abs(a.h - h) > 0.5 || Math.abs(b.h - h) > 0.5) continue;
    const gap = a.y - b.y;
    if (gap >= 0.9 * h) gaps.push(gap);
  }
  // A typed array sorts numbers without a comparator call per step (the same order: no NaN here).
  const sorted = Float64Array.from(gaps).sort();
  const spacing = sorted.length > 0 ? (sorted[Math.floor(sorted.length * 0.1)] ?? h * 1.2) : h * 1.2;
  const headingSizes = [...sizes.keys()].filter((s) => s > h * 1.1).sort((a, b) => b - a);
  return { bodyFont, h, spacing, headingSizes };
}

function isHeading(line: Line, style: Style): boolean {
  if (line.chunks.length !== 1 || line.text.length > 160 || !/\p{L}/u.test(line.text)) return false;
  const larger = line.h > style.h * 1.1;
  const otherFont = line.font !== style.bodyFont.get(line.page) && line.fontShare > 0.9;
  return larger || (otherFont && !/[.;,:]$/.test(line.text));
}

function headingLevel(text: string, h: number, style: Style): number {
  const numbered = text.match(/^(\d+(?:\.\d+)*)\.?\s+\S/);
  if (numbered?.[1]) return Math.min(9, numbered[1].split(".").length);
  const rank = style.headingSizes.findIndex((s) => Math.abs(s - Math.round(h * 2) / 2) < 0.01);
  return rank >= 0 ? rank + 1 : style.headingSizes.length + 1;
}

const bullet = /^([•◦▪▫‣⁃·●○■□➢►–-]|\d{1,3}[.)]|[a-z][.)])\s+/u;

interface Break {
  offset: number;
  page: number;
  line: number;
}

/** Appends a line to a block's text, noting where a new page begins. */
function append(block: { text: string; endPage: number; endLine: number; breaks: Break[] }, line: Line, text: string): void {
  const joined = joinLines(block.text, text);
  if (line.page !== block.endPage) block.breaks.push({ offset: joined.length - text.trim().length, page: line.page, line: line.index });
  block.text = joined;
  block.endPage = line.page;
  block.endLine = line.index;
}

interface Cell {
  breaks: Break[];
  text: string;
  page: number;
  line: number;
  endPage: number;
  endLine: number;
}

interface OpenTable {
  index: number;
  anchors: number[];
  headerKey: string;
  rows: Cell[][];
  rowHasText: boolean[];
  headerTexts: string[];
  lastLine: Line;
  /** Columns with text in the current row, and those among them on the row's latest line. */
  rowColumns: Set<number>;
  lineColumns: Set<number>;
}

interface OpenText {
  breaks: Break[];
  kind: "paragraph" | "list-item";
  text: string;
  page: number;
  line: number;
  endPage: number;
  endLine: number;
  x0: number;
  lastLine: Line;
}

/**
 * Turns the lines of all pages into segments: headings (with levels), paragraphs rebuilt from
 * lines, list items, and tables cell by cell. A table row or paragraph broken by a page end is
 * continued on the next page (the repeated table header row is skipped), so its text stays whole;
 * the segment then carries `endPage`.
 */
export function layoutSegments(pages: readonly { page: number; height: number; lines: Line[] }[], sink: SegmentSink): void {
  const dropped = findRunningLines(pages);
  const body = pages.map((p) => ({ ...p, lines: dropped.size > 0 ? p.lines.filter((l) => !dropped.has(l)) : p.lines }));
  const all: Line[] = [];
  for (const p of body) for (const l of p.lines) all.push(l);
  const style = documentStyle(all);
  let tableCount = 0;
  let table: OpenTable | null = null;
  let text: OpenText | null = null;
  // Headings are held back one line so that a heading wrapped over two lines becomes one segment.
  let held: { text: string; page: number; line: number; endLine: number; lastY: number; h: number; font: string } | null = null;

  const flushText = (): void => {
    if (!text) return;
    sink.add(text.kind, text.text, {
      page: text.page,
      line: text.line,
      endLine: text.endLine,
      endPage: text.endPage,
      pageBreaks: text.breaks,
      ...(text.kind === "list-item" ? { level: 1 } : {}),
    });
    text = null;
  };
  const flushTable = (): void => {
    if (!table) return;
    const t = table;
    t.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell || cell.text.trim() === "") return;
        const head = t.headerTexts[c];
        const position: NonNullable<Segment["table"]> = { tableIndex: t.index, row: r, column: c };
        if (r > 0 && head) position.header = head;
        sink.add("table-cell", cell.text, {
          page: cell.page,
          line: cell.line,
          endLine: cell.endLine,
          endPage: cell.endPage,
          pageBreaks: cell.breaks,
          table: position,
        });
      });
    });
    table = null;
  };

  const columnOf = (t: OpenTable, chunk: Chunk): number => {
    const tol = 3;
    for (let c = t.anchors.length - 1; c >= 0; c--) {
      const a = t.anchors[c] ?? 0;
      if (Math.abs(chunk.x0 - a) <= tol) {
        const next = t.anchors[c + 1];
        return next === undefined || chunk.x1 <= next + tol ? c : -1;
      }
    }
    return -1;
  };
  const resumes = (t: OpenTable, c: number): boolean => t.rowColumns.has(c) && !t.lineColumns.has(c);
  const fitsTable = (t: OpenTable, line: Line): boolean => line.chunks.every((ch) => columnOf(t, ch) >= 0);

  const addToRow = (t: OpenTable, line: Line, newRow: boolean): void => {
    if (newRow || t.rows.length === 0) {
      t.rows.push([]);
      t.rowHasText.push(false);
      t.rowColumns = new Set();
    }
    const row = t.rows[t.rows.length - 1] as Cell[];
    t.lineColumns = new Set();
    for (const chunk of line.chunks) {
      const c = columnOf(t, chunk);
      t.rowColumns.add(c);
      t.lineColumns.add(c);
      const cell = row[c];
      if (cell) {
        append(cell, line, chunk.text);
      } else {
        row[c] = { text: chunk.text, page: line.page, line: line.index, endPage: line.page, endLine: line.index, breaks: [] };
      }
    }
    t.lastLine = line;
  };

  for (const page of body) {
    let first = true;
    let skipRepeatedHeader = false;
    for (const line of page.lines) {
      const prev: Line | undefined = table?.lastLine ?? text?.lastLine;
      const samePage = prev !== undefined && prev.page === line.page;
      const gap = samePage && prev ? prev.y - line.y : Infinity;
      // The top of the next column continues text as the top of the next page does.
      const columnStart = line.columnStart === true;
      const pageStart = first || columnStart;
      first = false;

      // A table goes on while every chunk sits in one of its columns.
      if (table) {
        const t: OpenTable = table;
        if (pageStart && line.chunks.length > 1 && headerKey(line.text) === t.headerKey) {
          skipRepeatedHeader = true; // the header row repeated at the top of the page
          t.lastLine = line;
          continue;
        }
        const continues = pageStart ? fitsTable(t, line) && !isHeading(line, style) : gap <= 3 * style.spacing && fitsTable(t, line) && !isHeading(line, style);
        if (continues) {
          let newRow: boolean;
          if (pageStart || skipRepeatedHeader) {
            // After a page break a row whose first column is empty continues the broken row.
            newRow = line.chunks.some((ch) => columnOf(t, ch) === 0);
            skipRepeatedHeader = false;
          } else {
            // A new row starts at extra space (cell padding) or, in a table without padding, where
            // a cell whose text had already ended gets text again: the cells of a row are
            // top-aligned, so such text is the top line of the next row.
            newRow = gap > style.spacing * 1.12 || line.chunks.some((ch) => resumes(t, columnOf(t, ch)));
          }
          addToRow(t, line, newRow);
          continue;
        }
        flushTable();
      }
      skipRepeatedHeader = false;

      if (isHeading(line, style)) {
        flushText();
        pendingHeading(line);
        continue;
      }
      flushHeading();
      if (line.chunks.length > 1) {
        flushText();
        table = {
          index: tableCount++,
          anchors: line.chunks.map((c) => c.x0),
          headerKey: headerKey(line.text),
          rows: [],
          rowHasText: [],
          headerTexts: line.chunks.map((c) => c.text),
          lastLine: line,
          rowColumns: new Set(),
          lineColumns: new Set(),
        };
        addToRow(table, line, true);
        continue;
      }
      const isBullet = bullet.test(line.text);
      const o: OpenText | null = text;
      if (o && !isBullet) {
        const end = o.text.charCodeAt(o.text.length - 1);
        // The block's last character (not a rescan of the whole block, as `/[.!?:]$/` would be).
        const ended = end === 0x2e || end === 0x21 || end === 0x3f || end === 0x3a;
        const sameBlock = pageStart
          ? !ended || /^\p{Ll}/u.test(line.text)
          : gap <= style.spacing * 1.25 && line.x0 >= o.x0 - 15;
        if (sameBlock) {
          append(o, line, line.text);
          o.lastLine = line;
          // In the next column or on the next page the text goes on at another left edge.
          if (pageStart) o.x0 = line.x0;
          continue;
        }
      }
      flushText();
      text = {
        breaks: [],
        kind: isBullet ? "list-item" : "paragraph",
        text: isBullet ? line.text.replace(bullet, "") : line.text,
        page: line.page,
        line: line.index,
        endPage: line.page,
        endLine: line.index,
        x0: isBullet ? line.x0 + 5 : line.x0,
        lastLine: line,
      };
    }
  }
  flushHeading();
  flushText();
  flushTable();

  function pendingHeading(line: Line): void {
    const h = held;
    if (h && h.page === line.page && h.lastY - line.y <= line.h * 1.6 && Math.abs(h.h - line.h) < 0.5 && h.font === line.font) {
      h.text = joinLines(h.text, line.text);
      h.lastY = line.y;
      h.endLine = line.index;
      return;
    }
    flushHeading();
    held = { text: line.text, page: line.page, line: line.index, endLine: line.index, lastY: line.y, h: line.h, font: line.font };
  }
  function flushHeading(): void {
    if (!held) return;
    const h = held;
    held = null;
    sink.add("heading", h.text, { page: h.page, line: h.line, endLine: h.endLine, level: headingLevel(h.text, h.h, style) });
  }
}

