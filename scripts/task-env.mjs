#!/usr/bin/env node
// Runs a command (turbo) with ETHIEK_HASH_* variables that say which Node.js runs the tasks and
// which optional system parts the suites will find: Chromium, a PostgreSQL server, pdftotext, soffice and
// the conformance folder. turbo.json lists ETHIEK_HASH_* in `globalEnv`, so they are part of every
// task hash: a run under Node 22 is never replayed as a pass under Node 24, and a run in which a
// suite skipped (no Chromium, no PostgreSQL, no conformance material) is never replayed as the run
// in which that suite ran.
//
//   node scripts/task-env.mjs turbo run typecheck test lint
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { connect } from "node:net";
import { delimiter, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

/** The first executable of that name on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** As the browser suites look for it (apps/api/test/web, packages/cli/test/html-a11y). */
function chromium() {
  const path = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!path || !existsSync(path)) return "absent";
  const version = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 10_000 }).stdout?.trim();
  return `present ${version || path}`;
}

/** As apps/api/test/harness.ts looks for it: DATABASE_URL, or 127.0.0.1:5432. Answers "up" or "down". */
function postgres() {
  let host = "127.0.0.1";
  let port = 5432;
  try {
    const url = new URL(process.env.DATABASE_URL ?? "postgres://127.0.0.1:5432/test");
    host = url.hostname || host;
    port = Number(url.port || 5432);
  } catch {
    return Promise.resolve("down (DATABASE_URL unreadable)");
  }
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2000 });
    const finish = (state) => {
      socket.destroy();
      done(`${state} ${host}:${port}`);
    };
    socket.once("connect", () => finish("up"));
    socket.once("timeout", () => finish("down"));
    socket.once("error", () => finish("down"));
  });
}

/** "absent", or a digest of the conformance folder's file names and sizes. */
function conformance() {
  const dir = process.env.ETHIEK_CONFORMANCE_DIR ?? resolve(root, "../shared/conformance");
  if (!existsSync(dir)) return "absent";
  const hash = createHash("sha256");
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(`${relative(dir, path)}\0${statSync(path).size}\n`);
    }
  };
  walk(dir);
  return `present ${hash.digest("hex").slice(0, 16)}`;
}

const env = {
  ETHIEK_HASH_NODE: `${process.version} ${process.platform}-${process.arch} abi${process.versions.modules}`,
  ETHIEK_HASH_CHROMIUM: chromium(),
  ETHIEK_HASH_POSTGRES: await postgres(),
  ETHIEK_HASH_PDFTOTEXT: onPath("pdftotext") ? "present" : "absent",
  ETHIEK_HASH_SOFFICE: onPath("soffice") ? "present" : "absent",
  ETHIEK_HASH_CONFORMANCE: conformance(),
};
console.log(`task hash inputs: ${Object.entries(env).map(([k, v]) => `${k.slice(12).toLowerCase()} ${v}`).join("; ")}`);

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/task-env.mjs <command> [args...]");
  process.exit(2);
}
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
