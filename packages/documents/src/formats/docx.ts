import { ExtractionFailure } from "../errors.js";
import { isCompoundFile, isEncryptedOoxml } from "../detect.js";
import type { SegmentSink } from "../text.js";
import { readZip, type ZipLimits } from "../zip.js";
import { htmlBlocks, type BlockEvents } from "./html.js";
import { parseXml, type XmlElement } from "./xml.js";

/*
 * DOCX -> located text, with fflate (the zip) and saxes (the XML) only.
 *
 * The reader keeps the reading of the mammoth-based reader it replaces (ADR 0018), so that
 * evidence found in a DOCX stays where it was: a paragraph becomes a `p`, `h1`-`h6` or a list item
 * nested as deep as its numbering level, a table becomes rows of cells, and footnotes and endnotes
 * follow the body as a numbered list. That element tree is then cut into segments by the same
 * builder as HTML (`htmlBlocks`), so `line` is the block number.
 */

const namespaces: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "urn:schemas-microsoft-com:vml": "v",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
};

/** The element's name with the prefix this reader uses for its namespace, e.g. `w:p`. */
const qname = (e: XmlElement): string => `${namespaces[e.uri] ?? e.uri}:${e.local}`;
const elements = (e: XmlElement | undefined): XmlElement[] => (e ? e.children.filter((c): c is XmlElement => typeof c !== "string") : []);
const child = (e: XmlElement | undefined, name: string): XmlElement | undefined => elements(e).find((c) => qname(c) === name);
const textOf = (e: XmlElement): string => e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");

/** A node of the intermediate element tree: text, or an element that may merge with its like. */
type Node = { text: string } | HtmlElement;
interface HtmlElement {
  /** The tag, with alternatives it also merges with (`ul|ol`). */
  tags: readonly string[];
  /** A fresh element never merges with the element before it. */
  fresh: boolean;
  children: Node[];
  /** Void elements (`br`) and cells are kept even when empty. */
  keep?: boolean;
}

const el = (tags: string, fresh: boolean, children: Node[] = [], keep = false): HtmlElement => ({ tags: tags.split("|"), fresh, children, keep });
const isElement = (n: Node): n is HtmlElement => "tags" in n;

interface NumberingLevel {
  ordered: boolean;
  level: number;
}

interface Parts {
  styleNames: Map<string, string>;
  numberingStyles: Map<string, string>;
  findLevel(numId: string, level: string): NumberingLevel | null;
  levelByStyle: Map<string, NumberingLevel>;
  notes: Map<string, XmlElement>;
}

