// The service's one content hash. Stored document hashes, the idempotency key's request hash and
// the version in the URL of a static asset all use it, so a hash in the database and one computed
// again later agree by construction.
import { createHash } from "node:crypto";

/**
 * The SHA-256 of bytes or of a string's UTF-8, as 64 lower-case hex digits: the same digest
 * `@ethiek/documents` puts in a document's `sha256`.
 *
 * @example
 * sha256("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
