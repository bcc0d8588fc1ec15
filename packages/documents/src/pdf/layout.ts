import type { Segment } from "@ethiek/schemas";
import type { SegmentSink } from "../text.js";

/** A text item from the PDF worker: [text, x, y (baseline, from the bottom), width, height, font, horizontal]. */
export type RawItem = [string, number, number, number, number, string, number];

/** The text items of one page. */
export interface RawPage {
  page: number;
  width: number;
  height: number;
  items: RawItem[];
}

interface Chunk {
  x0: number;
  x1: number;
  text: string;
}

/** A rebuilt line: items on one baseline, split into chunks where a wide gap separates them. */
export interface Line {
  page: number;
  /** 1-based visual line on the page, counted from the top (header and footer lines included). */
  index: number;
  y: number;
  h: number;
  x0: number;
  x1: number;
  chunks: Chunk[];
  text: string;
  /** The font that covers most characters of the line. */
  font: string;
  /** Share of the line's characters in `font`. */
  fontShare: number;
  /** The first line of a column after the first on the page: text may continue into it as over a page break. */
  columnStart?: boolean;
}

const conjunction = /^(en|of|tot|en\/of|and|or|nor|to|t\/m)\b/i;
const hyphenEnd = /[\p{L}\p{N})][-\u2010\u2011\u2013]$/u;

/** Whether a UTF-16 unit is one that `\s` matches (WhiteSpace or LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space other than single spaces between words. */
const untidy = /[^\S ]| {2}|^ | $/;

/**
 * `text.replace(/\s+/g, " ").trim()`, without a new string when the text has only single spaces
 * between words (almost every chunk).
 */
