import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { ExtractionFailure } from "./errors.js";

/** Limits of one zip (DOCX, ODT): entry count and uncompressed bytes, declared or real. */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxZipEntries: number;
}

/**
 * Compressed bytes handed to fflate at a time. DEFLATE expands at most ~1,032 times, so one step
 * inflates at most ~16 MiB before the running count is checked again.
 */
const inputSlice = 16 * 1024;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

/** True when the bytes start like a zip file (local file header or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * The entry count from the end-of-central-directory record. A zip without that record is
 * truncated; reading it first refuses an archive of too many entries before anything is inflated.
 */
function entryCount(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      const count = u16(bytes, i + 10);
      if (count === 0xffff || u32(bytes, i + 16) === 0xffffffff) throw new ExtractionFailure("UNSUPPORTED_FORMAT", { format: "zip64" }, "zip64 archives are not read");
      return count;
    }
  }
  throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, "zip end-of-central-directory record not found (truncated?)");
}

/** What {@link readZip} found: every entry name in order, and the bytes of the entries asked for. */
export interface ZipContents {
  names: string[];
  files: Map<string, Uint8Array>;
}

/**
 * Streams through a zip with fflate's `Unzip`, inflating every entry, and keeps the entries that
 * `keep` asks for. It refuses a zip bomb three ways, whatever the headers say:
 * - more entries than `maxZipEntries` (end-of-central-directory record, then every local header);
 * - a declared total uncompressed size over `maxUncompressedBytes` (local headers);
 * - real inflated bytes over `maxUncompressedBytes` in all (a running count checked after every
 *   16 KiB of input), or over an entry's own declared size: inflation stops there, so a lying
 *   archive costs a few milliseconds and a few MiB, not what it would expand to.
 *
 * With `inflateAll` false, only the kept entries are inflated (and counted); the others are listed.
 *
 * @example
 * const { files } = readZip(bytes, defaultLimits, (name) => name === "word/document.xml");
 * new TextDecoder().decode(files.get("word/document.xml"));
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, keep: (name: string) => boolean = () => false, inflateAll = true): ZipContents {
  const declaredCount = entryCount(bytes);
  if (declaredCount > limits.maxZipEntries) {
    throw new ExtractionFailure("ZIP_BOMB", { limit: limits.maxZipEntries, actual: declaredCount }, `${declaredCount} zip entries`);
  }
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  let declaredTotal = 0;
  let inflatedTotal = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    names.push(file.name);
    if (names.length > limits.maxZipEntries) {
      throw new ExtractionFailure("ZIP_BOMB", { limit: limits.maxZipEntries, actual: names.length }, "more zip entries than the directory says");
    }
    if (file.compression !== 0 && file.compression !== 8) throw new ExtractionFailure("UNSUPPORTED_FORMAT", { format: `zip method ${file.compression}` });
    const kept = keep(file.name);
    // Entries neither kept nor checked are skipped uninflated (format detection only lists names).
    if (!kept && !inflateAll) return;
    const declared = file.originalSize;
    if (declared !== undefined) {
      declaredTotal += declared;
      if (declaredTotal > limits.maxUncompressedBytes) {
        throw new ExtractionFailure("ZIP_BOMB", { limit: limits.maxUncompressedBytes, actual: declaredTotal }, `declared uncompressed size exceeds ${limits.maxUncompressedBytes} bytes`);
      }
    }
    const chunks: Uint8Array[] | null = kept ? [] : null;
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error) {
        if (error instanceof ExtractionFailure) throw error;
        throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, `${file.name}: ${error.message}`);
      }
      size += data.length;
      inflatedTotal += data.length;
      if (inflatedTotal > limits.maxUncompressedBytes) {
        throw new ExtractionFailure("ZIP_BOMB", { limit: limits.maxUncompressedBytes, actual: inflatedTotal }, `inflates past ${limits.maxUncompressedBytes} bytes (stopped after ${inflatedTotal} bytes)`);
      }
      // A stored size of 0 with no data descriptor cannot be checked here; the running total still is.
      if (declared !== undefined && declared > 0 && size > declared) {
        throw new ExtractionFailure("ZIP_BOMB", { limit: declared, actual: size }, `${file.name} inflates past its declared ${declared} bytes (stopped after ${size} bytes)`);
      }
      if (chunks && data.length > 0) chunks.push(data);
      if (final && chunks) files.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length; offset += inputSlice) {
      const end = Math.min(bytes.length, offset + inputSlice);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof ExtractionFailure) throw error;
    throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, (error as Error).message);
  }
  return { names, files };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
