import { Parser } from "htmlparser2";
import type { Segment, SegmentKind } from "@ethiek/schemas";
import { collapseWhitespace, lineAt, lineStarts, type SegmentSink } from "../text.js";

/** How `line` is counted: the source line (HTML) or the block number (DOCX). */
export type LineMode = "source" | "block";

const skipped = new Set(["script", "style", "noscript", "template", "svg", "math", "object", "iframe"]);
const blocks = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "pre", "caption", "figcaption", "address", "summary"]);
// Elements that end an implicit paragraph of loose text.
const boundaries = new Set([
  "div", "section", "article", "main", "header", "footer", "nav", "aside", "body", "html", "blockquote",
  "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "form", "fieldset", "figure", "hr", "details",
]);

interface OpenBlock {
  tag: string;
  text: string;
  line: number;
}

/** The element events that {@link htmlBlocks} turns into segments. */
export interface BlockEvents {
  open(name: string): void;
  text(text: string): void;
  close(name: string): void;
  /** Emits what is still open; call once after the last event. */
  end(): void;
}

/**
 * HTML: one segment per paragraph, heading, list item and table cell. A paragraph inside a cell
 * or list item belongs to that cell or item.
 */
export function readHtml(html: string, sink: SegmentSink, mode: LineMode): void {
  const starts = mode === "source" ? lineStarts(html) : [];
  let parser: Parser | null = null;
  const blocks = htmlBlocks(sink, mode, () => lineAt(starts, parser?.startIndex ?? 0));
  parser = new Parser(
    { onopentag: (name) => blocks.open(name), ontext: (text) => blocks.text(text), onclosetag: (name) => blocks.close(name) },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  blocks.end();
}

/**
 * The segment builder behind {@link readHtml}, fed with HTML element events (lower-case names).
 * The DOCX reader feeds it the elements a DOCX paragraph, list, table and note stand for, so both
 * formats cut and number their blocks the same way. `sourceLine` tells the current source line in
 * "source" mode; in "block" mode `line` is the block number.
 */
export function htmlBlocks(sink: SegmentSink, mode: LineMode, sourceLine: () => number = () => 1): BlockEvents {
  let blockNumber = 0;
  let skipDepth = 0;
  let inTitle = false;
  let title = "";
  const stack: OpenBlock[] = [];
  let loose: OpenBlock | null = null;
  let listDepth = 0;
  const tables: { index: number; row: number; column: number; header: string[] }[] = [];
  let tableCount = 0;

  const here = (): number => (mode === "source" ? sourceLine() : blockNumber + 1);

  const emit = (b: OpenBlock): void => {
    if (collapseWhitespace(b.text) === "") return;
    const kind: SegmentKind = /^h[1-6]$/.test(b.tag)
      ? "heading"
      : b.tag === "li" || b.tag === "dt" || b.tag === "dd"
        ? "list-item"
        : b.tag === "td" || b.tag === "th"
          ? "table-cell"
          : "paragraph";
    const at: Parameters<SegmentSink["add"]>[2] = { line: mode === "source" ? b.line : ++blockNumber };
    if (mode === "source") at.endLine = here();
    if (kind === "heading") at.level = Number(b.tag.slice(1));
    if (kind === "list-item") at.level = Math.max(1, listDepth);
    const t = tables[tables.length - 1];
    if (kind === "table-cell" && t) {
      const table: NonNullable<Segment["table"]> = { tableIndex: t.index, row: t.row, column: t.column };
      const head = t.header[t.column];
      if (t.row > 0 && head) table.header = head;
      if (t.row === 0) t.header[t.column] = collapseWhitespace(b.text);
      at.table = table;
    }
    sink.add(kind, b.text, at);
  };

  const flushLoose = (): void => {
    if (loose) emit(loose);
    loose = null;
  };

  return {
    open(name) {
      if (skipped.has(name)) {
        skipDepth++;
        return;
      }
      if (skipDepth > 0) return;
      if (name === "title") inTitle = true;
      if (name === "br") {
        const top = stack[stack.length - 1] ?? loose;
        if (top) top.text += " ";
        return;
      }
      if (name === "ul" || name === "ol") listDepth++;
      if (name === "table") tables.push({ index: tableCount++, row: -1, column: -1, header: [] });
      if (name === "tr") {
        const t = tables[tables.length - 1];
        if (t) {
          t.row++;
          t.column = -1;
        }
      }
      if (name === "td" || name === "th") {
        const t = tables[tables.length - 1];
        if (t) {
          // A cell without a <tr> before it (hand-written or damaged HTML) opens the first row,
          // as browsers do; otherwise it would be located at row -1.
          if (t.row < 0) t.row = 0;
          t.column++;
        }
      }
      if (blocks.has(name)) {
        const top = stack[stack.length - 1];
        // A paragraph inside a cell or list item is part of it: only a separator is added.
        if (name === "p" && top && (top.tag === "td" || top.tag === "th" || top.tag === "li" || top.tag === "dd")) {
          top.text += " ";
          return;
        }
        flushLoose();
        // A nested block (a list inside a list item) ends the text before it.
        if (top) {
          emit(top);
          top.text = "";
        }
        stack.push({ tag: name, text: "", line: here() });
        return;
      }
      if (boundaries.has(name)) flushLoose();
    },
    text(text) {
      if (skipDepth > 0) return;
      if (inTitle) {
        title += text;
        return;
      }
      const top = stack[stack.length - 1];
      if (top) {
        top.text += text;
        return;
      }
      if (text.trim() === "" && !loose) return;
      if (!loose) loose = { tag: "p", text: "", line: here() };
      loose.text += text;
    },
    close(name) {
      if (skipped.has(name)) {
        skipDepth = Math.max(0, skipDepth - 1);
        return;
      }
      if (skipDepth > 0) return;
      if (name === "title") inTitle = false;
      if (name === "ul" || name === "ol") listDepth = Math.max(0, listDepth - 1);
      if (name === "table") tables.pop();
      if (blocks.has(name)) {
        const top = stack[stack.length - 1];
        if (top && top.tag === name) {
          stack.pop();
          emit(top);
        } else if (name === "p" && top) {
          top.text += " ";
        }
        return;
      }
      if (boundaries.has(name)) flushLoose();
    },
    end() {
      while (stack.length > 0) {
        const top = stack.pop();
        if (top) emit(top);
      }
      flushLoose();
      const t = collapseWhitespace(title);
      if (t !== "") sink.title = t;
    },
  };
}
