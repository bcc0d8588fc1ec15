// Writes test/fixtures/pdf-evidence-pages.json: for every evidence string of the PDF label files,
// the page on which poppler's `pdftotext` finds it. The extractor's tests compare their own page
// numbers with this independent reference. Run once after the corpus changes:
//   node scripts/pdf-evidence-pages.mjs   (needs pdftotext from Debian poppler-utils)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const tenders = resolve(here, "../../../fixtures/corpus/tenders");
const out = {};
const collapse = (s) => s.replace(/\s+/g, " ").trim();
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// pdftotext drops line-end hyphens, so every hyphen is optional and may be followed by a break.
const pattern = (evidence) =>
  new RegExp(
    collapse(evidence)
      .split("")
      .map((ch) => (ch === "-" ? "-?\\s?" : ch === " " ? "\\s?" : escape(ch)))
      .join(""),
  );

for (const file of readdirSync(tenders).filter((f) => f.endsWith("-pdf.labels.yaml"))) {
  const labels = parse(readFileSync(join(tenders, file), "utf8"));
  const pdf = labels.documents[0];
  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(tenders, pdf)], { encoding: "utf8" }))?.[1]);
  const pages = [];
  for (let p = 1; p <= pageCount; p++) {
    pages.push(collapse(execFileSync("pdftotext", ["-f", String(p), "-l", String(p), join(tenders, pdf), "-"], { encoding: "utf8" })));
  }
  const starts = [];
  let all = "";
  for (const text of pages) {
    starts.push(all.length);
    all += `${text} `;
  }
  out[pdf] = {};
  for (const [id, label] of Object.entries(labels.requirements)) {
    if (!label.evidence) continue;
    // Passages interrupted by a repeated table header are located by their first 40 characters,
    // or their first 17 when the page break comes even earlier.
    const m = pattern(label.evidence).exec(all) ?? pattern(label.evidence.slice(0, 40)).exec(all) ?? pattern(label.evidence.slice(0, 17)).exec(all);
    if (!m) throw new Error(`${pdf}: ${id} not found by pdftotext`);
    out[pdf][id] = starts.filter((s) => s <= m.index).length;
  }
}
writeFileSync(resolve(here, "../test/fixtures/pdf-evidence-pages.json"), `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out));
