import type { Document, DocumentFormat } from "@ethiek/schemas";

/** Limits that keep one extraction bounded in size, time and memory. */
export interface ExtractionLimits {
  /** Largest accepted input, in bytes. */
  maxBytes: number;
  /** Most pages a PDF may have. */
  maxPages: number;
  /** Time budget for one file; the PDF worker is terminated when it runs out. */
  timeoutMs: number;
  /** Largest total declared uncompressed size of a DOCX or ODT zip. */
  maxUncompressedBytes: number;
  /** Most entries a DOCX or ODT zip may hold. */
  maxZipEntries: number;
  /** Heap limit of the PDF worker thread (V8 old generation), in MB. */
  workerMaxOldGenerationSizeMb: number;
}

/** Safe defaults: 50 MB, 2,000 pages, 60 s, 200 MB uncompressed, 2,000 zip entries, 256 MB worker heap. */
export const defaultLimits: ExtractionLimits = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxPages: 2000,
  timeoutMs: 60_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 2000,
  workerMaxOldGenerationSizeMb: 256,
});

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The file name as submitted (directories are stripped); used in locations and for format hints. */
  name: string;
  /** The media type the sender declared, used only when the bytes do not tell the format. */
  mediaType?: string;
  limits?: Partial<ExtractionLimits>;
}

/** Stable error codes; a `switch` on them is exhaustive. */
export type DocumentErrorCode =
  | "EMPTY_FILE"
  | "TOO_LARGE"
  | "TOO_MANY_PAGES"
  | "TIMEOUT"
  | "OUT_OF_MEMORY"
  | "UNSUPPORTED_FORMAT"
  | "CORRUPT_FILE"
  | "PDF_ENCRYPTED"
  | "PDF_NO_TEXT_LAYER"
  | "DOCX_PASSWORD_PROTECTED"
  | "ZIP_BOMB"
  | "XML_EXTERNAL_ENTITY"
  | "INVALID_XML"
  | "INVALID_JSON"
  | "NOT_OCDS"
  | "NOT_EFORMS"
  | "ENCODING"
  | "NO_TEXT";

/** Why a file could not be read: a stable code and a sentence for the person who sent it. */
export interface DocumentError {
  code: DocumentErrorCode;
  /** The document's name. */
  document: string;
  /** Dutch (B1): what is wrong and how to fix it. */
  message: string;
  /** The same in English. */
  messageEn: string;
  /** Technical detail for developers and logs (e.g. the parser's own message). */
  detail?: string;
}

export type ExtractResult = { ok: true; document: Document } | { ok: false; error: DocumentError };

export type { Document, DocumentFormat };
