// The two engines the command drives, loaded lazily so `ethiek --help` and a Markdown-only check
// never pay for what they do not use (PDFium is loaded by @ethiek/documents only for PDFs).
import type { ClauseSet } from "@ethiek/clauses";
import { CliError, msg } from "./errors.js";

/** What `ethiek` uses of @ethiek/documents. */
export type DocumentsApi = Pick<typeof import("@ethiek/documents"), "extract" | "supportedExtensions">;

/** What `ethiek` uses of @ethiek/procurement. */
export type ProcurementApi = typeof import("@ethiek/procurement");

/** A missing engine build is an installation problem, not a bug: say how to fix it. */
export function notInstalled(pkg: string, cause: unknown): unknown {
  if ((cause as { code?: unknown } | null)?.code !== "ERR_MODULE_NOT_FOUND") return cause;
  return new CliError("ENGINE_MISSING", msg("cli.error.engineMissing", { pkg }), {
    hint: msg("cli.hint.engineMissing"),
    cause,
  });
}

/** Loads @ethiek/documents (it loads PDFium itself, only when a PDF is read). */
export async function loadDocuments(): Promise<DocumentsApi> {
  try {
    return await import("@ethiek/documents");
  } catch (cause) {
    throw notInstalled("@ethiek/documents", cause);
  }
}

/** Loads @ethiek/procurement. */
export async function loadProcurement(): Promise<ProcurementApi> {
  try {
    return await import("@ethiek/procurement");
  } catch (cause) {
    throw notInstalled("@ethiek/procurement", cause);
  }
}

/** What `ethiek clauses` and `ethiek rules` use of @ethiek/clauses. */
export type ClausesApi = typeof import("@ethiek/clauses");

/**
 * The clauses a ruleset puts in force, or a RULESET_INVALID error listing every problem with its
 * clause settings (`ethiek clauses` and `ethiek rules` refuse such a ruleset alike).
 */
export function resolveClauseSet(api: ClausesApi, resolved: Parameters<ClausesApi["resolveClauses"]>[0]): ClauseSet {
  const set = api.resolveClauses(resolved);
  if (!set.ok) {
    throw new CliError("RULESET_INVALID", msg("cli.error.clauseSettings", { n: set.errors.length }), {
      details: set.errors.map((e) => `[${e.code}] ${e.message}`),
      hint: msg("cli.hint.clauseSettings"),
    });
  }
  return set.value;
}

/** Loads @ethiek/clauses (the DOCX writer is loaded only for --format docx). */
export async function loadClauses(): Promise<ClausesApi> {
  try {
    return await import("@ethiek/clauses");
  } catch (cause) {
    throw notInstalled("@ethiek/clauses", cause);
  }
}