function readParts(files: Map<string, Uint8Array>): Parts {
  const decode = (name: string): XmlElement | undefined => {
    const bytes = files.get(name);
    return bytes ? parseXml(new TextDecoder().decode(bytes)) : undefined;
  };
  const styleNames = new Map<string, string>();
  const numberingStyles = new Map<string, string>();
  for (const style of elements(decode("word/styles.xml"))) {
    if (qname(style) !== "w:style") continue;
    const id = style.attrs.styleId ?? "";
    const name = child(style, "w:name")?.attrs.val;
    if (style.attrs.type === "paragraph" && name !== undefined) styleNames.set(id, name);
    const numId = child(child(child(style, "w:pPr"), "w:numPr"), "w:numId")?.attrs.val;
    if (style.attrs.type === "numbering" && numId !== undefined) numberingStyles.set(id, numId);
  }
  const abstractNums = new Map<string, { levels: Map<string, NumberingLevel>; link?: string }>();
  const nums = new Map<string, string>();
  const levelByStyle = new Map<string, NumberingLevel>();
  for (const node of elements(decode("word/numbering.xml"))) {
    const name = qname(node);
    if (name === "w:abstractNum") {
      const levels = new Map<string, NumberingLevel>();
      let withoutIndex: NumberingLevel | null = null;
      for (const lvl of elements(node)) {
        if (qname(lvl) !== "w:lvl") continue;
        const index = lvl.attrs.ilvl;
        const level = { ordered: child(lvl, "w:numFmt")?.attrs.val !== "bullet", level: Number(index ?? "0") };
        const style = child(lvl, "w:pStyle")?.attrs.val;
        if (style !== undefined && !levelByStyle.has(style)) levelByStyle.set(style, level);
        if (index === undefined) withoutIndex = level;
        else levels.set(index, level);
      }
      if (withoutIndex && !levels.has("0")) levels.set("0", withoutIndex);
      const link = child(node, "w:numStyleLink")?.attrs.val;
      abstractNums.set(node.attrs.abstractNumId ?? "", link === undefined ? { levels } : { levels, link });
    } else if (name === "w:num") {
      const abstract = child(node, "w:abstractNumId")?.attrs.val;
      if (abstract !== undefined) nums.set(node.attrs.numId ?? "", abstract);
    }
  }
  const findLevel = (numId: string, level: string, seen = new Set<string>()): NumberingLevel | null => {
    if (seen.has(numId)) return null;
    seen.add(numId);
    const abstract = abstractNums.get(nums.get(numId) ?? "");
    if (!abstract) return null;
    if (abstract.link === undefined) return abstract.levels.get(level) ?? null;
    const linked = numberingStyles.get(abstract.link);
    return linked === undefined ? null : findLevel(linked, level, seen);
  };
  const notes = new Map<string, XmlElement>();
  for (const [file, kind] of [["word/footnotes.xml", "footnote"], ["word/endnotes.xml", "endnote"]] as const) {
    for (const note of elements(decode(file))) {
      if (qname(note) === `w:${kind}` && note.attrs.type !== "separator" && note.attrs.type !== "continuationSeparator") notes.set(`${kind}-${note.attrs.id ?? ""}`, note);
    }
  }
  return { styleNames, numberingStyles, findLevel, levelByStyle, notes };
}

/**
 * The heading a paragraph style stands for, in mammoth's order: the style names Title and
 * Subtitle, the style ids Heading1-6, the style names "heading 1"-"heading 6" (any case), then
 * Apple Pages' "Heading".
 */
function headingOf(styleId: string | undefined, styleName: string | undefined): string | undefined {
  const name = styleName?.toUpperCase();
  if (name === "TITLE") return "h1";
  if (name === "SUBTITLE") return "h2";
  if (styleId !== undefined && /^Heading[1-6]$/.test(styleId)) return `h${styleId.slice(7)}`;
  const match = name === undefined ? null : /^HEADING ([1-6])$/.exec(name);
  if (match) return `h${match[1]}`;
  if (styleId === "Heading" || name === "HEADING") return "h1";
  return undefined;
}

