// Reading multipart uploads safely: the parser's own errors for malformed bodies become 400
// problems, the total size of one request is capped while it streams, and uploaded file names are
// made safe to store and show. Used by the API (`POST /v1/checks`) and the web page's forms.
import type { Multipart, MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { ProblemError } from "./problems.js";

/** The longest file name kept, in characters (longer names are shortened, keeping the extension). */
export const maxFileNameLength = 255;

/** Limits on one multipart request, taken from the configuration. */
export interface UploadLimits {
  readonly maxFileBytes: number;
  readonly maxRequestBytes: number;
}

const mib = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;

/** The 413 problem for a request whose files together are over the total limit. */
export function requestTooLarge(limits: UploadLimits): ProblemError {
  return new ProblemError({
    status: 413,
    code: "request-too-large",
    detail: `Alle bestanden samen zijn groter dan ${mib(limits.maxRequestBytes)}, het maximum per verzoek. Verdeel de documenten over meer toetsen of stuur kleinere bestanden. (All files together exceed ${mib(limits.maxRequestBytes)}.)`,
  });
}

function fileTooLarge(name: string, limits: UploadLimits): ProblemError {
  return new ProblemError({
    status: 413,
    code: "payload-too-large",
    detail: `Het bestand ${name} is groter dan ${mib(limits.maxFileBytes)}, het maximum per bestand. Stuur een kleiner bestand. (The file exceeds ${mib(limits.maxFileBytes)}.)`,
    invalidParams: [{ name: `files/${name}`, reason: `groter dan ${mib(limits.maxFileBytes)}`, code: "too-large" }],
  });
}

/** Whether an error is one of Fastify's or the multipart plugin's own, already mapped to a 4xx. */
function isFrameworkError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return error instanceof ProblemError || (typeof code === "string" && code.startsWith("FST_"));
}

/**
 * The multipart parser (busboy) throws plain errors for a missing or wrong boundary, a part
 * without headers or a body that stops mid-part; they are the client's mistake, not ours.
 */
function malformed(error: unknown): unknown {
  if (isFrameworkError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ProblemError({
    status: 400,
    code: "malformed-multipart",
    detail: `De inhoud is geen geldige multipart/form-data (${reason}). Controleer de boundary in de Content-Type-header en of elk deel volledig is verstuurd; curl -F files=@document.pdf doet dit goed.`,
  });
}

/**
 * Refuses a request up front when its declared length is over the total limit, so an honest
 * client sending 20 × 25 MiB learns it at once instead of after uploading everything.
 */
export function checkDeclaredLength(request: FastifyRequest, limits: UploadLimits): void {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (Number.isFinite(declared) && declared > limits.maxRequestBytes) throw requestTooLarge(limits);
}

/**
 * The parts of a multipart request, with malformed bodies turned into `malformed-multipart`
 * problems. Every file part must be read (`readFilePart`) or discarded before the next.
 *
 * @example
 * for await (const part of multipartParts(request)) { … }
 */
export async function* multipartParts(request: FastifyRequest): AsyncGenerator<Multipart> {
  let iterator: AsyncIterator<Multipart>;
  try {
    iterator = request.parts()[Symbol.asyncIterator]();
  } catch (error) {
    throw malformed(error);
  }
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw malformed(error);
    }
    if (next.done === true) return;
    yield next.value;
  }
}

/** Counts the bytes of one request's files against the total limit. */
export class UploadBudget {
  used = 0;
  constructor(readonly limits: UploadLimits) {}
  add(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limits.maxRequestBytes) throw requestTooLarge(this.limits);
  }
}

/**
 * Reads one file part to its end, counting it against the per-file limit (413
 * `payload-too-large`) and the request's total (413 `request-too-large`) as it streams.
 *
 * @example
 * const bytes = await readFilePart(part, budget, safeName);
 */
export async function readFilePart(part: MultipartFile, budget: UploadBudget, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of part.file) {
      budget.add((chunk as Buffer).length);
      if (part.file.truncated) throw fileTooLarge(name, budget.limits);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw malformed(error);
  }
  if (part.file.truncated) throw fileTooLarge(name, budget.limits);
  return Buffer.concat(chunks);
}

/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) make `evil\u202Edm.exe`
 * show as "evilexe.md"; other control characters and NUL have no place in a name either.
 */
// eslint-disable-next-line no-control-regex
const unsafeInName = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;

/**
 * Makes an uploaded file name safe to store and show: Unicode NFC, no path, no control or bidi
 * characters, at most 255 characters (the extension kept), never empty. The original, if it
 * differed, is returned too so that the report can show it escaped.
 *
 * @example
 * safeFileName("evil\u202Edm.exe", 1) // { name: "evildm.exe", original: "evil\u202Edm.exe" }
 */
export function safeFileName(raw: string, position: number): { name: string; original?: string } {
  let name = raw.normalize("NFC").replace(unsafeInName, "");
  // Browsers on Windows used to send the full path; only the last segment is the name.
  name = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1).trim();
  if (name === "" || name === "." || name === "..") name = `document-${position}`;
  if ([...name].length > maxFileNameLength) {
    const chars = [...name];
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 && name.length - dot <= 16 ? [...name.slice(dot)] : [];
    name = `${chars.slice(0, maxFileNameLength - ext.length - 1).join("")}…${ext.join("")}`;
  }
  return name === raw ? { name } : { name, original: raw };
}

/** Shows a file name with every character that is not safe to show as a `\u{…}` escape. */
export function visibleFileName(raw: string): string {
  return raw.replace(unsafeInName, (c) => `\\u{${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}}`);
}
