// Text layout for the charts. Node has no font metrics, so text widths are estimated from the
// characters and the font size, with widths close to Helvetica/Arial per character class and a
// safety margin for wider system fonts (Segoe UI, Roboto). The charts place and wrap their labels
// with these functions, and the tests check the drawn labels with the same ones, so layout and
// check cannot drift apart.

/** Vertical metrics of a text line, in em: line height, and ascent/descent around the baseline. */
export const TEXT_METRICS = { lineHeight: 1.25, ascent: 0.95, descent: 0.3 } as const;

/** Fewest letters on either side when a word must be split. */
const MIN_PART = 4;

/** Extra width on top of the per-character estimate, for fonts wider than Arial. */
const SAFETY = 1.1;

/** Estimated advance of one character, in em (before {@link SAFETY}). */
function charWidth(c: string): number {
  if (/[ijl'|]/.test(c)) return 0.25;
  if (/[\sftI.,:;!]/.test(c)) return 0.3;
  if (/[r()[\]\-/]/.test(c)) return 0.35;
  if (/[cksvxyzJ"*]/.test(c)) return 0.5;
  if (/[mM]/.test(c)) return 0.85;
  if (/[W@%…—]/.test(c)) return 1;
  if (/[w&A-Z]/.test(c)) return 0.75;
  // CJK, emoji and other wide characters.
  if ((c.codePointAt(0) ?? 0) >= 0x2e80) return 1;
  return 0.58;
}

/**
 * Estimated width of `text` (plain text, not XML-escaped) in user units at `fontSize`.
 *
 * @example
 * estimateTextWidth("Beleid", 13); // ≈ 47
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * SAFETY * fontSize;
}

/** Height of one line of text at `fontSize`. */
export function lineHeight(fontSize: number): number {
  return TEXT_METRICS.lineHeight * fontSize;
}

/** A label broken into lines. */
export interface WrappedText {
  readonly lines: readonly string[];
  /** A word wider than the line had to be split with a hyphen. */
  readonly broken: boolean;
  /** The text did not fit in the lines and ends in "…"; show the full text elsewhere. */
  readonly truncated: boolean;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` (by
 * {@link estimateTextWidth}): between words first, after a hyphen or slash next, and a word that
 * is wider than a whole line is split with a hyphen. Text that still does not fit ends in "…".
 *
 * @example
 * wrapText("Inrichting van processen", 100, 13, 3).lines; // ["Inrichting van", "processen"]
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): WrappedText {
  const width = (s: string) => estimateTextWidth(s, fontSize);
  // Tokens are words, split after hyphens and slashes so "data-ethiek" may break as "data-" /
  // "ethiek"; `space` says whether a token follows a space when the two share a line.
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "")
    .flatMap((w) => w.split(/(?<=[-/])(?=.)/).map((part, j) => ({ part, space: j === 0 })));
  const lines: string[] = [];
  let broken = false;
  let line = "";
  for (const { part: token, space } of tokens) {
    const candidate = line + (space && line !== "" ? " " : "") + token;
    if (width(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    let rest = token;
    while (width(rest) > maxWidth) {
      // Longest head that fits with a hyphen after it; at least one character.
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length - 1 && width(chars.slice(0, cut + 1).join("") + "-") <= maxWidth) cut++;
      // Leave no stub of one to three letters for the next line ("…bel-" / "eid").
      if (chars.length - cut < MIN_PART && chars.length >= 2 * MIN_PART) cut = Math.min(cut, chars.length - MIN_PART);
      lines.push(chars.slice(0, cut).join("") + "-");
      rest = chars.slice(cut).join("");
      broken = true;
    }
    line = rest;
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return { lines, broken, truncated: false };
  // Too many lines: keep the first ones and end the last kept line in "…".
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!.replace(/-$/, "");
  while (last !== "" && width(last + "…") > maxWidth) last = [...last].slice(0, -1).join("").trimEnd();
  kept[maxLines - 1] = last + "…";
  return { lines: kept, broken, truncated: true };
}

/** An axis-aligned box in user units. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Horizontal anchoring of SVG text. */
export type TextAnchor = "start" | "middle" | "end";

/**
 * The estimated box of one line of SVG text drawn at `(x, baseline)` with `text-anchor`.
 *
 * @example
 * lineBox("Beleid", 100, 50, "middle", 13); // { x0: ≈76, y0: ≈37.7, x1: ≈124, y1: ≈53.9 }
 */
export function lineBox(text: string, x: number, baseline: number, anchor: TextAnchor, fontSize: number): Box {
  const w = estimateTextWidth(text, fontSize);
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0, y0: baseline - TEXT_METRICS.ascent * fontSize, x1: x0 + w, y1: baseline + TEXT_METRICS.descent * fontSize };
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The smallest box around all `boxes`. */
export function unionBox(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}
