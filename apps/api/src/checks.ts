// Running one check: idempotency, reading every file within the time budget, the waivers of the
// re-checked tender, the engine, and storing the result (storage/checks.ts). The HTTP route and
// the web page both call `runCheck`; neither knows the steps.
import { randomUUID } from "node:crypto";
import { diffReports } from "@ethiek/procurement";
import type { Check, CheckedDocument, CheckReport, Document, InvalidParam, Tender } from "@ethiek/schemas";
import type { Actor } from "./auth.js";
import type { ChecksTable, Db } from "./db/database.js";
import type { Engine } from "./engine.js";
import type { Limits } from "./config.js";
import { sha256 } from "./hash.js";
import { kebab, type ProblemInit } from "./problems.js";
import { approvedWaivers, findByIdempotencyKey, findOwnCheck, insertCheck, loadCheck, storesDocuments } from "./storage/checks.js";
import { visibleFileName } from "./uploads.js";

/** One uploaded file, read from the multipart stream. */
export interface UploadedFile {
  /** The file name made safe to store and show (see `safeFileName` in uploads.ts). */
  readonly name: string;
  /** The name as the client sent it, when it had to be cleaned (control or bidi characters, length). */
  readonly originalName?: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

/** A check request after the multipart stream has been read and its fields validated. */
export interface CheckRequest {
  readonly files: readonly UploadedFile[];
  readonly manifest?: Tender;
  readonly ruleset: string;
  readonly language: "nl" | "en";
  readonly previousCheck?: string;
  readonly idempotencyKey?: string;
}

export type CheckOutcome =
  | { readonly ok: true; readonly check: Check; readonly replayed: boolean }
  | { readonly ok: false; readonly problem: ProblemInit };

/** Maps document reader codes to HTTP: size limits are 413, everything else about a file 422. */
function statusForDocumentError(code: string): number {
  return code === "TOO_LARGE" || code === "ZIP_BOMB" ? 413 : 422;
}

/**
 * Runs and stores one check: reads every file (all unreadable files reported at once), applies the
 * waivers approved on earlier checks of the same tender, checks, and writes report, document
 * hashes, submitter and ruleset version in one transaction with its audit event.
 *
 * @example
 * const outcome = await runCheck({ db, engine, limits, actor, request: { files, ruleset: "ethiek:recommended", language: "nl" } });
 */
export async function runCheck(input: {
  db: Db;
  engine: Engine;
  limits: Limits;
  actor: Actor;
  request: CheckRequest;
  requestId?: string;
}): Promise<CheckOutcome> {
  const { db, engine, limits, actor, request } = input;
  const documentHashes = request.files.map((f) => ({ name: f.name, sha256: sha256(f.bytes), size: f.bytes.length }));
  const requestHash = sha256(
    JSON.stringify({
      files: documentHashes,
      manifest: request.manifest ?? null,
      ruleset: request.ruleset,
      language: request.language,
      previousCheck: request.previousCheck ?? null,
    }),
  );
  if (request.idempotencyKey !== undefined) {
    const replay = await findIdempotent(db, actor.organisation, request.idempotencyKey, requestHash);
    if (replay !== null) return replay;
  }

  let previous: ChecksTable | undefined;
  if (request.previousCheck !== undefined) {
    previous = await findOwnCheck(db, request.previousCheck, actor.organisation);
    if (previous === undefined) {
      return {
        ok: false,
        problem: {
          status: 422,
          code: "unknown-previous-check",
          detail: `Er is geen toets ${request.previousCheck} van uw organisatie om mee te vergelijken.`,
          invalidParams: [{ name: "previousCheck", reason: "geen toets van uw organisatie met dit id", code: "unknown-previous-check" }],
        },
      };
    }
  }

  // Read every file; report every unreadable one, not just the first.
  const deadline = Date.now() + limits.checkTimeoutMs;
  const documents: Document[] = [];
  const invalid: InvalidParam[] = [];
  let worstStatus = 422;
  let firstCode = "unreadable-document";
  for (const file of request.files) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      return {
        ok: false,
        problem: {
          status: 422,
          code: "check-timeout",
          detail: `De toets duurde langer dan ${Math.round(limits.checkTimeoutMs / 1000)} seconden en is gestopt. Stuur minder of kleinere documenten.`,
        },
      };
    }
    // The reader's own timeout cannot interrupt synchronous work (inflating a zip that lies about
    // its size); the check's budget holds here regardless, and a worker pool stops the thread.
    const result = await withinBudget(
      engine.extract(file.bytes, {
        name: file.name,
        mediaType: file.mediaType,
        limits: { maxBytes: limits.maxFileBytes, maxPages: limits.maxPages, timeoutMs: remaining },
      }),
      remaining,
    );
    if (result === "timeout") {
      return {
        ok: false,
        problem: {
          status: 422,
          code: "check-timeout",
          detail: `Het lezen van ${file.name} duurde langer dan ${Math.round(limits.checkTimeoutMs / 1000)} seconden en is gestopt. Stuur minder of kleinere documenten, of controleer of het bestand niet beschadigd is.`,
          invalidParams: [{ name: `files/${file.name}`, reason: "lezen duurde te lang", code: "TIMEOUT" }],
        },
      };
    }
    if (result.ok) documents.push(result.document);
    else {
      const status = statusForDocumentError(result.error.code);
      if (invalid.length === 0) firstCode = kebab(result.error.code);
      if (status === 413) worstStatus = 413;
      invalid.push({ name: `files/${file.name}`, reason: request.language === "en" ? result.error.messageEn : result.error.message, code: result.error.code });
    }
  }
  if (invalid.length > 0) {
    return {
      ok: false,
      problem: {
        status: worstStatus,
        code: invalid.length === 1 ? firstCode : "unreadable-documents",
        detail:
          invalid.length === 1
            ? `Het document ${invalid[0]?.name.slice(6)} kan niet worden getoetst: ${invalid[0]?.reason}`
            : `${invalid.length} documenten kunnen niet worden getoetst; zie invalidParams.`,
        invalidParams: invalid,
      },
    };
  }

  const waivers = previous === undefined ? [] : await approvedWaivers(db, previous.id);
  const checkedAt = new Date().toISOString();
  const id = randomUUID();
  // The check itself must also end within the budget (in a worker it is stopped; the answer is
  // then a 422 problem instead of a hanging request).
  const budget = Math.max(0, deadline - Date.now());
  const checked = await withinBudget(
    Promise.resolve(
      engine.check(documents, {
        ruleset: request.ruleset,
        ...(request.manifest !== undefined ? { manifest: request.manifest } : {}),
        waivers,
        language: request.language,
        timeoutMs: budget,
      }),
    ),
    budget,
  );
  if (checked === "timeout") {
    return {
      ok: false,
      problem: {
        status: 422,
        code: "check-timeout",
        detail: `De toets duurde langer dan ${Math.round(limits.checkTimeoutMs / 1000)} seconden en is gestopt. Stuur minder of kleinere documenten.`,
      },
    };
  }
  const report: CheckReport = { ...checked, id };
  const store = await storesDocuments(db, actor.organisation);
  const previousReport = previous === undefined ? undefined : (JSON.parse(previous.report) as CheckReport);
  const changes = previousReport === undefined ? undefined : diffReports(previousReport, report);

  const row: ChecksTable = {
    id,
    organisation_id: actor.organisation,
    submitted_by: actor.id,
    created_at: checkedAt,
    ruleset_name: report.ruleset.name,
    ruleset_version: report.ruleset.version,
    verdict: report.summary.verdict,
    tender_title: report.tender?.title ?? request.manifest?.title ?? null,
    report: JSON.stringify(report),
    previous_check_id: previous?.id ?? null,
    idempotency_key: request.idempotencyKey ?? null,
    request_hash: requestHash,
    deleted_at: null,
    deleted_by: null,
  };
  const renamed = request.files
    .filter((f) => f.originalName !== undefined)
    .map((f) => ({ name: f.name, sent: visibleFileName(f.originalName ?? "").slice(0, 1000) }));
  const checkedDocuments: CheckedDocument[] = request.files.map((f, i) => ({
    name: f.name,
    format: documents[i]?.format ?? "text",
    sha256: documentHashes[i]?.sha256 ?? "",
    size: f.bytes.length,
    stored: store,
  }));
  try {
    await insertCheck(db, {
      row,
      report,
      documents: request.files.map((f, i) => ({
        check_id: id,
        position: i,
        name: f.name,
        format: checkedDocuments[i]?.format ?? "text",
        sha256: checkedDocuments[i]?.sha256 ?? "",
        size: f.bytes.length,
        content: store ? f.bytes : null,
        text: store ? (documents[i]?.segments.map((s) => s.text).join("\n") ?? null) : null,
      })),
      audit: {
        actor: actor.id,
        organisation: actor.organisation,
        action: "check.create",
        targetType: "check",
        targetId: id,
        detail: {
          ruleset: report.ruleset,
          verdict: report.summary.verdict,
          documents: documentHashes,
          previousCheck: previous?.id ?? null,
          // Names that were cleaned, as sent, with every unsafe character shown as \u{…}.
          ...(renamed.length > 0 ? { renamedDocuments: renamed } : {}),
        },
        requestId: input.requestId ?? null,
      },
    });
  } catch (error) {
    // Two requests with the same Idempotency-Key raced; the other one won. Answer with its check.
    if (request.idempotencyKey !== undefined) {
      const replay = await findIdempotent(db, actor.organisation, request.idempotencyKey, requestHash);
      if (replay !== null) return replay;
    }
    throw error;
  }
  return {
    ok: true,
    replayed: false,
    check: {
      id,
      organisation: actor.organisation,
      createdAt: checkedAt,
      submittedBy: actor.id,
      previousCheck: previous?.id ?? null,
      documents: checkedDocuments,
      report,
      ...(changes !== undefined ? { changes } : {}),
    },
  };
}

/**
 * Resolves with the work's result, or "timeout" once `ms` have passed. A late failure of the work
 * (e.g. a stopped worker) is then ignored rather than left unhandled.
 */
async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
}

async function findIdempotent(db: Db, organisation: string, key: string, requestHash: string): Promise<CheckOutcome | null> {
  const existing = await findByIdempotencyKey(db, organisation, key);
  if (existing === undefined) return null;
  if (existing.request_hash !== requestHash) {
    return {
      ok: false,
      problem: {
        status: 422,
        code: "idempotency-key-reused",
        detail: "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elke nieuwe toets een nieuwe sleutel.",
      },
    };
  }
  return { ok: true, replayed: true, check: await loadCheck(db, existing) };
}
