import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql, type Generated } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config.js";

// Column conventions, identical on SQLite and PostgreSQL so that one query works on both:
// ids and timestamps are text (ISO 8601 UTC), flags are integers 0/1, JSON is text.

export interface OrganisationsTable {
  id: string;
  name: string;
  /** 1: keep uploaded documents and their extracted text with each check. */
  store_documents: number;
  /** The organisation (an ethics commission) that also handles this organisation's waivers. */
  commission_id: string | null;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  /** The public part of the key, used to find the row; the secret is only stored as a hash. */
  prefix: string;
  hash: string;
  organisation_id: string;
  /** Comma-separated roles: officer, ethics, admin. */
  roles: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ChecksTable {
  id: string;
  organisation_id: string;
  submitted_by: string;
  created_at: string;
  ruleset_name: string;
  ruleset_version: string;
  verdict: string;
  tender_title: string | null;
  /** The CheckReport as JSON. */
  report: string;
  previous_check_id: string | null;
  idempotency_key: string | null;
  request_hash: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

export interface CheckDocumentsTable {
  check_id: string;
  position: number;
  name: string;
  format: string;
  sha256: string;
  size: number;
  /** Only with the organisation's `store_documents` setting. */
  content: Uint8Array | null;
  text: string | null;
}

export interface CheckResultsTable {
  check_id: string;
  requirement: string;
  status: string;
  severity: string;
}

export interface WaiverRequestsTable {
  id: string;
  check_id: string;
  organisation_id: string;
  requirement: string;
  reason: string;
  case_ref: string | null;
  requested_by: string;
  requested_at: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
}

/** A web session ended by signing out (its nonce), refused until its cookie would expire. */
export interface RevokedSessionsTable {
  id: string;
  key_id: string;
  expires_at: string;
  revoked_at: string;
}

export interface CheckSharesTable {
  check_id: string;
  organisation_id: string;
  shared_by: string;
  shared_at: string;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  id: string;
  at: string;
  actor: string;
  organisation_id: string;
  action: string;
  target_type: string;
  target_id: string;
  detail: string;
  request_id: string | null;
}

/** A route of an item through governance bodies; its state follows from its events. */
export interface RoutesTable {
  id: string;
  organisation_id: string;
  model_id: string;
  item_kind: string;
  title: string;
  /** The RoutePlan as JSON. */
  plan: string;
  /** Cached from the events, for listing and filtering. */
  status: string;
  /** Number of events; an append only succeeds when it still matches (no lost updates). */
  event_count: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** One event of a route (append-only). */
export interface RouteEventsTable {
  route_id: string;
  seq: number;
  type: string;
  actor: string;
  body_id: string | null;
  role: string | null;
  step_id: string | null;
  outcome: string | null;
  to_step_id: string | null;
  remarks: string | null;
  occurred_at: string;
}

/** A governance model an organisation added (the shipped models are not stored). */
export interface GovernanceModelsTable {
  id: string;
  organisation_id: string;
  /** The GovernanceModel as JSON, checked with loadGovernanceModel before it was stored. */
  model: string;
  created_by: string;
  created_at: string;
}

/** An ethics case (`@ethiek/cases`); the Case document is the source, the columns serve queries. */
export interface CasesTable {
  id: string;
  /** The organisation that asked (owner). */
  organisation_id: string;
  /** The organisation of the commission or advisors handling the case (the owner itself when it has none). */
  commission_id: string;
  status: string;
  confidentiality: string;
  title: string;
  /** Number of events; an update only succeeds when it still matches (no lost updates). */
  event_count: number;
  /** The Case as JSON. */
  document: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** One lifecycle event of a case (append-only). */
export interface CaseEventsTable {
  case_id: string;
  seq: number;
  from_status: string | null;
  to_status: string;
  actor: string;
  reason: string | null;
  occurred_at: string;
}

/** A maturity model an organisation imported (ODI) or added; the shipped model is not stored. */
export interface MaturityModelsTable {
  id: string;
  /** Null once the organisation that added it was erased while others' assessments used it. */
  organisation_id: string | null;
  /** The MaturityModel as JSON, checked with loadMaturityModel before it was stored. */
  model: string;
  /** `odi-import` or `custom`. */
  source: string;
  created_by: string;
  created_at: string;
}

/** A maturity assessment; the MaturityAssessment document (without scores) is the source. */
export interface MaturityAssessmentsTable {
  id: string;
  organisation_id: string;
  model_id: string;
  title: string | null;
  document: string;
  /** Incremented on every change; an update only succeeds when it still matches (no lost updates). */
  revision: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/**
 * An organisation whose erasure runs in the current transaction (decision 0036). A row only ever
 * exists inside the erasing transaction: it lets that transaction delete the organisation's rows
 * of the append-only event tables. Committed, the table is always empty.
 */
export interface ErasuresInProgressTable {
  organisation_id: string;
}

/** Every table of the service. A domain adds its tables here and in its migration. */
export interface DatabaseSchema {
  organisations: OrganisationsTable;
  api_keys: ApiKeysTable;
  checks: ChecksTable;
  check_documents: CheckDocumentsTable;
  check_results: CheckResultsTable;
  waiver_requests: WaiverRequestsTable;
  check_shares: CheckSharesTable;
  revoked_sessions: RevokedSessionsTable;
  audit_events: AuditEventsTable;
  routes: RoutesTable;
  route_events: RouteEventsTable;
  governance_models: GovernanceModelsTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  maturity_models: MaturityModelsTable;
  maturity_assessments: MaturityAssessmentsTable;
  erasures_in_progress: ErasuresInProgressTable;
}

export type Db = Kysely<DatabaseSchema>;

/** An open database with its dialect, for the few places where SQL differs. */
export interface Storage {
  readonly db: Db;
  readonly kind: DatabaseConfig["kind"];
  /** Is the database reachable? For readiness checks. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /**
   * SQLite only: copies the database to `file` with SQLite's online backup, page by page, while
   * the service keeps reading and writing; the copy is one consistent moment.
   */
  backup?(file: string): Promise<void>;
}

/**
 * Opens the database named by the configuration. SQLite runs in WAL mode, so readers do not
 * wait for the writer; PostgreSQL uses a pool, optionally pinned to one schema (tests use a fresh
 * schema per run).
 *
 * @example
 * const storage = openStorage({ kind: "sqlite", file: "./data/ethiek.db" });
 * await migrate(storage.db); await storage.close();
 */
export function openStorage(config: DatabaseConfig): Storage {
  if (config.kind === "sqlite") {
    if (config.file !== ":memory:") mkdirSync(dirname(config.file), { recursive: true });
    const database = new SqliteDatabase(config.file);
    database.pragma("journal_mode = WAL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 5000");
    // NORMAL (the default): in WAL mode safe against a crash of the process (kill -9), but the last
    // transactions before a power loss or OS crash may be lost. FULL syncs every commit to disk.
    database.pragma(`synchronous = ${config.synchronous === "full" ? "FULL" : "NORMAL"}`);
    const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database }) });
    return {
      db,
      kind: "sqlite",
      ping: async () => {
        try {
          await sql`select 1`.execute(db);
          return true;
        } catch {
          return false;
        }
      },
      close: () => db.destroy(),
      backup: async (file: string) => {
        await database.backup(file);
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    ping: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}
