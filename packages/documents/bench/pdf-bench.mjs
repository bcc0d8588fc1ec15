// PDF benchmark of @ethiek/documents: generates tender PDFs of 300 and 1,000 pages with pdf-lib,
// extracts them with the built package and, in the same run, with poppler's pdftotext. Reports
// wall time, pages per second and peak resident memory (VmHWM of each child process).
// Two kinds of file: "corpus" repeats the pages of the three LibreOffice PDFs of the labelled
// corpus (real tender layout: tables, headings, embedded fonts); "synthetic" draws text with
// pdf-lib (running header, footer with page number, a small table per page).
//   npm run bench -w @ethiek/documents
// BENCH_RUNS=n sets the runs per file (default 3; BENCH_RUNS_LARGE for the 1,000-page file, default
// the same). BENCH_BASELINE=/path/to/dist/index.js
// also runs an earlier build of the package (e.g. a copy of dist/ made before a change) on the
// same files in the same run, interleaved, so that before and after share the machine's load.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PDFDocument, StandardFonts } from "pdf-lib";

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? RUNS);
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null;

const words = ("De Opdrachtnemer levert een hoog-risico-AI-systeem dat voldoet aan de AI-verordening en bewaart de " +
  "logbestanden ten minste zes maanden zodat de Provincie toezicht kan houden op de werking van het systeem " +
  "en op de gevolgen voor inwoners ondernemers en medewerkers van de organisatie").split(" ");

async function corpusPdf(pages) {
  const tenders = join(here, "../../../fixtures/corpus/tenders");
  const sources = await Promise.all(
    ["ivri-verkeerslichten", "subsidie-risicoscore", "fietstelling-camera"].map((n) => PDFDocument.load(readFileSync(join(tenders, `${n}.pdf`)))),
  );
  const out = await PDFDocument.create();
  let n = 0;
  while (n < pages) {
    for (const source of sources) {
      for (const page of await out.copyPages(source, source.getPageIndices())) {
        if (n++ < pages) out.addPage(page);
      }
    }
  }
  return out.save({ useObjectStreams: false });
}

