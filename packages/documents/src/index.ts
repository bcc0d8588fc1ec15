/**
 * @ethiek/documents: turns tender files (PDF, DOCX, ODT, HTML, Markdown, plain text, OCDS JSON,
 * eForms XML) into a `Document` of located text segments (page, line, heading path, kind).
 */
export { extract, extractFile } from "./extract.js";
export { detectFormat, supportedExtensions } from "./detect.js";
export { errorCodes } from "./errors.js";
export {
  defaultLimits,
  type Document,
  type DocumentError,
  type DocumentErrorCode,
  type DocumentFormat,
  type ExtractionLimits,
  type ExtractOptions,
  type ExtractResult,
} from "./types.js";