/** Turns the body, then the notes it refers to, into the element tree. */
function convert(body: XmlElement, parts: Parts): Node[] {
  const noteRefs: string[] = [];
  let deletedContent: (XmlElement | string)[] = [];

  const paragraphPath = (pPr: XmlElement | undefined, children: Node[]): HtmlElement => {
    const styleId = child(pPr, "w:pStyle")?.attrs.val;
    const styleName = styleId === undefined ? undefined : parts.styleNames.get(styleId);
    const heading = headingOf(styleId, styleName);
    if (heading) return el(heading, true, children);
    const numPr = child(pPr, "w:numPr");
    const ilvl = child(numPr, "w:ilvl")?.attrs.val;
    const numId = child(numPr, "w:numId")?.attrs.val;
    let level: NumberingLevel | null = null;
    if (ilvl !== undefined && numId !== undefined) level = parts.findLevel(numId, ilvl);
    else if (styleId !== undefined && parts.levelByStyle.has(styleId)) level = parts.levelByStyle.get(styleId) ?? null;
    else if (numId !== undefined) level = parts.findLevel(numId, "0");
    if (level && level.level >= 0 && level.level < 5) {
      // mammoth's default list paths: `ul|ol > li > ... > ul > li:fresh`, one `ul|ol > li` per level above.
      let node = el(level.ordered ? "ol" : "ul", false, [el("li", true, children)]);
      for (let i = 0; i < level.level; i++) node = el("ul|ol", false, [el("li", false, [node])]);
      return node;
    }
    return el("p", true, children);
  };

  // Inline content and blocks read in document order; `extra` collects text boxes (`w:pict`),
  // which come after the paragraph that holds them.
  const read = (nodes: readonly (XmlElement | string)[], extra: Node[]): Node[] => {
    const out: Node[] = [];
    for (const node of nodes) {
      if (typeof node === "string") continue;
      switch (qname(node)) {
        case "w:p": {
          const pPr = child(node, "w:pPr");
          if (child(child(pPr, "w:rPr"), "w:del")) {
            deletedContent.push(...node.children);
            break;
          }
          const content = deletedContent.length > 0 ? [...deletedContent, ...node.children] : node.children;
          deletedContent = [];
          const own: Node[] = [];
          out.push(paragraphPath(pPr, read(content, own)), ...own);
          break;
        }
        case "w:t":
          out.push({ text: textOf(node) });
          break;
        case "w:tab":
          out.push({ text: "\t" });
          break;
        case "w:noBreakHyphen":
          out.push({ text: "\u2011" });
          break;
        case "w:softHyphen":
          out.push({ text: "\u00ad" });
          break;
        case "w:br": {
          const type = node.attrs.type;
          if (type === undefined || type === "textWrapping") out.push(el("br", true, [], true));
          break;
        }
        case "w:footnoteReference":
        case "w:endnoteReference": {
          const key = `${node.local === "footnoteReference" ? "footnote" : "endnote"}-${node.attrs.id ?? ""}`;
          noteRefs.push(key);
          out.push(el("sup", true, [el("a", true, [{ text: `[${noteRefs.length}]` }])]));
          break;
        }
        case "w:bookmarkStart":
          // An empty anchor, kept: between two list paragraphs it ends the list, as in mammoth.
          if (node.attrs.name !== "_GoBack") out.push(el("a", true, [], true));
          break;
        case "w:tbl":
          out.push(table(node));
          break;
        case "mc:AlternateContent":
          out.push(...read(child(node, "mc:Fallback")?.children ?? [], extra));
          break;
        case "w:sdt":
          out.push(...read(child(node, "w:sdtContent")?.children ?? [], extra));
          break;
        case "w:pict":
          extra.push(...read(node.children, extra));
          break;
        case "w:r":
        case "w:hyperlink":
        case "w:customXml":
        case "w:ins":
        case "w:moveTo":
        case "w:object":
        case "w:smartTag":
        case "v:roundrect":
        case "v:shape":
        case "v:textbox":
        case "w:txbxContent":
        case "v:group":
        case "v:rect":
          out.push(...read(node.children, extra));
          break;
        default:
        // Everything else (deletions, field instructions, properties, drawings, comments) has no text.
      }
    }
    return out;
  };

  const table = (tbl: XmlElement): HtmlElement => {
    const rows = elements(tbl).filter((r) => qname(r) === "w:tr" && !child(child(r, "w:trPr"), "w:del"));
    // Cells that continue a vertical merge are left out (their text belongs to the cell above),
    // unless the table holds something other than rows of cells.
    const producesOutput = (c: XmlElement): boolean =>
      ["w:p", "w:sdt", "w:customXml", "w:ins", "w:moveTo", "w:smartTag", "w:tbl"].includes(qname(c)) || (qname(c) === "w:bookmarkStart" && c.attrs.name !== "_GoBack");
    const onlyCells =
      elements(tbl).every((c) => qname(c) === "w:tr" || !producesOutput(c)) &&
      rows.every((r) => elements(r).every((c) => qname(c) === "w:tc" || !producesOutput(c)));
    const isHeader = (row: XmlElement): boolean => child(child(row, "w:trPr"), "w:tblHeader") !== undefined;
    // Leading header rows form a `thead` of `th` cells; a header row further down is a plain row.
    let headCount = rows.findIndex((r) => !isHeader(r));
    if (headCount < 0) headCount = rows.length;
    const converted = rows.map((row, r) => {
      const cells = elements(row)
        .filter((c) => qname(c) === "w:tc")
        .filter((c) => {
          if (!onlyCells) return true;
          const vMerge = child(child(c, "w:tcPr"), "w:vMerge");
          return !vMerge || (vMerge.attrs.val !== "continue" && Boolean(vMerge.attrs.val));
        })
        .map((c) => el(r < headCount ? "th" : "td", true, read(c.children, []), true));
      return el("tr", true, cells, true);
    });
    if (headCount === 0) return el("table", true, converted, true);
    const parts: Node[] = [el("thead", true, converted.slice(0, headCount)), el("tbody", true, converted.slice(headCount))];
    return el("table", true, parts, true);
  };

  const nodes = read(body.children, []);
  if (noteRefs.length > 0) {
    const items: Node[] = [];
    for (const key of noteRefs) {
      const note = parts.notes.get(key);
      if (!note) continue;
      const backLink = el("p", false, [{ text: " " }, el("a", true, [{ text: "\u2191" }])]);
      items.push(el("li", true, [...read(note.children, []), backLink]));
    }
    nodes.push(el("ol", true, items));
  }
  return nodes;
}

