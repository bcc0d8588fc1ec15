import type { Segment } from "@ethiek/schemas";
import type { SegmentSink } from "../text.js";

/** A text item from pdf.js: [text, x, y (baseline, from the bottom), width, height, font, horizontal]. */
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
}

const conjunction = /^(en|of|tot|en\/of|and|or|nor|to|t\/m)\b/i;

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
  const left = a.replace(/\s+$/, "");
  const right = b.replace(/^\s+/, "");
  if (left === "") return right;
  if (right === "") return left;
  if (left.endsWith("\u00AD")) return left.slice(0, -1) + right;
  if (/[\p{L}\p{N})][-\u2010\u2011\u2013]$/u.test(left) && /^[\p{L}\p{N}(]/u.test(right) && !conjunction.test(right)) return left + right;
  return `${left} ${right}`;
}

/** Groups the items of a page into lines, top to bottom, each split into column chunks. */
export function buildLines(page: RawPage): Line[] {
  const items = page.items
    .filter((it) => it[0].trim() !== "")
    .map((it) => ({ s: it[0], x: it[1], y: it[2], w: Math.max(0, it[3]), h: Math.max(1, it[4]), f: it[5] }));
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof items)[] = [];
  for (const item of items) {
    const current = groups[groups.length - 1];
    const ref = current?.[0];
    if (current && ref && Math.abs(ref.y - item.y) <= 0.45 * Math.max(ref.h, item.h)) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group, i) => {
    group.sort((a, b) => a.x - b.x);
    const h = Math.max(...group.map((g) => g.h));
    const chunks: Chunk[] = [];
    const fontChars = new Map<string, number>();
    let prevEnd = -Infinity;
    for (const g of group) {
      fontChars.set(g.f, (fontChars.get(g.f) ?? 0) + g.s.trim().length);
      const gap = g.x - prevEnd;
      const last = chunks[chunks.length - 1];
      if (!last || gap > Math.max(7, 0.75 * h)) {
        chunks.push({ x0: g.x, x1: g.x + g.w, text: g.s });
      } else {
        const needsSpace = gap > 0.12 * h && !/\s$/.test(last.text) && !/^\s/.test(g.s);
        last.text += (needsSpace ? " " : "") + g.s;
        last.x1 = Math.max(last.x1, g.x + g.w);
      }
      prevEnd = Math.max(prevEnd, g.x + g.w);
    }
    for (const c of chunks) c.text = c.text.replace(/\s+/g, " ").trim();
    let font = "";
    let best = -1;
    let total = 0;
    for (const [f, n] of fontChars) {
      total += n;
      if (n > best) {
        best = n;
        font = f;
      }
    }
    return {
      page: page.page,
      index: i + 1,
      y: group[0]?.y ?? 0,
      h,
      x0: chunks[0]?.x0 ?? 0,
      x1: Math.max(...chunks.map((c) => c.x1)),
      chunks,
      text: chunks.map((c) => c.text).join(" "),
      font,
      fontShare: total > 0 ? best / total : 1,
    };
  });
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
    const top = p.lines.slice(0, 3).filter((l) => l.y > p.height - band);
    const bottom = p.lines.slice(-3).filter((l) => l.y < band);
    return [...top, ...bottom];
  };
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const line of candidates(p)) seen.add(headerKey(line.text));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const p of pages) {
    for (const line of candidates(p)) {
      if (pageNumber.test(line.text) || (pages.length >= 2 && (counts.get(headerKey(line.text)) ?? 0) >= needed)) drop.add(line);
    }
  }
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
  gaps.sort((x, y) => x - y);
  const spacing = gaps.length > 0 ? (gaps[Math.floor(gaps.length * 0.1)] ?? h * 1.2) : h * 1.2;
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
  const body = pages.map((p) => ({ ...p, lines: p.lines.filter((l) => !dropped.has(l)) }));
  const style = documentStyle(body.flatMap((p) => p.lines));
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
  const fitsTable = (t: OpenTable, line: Line): boolean => line.chunks.every((ch) => columnOf(t, ch) >= 0);

  const addToRow = (t: OpenTable, line: Line, newRow: boolean): void => {
    if (newRow || t.rows.length === 0) {
      t.rows.push([]);
      t.rowHasText.push(false);
    }
    const row = t.rows[t.rows.length - 1] as Cell[];
    for (const chunk of line.chunks) {
      const c = columnOf(t, chunk);
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
      const pageStart = first;
      first = false;

      // A table goes on while every chunk sits in one of its columns.
      if (table) {
        const t: OpenTable = table;
        if (pageStart && headerKey(line.text) === t.headerKey && line.chunks.length > 1) {
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
            newRow = gap > style.spacing * 1.12;
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
        };
        addToRow(table, line, true);
        continue;
      }
      const isBullet = bullet.test(line.text);
      const o: OpenText | null = text;
      if (o && !isBullet) {
        const sameBlock = pageStart
          ? !/[.!?:]$/.test(o.text) || /^\p{Ll}/u.test(line.text)
          : gap <= style.spacing * 1.25 && line.x0 >= o.x0 - 15;
        if (sameBlock) {
          append(o, line, line.text);
          o.lastLine = line;
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

