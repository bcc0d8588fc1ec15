import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Result, ZgwArchiveSettings } from "@ethiek/schemas";
import { z } from "zod";
import { validateDefinition } from "./validation.js";

/** Log levels pino understands. */
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"]);

/** Whether a host name or address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return loopbackHosts.has(host) || host.startsWith("127.");
}

const positiveInt = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be greater than 0`)
    .default(fallback);

/** The environment variables the service reads, before semantic checks. */
const envSchema = z.object({
  PORT: z.coerce.number({ error: "PORT must be a port number" }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  ETHIEK_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  ETHIEK_DB_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "ETHIEK_DB_SCHEMA must be a lower-case PostgreSQL identifier")
    .optional(),
  ETHIEK_SQLITE_SYNCHRONOUS: z.enum(["normal", "full"], { error: "ETHIEK_SQLITE_SYNCHRONOUS must be 'normal' or 'full'" }).default("normal"),
  ETHIEK_AUTH: z.enum(["local", "keys"], { error: "ETHIEK_AUTH must be 'local' or 'keys'" }).optional(),
  ETHIEK_KEY_PEPPER: z.string().min(16, "ETHIEK_KEY_PEPPER must be at least 16 characters").optional(),
  ETHIEK_CORS_ORIGINS: z.string().default(""),
  ETHIEK_PUBLIC_URL: z.url({ error: "ETHIEK_PUBLIC_URL must be an absolute URL" }).optional(),
  ETHIEK_MAX_FILE_BYTES: positiveInt("ETHIEK_MAX_FILE_BYTES", 25 * 1024 * 1024),
  ETHIEK_MAX_REQUEST_BYTES: positiveInt("ETHIEK_MAX_REQUEST_BYTES", 64 * 1024 * 1024),
  ETHIEK_MAX_FILES: positiveInt("ETHIEK_MAX_FILES", 20),
  ETHIEK_MAX_PAGES: positiveInt("ETHIEK_MAX_PAGES", 1000),
  ETHIEK_CHECK_TIMEOUT_MS: positiveInt("ETHIEK_CHECK_TIMEOUT_MS", 60_000),
  ETHIEK_SHUTDOWN_TIMEOUT_MS: positiveInt("ETHIEK_SHUTDOWN_TIMEOUT_MS", 30_000),
  ETHIEK_REQUEST_TIMEOUT_MS: positiveInt("ETHIEK_REQUEST_TIMEOUT_MS", 120_000),
  ETHIEK_IDLE_TIMEOUT_MS: positiveInt("ETHIEK_IDLE_TIMEOUT_MS", 10_000),
  ETHIEK_WORKERS: z.coerce
    .number({ error: "ETHIEK_WORKERS must be a whole number" })
    .int("ETHIEK_WORKERS must be a whole number")
    .min(0, "ETHIEK_WORKERS must be 0 (check in the main thread) or more")
    .max(64)
    .default(Math.min(4, availableParallelism())),
  ETHIEK_RATE_LIMIT_PER_KEY: z.coerce
    .number({ error: "ETHIEK_RATE_LIMIT_PER_KEY must be a whole number" })
    .int("ETHIEK_RATE_LIMIT_PER_KEY must be a whole number")
    .min(0, "ETHIEK_RATE_LIMIT_PER_KEY must be 0 (no limit) or more")
    .default(600),
  ETHIEK_RATE_LIMIT_PER_ADDRESS: z.coerce
    .number({ error: "ETHIEK_RATE_LIMIT_PER_ADDRESS must be a whole number" })
    .int("ETHIEK_RATE_LIMIT_PER_ADDRESS must be a whole number")
    .min(0, "ETHIEK_RATE_LIMIT_PER_ADDRESS must be 0 (no limit) or more")
    .default(1200),
  ETHIEK_RATE_LIMIT_WINDOW_MS: positiveInt("ETHIEK_RATE_LIMIT_WINDOW_MS", 60_000),
  ETHIEK_RETENTION_DAYS: z.coerce
    .number({ error: "ETHIEK_RETENTION_DAYS must be a whole number of days" })
    .int("ETHIEK_RETENTION_DAYS must be a whole number of days")
    .min(0, "ETHIEK_RETENTION_DAYS must be 0 (keep checks) or more")
    .default(0),
  ETHIEK_ZGW_ZAKEN_URL: z.url({ error: "ETHIEK_ZGW_ZAKEN_URL must be the absolute URL of the Zaken API" }).optional(),
  ETHIEK_ZGW_CATALOGI_URL: z.url({ error: "ETHIEK_ZGW_CATALOGI_URL must be the absolute URL of the Catalogi API" }).optional(),
  ETHIEK_ZGW_CATALOGUS_URL: z.url({ error: "ETHIEK_ZGW_CATALOGUS_URL must be the absolute URL of the catalogus" }).optional(),
  ETHIEK_ZGW_RSIN: z.string().regex(/^[0-9]{9}$/, "ETHIEK_ZGW_RSIN must be an RSIN of 9 digits").optional(),
  ETHIEK_ZGW_CLIENT_ID: z.string().min(1).optional(),
  ETHIEK_ZGW_SECRET: z.string().min(1).optional(),
  ETHIEK_ZGW_TIMEOUT_MS: positiveInt("ETHIEK_ZGW_TIMEOUT_MS", 15_000),
  ETHIEK_ZGW_ARCHIVE: z.string().optional(),
  ETHIEK_ZGW_INCLUDE_PERSONS: z.enum(["true", "false"], { error: "ETHIEK_ZGW_INCLUDE_PERSONS must be 'true' or 'false'" }).default("false"),
  LOG_LEVEL: z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(", ")}` }).default("info"),
});

/** Where the service keeps its records. */
export type DatabaseConfig =
  | { readonly kind: "sqlite"; readonly file: string; readonly synchronous?: "normal" | "full" }
  | { readonly kind: "postgres"; readonly url: string; readonly schema?: string };

/** The parsed, checked configuration of one service process. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  /** `local`: one local organisation, no keys. `keys`: every request needs an API key. */
  readonly auth: "local" | "keys";
  readonly keyPepper: string;
  /** Origins allowed to call the API from a browser (`*` for the OpenAPI document only). */
  readonly corsOrigins: readonly string[];
  /** The public base URL (without `/v1`) put into the OpenAPI document's `servers`. */
  readonly publicUrl?: string;
  readonly limits: Limits;
  readonly rateLimit: RateLimits;
  /** Checks (reports, documents, text) older than this many days are erased; 0 keeps them. */
  readonly retentionDays: number;
  readonly shutdownTimeoutMs: number;
  /** Worker threads that read and check documents; 0 runs them on the main thread. */
  readonly workers: number;
  readonly logLevel: (typeof logLevels)[number];
  /** The province's ZGW case system for `POST /v1/zgw/push` and `/pull`; absent: those answer 409 zgw-not-configured. */
  readonly zgw?: ZgwConfig;
}

/** How the service reaches the ZGW case system (all of ETHIEK_ZGW_* set, or none). */
export interface ZgwConfig {
  readonly zakenApiUrl: string;
  readonly catalogiApiUrl: string;
  readonly catalogusUrl: string;
  readonly bronorganisatie: string;
  readonly clientId: string;
  readonly secret: string;
  readonly timeoutMs: number;
  /** Archiving settings (ETHIEK_ZGW_ARCHIVE, JSON); defaults as in docs/cases-zgw.md. */
  readonly archive?: ZgwArchiveSettings;
  /** Also the contact person and reflection authors as roles (personal data). */
  readonly includePersons?: boolean;
}

/**
 * Requests allowed per window, per API key (after authentication) and per client address (before
 * it, so also for unauthenticated floods); 0 turns a limit off. Counted in this process's memory.
 */
export interface RateLimits {
  readonly perKey: number;
  readonly perAddress: number;
  readonly windowMs: number;
}

/** Limits on one check; exceeding them gives a 413 or 422 problem, never a timeout. */
export interface Limits {
  readonly maxFileBytes: number;
  /** All files and fields of one request together; more → 413 `request-too-large`. */
  readonly maxRequestBytes: number;
  readonly maxFiles: number;
  readonly maxPages: number;
  readonly checkTimeoutMs: number;
  /**
   * The whole request, from its first byte to the answer (Node's `requestTimeout`): a trickled
   * upload is cut off then. Must exceed `checkTimeoutMs` plus the upload time of a large request.
   */
  readonly requestTimeoutMs: number;
  /** A connection on which nothing arrives for this long is closed (Node's `connectionTimeout`). */
  readonly idleTimeoutMs: number;
}

/** A configuration problem, worded for the operator who starts the service. */
export interface ConfigIssue {
  readonly code: "invalid-value" | "missing-pepper" | "local-mode-on-network" | "incomplete-zgw";
  readonly variable: string;
  readonly message: string;
}

/** The configuration, or every problem with the environment at once. */
export type ConfigResult = Result<Config, ConfigIssue>;

/** The pepper used in local mode, where no key is ever checked. */
const localPepper = "local-mode-no-keys-are-issued";

/**
 * Reads the configuration from environment variables: structure first (zod), then the rules
 * that combine variables. Never throws; every problem is returned at once.
 *
 * @example
 * const result = loadConfig(process.env);
 * if (!result.ok) { console.error(formatConfigIssues(result.errors)); process.exit(1); }
 */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  // Empty variables count as unset: `FOO= npm start` should not be an error.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        code: "invalid-value" as const,
        variable: String(issue.path[0] ?? "?"),
        message: issue.message,
      })),
    };
  }
  const e = parsed.data;
  const errors: ConfigIssue[] = [];
  // Keys are required as soon as more than this machine can reach the service.
  const auth = e.ETHIEK_AUTH ?? (isLoopback(e.HOST) ? "local" : "keys");
  if (auth === "local" && !isLoopback(e.HOST)) {
    errors.push({
      code: "local-mode-on-network",
      variable: "ETHIEK_AUTH",
      message: `ETHIEK_AUTH=local serves everyone as the local organisation, which is only allowed on 127.0.0.1; HOST is ${e.HOST}. Use ETHIEK_AUTH=keys or bind to 127.0.0.1.`,
    });
  }
  if (auth === "keys" && e.ETHIEK_KEY_PEPPER === undefined) {
    errors.push({
      code: "missing-pepper",
      variable: "ETHIEK_KEY_PEPPER",
      message:
        "ETHIEK_KEY_PEPPER is required when API keys are used (ETHIEK_AUTH=keys or a HOST other than 127.0.0.1): a secret of at least 16 characters, the same for every instance and for `npm run keys`.",
    });
  }
  if (e.ETHIEK_REQUEST_TIMEOUT_MS <= e.ETHIEK_CHECK_TIMEOUT_MS) {
    errors.push({
      code: "invalid-value",
      variable: "ETHIEK_REQUEST_TIMEOUT_MS",
      message: `ETHIEK_REQUEST_TIMEOUT_MS (${e.ETHIEK_REQUEST_TIMEOUT_MS}) must be greater than ETHIEK_CHECK_TIMEOUT_MS (${e.ETHIEK_CHECK_TIMEOUT_MS}): a request includes its upload and its check.`,
    });
  }
  const zgwVars = {
    ETHIEK_ZGW_ZAKEN_URL: e.ETHIEK_ZGW_ZAKEN_URL,
    ETHIEK_ZGW_CATALOGI_URL: e.ETHIEK_ZGW_CATALOGI_URL,
    ETHIEK_ZGW_CATALOGUS_URL: e.ETHIEK_ZGW_CATALOGUS_URL,
    ETHIEK_ZGW_RSIN: e.ETHIEK_ZGW_RSIN,
    ETHIEK_ZGW_CLIENT_ID: e.ETHIEK_ZGW_CLIENT_ID,
    ETHIEK_ZGW_SECRET: e.ETHIEK_ZGW_SECRET,
  };
  const zgwMissing = Object.entries(zgwVars).filter(([, v]) => v === undefined).map(([k]) => k);
  if (zgwMissing.length > 0 && zgwMissing.length < Object.keys(zgwVars).length) {
    errors.push({ code: "incomplete-zgw", variable: zgwMissing[0]!, message: `The case system (ZGW) needs all of ETHIEK_ZGW_ZAKEN_URL, _CATALOGI_URL, _CATALOGUS_URL, _RSIN, _CLIENT_ID and _SECRET; missing: ${zgwMissing.join(", ")}.` });
  }
  let archive: ZgwArchiveSettings | undefined;
  if (e.ETHIEK_ZGW_ARCHIVE !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(e.ETHIEK_ZGW_ARCHIVE);
    } catch (cause) {
      errors.push({ code: "invalid-value", variable: "ETHIEK_ZGW_ARCHIVE", message: `ETHIEK_ZGW_ARCHIVE must be JSON: ${(cause as Error).message}` });
    }
    if (data !== undefined) {
      const problems = validateDefinition("zgw-sync", "ZgwArchiveSettings", data);
      if (problems.length > 0) errors.push({ code: "invalid-value", variable: "ETHIEK_ZGW_ARCHIVE", message: `ETHIEK_ZGW_ARCHIVE does not match ZgwArchiveSettings (schemas/zgw-sync.schema.json): ${problems.join("; ")}` });
      else archive = data as ZgwArchiveSettings;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  // Relative to where the user ran npm (INIT_CWD), not the workspace folder npm switches to: the
  // root's `npm start` and `npm run keys -w @ethiek/api` then use the same ./data.
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), e.ETHIEK_DATA_DIR);
  const database: DatabaseConfig =
    e.DATABASE_URL !== undefined
      ? { kind: "postgres", url: e.DATABASE_URL, ...(e.ETHIEK_DB_SCHEMA ? { schema: e.ETHIEK_DB_SCHEMA } : {}) }
      : { kind: "sqlite", file: resolve(dataDir, "ethiek.db"), synchronous: e.ETHIEK_SQLITE_SYNCHRONOUS };
  return {
    ok: true,
    value: {
      port: e.PORT,
      host: e.HOST,
      dataDir,
      database,
      auth,
      keyPepper: e.ETHIEK_KEY_PEPPER ?? localPepper,
      corsOrigins: e.ETHIEK_CORS_ORIGINS.split(",")
        .map((o) => o.trim())
        .filter((o) => o !== ""),
      ...(e.ETHIEK_PUBLIC_URL ? { publicUrl: e.ETHIEK_PUBLIC_URL.replace(/\/+$/, "") } : {}),
      limits: {
        maxFileBytes: e.ETHIEK_MAX_FILE_BYTES,
        maxRequestBytes: e.ETHIEK_MAX_REQUEST_BYTES,
        maxFiles: e.ETHIEK_MAX_FILES,
        maxPages: e.ETHIEK_MAX_PAGES,
        checkTimeoutMs: e.ETHIEK_CHECK_TIMEOUT_MS,
        requestTimeoutMs: e.ETHIEK_REQUEST_TIMEOUT_MS,
        idleTimeoutMs: e.ETHIEK_IDLE_TIMEOUT_MS,
      },
      rateLimit: { perKey: e.ETHIEK_RATE_LIMIT_PER_KEY, perAddress: e.ETHIEK_RATE_LIMIT_PER_ADDRESS, windowMs: e.ETHIEK_RATE_LIMIT_WINDOW_MS },
      retentionDays: e.ETHIEK_RETENTION_DAYS,
      shutdownTimeoutMs: e.ETHIEK_SHUTDOWN_TIMEOUT_MS,
      workers: e.ETHIEK_WORKERS,
      logLevel: e.LOG_LEVEL,
      ...(zgwMissing.length === 0
        ? {
            zgw: {
              zakenApiUrl: e.ETHIEK_ZGW_ZAKEN_URL!,
              catalogiApiUrl: e.ETHIEK_ZGW_CATALOGI_URL!,
              catalogusUrl: e.ETHIEK_ZGW_CATALOGUS_URL!,
              bronorganisatie: e.ETHIEK_ZGW_RSIN!,
              clientId: e.ETHIEK_ZGW_CLIENT_ID!,
              secret: e.ETHIEK_ZGW_SECRET!,
              timeoutMs: e.ETHIEK_ZGW_TIMEOUT_MS,
              includePersons: e.ETHIEK_ZGW_INCLUDE_PERSONS === "true",
              ...(archive ? { archive } : {}),
            },
          }
        : {}),
    },
  };
}

/**
 * Renders configuration problems for the terminal, one per line.
 *
 * @example
 * formatConfigIssues(result.errors) // "- PORT: PORT must be a port number"
 */
export function formatConfigIssues(errors: readonly ConfigIssue[]): string {
  return errors.map((e) => `- ${e.variable}: ${e.message}`).join("\n");
}

/**
 * A configuration for tests and embedding: local mode on an SQLite file, with overrides.
 *
 * @example
 * const app = await buildApp(testConfig({ database: { kind: "sqlite", file: ":memory:" } }));
 */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  const result = loadConfig({});
  if (!result.ok) throw new Error("the default configuration is invalid: this is a bug");
  return { ...result.value, ...overrides };
}
