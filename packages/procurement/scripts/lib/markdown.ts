// A minimal line-based Markdown reader for the eval, bench and tests: headings, paragraphs,
// list items and pipe tables (one segment per cell, with its column header), markup stripped.
// It mirrors what @ethiek/documents produces for Markdown closely enough for scoring.
import { createHash } from "node:crypto";
import type { Document, Segment } from "@ethiek/schemas";

export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/(^|\s)[*_](\S)/g, "$1$2")
    .replace(/(\S)[*_](?=\s|$|[.,;:!?)])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => stripInline(c));

/** Builds a Document from Markdown text. */
export function markdownDocument(name: string, text: string, language: "nl" | "en" | null = null): Document {
  const lines = text.split(/\r?\n/);
  const segments: Segment[] = [];
  const headings: Array<{ level: number; text: string }> = [];
  const path = () => headings.map((h) => h.text);
  let para: { start: number; end: number; parts: string[]; kind: "paragraph" | "list-item"; level?: number } | null = null;
  let tableIndex = -1;
  let table: { header: string[]; row: number } | null = null;
  const flush = () => {
    if (!para) return;
    const t = stripInline(para.parts.join(" "));
    if (t) {
      const seg: Segment = { text: t, page: null, line: para.start, headingPath: path(), kind: para.kind };
      if (para.end > para.start) seg.endLine = para.end;
      if (para.kind === "list-item") seg.level = para.level ?? 1;
      segments.push(seg);
    }
    para = null;
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trimEnd();
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      const cs = cells(line);
      if (cs.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) return; // separator row
      if (!table) {
        tableIndex++;
        table = { header: cs, row: 0 };
      } else table.row++;
      cs.forEach((c, col) => {
        if (!c) return;
        segments.push({
          text: c,
          page: null,
          line: n,
          headingPath: path(),
          kind: "table-cell",
          table: { tableIndex, row: table!.row, column: col, ...(table!.row > 0 && table!.header[col] ? { header: table!.header[col] } : {}) },
        });
      });
      return;
    }
    table = null;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      const level = h[1]!.length;
      while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
      const text = stripInline(h[2]!);
      segments.push({ text, page: null, line: n, headingPath: path(), kind: "heading", level });
      headings.push({ level, text });
      return;
    }
    if (line.trim() === "") {
      flush();
      return;
    }
    const li = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (li) {
      flush();
      para = { start: n, end: n, parts: [li[3]!], kind: "list-item", level: Math.floor(li[1]!.length / 2) + 1 };
      return;
    }
    if (para) {
      para.parts.push(line.trim());
      para.end = n;
    } else para = { start: n, end: n, parts: [line.trim()], kind: "paragraph" };
  });
  flush();
  return {
    name,
    format: "markdown",
    mediaType: "text/markdown",
    sha256: createHash("sha256").update(text).digest("hex"),
    byteLength: Buffer.byteLength(text),
    pageCount: null,
    language,
    title: segments.find((s) => s.kind === "heading")?.text ?? null,
    segments,
  };
}
