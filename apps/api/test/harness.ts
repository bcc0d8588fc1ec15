// Shared set-up of the HTTP suites: both databases, two organisations plus a commission with a key
// per role, and the real check engine.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { validateProblem } from "@ethiek/schemas";
import { corpusDir } from "@ethiek-test/support";
import { buildApp } from "../src/app.js";
import { createApiKey, ensureOrganisation } from "../src/auth.js";
import { defaultConfig, type Config, type DatabaseConfig } from "../src/config.js";
import { openStorage } from "../src/db/database.js";
import { createEngine } from "../src/engine-default.js";
import type { Engine } from "../src/engine.js";

export const pepper = "test-pepper-0123456789abcdef";

const postgresUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresProblem = await postgresReachable();
if (postgresProblem !== null) {
  console.warn(`[skip] PostgreSQL suites: no server at ${postgresUrl.replace(/\/\/[^@]*@/, "//")} (${postgresProblem}); set DATABASE_URL to run them.`);
}

/** The databases every storage-touching suite runs on. */
export const databases = [
  { name: "sqlite" as const, skip: false },
  { name: "postgres" as const, skip: postgresProblem !== null },
];

/** A fresh database of the given kind: a temporary SQLite file, or a new PostgreSQL schema. */
export async function freshDatabase(kind: "sqlite" | "postgres"): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "ethiek-api-"));
    return { config: { kind: "sqlite", file: join(dir, "ethiek.db") }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    config: { kind: "postgres", url: postgresUrl, schema },
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

let enginePromise: Promise<Engine> | undefined;
/** The real engine (documents + procurement), created once per test file. */
export function engine(): Promise<Engine> {
  enginePromise ??= createEngine({ dataDir: mkdtempSync(join(tmpdir(), "ethiek-engine-")) }).then((r) => {
    if (!r.ok) throw new Error(r.error);
    return r.value;
  });
  return enginePromise;
}

/** Keys of the test organisations: `noord` (handled by `commissie`), `zuid`, and the commission. */
export interface Tenants {
  noord: { officer: string; officer2: string; ethics: string; admin: string; officerEthics: string };
  zuid: { officer: string; ethics: string; admin: string };
  commissie: { ethics: string };
}

/** Creates the organisations and a key per role. */
export async function createTenants(app: FastifyInstance): Promise<Tenants> {
  const db = app.storage.db;
  await ensureOrganisation(db, { id: "commissie", name: "Ethiekcommissie" }, "test");
  await ensureOrganisation(db, { id: "noord", name: "Provincie Noord", commission: "commissie" }, "test");
  await ensureOrganisation(db, { id: "zuid", name: "Provincie Zuid" }, "test");
  const key = async (organisation: string, roles: ("officer" | "ethics" | "admin")[]) =>
    (await createApiKey(db, app.config.keyPepper, { organisation, roles, label: roles.join("+") }, "test")).key;
  return {
    noord: {
      officer: await key("noord", ["officer"]),
      officer2: await key("noord", ["officer"]),
      ethics: await key("noord", ["ethics"]),
      admin: await key("noord", ["admin"]),
      officerEthics: await key("noord", ["officer", "ethics"]),
    },
    zuid: { officer: await key("zuid", ["officer"]), ethics: await key("zuid", ["ethics"]), admin: await key("zuid", ["admin"]) },
    commissie: { ethics: await key("commissie", ["ethics"]) },
  };
}

/** Collects log lines, to prove what never appears in them. */
export function logCollector(): { stream: Writable; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

/** Starts an app in keys mode on a fresh database of the given kind. */
export async function startApp(
  kind: "sqlite" | "postgres",
  overrides: Partial<Config> = {},
  wrapEngine: (real: Engine) => Engine = (real) => real,
): Promise<{ app: FastifyInstance; logs: () => string; close(): Promise<void> }> {
  const db = await freshDatabase(kind);
  const logs = logCollector();
  // Suites send hundreds of requests a minute from one address; the limits have their own tests.
  const config = defaultConfig({ auth: "keys", keyPepper: pepper, database: db.config, logLevel: "info", rateLimit: { perKey: 0, perAddress: 0, windowMs: 60_000 }, ...overrides });
  const app = await buildApp(config, { engine: wrapEngine(await engine()), logStream: logs.stream });
  await app.ready();
  return {
    app,
    logs: logs.text,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** A corpus tender as bytes. */
export function tender(name: string): Buffer {
  return readFileSync(join(corpusDir, "tenders", name));
}

/** A multipart body with the given files and fields. */
export function form(files: { name: string; bytes: Buffer | string; type?: string }[], fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const f of files) data.append("files", new Blob([typeof f.bytes === "string" ? f.bytes : new Uint8Array(f.bytes)], { type: f.type ?? "text/markdown" }), f.name);
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

/** Authorization header for a key. */
export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** The cookies a response sets, as a Cookie header value, merged into earlier ones. */
export function jar(res: LightMyRequestResponse, before = ""): string {
  const map = new Map(before.split("; ").filter(Boolean).map((c) => [c.split("=")[0] as string, c] as const));
  const raw = res.headers["set-cookie"];
  for (const c of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) {
    const pair = c.split(";")[0] as string;
    const name = pair.split("=")[0] as string;
    if (pair.endsWith("=")) map.delete(name);
    else map.set(name, pair);
  }
  return [...map.values()].join("; ");
}

/** The CSRF token of a web page's form. */
export const tokenOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

/** Signs in to the web page with an API key through the sign-in form; returns the session cookies. */
export async function signIn(app: FastifyInstance, key: string): Promise<string> {
  const page = await app.inject({ method: "GET", url: "/aanmelden" });
  const data = new FormData();
  data.append("csrf", tokenOf(page.body));
  data.append("sleutel", key);
  const res = await app.inject({ method: "POST", url: "/aanmelden", headers: { cookie: jar(page) }, payload: data });
  if (res.statusCode !== 303) throw new Error(`sign-in failed with ${res.statusCode}: ${res.body}`);
  return jar(res, jar(page));
}

/**
 * Asserts that a response is an RFC 9457 problem (`application/problem+json`, valid against
 * problem.schema.json) with this status and, when given, this code; returns its body.
 */
export function expectProblem(res: LightMyRequestResponse, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = res.json();
  const valid = validateProblem(body);
  expect(valid.ok, JSON.stringify(valid)).toBe(true);
  if (code !== undefined) expect(body.code).toBe(code);
  return body as { detail: string; code: string; invalidParams?: { name: string; reason: string; code?: string }[] };
}

export { openStorage };
