import type { ExtractionWarning, Segment, SegmentKind } from "@ethiek/schemas";
import { ExtractionFailure } from "./errors.js";

/**
 * Collapses whitespace (including no-break and zero-width spaces) to single spaces, drops soft
 * hyphens (U+00AD) and trims.
 *
 * @example
 * collapseWhitespace("  AI-\u00ADver\u00ADordening \n  is  hier ") // "AI-verordening is hier"
 */
export function collapseWhitespace(text: string): string {
  // Most texts have single spaces between words and nothing to drop: they are returned as they are.
  if (!needsCollapse.test(text)) return text;
  return text
    .replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, "")
    .replace(/[\s\u00A0\u2007\u202F]+/g, " ")
    .trim();
}

/** Whatever {@link collapseWhitespace} would change: a character to drop, white space other than one space between words. */
const needsCollapse = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]|[^\S ]| {2}|^ | $/;

/** Offsets of the start of every line, for turning a character offset into a 1-based line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The 1-based line that holds `offset`, by binary search over {@link lineStarts}. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Keeps the heading path while blocks are read in order. */
export class HeadingTracker {
  private stack: { level: number; text: string }[] = [];

  /** The path for a heading of `level`: its parents. Then it becomes the innermost heading. */
  enter(level: number, text: string): string[] {
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.level ?? 0) >= level) this.stack.pop();
    const parents = this.path();
    this.stack.push({ level, text });
    return parents;
  }

  path(): string[] {
    return this.stack.map((h) => h.text);
  }
}

/** Collects segments and warnings in document order. */
export class SegmentSink {
  readonly segments: Segment[] = [];
  readonly warnings: ExtractionWarning[] = [];
  readonly headings = new HeadingTracker();
  title: string | null = null;

  /** Adds a block; empty text is skipped. Returns the segment, if one was added. */
  add(
    kind: SegmentKind,
    rawText: string,
    at: {
      page?: number | null;
      line: number;
      endLine?: number;
      endPage?: number;
      level?: number;
      table?: Segment["table"];
      /** Offsets into `rawText` where a later page begins. */
      pageBreaks?: readonly { offset: number; page: number; line: number }[];
    },
  ): Segment | undefined {
    const text = collapseWhitespace(rawText);
    if (text === "") return undefined;
    let headingPath: string[];
    if (kind === "heading") {
      headingPath = this.headings.enter(at.level ?? 1, text);
      if (this.title === null) this.title = text;
    } else {
      headingPath = this.headings.path();
    }
    const segment: Segment = { text, page: at.page ?? null, line: Math.max(1, at.line), headingPath, kind };
    if (at.endLine !== undefined && (at.endLine > segment.line || (at.endPage !== undefined && at.endPage !== at.page))) {
      segment.endLine = Math.max(1, at.endLine);
    }
    if (at.endPage !== undefined && at.page !== null && at.page !== undefined && at.endPage > at.page) segment.endPage = at.endPage;
    if (at.level !== undefined) segment.level = Math.min(9, Math.max(1, at.level));
    if (at.table !== undefined) segment.table = at.table;
    if (at.pageBreaks && at.pageBreaks.length > 0) {
      // Offsets move when whitespace collapses; measure the collapsed prefix (the "x" keeps a trailing space).
      segment.pageBreaks = at.pageBreaks.map((b) => ({
        offset: Math.min(text.length, Math.max(0, collapseWhitespace(`${rawText.slice(0, b.offset)}x`).length - 1)),
        page: b.page,
        line: Math.max(1, b.line),
      }));
    }
    this.segments.push(segment);
    return segment;
  }

  warn(code: string, message: string, page?: number | null): void {
    const warning: ExtractionWarning = { code, message };
    if (page !== undefined) warning.page = page;
    this.warnings.push(warning);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; a table keeps decoding independent of ICU.
const cp1252High = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    chunk.push(b >= 0x80 && b < 0xa0 ? (cp1252High[b - 0x80] ?? 0xfffd) : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** The result of {@link decodeText}. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

/**
 * Decodes text bytes: a UTF-8 or UTF-16 byte order mark is honoured and removed; valid UTF-8 is
 * read as UTF-8; anything else is read as Windows-1252 (the usual encoding of older Dutch Windows
 * files). Binary data (NUL bytes, many control characters) fails with `ENCODING`.
 *
 * @example
 * decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { text: "café", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrLegacy(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checkText({ text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkText({ text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" });
  }
  return decodeUtf8OrLegacy(bytes);
}

function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedText {
  try {
    return checkText({ text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" });
  } catch (error) {
    if (error instanceof ExtractionFailure) throw error;
    return checkText({ text: decodeWindows1252(bytes), encoding: "windows-1252" });
  }
}

function checkText(decoded: DecodedText): DecodedText {
  const sample = decoded.text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new ExtractionFailure("ENCODING", {}, "NUL character in text");
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new ExtractionFailure("ENCODING", {}, `${control} control or undecodable characters in the first ${sample.length}`);
  }
  return decoded;
}

/** Guesses nl or en from very common function words; null when neither is clear. */
export function guessLanguage(segments: readonly Segment[]): "nl" | "en" | null {
  const sample = segments
    .slice(0, 400)
    .map((s) => s.text)
    .join(" ")
    .toLowerCase();
  const count = (words: string[]): number =>
    words.reduce((n, w) => n + (sample.match(new RegExp(`\\b${w}\\b`, "g"))?.length ?? 0), 0);
  const nl = count(["de", "het", "een", "en", "van", "is", "wordt", "voor", "niet", "met"]);
  const en = count(["the", "and", "of", "is", "to", "for", "with", "not", "be", "shall"]);
  if (nl + en < 5) return null;
  if (nl > en * 1.5) return "nl";
  if (en > nl * 1.5) return "en";
  return null;
}
