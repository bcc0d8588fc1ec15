import { createHash, randomUUID } from "node:crypto";
import type {
  Check,
  CheckedDocument,
  CheckReport,
  CheckSummary,
  Document,
  InvalidParam,
  RequirementChange,
  Tender,
  Waiver,
} from "@ethiek/schemas";
import { audit } from "./audit.js";
import type { Actor } from "./auth.js";
import type { ChecksTable, Db } from "./db/database.js";
import type { Engine } from "./engine.js";
import type { Limits } from "./config.js";
import type { ProblemInit } from "./problems.js";
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

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

/** Maps document reader codes to HTTP: size limits are 413, everything else about a file 422. */
function statusForDocumentError(code: string): number {
  return code === "TOO_LARGE" || code === "ZIP_BOMB" ? 413 : 422;
}

/** `PDF_ENCRYPTED` -> `pdf-encrypted`: our problem codes are kebab-case. */
export function kebab(code: string): string {
  return code.toLowerCase().replace(/_/g, "-");
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
    previous = await db
      .selectFrom("checks")
      .selectAll()
      .where("id", "=", request.previousCheck)
      .where("organisation_id", "=", actor.organisation)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
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
  const org = await db.selectFrom("organisations").select("store_documents").where("id", "=", actor.organisation).executeTakeFirst();
  const store = org?.store_documents === 1;
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
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("checks").values(row).execute();
      await trx
        .insertInto("check_documents")
        .values(
          request.files.map((f, i) => ({
            check_id: id,
            position: i,
            name: f.name,
            format: checkedDocuments[i]?.format ?? "text",
            sha256: checkedDocuments[i]?.sha256 ?? "",
            size: f.bytes.length,
            content: store ? f.bytes : null,
            text: store ? (documents[i]?.segments.map((s) => s.text).join("\n") ?? null) : null,
          })),
        )
        .execute();
      if (report.results.length > 0) {
        await trx
          .insertInto("check_results")
          .values(report.results.map((r) => ({ check_id: id, requirement: r.requirement, status: r.status, severity: r.severity })))
          .execute();
      }
      await audit(trx, {
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
      });
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
  const existing = await db
    .selectFrom("checks")
    .selectAll()
    .where("organisation_id", "=", organisation)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
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

/** Waivers approved on a check and on the checks it re-checked, newest decision first. */
async function approvedWaivers(db: Db, checkId: string): Promise<Waiver[]> {
  const chain: string[] = [];
  let current: string | null = checkId;
  while (current !== null && !chain.includes(current) && chain.length < 100) {
    chain.push(current);
    const row: { previous_check_id: string | null } | undefined = await db
      .selectFrom("checks")
      .select("previous_check_id")
      .where("id", "=", current)
      .executeTakeFirst();
    current = row?.previous_check_id ?? null;
  }
  const rows = await db
    .selectFrom("waiver_requests")
    .selectAll()
    .where("check_id", "in", chain)
    .where("status", "=", "approved")
    .orderBy("decided_at", "desc")
    .execute();
  const seen = new Set<string>();
  const waivers: Waiver[] = [];
  for (const r of rows) {
    if (seen.has(r.requirement) || r.case_ref === null || r.decided_by === null) continue;
    seen.add(r.requirement);
    waivers.push({
      requirement: r.requirement,
      reason: r.decision_reason ?? r.reason,
      approvedBy: r.decided_by,
      case: r.case_ref,
      ...(r.decided_at !== null ? { approvedAt: r.decided_at } : {}),
    });
  }
  return waivers;
}

/**
 * What changed between two reports: each requirement whose status differs, appeared or vanished.
 *
 * @example
 * diffReports(before, after) // [{ requirement: "logging", before: "missing", after: "satisfied" }]
 */
export function diffReports(before: CheckReport, after: CheckReport): RequirementChange[] {
  const old = new Map(before.results.map((r) => [r.requirement, r.status]));
  const now = new Map(after.results.map((r) => [r.requirement, r.status]));
  const changes: RequirementChange[] = [];
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const b = old.get(id) ?? null;
    const a = now.get(id) ?? null;
    if (b !== a) changes.push({ requirement: id, before: b, after: a });
  }
  return changes.sort((x, y) => x.requirement.localeCompare(y.requirement));
}

/** The full resource of a stored check row. */
export async function loadCheck(db: Db, row: ChecksTable): Promise<Check> {
  const docs = await db.selectFrom("check_documents").select(["name", "format", "sha256", "size", "content"]).where("check_id", "=", row.id).orderBy("position").execute();
  const report = JSON.parse(row.report) as CheckReport;
  let changes: RequirementChange[] | undefined;
  if (row.previous_check_id !== null) {
    const prev = await db.selectFrom("checks").select("report").where("id", "=", row.previous_check_id).executeTakeFirst();
    if (prev !== undefined) changes = diffReports(JSON.parse(prev.report) as CheckReport, report);
  }
  return {
    id: row.id,
    organisation: row.organisation_id,
    createdAt: row.created_at,
    submittedBy: row.submitted_by,
    previousCheck: row.previous_check_id,
    documents: docs.map((d) => ({ name: d.name, format: d.format, sha256: d.sha256, size: Number(d.size), stored: d.content !== null })),
    report,
    ...(changes !== undefined ? { changes } : {}),
  };
}

/** The list entry of a stored check row. */
export function toSummary(row: ChecksTable): CheckSummary {
  const report = JSON.parse(row.report) as CheckReport;
  return {
    id: row.id,
    organisation: row.organisation_id,
    createdAt: row.created_at,
    submittedBy: row.submitted_by,
    tenderTitle: row.tender_title,
    ruleset: { name: row.ruleset_name, version: row.ruleset_version },
    verdict: row.verdict as CheckSummary["verdict"],
    summary: report.summary,
    previousCheck: row.previous_check_id,
  };
}

/**
 * Finds a check the actor may see (own organisation, or as its commission's ethics role, or
 * explicitly shared with one of `sharedWith`); undefined otherwise, so that other organisations'
 * checks are indistinguishable from absent ones.
 */
export async function findVisibleCheck(
  db: Db,
  id: string,
  organisations: readonly string[],
  sharedWith: readonly string[] = [],
): Promise<ChecksTable | undefined> {
  return db
    .selectFrom("checks")
    .selectAll()
    .where("id", "=", id)
    .where("deleted_at", "is", null)
    .where((eb) =>
      sharedWith.length === 0
        ? eb("organisation_id", "in", [...organisations])
        : eb.or([
            eb("organisation_id", "in", [...organisations]),
            eb("id", "in", eb.selectFrom("check_shares").select("check_id").where("organisation_id", "in", [...sharedWith])),
          ]),
    )
    .executeTakeFirst();
}
