import { SaxesParser } from "saxes";
import { ExtractionFailure } from "../errors.js";

/** An element of the small DOM built from a SAX stream. */
export interface XmlElement {
  /** The qualified name as written, e.g. `cbc:Name`. */
  name: string;
  /** The local name, e.g. `Name`. */
  local: string;
  /** The namespace URI ("" when none). */
  uri: string;
  /** Attributes by local name (namespace prefixes dropped). */
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  /** 1-based source line of the start tag. */
  line: number;
}

/**
 * Parses XML into a small DOM without ever resolving an entity: a DOCTYPE that declares entities
 * fails with `XML_EXTERNAL_ENTITY` (this covers external entities and "billion laughs"), and only
 * the five predefined entities and character references are decoded.
 *
 * @example
 * parseXml('<a><b x="1">hi</b></a>').children // [{ local: "b", attrs: { x: "1" }, children: ["hi"], ... }]
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: ExtractionFailure | null = null;
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      failure = new ExtractionFailure("XML_EXTERNAL_ENTITY", {}, "DOCTYPE declares entities");
      throw failure;
    }
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attrs[attr.local] = attr.value;
    const element: XmlElement = { name: tag.name, local: tag.local, uri: tag.uri, attrs, children: [], line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root === null) root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const onText = (t: string): void => {
    stack[stack.length - 1]?.children.push(t);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (failure) throw failure;
    if (error instanceof ExtractionFailure) throw error;
    throw new ExtractionFailure("INVALID_XML", {}, (error as Error).message);
  }
  if (root === null) throw new ExtractionFailure("INVALID_XML", {}, "no root element");
  return root;
}

/** All text below an element, in order. */
export function textOf(node: XmlElement | string): string {
  if (typeof node === "string") return node;
  return node.children.map(textOf).join("");
}

/** Child elements with a local name. */
export function childrenNamed(node: XmlElement, local: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== "string" && c.local === local);
}

/** Follows a path of local names from `node`; returns every match. */
export function select(node: XmlElement, path: readonly string[]): XmlElement[] {
  let current = [node];
  for (const step of path) current = current.flatMap((n) => childrenNamed(n, step));
  return current;
}

/** The first match of {@link select}. */
export function first(node: XmlElement, path: readonly string[]): XmlElement | undefined {
  return select(node, path)[0];
}