/** Drops empty elements and text, as mammoth's output does. */
function removeEmpty(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.text !== "") out.push(node);
      continue;
    }
    const children = removeEmpty(node.children);
    if (children.length > 0 || node.keep) out.push({ ...node, children });
  }
  return out;
}

/** Merges a non-fresh element into the element before it when the tags match (how lists nest). */
function collapse(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const node of nodes) append(out, isElement(node) ? { ...node, children: collapse(node.children) } : node);
  return out;
}

function append(children: Node[], node: Node): void {
  const last = children[children.length - 1];
  if (isElement(node) && !node.fresh && last && isElement(last) && node.tags.includes(last.tags[0] ?? "")) {
    for (const grandChild of node.children) append(last.children, grandChild);
  } else {
    children.push(node);
  }
}

function emit(nodes: readonly Node[], events: BlockEvents): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      events.text(node.text);
      continue;
    }
    const tag = node.tags[0] ?? "span";
    events.open(tag);
    emit(node.children, events);
    if (tag !== "br") events.close(tag);
  }
}

/**
 * DOCX: headings (by style), paragraphs, list items (nesting from the numbering), table cells and
 * notes. The zip is read with a running cap on inflated bytes (entry count, declared and real
 * sizes); an encrypted OOXML file (a CFB container) is refused. `line` is the block number.
 *
 * @example
 * const sink = new SegmentSink();
 * readDocx(bytes, sink, defaultLimits);
 */
export function readDocx(bytes: Uint8Array, sink: SegmentSink, limits: ZipLimits): void {
  if (isCompoundFile(bytes)) {
    if (isEncryptedOoxml(bytes)) throw new ExtractionFailure("DOCX_PASSWORD_PROTECTED", {}, "CFB container with EncryptionInfo stream");
    throw new ExtractionFailure("UNSUPPORTED_FORMAT", { format: "Word 97-2003 (.doc)" }, "legacy CFB Word file");
  }
  const wanted = new Set(["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml"]);
  const { names, files } = readZip(bytes, limits, (name) => wanted.has(name));
  const documentXml = files.get("word/document.xml");
  if (!documentXml) {
    throw new ExtractionFailure("CORRUPT_FILE", { format: "DOCX" }, names.includes("word/document.xml") ? "word/document.xml is truncated" : "word/document.xml missing");
  }
  const root = parseXml(new TextDecoder().decode(documentXml));
  const body = child(root, "w:body");
  if (qname(root) !== "w:document" || !body) throw new ExtractionFailure("CORRUPT_FILE", { format: "DOCX" }, "w:document/w:body missing");
  const tree = collapse(removeEmpty(convert(body, readParts(files))));
  const events = htmlBlocks(sink, "block");
  emit(tree, events);
  events.end();
}
