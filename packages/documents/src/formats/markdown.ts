import type { Nodes, Parent, RootContent, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import type { SegmentSink } from "../text.js";
import { addDelimitedTable, delimitedRuns } from "./delimited.js";

/** The text of inline content with all markup (emphasis, code ticks, links, HTML tags) removed. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "html":
      return node.value.replace(/<[^>]*>/g, " ");
    case "image":
      return node.alt ?? "";
    default:
      return "children" in node ? (node.children as Nodes[]).map(inlineText).join("") : "";
  }
}

const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;
const endLineOf = (node: Nodes): number => node.position?.end.line ?? lineOf(node);

/**
 * Markdown (CommonMark + GFM pipe tables): headings from `#`, paragraphs, list items (nesting depth
 * as `level`), table cells with their header. `line` is the source line of the block.
 */
export function readMarkdown(text: string, sink: SegmentSink): void {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  let tableIndex = 0;

  const block = (node: RootContent, listDepth: number): void => {
    switch (node.type) {
      case "heading":
        sink.add("heading", inlineText(node), { line: lineOf(node), endLine: endLineOf(node), level: node.depth });
        return;
      case "paragraph":
        if (listDepth === 0 && delimitedParagraph(node)) return;
        sink.add(listDepth > 0 ? "list-item" : "paragraph", inlineText(node), {
          line: lineOf(node),
          endLine: endLineOf(node),
          ...(listDepth > 0 ? { level: listDepth } : {}),
        });
        return;
      case "code": {
        // A code block is read line by line: a Gherkin feature file's steps, an API example's
        // fields and a chat export's lines are each a unit, and joined they run together. The
        // content of a fenced block starts on the line after its fence.
        const fenced = /^[`~]{3}/.test(text.slice(node.position?.start.offset ?? 0).trimStart());
        const first = lineOf(node) + (fenced ? 1 : 0);
        node.value.split("\n").forEach((line, k) => {
          if (line.trim() !== "") sink.add("paragraph", line.trim(), { line: first + k, endLine: first + k });
        });
        return;
      }
      case "html":
        sink.add("paragraph", node.value.replace(/<[^>]*>/g, " "), { line: lineOf(node), endLine: endLineOf(node) });
        return;
      case "list":
        for (const item of node.children) children(item, listDepth + 1);
        return;
      case "table":
        table(node, tableIndex++);
        return;
      case "blockquote":
        children(node, listDepth);
        return;
      default:
        return;
    }
  };

  /** A paragraph that holds a delimited table export: its other lines stay paragraphs. */
  const delimitedParagraph = (node: Nodes): boolean => {
    const lines = inlineText(node).split("\n");
    const runs = lines.length >= 3 ? delimitedRuns(lines) : [];
    if (runs.length === 0) return false;
    const first = lineOf(node);
    let at = 0;
    const prose = (end: number): void => {
      if (end > at) sink.add("paragraph", lines.slice(at, end).join(" "), { line: first + at, endLine: first + end - 1 });
    };
    for (const run of runs) {
      prose(run.start);
      addDelimitedTable(sink, run, first, tableIndex++);
      at = run.end;
    }
    prose(lines.length);
    return true;
  };

  const children = (node: Parent, listDepth: number): void => {
    for (const child of node.children as RootContent[]) block(child, listDepth);
  };

  const table = (node: Table, index: number): void => {
    const header = node.children[0]?.children.map((c) => inlineText(c).trim()) ?? [];
    node.children.forEach((row, r) => {
      row.children.forEach((cell, c) => {
        const head = header[c];
        sink.add("table-cell", inlineText(cell), {
          line: lineOf(cell),
          table: { tableIndex: index, row: r, column: c, ...(r > 0 && head ? { header: head } : {}) },
        });
      });
    });
  };

  children(tree, 0);
}