async function syntheticPdf(pages) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let w = 0;
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText("Aanbestedingsleidraad iVRI – kenmerk PGLD-2026-INK-0412", { x: 56, y: 810, size: 8, font });
    page.drawText(`Pagina ${p} van ${pages}`, { x: 260, y: 24, size: 8, font });
    let y = 780;
    page.drawText(`${p}. Hoofdstuk ${p}`, { x: 56, y, size: 14, font: bold });
    y -= 26;
    for (let l = 0; l < 28; l++) {
      let line = "";
      while (line.length < 85) line += `${words[w++ % words.length]} `;
      page.drawText(line.trim(), { x: 56, y, size: 10.5, font });
      y -= 14;
      if (l % 7 === 6) y -= 8;
    }
    // A small three-column table per page.
    for (let r = 0; r < 6; r++) {
      page.drawText(`E-${String(r + 1).padStart(2, "0")}`, { x: 56, y, size: 10.5, font });
      page.drawText("Opdrachtnemer levert de technische documentatie", { x: 100, y, size: 10.5, font });
      page.drawText("Zie bijlage 3", { x: 420, y, size: 10.5, font });
      y -= 18;
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Runs a command, polling /proc for its peak RSS (VmHWM); resolves with ms and peak MB. */
function measure(command, args, env = process.env) {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let peakKb = 0;
    let out = "";
    let err = "";
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* the process has just ended */
      }
    };
    const timer = setInterval(poll, 5);
    child.stdout.on("data", (d) => {
      if (out.length < 4096) out += d;
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${command} exited with ${code}: ${err}`));
      else resolvePromise({ ms, peakMb: peakKb / 1024, out });
    });
  });
}

/** CPU time (user + system) of pdftotext, from bash's `times` for its children. */
function peerCpuMs(file) {
  const r = spawnSync("bash", ["-c", 'pdftotext -q "$1" - >/dev/null; times', "_", file], { encoding: "utf8" });
  const m = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(r.stdout);
  return m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : Number.NaN;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 0) => n.toFixed(d);

const loadAtStart = loadavg();
const dir = mkdtempSync(join(tmpdir(), "ethiek-pdf-bench-"));
try {
  const has = spawnSync("pdftotext", ["-v"]).status === 0;
  const results = {};
  const cases = [
    ["corpus", 300, RUNS],
    ["synthetic", 300, RUNS],
    ["corpus", 1000, RUNS_LARGE],
  ];
  for (const [kind, pages, runs] of cases) {
    const file = join(dir, `${kind}-${pages}.pdf`);
    writeFileSync(file, kind === "corpus" ? await corpusPdf(pages) : await syntheticPdf(pages));
    const ours = [];
    const base = [];
    const peer = [];
    // Interleaved, so that load from other processes hits both tools alike; the order turns with
    // each run, so that no tool always comes first.
    const steps = [
      async () => ours.push(await measure(process.execPath, [join(here, "extract-one.mjs"), file])),
      ...(BASELINE ? [async () => base.push(await measure(process.execPath, [join(here, "extract-one.mjs"), file], { ...process.env, BENCH_DIST: pathToFileURL(BASELINE).href }))] : []),
      ...(has ? [async () => peer.push({ ...(await measure("pdftotext", ["-q", file, "-"])), cpuMs: peerCpuMs(file) })] : []),
    ];
    for (let i = 0; i < runs; i++) {
      for (let j = 0; j < steps.length; j++) await steps[(i + j) % steps.length]();
    }
    const summary = (rs) => ({
      ms: median(rs.map((r) => r.ms)),
      cpuMs: median(rs.map((r) => JSON.parse(r.out).cpuMs)),
      peakMb: Math.max(...rs.map((r) => r.peakMb)),
      inner: JSON.parse(rs[0].out),
    });
    results[`${kind} ${pages}`] = {
      pages,
      bytes: readFileSync(file).length,
      ours: summary(ours),
      base: BASELINE ? summary(base) : null,
      peer: has ? { ms: median(peer.map((r) => r.ms)), cpuMs: median(peer.map((r) => r.cpuMs)), peakMb: Math.max(...peer.map((r) => r.peakMb)) } : null,
    };
  }
  const load = (l) => l.map((x) => x.toFixed(1)).join(" ");
  console.log(`machine: ${cpus().length} cores, Node ${process.version}, load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`);
  console.log("| file | tool | wall time (median) | pages/s (wall) | CPU time (median) | peak RSS | wall ratio | CPU ratio |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, r] of Object.entries(results)) {
    const ratios = r.peer ? `${fmt(r.ours.ms / r.peer.ms, 1)}x | ${fmt(r.ours.cpuMs / r.peer.cpuMs, 1)}x` : "– | –";
    console.log(`| ${name} pages (${fmt(r.bytes / 1024)} KB) | @ethiek/documents | ${fmt(r.ours.ms)} ms | ${fmt((r.pages / r.ours.ms) * 1000)} | ${fmt(r.ours.cpuMs)} ms | ${fmt(r.ours.peakMb)} MB | ${ratios} |`);
    if (r.base) {
      const b = r.base;
      const baseRatios = r.peer ? `${fmt(b.ms / r.peer.ms, 1)}x | ${fmt(b.cpuMs / r.peer.cpuMs, 1)}x` : "– | –";
      console.log(`| ${name} pages | baseline build | ${fmt(b.ms)} ms | ${fmt((r.pages / b.ms) * 1000)} | ${fmt(b.cpuMs)} ms | ${fmt(b.peakMb)} MB | ${baseRatios} |`);
    }
    if (r.peer) console.log(`| ${name} pages | pdftotext | ${fmt(r.peer.ms)} ms | ${fmt((r.pages / r.peer.ms) * 1000)} | ${fmt(r.peer.cpuMs)} ms | ${fmt(r.peer.peakMb)} MB | 1x | 1x |`);
  }
  if (!has) console.log("\npdftotext not found (Debian package poppler-utils): only our figures are reported.");
  const big = results["corpus 1000"];
  console.log(`\n1,000 pages: peak RSS ${fmt(big.ours.peakMb)} MB (bar: under 300 MB) -> ${big.ours.peakMb < 300 ? "PASS" : "FAIL"}`);
  for (const [name, r] of Object.entries(results)) {
    if (r.peer) {
      const wall = r.ours.ms / r.peer.ms;
      const cpu = r.ours.cpuMs / r.peer.cpuMs;
      // The bar is the time a user waits (wall time). CPU time is printed beside it: ours includes
      // both PDFium worker threads and V8's WebAssembly compilers; pdftotext runs in one thread.
      console.log(`${name}: wall ratio ${fmt(wall, 2)}x (bar: within 2x) -> ${wall <= 2 ? "PASS" : "FAIL"}; CPU ratio ${fmt(cpu, 2)}x`);
    }
  }
  if (BASELINE) {
    for (const [name, r] of Object.entries(results)) {
      console.log(`${name}: this build vs baseline: wall ${fmt((1 - r.ours.ms / r.base.ms) * 100)} % less, CPU ${fmt((1 - r.ours.cpuMs / r.base.cpuMs) * 100)} % less; same segment count: ${r.ours.inner.segments === r.base.inner.segments}`);
    }
  }
  console.log(`in-process extraction time (without Node start-up): ${Object.entries(results).map(([n, r]) => `${n}: ${fmt(r.ours.inner.ms)} ms`).join(", ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
