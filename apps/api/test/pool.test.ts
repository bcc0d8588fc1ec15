// The worker pool behind `npm start`: the worker is compiled here with esbuild (as tsup does for
// dist/), and must give the same results as the main thread.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PoolTimeoutError, withWorkerPool } from "../src/check-pool.js";
import { engine, tender } from "./harness.js";

let built: string;
let outdir: string;
beforeAll(async () => {
  // Inside the app's folder, so that the worker's npm imports resolve from node_modules.
  outdir = mkdtempSync(fileURLToPath(new URL("../.worker-test-", import.meta.url)));
  await build({
    entryPoints: [fileURLToPath(new URL("../src/check-worker.ts", import.meta.url))],
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@ethiek/source"],
    logLevel: "silent",
    // Workspace packages are bundled from their sources; npm dependencies stay imports.
    plugins: [
      {
        name: "externals",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@ethiek/") ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  built = join(outdir, "check-worker.js");
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/**
 * A stand-in worker speaking the pool's protocol: "bom.docx" spins for ever, as inflating a zip
 * that lies about its size does; everything else answers after 50 ms.
 */
function stuckWorker(): string {
  const file = join(outdir, "stuck-worker.mjs");
  writeFileSync(
    file,
    `import { parentPort } from "node:worker_threads";
parentPort.on("message", (m) => {
  if (m.kind === "extract" && m.options.name === "bom.docx") for (;;) {}
  setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, value: { ok: true, name: m.options.name } }), 50);
});
parentPort.postMessage({ id: 0, ok: true, value: "ready" });
`,
  );
  return file;
}

describe("check worker pool", () => {
  it("finds no worker file next to the TypeScript sources, so tests and `tsx` runs check in-process", async () => {
    const { workerFile } = await import("../src/check-pool.js");
    expect(workerFile()).toBeNull();
  });

  it("reads and checks in worker threads with the same result as the main thread", async () => {
    const real = await engine();
    const pool = withWorkerPool(real, { size: 2, dataDir: mkdtempSync(join(tmpdir(), "ethiek-pool-")), file: built });
    try {
      const limits = { maxBytes: 1e7, maxPages: 100, timeoutMs: 30_000 };
      const bytes = tender("cv-screening-werving.md");
      const [inWorker, inMain] = await Promise.all([pool.extract(bytes, { name: "a.md", limits }), real.extract(bytes, { name: "a.md", limits })]);
      expect(inWorker).toEqual(inMain);
      if (!inWorker.ok) throw new Error("unreadable");
      const now = { ruleset: real.defaultRuleset, waivers: [], language: "nl" as const };
      const [a, b] = await Promise.all([pool.check([inWorker.document], now), real.check([inWorker.document], now)]);
      expect({ ...a, checkedAt: "" }).toEqual({ ...b, checkedAt: "" });
      const bad = await pool.extract(new Uint8Array(), { name: "leeg.md", limits });
      expect(bad.ok).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it("stops a worker stuck in synchronous code after the job's budget, and moves the jobs queued behind it (issue 18, finding 1)", async () => {
    const fake = stuckWorker();
    const real = await engine();
    const pool = withWorkerPool(real, { size: 2, dataDir: outdir, file: fake, graceMs: 100 });
    try {
      const limits = (timeoutMs: number) => ({ maxBytes: 1e7, maxPages: 100, timeoutMs });
      const started = Date.now();
      const bombs = [pool.extract(new Uint8Array(1), { name: "bom.docx", limits: limits(300) }), pool.extract(new Uint8Array(1), { name: "bom.docx", limits: limits(300) })];
      // Both workers are now stuck; a normal job waits behind one of them.
      const normal = pool.extract(new Uint8Array(1), { name: "gewoon.md", limits: limits(30_000) });
      await Promise.all(bombs.map((bomb) => expect(bomb).rejects.toBeInstanceOf(PoolTimeoutError)));
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await normal).toEqual({ ok: true, name: "gewoon.md" });
      expect(await pool.extract(new Uint8Array(1), { name: "daarna.md", limits: limits(30_000) })).toEqual({ ok: true, name: "daarna.md" });
    } finally {
      await pool.close();
    }
  });

  it("moves a job again when the worker it moved to is stopped for another stuck job", async () => {
    // One worker, two stuck jobs and a normal one queued behind them: the normal job moves twice
    // (once per stuck job) and still answers; each stuck job fails on its own budget.
    const fake = stuckWorker();
    const real = await engine();
    const pool = withWorkerPool(real, { size: 1, dataDir: outdir, file: fake, graceMs: 100 });
    try {
      const limits = (timeoutMs: number) => ({ maxBytes: 1e7, maxPages: 100, timeoutMs });
      const bombs = [pool.extract(new Uint8Array(1), { name: "bom.docx", limits: limits(200) }), pool.extract(new Uint8Array(1), { name: "bom.docx", limits: limits(200) })];
      const normal = pool.extract(new Uint8Array(1), { name: "gewoon.md", limits: limits(30_000) });
      await Promise.all(bombs.map((bomb) => expect(bomb).rejects.toBeInstanceOf(PoolTimeoutError)));
      expect(await normal).toEqual({ ok: true, name: "gewoon.md" });
    } finally {
      await pool.close();
    }
  });
});
