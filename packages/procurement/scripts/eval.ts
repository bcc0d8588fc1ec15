// npm run eval: runs the checker on every labelled tender (fixtures/corpus and
// fixtures/corpus-extra) and prints classification accuracy per tag, precision/recall of
// `satisfied` over applicable requirements, evidence overlap, and the same per requirement.
// Options: --verbose (list every disagreement), --check (exit 1 when the bar is not met),
//          --json FILE (write the figures), --only NAME (one tender).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Document } from "@ethiek/schemas";
import { parse } from "yaml";
import { check } from "../src/index.js";
import { markdownDocument, stripInline } from "./lib/markdown.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const corpora = [join(repo, "fixtures/corpus/tenders"), join(repo, "fixtures/corpus-extra/tenders")];
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const strict = args.includes("--check");
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const withBinary = !args.includes("--md-only");

interface Label {
  documents: string[];
  language: "nl" | "en";
  classification: Record<string, boolean | string | null>;
  requirements: Record<string, { status: string; evidence?: string; note?: string }>;
}

type Extractor = (path: string) => Promise<{ ok: boolean; document?: Document; value?: Document; error?: unknown }>;
let extractFile: Extractor | null = null;
if (withBinary) {
  try {
    const specifier = "@ethiek/documents";
    const mod = (await import(specifier)) as { extractFile?: Extractor };
    extractFile = mod.extractFile ?? null;
  } catch {
    extractFile = null;
  }
}

async function load(dir: string, file: string): Promise<Document | null> {
  const path = join(dir, file);
  if (file.endsWith(".md") || file.endsWith(".txt")) return markdownDocument(file, readFileSync(path, "utf8"));
  if (!extractFile) return null;
  const r = await extractFile(path);
  const doc = r.document ?? r.value;
  return r.ok && doc ? doc : null;
}

const norm = (s: string) =>
  stripInline(s)
    .replace(/…$/, "")
    .toLowerCase()
    .normalize("NFKC")
    .replace(/-\s*/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** True when two passages share text: one contains the other, or a common run of 40 characters. */
export function overlaps(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const k = Math.min(40, short.length);
  for (let i = 0; i + k <= short.length; i += 5) if (long.includes(short.slice(i, i + k))) return true;
  return false;
}

const TAGS = ["algorithmic", "ai", "high-risk", "prohibited", "personal-data", "decisions-about-people", "generative", "impactful"];
const tagStats = new Map(TAGS.map((t) => [t, { right: 0, wrong: [] as string[] }]));
const reqStats = new Map<string, { tp: number; fp: number; fn: number; tn: number; overlap: number }>();
let tp = 0, fp = 0, fn = 0, tn = 0, overlapHits = 0;
const lines: string[] = [];
let tenders = 0;
let skipped = 0;

for (const dir of corpora) {
  if (!existsSync(dir)) continue;
  for (const labelFile of readdirSync(dir).filter((f) => f.endsWith(".labels.yaml")).sort()) {
    const name = labelFile.replace(/\.labels\.yaml$/, "");
    if (only && name !== only) continue;
    const label = parse(readFileSync(join(dir, labelFile), "utf8")) as Label;
    const docs: Document[] = [];
    for (const f of label.documents) {
      const d = await load(dir, f);
      if (d) docs.push(d);
    }
    if (docs.length !== label.documents.length) {
      skipped++;
      continue;
    }
    tenders++;
    const report = check(docs, { language: label.language, now: new Date("2026-11-28T12:00:00Z") });
    for (const c of report.classification) {
      const truth = label.classification[c.tag] === true;
      const s = tagStats.get(c.tag)!;
      if (truth === c.holds) s.right++;
      else {
        s.wrong.push(name);
        lines.push(`  CLASS ${name}: ${c.tag} predicted ${c.holds} (${c.detail ?? ""}), label ${truth}`);
      }
    }
    for (const r of report.results) {
      const l = label.requirements[r.requirement];
      if (!l || l.status === "not-applicable") continue;
      const st = reqStats.get(r.requirement) ?? { tp: 0, fp: 0, fn: 0, tn: 0, overlap: 0 };
      reqStats.set(r.requirement, st);
      const predicted = r.status === "satisfied";
      const truth = l.status === "satisfied";
      if (predicted && truth) {
        tp++;
        st.tp++;
        const ok = r.evidence.some((e) => overlaps(e.quote, l.evidence ?? ""));
        if (ok) {
          overlapHits++;
          st.overlap++;
        } else lines.push(`  EVID  ${name} ${r.requirement}: got "${r.evidence[0]?.quote.slice(0, 100)}" want "${(l.evidence ?? "").slice(0, 100)}"`);
      } else if (predicted && !truth) {
        fp++;
        st.fp++;
        lines.push(`  FP    ${name} ${r.requirement}: "${r.evidence[0]?.quote.slice(0, 140)}" — label: ${(l.note ?? "").slice(0, 120)}`);
      } else if (!predicted && truth) {
        fn++;
        st.fn++;
        lines.push(`  FN    ${name} ${r.requirement} (${r.status}${r.evidence[0]?.note ? `: ${r.evidence[0].note}` : ""}) want "${(l.evidence ?? "").slice(0, 120)}"`);
      } else {
        tn++;
        st.tn++;
      }
    }
  }
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
const overlap = overlapHits / tp;
console.log(`ethiek procurement eval — ${tenders} labelled tenders${skipped ? ` (${skipped} skipped: binary documents need @ethiek/documents)` : ""}\n`);
console.log("Classification per tag (misclassified tenders):");
for (const [tag, s] of tagStats) console.log(`  ${tag.padEnd(24)} accuracy ${pct(s.right / tenders)}  wrong ${s.wrong.length}${s.wrong.length ? `: ${s.wrong.join(", ")}` : ""}`);
console.log(`\nRequirements (applicable per label): TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`);
console.log(`  precision of satisfied ${pct(precision)}   recall ${pct(recall)}   evidence overlap ${pct(overlap)}\n`);
console.log("Per requirement:                      TP  FP  FN  TN  prec   rec    overlap");
for (const [id, s] of [...reqStats].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`  ${id.padEnd(36)}${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.tn).padStart(3)}  ${pct(s.tp / (s.tp + s.fp)).padEnd(6)} ${pct(s.tp / (s.tp + s.fn)).padEnd(6)} ${pct(s.overlap / s.tp)}`);
}
if (verbose) console.log(`\nDisagreements:\n${lines.join("\n")}`);
const maxWrong = Math.max(...[...tagStats.values()].map((s) => s.wrong.length));
const pass = maxWrong <= 1 && precision >= 0.9 && recall >= 0.9 && overlap >= 0.95;
console.log(`\nBar (≤1 misclassified tender per tag, precision ≥ 0.90, recall ≥ 0.90, overlap ≥ 0.95): ${pass ? "MET" : "NOT MET"}`);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ tenders, tp, fp, fn, tn, precision, recall, overlap, tags: Object.fromEntries(tagStats), requirements: Object.fromEntries(reqStats) }, null, 2));
}
if (strict && !pass) process.exit(1);
void basename;
