import { Inflate } from "fflate";
import { ExtractionFailure } from "./errors.js";

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** Limits checked before anything is inflated. */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxZipEntries: number;
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

/** True when the bytes start like a zip file (local file header or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * Reads the central directory only (nothing is inflated) and enforces the entry-count and declared
 * uncompressed-size limits, so that a zip bomb is refused before any decompression.
 */
export function readZipDirectory(bytes: Uint8Array, limits?: ZipLimits): ZipEntry[] {
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, "zip end-of-central-directory record not found (truncated?)");
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ExtractionFailure("UNSUPPORTED_FORMAT", { format: "zip64" }, "zip64 archives are not read");
  if (limits && count > limits.maxZipEntries) throw new ExtractionFailure("ZIP_BOMB", { limit: limits.maxZipEntries, actual: count }, `${count} zip entries`);
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, `bad central directory entry ${i}`);
    }
    const nameLength = u16(bytes, p + 28);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: u16(bytes, p + 10),
      encrypted: (u16(bytes, p + 8) & 1) === 1,
      compressedSize: u32(bytes, p + 20),
      declaredSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
    };
    total += entry.declaredSize;
    if (limits && total > limits.maxUncompressedBytes) {
      throw new ExtractionFailure("ZIP_BOMB", { limit: limits.maxUncompressedBytes, actual: total }, `declared uncompressed size exceeds ${limits.maxUncompressedBytes} bytes`);
    }
    entries.push(entry);
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

/**
 * Inflates one entry, stopping as soon as the output passes `maxBytes` (a zip can lie about its
 * declared sizes, so the real output is counted too).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  if (entry.encrypted) throw new ExtractionFailure("DOCX_PASSWORD_PROTECTED", {}, `zip entry ${entry.name} is encrypted`);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, `bad local header for ${entry.name}`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, `entry ${entry.name} is truncated`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ExtractionFailure("ZIP_BOMB", { limit: maxBytes, actual: data.length });
    return data;
  }
  if (entry.method !== 8) throw new ExtractionFailure("UNSUPPORTED_FORMAT", { format: `zip method ${entry.method}` });
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > maxBytes) throw new ExtractionFailure("ZIP_BOMB", { limit: maxBytes, actual: size }, `${entry.name} inflates past ${maxBytes} bytes`);
    chunks.push(chunk);
  });
  try {
    inflater.push(data, true);
  } catch (error) {
    if (error instanceof ExtractionFailure) throw error;
    throw new ExtractionFailure("CORRUPT_FILE", { format: "zip" }, `${entry.name}: ${(error as Error).message}`);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Inflates every entry with a running total cap: proves the whole archive stays under the limit. */
export function checkActualSizes(bytes: Uint8Array, entries: readonly ZipEntry[], maxTotal: number): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    total += inflateEntry(bytes, entry, maxTotal - total).length;
  }
}
