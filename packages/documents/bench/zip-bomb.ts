// Zip bombs against the DOCX reader: time to refusal and peak memory, each case in a fresh process.
//   npx tsx --conditions=@ethiek/source bench/zip-bomb.ts
// Peer: what a reader that trusts the headers and inflates the entry in one go costs
// (node:zlib inflateRawSync of the same DEFLATE data).
import { spawnSync } from "node:child_process";
import { inflateRawSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index.js";
import { docx, lyingDocxBomb, wp, zerosDeflate } from "../test/make.js";

const cases: Record<string, () => Promise<string>> = {
  "lying headers (1,000 bytes declared, 1 GiB real), default limits": async () => {
    const r = await extract(lyingDocxBomb(1024, 1000), { name: "bom.docx" });
    return r.ok ? "read" : r.error.code;
  },
  "no declared size (data descriptor, 1 GiB real), default 200 MB cap": async () => {
    const r = await extract(lyingDocxBomb(1024, 0, true), { name: "bom.docx" });
    return r.ok ? "read" : r.error.code;
  },
  "peer: inflate the same entry in one go (node:zlib)": async () => `${inflateRawSync(zerosDeflate(1024)).length} bytes`,
};

const which = process.argv[2];
if (which !== undefined) {
  const run = cases[which];
  if (!run) throw new Error(`no case ${which}`);
  // The DOCX reader's modules are loaded first, and building the input is not timed.
  await extract(docx(wp("warm-up")), { name: "warm.docx" });
  const base = process.resourceUsage().maxRSS;
  const started = performance.now();
  const outcome = await run();
  const ms = performance.now() - started;
  console.log(JSON.stringify({ outcome, ms: Math.round(ms), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), peakGrowthMiB: Math.round((process.resourceUsage().maxRSS - base) / 1024) }));
} else {
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(cases)) {
    const child = spawnSync(process.execPath, [...process.execArgv, self, name], { encoding: "utf8" });
    console.log(`${name}: ${child.stdout.trim() || child.stderr.trim().split("\n").at(-1)}`);
  }
}
