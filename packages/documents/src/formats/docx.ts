import mammoth from "mammoth";
import { ExtractionFailure } from "../errors.js";
import { isCompoundFile, isEncryptedOoxml } from "../detect.js";
import type { SegmentSink } from "../text.js";
import { checkActualSizes, readZipDirectory, type ZipLimits } from "../zip.js";
import { readHtml } from "./html.js";

// pandoc and Word name the document title "Title"; mammoth's default map leaves it a paragraph.
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * DOCX via mammoth. The zip is checked first (entry count, declared and real uncompressed size),
 * so mammoth never inflates a zip bomb; an encrypted OOXML file (a CFB container) is refused.
 * `line` is the block number: paragraphs, list items and table cells counted in order.
 */
export async function readDocx(bytes: Uint8Array, sink: SegmentSink, limits: ZipLimits): Promise<void> {
  if (isCompoundFile(bytes)) {
    if (isEncryptedOoxml(bytes)) throw new ExtractionFailure("DOCX_PASSWORD_PROTECTED", {}, "CFB container with EncryptionInfo stream");
    throw new ExtractionFailure("UNSUPPORTED_FORMAT", { format: "Word 97-2003 (.doc)" }, "legacy CFB Word file");
  }
  const entries = readZipDirectory(bytes, limits);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new ExtractionFailure("CORRUPT_FILE", { format: "DOCX" }, "word/document.xml missing");
  }
  if (entries.some((e) => e.encrypted)) throw new ExtractionFailure("DOCX_PASSWORD_PROTECTED", {}, "encrypted zip entries");
  checkActualSizes(bytes, entries, limits.maxUncompressedBytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap,
        externalFileAccess: false,
        // Images are not needed for text; this keeps mammoth from base64-encoding them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ExtractionFailure("CORRUPT_FILE", { format: "DOCX" }, (error as Error).message);
  }
  readHtml(html, sink, "block");
}
