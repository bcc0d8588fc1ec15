// `npm run bench:api`: 20 concurrent clients submit a 20-page DOCX tender to the built service for
// 30 s (autocannon). Records throughput, latency p50/p99, errors and the server's memory over the
// run, and — as the peer in the same run — the engine alone (read + check, no HTTP, no storage).
// Usage: npm run build (from the root, once) then npm run bench:api [-- --duration 30 --connections 20]
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { escapeXml } from "@ethiek/schemas";
import { strToU8, zipSync } from "fflate";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../..");
const { values } = parseArgs({
  options: { duration: { type: "string", default: "30" }, connections: { type: "string", default: "20" }, pages: { type: "string", default: "20" } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const pages = Number(values.pages);

/** A DOCX of `pages` pages (about 450 words each) made from a corpus tender, with page breaks. */
export function makeDocx(pageCount) {
  const source = readFileSync(join(repo, "fixtures/corpus/tenders/subsidie-risicoscore.md"), "utf8");
  const paragraphs = source.split(/\n\s*\n/).map((p) => p.replace(/[#*|`>-]/g, " ").replace(/\s+/g, " ").trim()).filter((p) => p.length > 0);
  const body = [];
  let p = 0;
  for (let page = 1; page <= pageCount; page++) {
    body.push(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Hoofdstuk ${page}</w:t></w:r></w:p>`);
    let words = 0;
    while (words < 450) {
      const text = paragraphs[p++ % paragraphs.length];
      words += text.split(" ").length;
      body.push(`<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`);
    }
    if (page < pageCount) body.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join("")}</w:body></w:document>`;
  return Buffer.from(
    zipSync({
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      "word/document.xml": strToU8(document),
    }),
  );
}

function multipart(docx) {
  const boundary = "----ethiekbench";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="tender-20-paginas.docx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n`;
  return { boundary, body: Buffer.concat([Buffer.from(head), docx, Buffer.from(`\r\n--${boundary}--\r\n`)]) };
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function waitForHealth(base) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/v1/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the service did not start");
}

const docx = makeDocx(pages);

// Peer: the engine alone on the same file, sequentially, for 10 s.
const { createEngine } = await import("../dist/index.js");
const engineResult = await createEngine({ dataDir: mkdtempSync(join(tmpdir(), "ethiek-bench-engine-")) });
if (!engineResult.ok) throw new Error(engineResult.error);
const engine = engineResult.value;
const first = await engine.extract(docx, { name: "t.docx", limits: { maxBytes: 50e6, maxPages: 1000, timeoutMs: 60_000 } });
if (!first.ok) throw new Error(`the generated DOCX does not read: ${first.error.message}`);
const words = first.document.segments.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
let peerCount = 0;
const peerStart = performance.now();
while (performance.now() - peerStart < 10_000) {
  const r = await engine.extract(docx, { name: "t.docx", limits: { maxBytes: 50e6, maxPages: 1000, timeoutMs: 60_000 } });
  engine.check([r.document], { ruleset: engine.defaultRuleset, waivers: [], language: "nl" });
  peerCount++;
}
const peerRate = peerCount / ((performance.now() - peerStart) / 1000);

// The service, built, in its own process with a fresh embedded database.
const dataDir = mkdtempSync(join(tmpdir(), "ethiek-bench-"));
const port = 3900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, [join(here, "../dist/main.js")], {
  // The limiter stays on (its cost is part of the figure) but far above what the bench sends.
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ETHIEK_DATA_DIR: dataDir, LOG_LEVEL: "warn", ETHIEK_AUTH: "local", ETHIEK_RATE_LIMIT_PER_KEY: "1000000", ETHIEK_RATE_LIMIT_PER_ADDRESS: "1000000" },
  stdio: ["ignore", "inherit", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitForHealth(base);
  // Warm up (JIT, caches), then measure from a settled baseline.
  const { boundary, body } = multipart(docx);
  const warm = await autocannon({ url: `${base}/v1/checks`, method: "POST", connections: 4, duration: 5, body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
  if (warm.non2xx > 0) throw new Error(`warm-up got ${warm.non2xx} non-2xx answers`);
  const memory = [];
  const sampler = setInterval(() => memory.push(rssMb(server.pid)), 1000);
  memory.push(rssMb(server.pid));
  const result = await autocannon({
    url: `${base}/v1/checks`,
    method: "POST",
    connections,
    duration,
    body,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  });
  clearInterval(sampler);
  memory.push(rssMb(server.pid));
  // RSS saw-tooths with garbage collection; a leak shows as a rising floor. Compare the lowest
  // sample of the middle third with the lowest of the last third.
  const third = Math.max(1, Math.floor(memory.length / 3));
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const firstThird = avg(memory.slice(0, third));
  const lastThird = avg(memory.slice(-third));
  const middleFloor = Math.min(...memory.slice(third, 2 * third));
  const lastFloor = Math.min(...memory.slice(-third));
  const errors = result.errors + result.timeouts + result.non2xx;
  const summary = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    document: `DOCX, ${pages} pages, ${words} words, ${(docx.length / 1024).toFixed(0)} KiB`,
    connections,
    durationS: duration,
    requests: result.requests.total,
    throughputPerS: Number(result.requests.average.toFixed(2)),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors,
    non2xx: result.non2xx,
    rssSeriesMb: memory.map((m) => Math.round(m)),
    loadAverage1m: Number(loadavg()[0].toFixed(1)),
    rssMb: { start: Number(memory[0].toFixed(0)), middleThirdMin: Math.round(middleFloor), lastThirdMin: Math.round(lastFloor), firstThirdAvg: Number(firstThird.toFixed(0)), lastThirdAvg: Number(lastThird.toFixed(0)), max: Number(Math.max(...memory).toFixed(0)) },
    peer: { name: "engine alone (extract + check, one thread, no HTTP, no storage)", checksPerS: Number(peerRate.toFixed(2)) },
    ratio: Number((result.requests.average / peerRate).toFixed(2)),
  };
  console.log(JSON.stringify(summary, null, 2));
  const pass = errors === 0 && result.latency.p99 < 2000 && lastFloor <= middleFloor * 1.1;
  console.log(pass ? "bar met: zero errors, p99 < 2 s, memory flat" : "BAR NOT MET");
  process.exitCode = pass ? 0 : 1;
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
}
