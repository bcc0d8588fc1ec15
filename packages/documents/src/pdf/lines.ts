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
