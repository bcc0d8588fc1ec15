// Lines of a PDF page rebuilt from the worker's text items: items on one baseline become a line,
// split into chunks at wide gaps, and a page set in two columns is read column by column.
// layout.ts then turns the lines of all pages into segments.

/** A text item from the PDF worker: [text, x, y (baseline, from the bottom), width, height, font, horizontal]. */
export type RawItem = [string, number, number, number, number, string, number];

/** The text items of one page. */
export interface RawPage {
  page: number;
  width: number;
  height: number;
  items: RawItem[];
}

/** Part of a line between two wide gaps: one column's share of it. */
export interface Chunk {
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