function squashSpaces(text: string): string {
  return untidy.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/**
 * Joins two lines of one block. A hyphen at the end of a line is kept (in Dutch it is almost always
 * real: `AI-verordening`, `KO-01`) and the word is joined; only soft hyphens are dropped. "lus- en
 * radardetectie" keeps its space because a conjunction follows.
 *
 * @example
 * joinLines("hoog-", "risico-AI-systeem") // "hoog-risico-AI-systeem"
 * joinLines("lus-", "en radardetectie")   // "lus- en radardetectie"
 */
export function joinLines(a: string, b: string): string {
  // trimEnd and trimStart remove exactly what `\s` matches.
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === "") return right;
  if (right === "") return left;
  if (left.endsWith("\u00AD")) return left.slice(0, -1) + right;
  // Only the end of `left` is looked at (a letter or digit and a hyphen: at most three UTF-16
  // units), so joining the lines of a long block does not rescan the block each time.
  if (hyphenEnd.test(left.slice(-3)) && /^[\p{L}\p{N}(]/u.test(right) && !conjunction.test(right)) return left + right;
  return `${left} ${right}`;
}

/** A text item while lines are built. */
interface Item {
  s: string;
  x: number;
  y: number;
  w: number;
  h: number;
  f: string;
}

/** Groups the items of a page into lines, top to bottom, each split into column chunks. */
export function buildLines(page: RawPage): Line[] {
  const items: Item[] = [];
  for (const it of page.items) {
    if (it[0].trim() !== "") items.push({ s: it[0], x: it[1], y: it[2], w: Math.max(0, it[3]), h: Math.max(1, it[4]), f: it[5] });
  }
  return linesOf(page.page, items);
}

/** Numbers per item in the worker's page message: [text length, x, y, width, height, font index, horizontal]. */
const STRIDE = 7;

/**
 * {@link buildLines} straight from the worker's compact page message (the item texts joined into
 * one string, seven numbers per item, the page's font names), without the intermediate items.
 */
export function buildLinesPacked(page: number, text: string, nums: Float64Array, fonts: readonly string[]): Line[] {
  const items: Item[] = [];
  let at = 0;
  for (let k = 0; k + STRIDE <= nums.length; k += STRIDE) {
    const end = at + (nums[k] ?? 0);
    const s = text.slice(at, end);
    at = end;
    if (s.trim() === "") continue;
    items.push({ s, x: nums[k + 1] ?? 0, y: nums[k + 2] ?? 0, w: Math.max(0, nums[k + 3] ?? 0), h: Math.max(1, nums[k + 4] ?? 0), f: fonts[nums[k + 5] ?? 0] ?? "" });
  }
  return linesOf(page, items);
}

function linesOf(pageNumber: number, items: Item[]): Line[] {
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let i = 0;
  while (i < items.length) {
    // A line: the items whose baseline is near the first one's.
    const ref = items[i] as Item;
    let j = i + 1;
    while (j < items.length) {
      const item = items[j] as Item;
      if (!(Math.abs(ref.y - item.y) <= 0.45 * Math.max(ref.h, item.h))) break;
      j++;
    }
    const group = j - i > 1 ? items.slice(i, j).sort((a, b) => a.x - b.x) : [ref];
    i = j;
    let h = -Infinity;
    for (const g of group) h = Math.max(h, g.h);
    const chunks: Chunk[] = [];
    // Characters per font, in order of first appearance.
    const fontNames: string[] = [];
    const fontCounts: number[] = [];
    let prevEnd = -Infinity;
    let last: Chunk | undefined;
    const wide = Math.max(7, 0.75 * h);
    for (const g of group) {
      const k = fontNames.indexOf(g.f);
      const n = g.s.trim().length;
      if (k < 0) {
        fontNames.push(g.f);
        fontCounts.push(n);
      } else fontCounts[k] = (fontCounts[k] ?? 0) + n;
      const gap = g.x - prevEnd;
      if (!last || gap > wide) {
        last = { x0: g.x, x1: g.x + g.w, text: g.s };
        chunks.push(last);
      } else {
        const needsSpace = gap > 0.12 * h && !isSpace(last.text.charCodeAt(last.text.length - 1)) && !isSpace(g.s.charCodeAt(0));
        last.text += (needsSpace ? " " : "") + g.s;
        last.x1 = Math.max(last.x1, g.x + g.w);
      }
      prevEnd = Math.max(prevEnd, g.x + g.w);
    }
    let x1 = -Infinity;
    let text = "";
    for (let k = 0; k < chunks.length; k++) {
      const c = chunks[k] as Chunk;
      c.text = squashSpaces(c.text);
      x1 = Math.max(x1, c.x1);
      text = k === 0 ? c.text : `${text} ${c.text}`;
    }
    let font = "";
    let best = -1;
    let total = 0;
    for (let k = 0; k < fontNames.length; k++) {
      const n = fontCounts[k] ?? 0;
      total += n;
      if (n > best) {
        best = n;
        font = fontNames[k] ?? "";
      }
    }
    lines.push({
      page: pageNumber,
      index: lines.length + 1,
      // The leftmost item's baseline, as the line's.
      y: (group[0] as Item).y,
      h,
      x0: chunks[0]?.x0 ?? 0,
      x1,
      chunks,
      text,
      font,
      fontShare: total > 0 ? best / total : 1,
    });
  }
  return lines;
}

/** A line made of some of another line's chunks (one side of a column gutter). */
function subLine(line: Line, chunks: Chunk[]): Line {
  return {
    ...line,
    x0: chunks[0]?.x0 ?? line.x0,
    x1: Math.max(...chunks.map((c) => c.x1)),
    chunks,
    text: chunks.map((c) => c.text).join(" "),
  };
}

/**
 * Finds text columns on a page and puts the lines in reading order: the lines above the columns,
 * then each column top to bottom, then the lines below. A gutter is an x position, in the middle
 * half of the page, that falls in the gap between the two chunks of at least six lines and that
 * no line of the band around them crosses. Two columns of a table look alike, so a band is taken
 * as text columns only when both sides are wide (each at least 30 % of the text width), most of
 * their lines fill the column with running text (a median line of 30 characters or more; short
 * cell values do not) and their paragraphs
 * start at different heights (in a table the cells of a row start on one line).
 * Returns the lines unchanged where no columns are found.
 *
 * @example
 * orderColumns(buildLines(page), page.width) // left column lines, then right column lines
 */
export function orderColumns(lines: Line[], width: number): Line[] {
  const gaps: [number, number][] = [];
  for (const l of lines) {
    if (l.chunks.length !== 2) continue;
    const [a, b] = l.chunks;
    if (a && b) gaps.push([a.x1, b.x0]);
  }
  if (gaps.length < 6) return lines;
  let gutter = -1;
  let best = 0;
  for (const [a, b] of gaps) {
    const m = (a + b) / 2;
    if (m < width * 0.25 || m > width * 0.75) continue;
    const n = gaps.filter(([p, q]) => p < m && m < q).length;
    if (n > best) {
      best = n;
      gutter = m;
    }
  }
  if (best < 6) return lines;
  // The longest run of lines whose chunks all stay on one side of the gutter.
  const fits = (l: Line): boolean => l.chunks.every((c) => c.x1 <= gutter || c.x0 >= gutter);
  let runStart = -1;
  let bestRun: [number, number] = [0, -1];
  let bestTwo = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line && fits(line)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      const two = lines.slice(runStart, i).filter((l) => l.chunks.length === 2).length;
      if (two > bestTwo) {
        bestTwo = two;
        bestRun = [runStart, i - 1];
      }
      runStart = -1;
    }
  }
  if (bestTwo < 6) return lines;
  const band = lines.slice(bestRun[0], bestRun[1] + 1);
  const left: Line[] = [];
  const right: Line[] = [];
  for (const l of band) {
    const l0 = l.chunks.filter((c) => c.x1 <= gutter);
    const r0 = l.chunks.filter((c) => c.x0 >= gutter);
    if (l0.length > 0) left.push(subLine(l, l0));
    if (r0.length > 0) right.push(subLine(l, r0));
  }
  if (left.length < 6 || right.length < 6) return lines;
  const span = (side: Line[]): number => Math.max(...side.map((l) => l.x1)) - Math.min(...side.map((l) => l.x0));
  const textWidth = Math.max(...band.map((l) => l.x1)) - Math.min(...band.map((l) => l.x0));
  if (span(left) < 0.3 * textWidth || span(right) < 0.3 * textWidth) return lines;
  // Running text fills its column: most lines reach near its right edge. Table cells (dates,
  // names, short values) mostly do not.
  const filled = (side: Line[]): number => {
    const s = span(side);
    const x0 = Math.min(...side.map((l) => l.x0));
    return side.filter((l) => l.x1 - x0 >= 0.8 * s).length / side.length;
  };
  const medianLength = (side: Line[]): number => side.map((l) => l.text.length).sort((a, b) => a - b)[Math.floor(side.length / 2)] ?? 0;
  if (filled(left) < 0.5 || filled(right) < 0.5 || medianLength(left) < 30 || medianLength(right) < 30) return lines;
  // Paragraph starts: a line after more than the usual space on its side.
  const starts = (side: Line[]): number[] => {
    const steps = side.slice(1).map((l, i) => (side[i]?.y ?? l.y) - l.y);
    const usual = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)] ?? 0;
    return side.filter((l, i) => i === 0 || (side[i - 1]?.y ?? l.y) - l.y > usual * 1.3).map((l) => l.y);
  };
  const leftStarts = starts(left);
  const rightStarts = starts(right);
  const together = leftStarts.filter((y) => rightStarts.some((r) => Math.abs(r - y) < 1)).length;
  if (leftStarts.length >= 2 && together / leftStarts.length >= 0.6) return lines;
  const first = right[0];
  if (first) right[0] = { ...first, columnStart: true };
  return [...lines.slice(0, bestRun[0]), ...left, ...right, ...lines.slice(bestRun[1] + 1)];
}

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

