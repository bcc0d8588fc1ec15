import { SegmentSink } from "../text.js";

const listItem = /^\s*(?:[-*•–]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)/;

/**
 * Plain text: a paragraph is a run of non-blank lines; a line that starts like a list item
 * ("- ", "• ", "1. ", "a) ") starts its own list-item segment. `line` is the source line.
 */
export function readPlainText(text: string, sink: SegmentSink): void {
  const lines = text.split(/\r\n|\r|\n/);
  let buffer: string[] = [];
  let start = 0;
  let kind: "paragraph" | "list-item" = "paragraph";
  const flush = (end: number): void => {
    if (buffer.length > 0) sink.add(kind, buffer.join(" "), { line: start, endLine: end });
    buffer = [];
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === "") {
      flush(n - 1);
      return;
    }
    if (listItem.test(raw)) {
      flush(n - 1);
      kind = "list-item";
      start = n;
      buffer.push(raw.replace(listItem, ""));
      return;
    }
    if (buffer.length === 0) {
      kind = "paragraph";
      start = n;
    }
    buffer.push(raw);
  });
  flush(lines.length);
}
