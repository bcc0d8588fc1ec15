import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Document, DocumentFormat } from "@ethiek/schemas";
import { detectFormat, extensionOf, formatFromHints, mediaTypes } from "./detect.js";
import { documentError, ExtractionFailure } from "./errors.js";
import { decodeText, guessLanguage, SegmentSink } from "./text.js";
import { defaultLimits, type ExtractOptions, type ExtractResult, type ExtractionLimits } from "./types.js";

function resolveLimits(partial: Partial<ExtractionLimits> | undefined): ExtractionLimits {
  const limits = { ...defaultLimits };
  for (const [key, value] of Object.entries(partial ?? {})) {
    if (typeof value === "number" && Number.isFinite(value) && value > 0) limits[key as keyof ExtractionLimits] = value;
  }
  return limits;
}

const binaryFormats = new Set<DocumentFormat>(["pdf", "docx", "odt"]);

/**
 * Reads one document into located text. Never throws and never hangs: every expected failure
 * (empty, too large, corrupt, encrypted, scanned, zip bomb, external entities, wrong encoding,
 * timeout) is returned as a typed error with a Dutch and an English message.
 *
 * @example
 * const result = await extract(bytes, { name: "leidraad.pdf" });
 * if (result.ok) for (const s of result.document.segments) console.log(s.page, s.line, s.text);
 * else console.error(result.error.code, result.error.message);
 */
export async function extract(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractResult> {
  const name = basename(String(options?.name ?? "").replace(/\\/g, "/")) || "document";
  const limits = resolveLimits(options?.limits);
  try {
    if (!(bytes instanceof Uint8Array)) throw new ExtractionFailure("CORRUPT_FILE", {}, "input is not a Uint8Array");
    if (bytes.length === 0) throw new ExtractionFailure("EMPTY_FILE");
    if (bytes.length > limits.maxBytes) throw new ExtractionFailure("TOO_LARGE", { limit: limits.maxBytes, actual: bytes.length });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ExtractionFailure("TIMEOUT", { limit: limits.timeoutMs })), limits.timeoutMs);
    });
    try {
      const document = await Promise.race([read(bytes, name, options?.mediaType, limits), budget]);
      return { ok: true, document };
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    if (error instanceof ExtractionFailure) return { ok: false, error: documentError(error.code, name, error.facts, error.detail) };
    // A bug or an unforeseen parser failure: still a typed value, never a crash.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, error: documentError("CORRUPT_FILE", name, {}, detail) };
  }
}

async function read(bytes: Uint8Array, name: string, mediaType: string | undefined, limits: ExtractionLimits): Promise<Document> {
  const detected = detectFormat(bytes, name);
  const hinted = formatFromHints(name, mediaType);
  let format = detected ?? hinted;
  if (format === null) {
    throw new ExtractionFailure("UNSUPPORTED_FORMAT", extensionOf(name) ? { format: extensionOf(name) } : {});
  }
  // A file that says it is a PDF (or DOCX, ODT) but whose bytes are not: damaged or mislabelled.
  if (detected === null && binaryFormats.has(format)) {
    throw new ExtractionFailure("CORRUPT_FILE", { format: format.toUpperCase() }, `the bytes are not a ${format} file`);
  }
  // Markdown named .md stays Markdown even though its bytes look like plain text.
  if (detected === "html" && hinted === "markdown") format = "markdown";
  const sink = new SegmentSink();
  let pageCount: number | null = null;
  let tender: Document["tender"];
  // Readers are imported on first use: a Markdown check never loads PDFium or an XML parser.
  switch (format) {
    case "pdf":
      pageCount = await (await import("./pdf/index.js")).readPdf(bytes, sink, limits);
      break;
    case "docx":
      await (await import("./formats/docx.js")).readDocx(bytes, sink, limits);
      break;
    case "odt":
      (await import("./formats/odt.js")).readOdt(bytes, sink, limits);
      break;
    case "html":
    case "markdown":
    case "text": {
      const decoded = decodeText(bytes);
      if (decoded.encoding === "windows-1252") {
        sink.warn("ENCODING_WINDOWS_1252", "Het bestand is geen geldige UTF-8 en is gelezen als Windows-1252. Controleer letters met accenten. / Not valid UTF-8; read as Windows-1252.");
      }
      if (format === "html") (await import("./formats/html.js")).readHtml(decoded.text, sink, "source");
      else if (format === "markdown") (await import("./formats/markdown.js")).readMarkdown(decoded.text, sink);
      else (await import("./formats/plain.js")).readPlainText(decoded.text, sink);
      break;
    }
    case "ocds":
      tender = (await import("./formats/ocds.js")).readOcds(decodeJsonText(bytes), sink);
      break;
    case "eforms": {
      const text = decodeText(bytes).text;
      const [{ readEforms }, { parseXml }] = await Promise.all([import("./formats/eforms.js"), import("./formats/xml.js")]);
      tender = readEforms(parseXml(text), sink);
      break;
    }
  }
  if (sink.segments.length === 0) throw new ExtractionFailure("NO_TEXT");
  const document: Document = {
    name,
    format,
    mediaType: mediaTypes[format],
    sha256: createHash("sha256").update(bytes).digest("hex"),
    byteLength: bytes.length,
    pageCount,
    language: tender?.language ?? guessLanguage(sink.segments),
    title: tender?.title ?? sink.title,
    segments: sink.segments,
  };
  if (tender) document.tender = tender;
  if (sink.warnings.length > 0) document.warnings = sink.warnings;
  return document;
}

function decodeJsonText(bytes: Uint8Array): string {
  try {
    return decodeText(bytes).text;
  } catch {
    throw new ExtractionFailure("INVALID_JSON", {}, "not text");
  }
}

/**
 * Reads a file from disk and extracts it; the name defaults to the file's base name. A file that
 * cannot be read (missing, a directory, too large) is a typed error too.
 *
 * @example
 * const result = await extractFile("tenders/leidraad.docx");
 */
export async function extractFile(
  path: string,
  options: Omit<ExtractOptions, "name"> & { name?: string } = {},
): Promise<ExtractResult> {
  const name = options.name ?? basename(path);
  const limits = resolveLimits(options.limits);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: documentError("UNSUPPORTED_FORMAT", name, {}, `${path} is not a regular file`) };
    if (info.size > limits.maxBytes) return { ok: false, error: documentError("TOO_LARGE", name, { limit: limits.maxBytes, actual: info.size }) };
    const bytes = new Uint8Array(await readFile(path));
    return await extract(bytes, { ...options, name });
  } catch (error) {
    return { ok: false, error: documentError("CORRUPT_FILE", name, {}, `cannot read ${path}: ${(error as Error).message}`) };
  }
}
