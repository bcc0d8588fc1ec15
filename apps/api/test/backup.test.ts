// Issue 18: a backup of the embedded database made while the service runs and writes, restored
// into a new instance that reads every check back; and the durability setting.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app.js";
import { runBackup } from "../src/backup-cli.js";
import { defaultConfig, loadConfig } from "../src/config.js";
import { openStorage } from "../src/db/database.js";
import { bearer, createTenants, engine, form, pepper, startApp, tender, type Tenants } from "./harness.js";

describe("backup and restore of the embedded database", () => {
  let app: FastifyInstance;
  let keys: Tenants;
  let close: () => Promise<void>;
  let dataDir: string;
  const out = mkdtempSync(join(tmpdir(), "ethiek-backup-"));
  beforeAll(async () => {
    ({ app, close } = await startApp("sqlite"));
    keys = await createTenants(app);
    dataDir = dirname((app.config.database as { file: string }).file);
  });
  afterAll(async () => {
    await close?.();
    rmSync(out, { recursive: true, force: true });
  });

  const submit = (name: string) =>
    app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([{ name: `${name}.md`, bytes: tender(`${name}.md`) }]) });
  const io = () => {
    const lines: string[] = [];
    return { lines, io: { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) } };
  };

  it("copies the database while checks are being written, and a restored instance reads every check back", async () => {
    const ids: string[] = [];
    for (const name of ["chatbot-publieksvragen", "subsidie-risicoscore", "cv-screening-werving"]) {
      const res = await submit(name);
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    const target = join(out, "ethiek-backup.db");
    const { lines, io: output } = io();
    // A check is written while the backup runs; the copy is one consistent moment either way.
    const [code, during] = await Promise.all([runBackup([target], { ETHIEK_DATA_DIR: dataDir }, output), submit("chatbot-publieksvragen")]);
    expect(code, lines.join("\n")).toBe(0);
    expect(during.statusCode).toBe(201);
    const summary = JSON.parse(lines[0] as string) as { file: string; checks: number; audit: number };
    expect(summary.file).toBe(target);
    expect(summary.checks).toBeGreaterThanOrEqual(3);
    expect(existsSync(`${target}.partial`)).toBe(false);

    const restored = await buildApp(defaultConfig({ auth: "keys", keyPepper: pepper, database: { kind: "sqlite", file: target }, logLevel: "silent" }), { engine: await engine() });
    try {
      for (const id of ids) {
        const [before, after] = await Promise.all([
          app.inject({ url: `/v1/checks/${id}`, headers: bearer(keys.noord.officer) }),
          restored.inject({ url: `/v1/checks/${id}`, headers: bearer(keys.noord.officer) }),
        ]);
        expect(after.statusCode).toBe(200);
        expect(after.json()).toEqual(before.json());
      }
      const list = await restored.inject({ url: "/v1/checks?pageSize=100", headers: bearer(keys.noord.officer) });
      expect(list.json().total).toBe(summary.checks);
    } finally {
      await restored.close();
    }
  });

  it("refuses to overwrite an existing file without --force, and explains PostgreSQL", async () => {
    const existing = join(out, "bestaat.db");
    writeFileSync(existing, "niet overschrijven");
    const a = io();
    expect(await runBackup([existing], { ETHIEK_DATA_DIR: dataDir }, a.io)).toBe(2);
    expect(a.lines.join("")).toContain("--force");
    const b = io();
    expect(await runBackup([join(out, "x.db")], { DATABASE_URL: "postgres://u@127.0.0.1/db" }, b.io)).toBe(2);
    expect(b.lines.join("")).toContain("pg_dump");
    const c = io();
    expect(await runBackup([], {}, c.io)).toBe(2);
    expect(c.lines.join("")).toContain("Usage");
  });

  it("runs SQLite with synchronous=NORMAL by default and FULL, power-loss safe, when configured", async () => {
    const defaults = loadConfig({ ETHIEK_DATA_DIR: out });
    const full = loadConfig({ ETHIEK_DATA_DIR: out, ETHIEK_SQLITE_SYNCHRONOUS: "full" });
    expect(defaults.ok && full.ok).toBe(true);
    if (!defaults.ok || !full.ok) return;
    expect(defaults.value.database).toMatchObject({ kind: "sqlite", synchronous: "normal" });
    for (const [config, expected] of [[defaults.value.database, 1], [full.value.database, 2]] as const) {
      const storage = openStorage({ ...config, file: join(out, `sync-${expected}.db`) } as typeof config);
      const { sql } = await import("kysely");
      const row = await sql<{ synchronous: number }>`pragma synchronous`.execute(storage.db);
      expect(row.rows[0]?.synchronous).toBe(expected);
      await storage.close();
    }
    expect(loadConfig({ ETHIEK_SQLITE_SYNCHRONOUS: "off" }).ok).toBe(false);
  });
});
