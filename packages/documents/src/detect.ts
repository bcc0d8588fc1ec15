import type { DocumentFormat } from "@ethiek/schemas";
import { isZip, readZip } from "./zip.js";

/** File extensions {@link extract} reads (lower case, with the dot). */
export const supportedExtensions: readonly string[] = Object.freeze([
  ".pdf",
  ".docx",
  ".odt",
  ".html",
  ".htm",
  ".xhtml",
  ".md",
  ".markdown",
  ".txt",
  ".text",
  ".csv",
  ".tsv",
  ".json",
  ".xml",
]);

const byExtension: Record<string, DocumentFormat> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".odt": "odt",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
  // A spreadsheet saved as text: the plain-text reader reads its rows as a table.
  ".csv": "text",
  ".tsv": "text",
  ".json": "ocds",
  ".xml": "eforms",
};

const byMediaType: Record<string, DocumentFormat> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/plain": "text",
  "text/csv": "text",
  "text/tab-separated-values": "text",
  "application/json": "ocds",
  "application/xml": "eforms",
  "text/xml": "eforms",
};

/** Media type of each format, for `Document.mediaType`. */
export const mediaTypes: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  html: "text/html",
  markdown: "text/markdown",
  text: "text/plain",
  ocds: "application/json",
  eforms: "application/xml",
};

/** The lower-case extension of a file name, with the dot ("" when there is none). */
export function extensionOf(name: string | undefined): string {
  if (!name) return "";
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The format a file name or media type suggests, or null. */
export function formatFromHints(name?: string, mediaType?: string): DocumentFormat | null {
  const ext = byExtension[extensionOf(name)];
  if (ext) return ext;
  const mt = mediaType?.split(";")[0]?.trim().toLowerCase();
  return (mt && byMediaType[mt]) || null;
}

/** True for the magic number of a Compound File Binary (OLE) file: legacy .doc or encrypted OOXML. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Whether a CFB file holds an `EncryptionInfo` stream, i.e. is a password-protected OOXML file. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  // Directory entry names are UTF-16LE; searching the raw bytes avoids a full CFB parser.
  const needle = "EncryptionInfo";
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function startsWithAscii(bytes: Uint8Array, text: string, from = 0): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Looks at a zip's entry names (and its `mimetype` entry) to tell DOCX from ODT. */
function zipFormat(bytes: Uint8Array): DocumentFormat | null {
  try {
    // Only the names are listed and only `mimetype` is inflated (at most 200 bytes of it).
    const { names: list, files } = readZip(bytes, { maxUncompressedBytes: 200, maxZipEntries: Number.MAX_SAFE_INTEGER }, (name) => name === "mimetype", false);
    const names = new Set(list);
    const mimetype = files.get("mimetype");
    if (mimetype && new TextDecoder().decode(mimetype).trim() === "application/vnd.oasis.opendocument.text") return "odt";
    if (names.has("word/document.xml") || names.has("[Content_Types].xml")) return "docx";
    if (names.has("content.xml")) return "odt";
    return null;
  } catch {
    return null;
  }
}

/**
 * Tells the format from the bytes first (magic numbers, zip content, the first characters of a
 * text), and falls back to the file name. Returns null when neither tells.
 *
 * @example
 * detectFormat(new TextEncoder().encode("%PDF-1.7\n...")) // "pdf"
 * detectFormat(new TextEncoder().encode("# Title"), "leidraad.md") // "markdown"
 */
export function detectFormat(bytes: Uint8Array, name?: string): DocumentFormat | null {
  const hinted = formatFromHints(name);
  // %PDF may be preceded by junk; readers accept it within the first kilobyte.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) if (head[i] === 0x25 && startsWithAscii(head, "%PDF-", i)) return "pdf";
  if (isZip(bytes)) return zipFormat(bytes) ?? (hinted === "docx" || hinted === "odt" ? hinted : null);
  if (isCompoundFile(bytes)) return isEncryptedOoxml(bytes) || hinted === "docx" ? "docx" : null;
  const sniff = sniffText(bytes);
  if (sniff) return sniff;
  if (hinted === "pdf" || hinted === "docx" || hinted === "odt") return null;
  return hinted;
}

function sniffText(bytes: Uint8Array): DocumentFormat | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  } catch {
    return null;
  }
  text = text.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) {
    return /"(ocid|releases|records)"\s*:/.test(text) ? "ocds" : null;
  }
  if (text.startsWith("<")) {
    const lower = text.toLowerCase();
    if (/<(!doctype html|html[\s>])/.test(lower)) return "html";
    if (/<([a-z0-9]+:)?(contractnotice|priorinformationnotice|contractawardnotice)[\s>]/.test(lower)) return "eforms";
    if (/<(body|p|div|h1|table)[\s>]/.test(lower)) return "html";
  }
  return null;
}
