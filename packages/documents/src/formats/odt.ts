import { ExtractionFailure } from "../errors.js";
import type { SegmentSink } from "../text.js";
import { readZip, type ZipLimits } from "../zip.js";
import { parseXml, type XmlElement } from "./xml.js";

/**
 * ODT (OpenDocument text): headings (`text:h` with its outline level), paragraphs, list items
 * (nesting depth as `level`) and table cells. `line` is the block number, as for DOCX.
 */
export function readOdt(bytes: Uint8Array, sink: SegmentSink, limits: ZipLimits): void {
  const { files } = readZip(bytes, limits, (name) => name === "content.xml" || name === "META-INF/manifest.xml");
  const content = files.get("content.xml");
  if (!content) throw new ExtractionFailure("CORRUPT_FILE", { format: "ODT" }, "content.xml missing");
  const manifest = files.get("META-INF/manifest.xml");
  if (manifest && new TextDecoder().decode(manifest).includes("encryption-data")) {
    throw new ExtractionFailure("DOCX_PASSWORD_PROTECTED", {}, "ODT manifest declares encryption");
  }
  const xml = new TextDecoder().decode(content);
  const root = parseXml(xml);
  let block = 0;
  let tableCount = 0;

  const inline = (node: XmlElement | string): string => {
    if (typeof node === "string") return node;
    switch (node.local) {
      case "s":
        return " ".repeat(Math.min(100, Number(node.attrs.c ?? "1") || 1));
      case "tab":
      case "line-break":
        return " ";
      case "note":
      case "annotation":
      case "tracked-changes":
        return "";
      default:
        return node.children.map(inline).join("");
    }
  };

  const walk = (node: XmlElement, listDepth: number): void => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      switch (child.local) {
        case "h": {
          const level = Number(child.attrs["outline-level"] ?? "1") || 1;
          if (sink.add("heading", inline(child), { line: block + 1, level })) block++;
          break;
        }
        case "p":
          if (sink.add(listDepth > 0 ? "list-item" : "paragraph", inline(child), { line: block + 1, ...(listDepth > 0 ? { level: listDepth } : {}) })) block++;
          break;
        case "list":
          walk(child, listDepth + 1);
          break;
        case "table":
          table(child, tableCount++);
          break;
        case "tracked-changes":
        case "sequence-decls":
        case "variable-decls":
          break;
        default:
          walk(child, listDepth);
      }
    }
  };

  const table = (node: XmlElement, tableIndex: number): void => {
    const rows: XmlElement[] = [];
    const collect = (n: XmlElement): void => {
      for (const c of n.children) {
        if (typeof c === "string") continue;
        if (c.local === "table-row") rows.push(c);
        else if (c.local === "table-header-rows" || c.local === "table-rows" || c.local === "table-row-group") collect(c);
      }
    };
    collect(node);
    const header: string[] = [];
    rows.forEach((row, r) => {
      let column = 0;
      for (const cell of row.children) {
        if (typeof cell === "string" || (cell.local !== "table-cell" && cell.local !== "covered-table-cell")) continue;
        const repeat = Math.min(50, Number(cell.attrs["number-columns-repeated"] ?? "1") || 1);
        const text = cell.children.map((c) => (typeof c === "string" ? "" : ` ${inline(c)} `)).join("");
        if (text.trim() === "") {
          column += repeat;
          continue;
        }
        for (let k = 0; k < repeat; k++, column++) {
          const head = header[column];
          const added = sink.add("table-cell", text, {
            line: block + 1,
            table: { tableIndex, row: r, column, ...(r > 0 && head ? { header: head } : {}) },
          });
          if (added) {
            block++;
            if (r === 0) header[column] = added.text;
          }
        }
      }
    });
  };

  const body = root.children.find((c): c is XmlElement => typeof c !== "string" && c.local === "body");
  if (!body) throw new ExtractionFailure("CORRUPT_FILE", { format: "ODT" }, "office:body missing");
  walk(body, 0);
}
