// ADR 0020: inserts and reads rows in a file database with better-sqlite3 and with node:sqlite.
//   node bench/sqlite-drivers.mjs   (in apps/api, on Node 22.13+)
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
const require = createRequire(join(process.cwd(), "package.json"));
const rows = 20000;
function run(open) {
  const dir = mkdtempSync(join(tmpdir(), "sqlb-"));
  const db = open(join(dir, "b.db"));
  db.exec("pragma journal_mode = wal; create table t (id integer primary key, org text, body text)");
  const t0 = performance.now();
  const ins = db.prepare("insert into t (org, body) values (?, ?)");
  db.exec("begin");
  for (let i = 0; i < rows; i++) ins.run(`org-${i % 10}`, JSON.stringify({ i, text: "x".repeat(200) }));
  db.exec("commit");
  const t1 = performance.now();
  const sel = db.prepare("select id, body from t where org = ?");
  let n = 0;
  for (let k = 0; k < 20; k++) n += sel.all(`org-${k % 10}`).length;
  const t2 = performance.now();
  db.close();
  rmSync(dir, { recursive: true });
  return { insertMs: +(t1 - t0).toFixed(1), select40kRowsMs: +(t2 - t1).toFixed(1), n };
}
const B = require("better-sqlite3");
const { DatabaseSync } = await import("node:sqlite");
const res = {};
for (let r = 0; r < 3; r++) {
  res[`better-sqlite3#${r}`] = run((f) => new B(f));
  res[`node:sqlite#${r}`] = run((f) => new DatabaseSync(f));
}
console.log(process.version, JSON.stringify(res));
