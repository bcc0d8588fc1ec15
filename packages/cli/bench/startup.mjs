// Startup benchmark: wall time of `ethiek check` on a one-page Markdown tender, as a user runs it
// (a fresh node process each time), compared in the same run with `node -e 0` (the floor every
// Node CLI pays) and, when installed, textlint's CLI on the same file (a peer text checker).
// Bar: median under 400 ms. Run with `npm run bench -w @ethiek/cli` after `npm run build`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = resolve(root, "packages/cli/bin/ethiek.js");
const file = resolve(root, "examples/tender-voorbeeld/bestek.md");
const runs = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(resolve(root, "packages/cli/dist/index.js"))) {
  console.error("bench: build first (npm run build)");
  process.exit(2);
}

function measure(label, args, okCodes = [0, 1]) {
  const times = [];
  // One warm-up run fills the OS file cache, as on any machine that ran the command before.
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!okCodes.includes(r.status ?? -1)) {
      console.error(`${label} exited ${r.status}: ${r.stderr}`);
      process.exit(2);
    }
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  return { label, median, p90, min: times[0] };
}

const results = [measure("node -e 0", ["-e", "0"], [0])];
results.push(measure("ethiek --version", [bin, "--version"], [0]));
results.push(measure("ethiek check one-page.md", [bin, "check", file, "--format", "json"]));
// Where the time goes: loading each engine alone in a fresh process.
for (const pkg of ["@ethiek/documents", "@ethiek/procurement"]) {
  results.push(measure(`import ${pkg} only`, ["--input-type=module", "-e", `await import(${JSON.stringify(pkg)})`], [0]));
}
const textlint = resolve(root, "node_modules/textlint/bin/textlint.js");
if (existsSync(textlint)) results.push(measure("textlint one-page.md (no rules)", [textlint, file], [0, 1]));

// Peak memory (max RSS of the whole process, PDF worker thread included) for one file per format.
const rssHook = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))`;
const memory = [];
for (const name of ["ivri-verkeerslichten.md", "ivri-verkeerslichten.docx", "ivri-verkeerslichten.pdf"]) {
  const target = resolve(root, "fixtures/corpus/tenders", name);
  const r = spawnSync(process.execPath, ["--import", rssHook, bin, "check", target, "--format", "json", "--fail-on", "never"], {
    cwd: root,
    encoding: "utf8",
  });
  const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  memory.push({ name, mb: kb / 1024, ok: r.status === 0 });
}

const check = results.find((r) => r.label.startsWith("ethiek check"));
const floor = results[0];
console.log(`ethiek CLI startup — ${runs} runs each, Node ${process.version}, ${new Date().toISOString()}`);
console.log("| command | median ms | p90 ms | min ms | × node -e 0 |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const r of results) {
  console.log(`| ${r.label} | ${r.median.toFixed(0)} | ${r.p90.toFixed(0)} | ${r.min.toFixed(0)} | ${(r.median / floor.median).toFixed(2)} |`);
}
console.log("\n| ethiek check on | peak RSS MB |\n| --- | ---: |");
for (const m of memory) console.log(`| ${m.name} | ${m.ok ? m.mb.toFixed(0) : "failed"} |`);
const verdict = check.median < 400 ? "meets" : "MISSES";
console.log(`\n\`ethiek check\` median ${check.median.toFixed(0)} ms ${verdict} the 400 ms bar.`);

