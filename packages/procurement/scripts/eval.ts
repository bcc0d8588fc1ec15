// npm run eval: runs the checker on every labelled tender and prints, per part of the labelled
// set, classification errors per tag, precision/recall of `satisfied` over applicable
// requirements, evidence overlap, and the same per requirement. Every document is read through
// @ethiek/documents, exactly as the CLI and the API read it.
//
// Parts (see docs/quality.md for the protocol):
//   corpus       fixtures/corpus/tenders        the shared corpus (development)
//   extra        fixtures/corpus-extra/tenders  our own labelled tenders (development)
//   heldout-N    fixtures/heldout/round-N/...   written by someone who never saw the patterns;
//                                               frozen by FROZEN.sha256 before the first run
// Options: --verbose (every disagreement), --check (exit 1 when a part misses its bar),
//          --json FILE, --only NAME, --part NAME (repeatable).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFile } from "@ethiek/documents";
import type { CheckReport, Document } from "@ethiek/schemas";
import { parse } from "yaml";
import { check } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const verbose = flag("--verbose");
const strict = flag("--check");
const jsonOut = values("--json")[0];
const only = values("--only")[0];
const wantedParts = values("--part");

interface Label {
  documents: string[];
  language: "nl" | "en";
  classification: Record<string, boolean | string | null>;
  requirements: Record<string, { status: string; evidence?: string; note?: string }>;
}

interface Part {
  name: string;
  dir: string;
  /** The bar of docs/quality.md for this part. */
  bar: { precision: number; recall: number; overlap: number; maxWrongShare: number };
  frozen?: string;
}

const SHARED_BAR = { precision: 0.95, recall: 0.92, overlap: 0.9, maxWrongShare: 0 };
const HELDOUT_BAR = { precision: 0.9, recall: 0.85, overlap: 0.9, maxWrongShare: 1 / 8 };

function parts(): Part[] {
  const out: Part[] = [
    { name: "corpus", dir: join(repo, "fixtures/corpus/tenders"), bar: SHARED_BAR },
    { name: "extra", dir: join(repo, "fixtures/corpus-extra/tenders"), bar: SHARED_BAR },
  ];
  const heldout = join(repo, "fixtures/heldout");
  if (existsSync(heldout)) {
    for (const round of readdirSync(heldout).filter((d) => /^round-\d+$/.test(d)).sort()) {
      out.push({ name: `heldout-${round.slice(6)}`, dir: join(heldout, round, "tenders"), bar: HELDOUT_BAR, frozen: join(heldout, round, "FROZEN.sha256") });
    }
  }
  return out.filter((p) => existsSync(p.dir) && (wantedParts.length === 0 || wantedParts.includes(p.name)));
}

/** Files whose hash differs from the freeze list (a held-out tender edited after freezing is no longer held out). */
function changedSinceFreeze(part: Part): string[] {
  if (!part.frozen || !existsSync(part.frozen)) return ["(no FROZEN.sha256: this round was never frozen)"];
  const changed: string[] = [];
  for (const line of readFileSync(part.frozen, "utf8").split("\n")) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (!m) continue;
    const path = join(dirname(part.frozen), m[2]!);
    if (!existsSync(path) || createHash("sha256").update(readFileSync(path)).digest("hex") !== m[1]) changed.push(m[2]!);
  }
  return changed;
}

const documentCache = new Map<string, Document | null>();
async function load(path: string): Promise<Document | null> {
  if (documentCache.has(path)) return documentCache.get(path)!;
  const result = await extractFile(path);
  const doc = result.ok ? result.document : null;
  if (!result.ok) console.error(`  cannot read ${path}: ${result.error.code} ${result.error.messageEn}`);
  documentCache.set(path, doc);
  return doc;
}

const norm = (s: string) =>
  s
    .replace(/\*\*|__|`/g, "")
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

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  overlap: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0, overlap: 0 });

interface PartResult {
  part: Part;
  tenders: number;
  tags: Map<string, string[]>;
  total: Counts;
  perRequirement: Map<string, Counts>;
  lines: string[];
  changed: string[];
}

async function evaluatePart(part: Part): Promise<PartResult> {
  const result: PartResult = { part, tenders: 0, tags: new Map(TAGS.map((t) => [t, []])), total: zero(), perRequirement: new Map(), lines: [], changed: part.frozen ? changedSinceFreeze(part) : [] };
  for (const labelFile of readdirSync(part.dir).filter((f) => f.endsWith(".labels.yaml")).sort()) {
    const name = labelFile.replace(/\.labels\.yaml$/, "");
    if (only && name !== only) continue;
    const label = parse(readFileSync(join(part.dir, labelFile), "utf8")) as Label;
    const docs: Document[] = [];
    for (const f of label.documents) {
      const d = await load(join(part.dir, f));
      if (d) docs.push(d);
    }
    if (docs.length !== label.documents.length) {
      result.lines.push(`  SKIP  ${name}: a document could not be read`);
      continue;
    }
    result.tenders++;
    const report: CheckReport = check(docs, { language: label.language, now: new Date("2026-11-28T12:00:00Z") });
    for (const c of report.classification) {
      const truth = label.classification[c.tag] === true;
      if (truth !== c.holds) {
        result.tags.get(c.tag)!.push(name);
        result.lines.push(`  CLASS ${name}: ${c.tag} predicted ${c.holds} (${c.detail ?? ""}; ${c.reasons.join(" ")}), label ${truth}`);
      }
    }
    for (const r of report.results) {
      const l = label.requirements[r.requirement];
      if (!l || l.status === "not-applicable") continue;
      const st = result.perRequirement.get(r.requirement) ?? zero();
      result.perRequirement.set(r.requirement, st);
      const predicted = r.status === "satisfied";
      const truth = l.status === "satisfied";
      const bump = (k: keyof Counts) => {
        st[k]++;
        result.total[k]++;
      };
      if (predicted && truth) {
        bump("tp");
        if (r.evidence.some((e) => overlaps(e.quote, l.evidence ?? ""))) bump("overlap");
        else result.lines.push(`  EVID  ${name} ${r.requirement}: got "${r.evidence[0]?.quote.slice(0, 100)}" want "${(l.evidence ?? "").slice(0, 100)}"`);
      } else if (predicted && !truth) {
        bump("fp");
        result.lines.push(`  FP    ${name} ${r.requirement} [${r.reason ?? ""}]: "${r.evidence[0]?.quote.slice(0, 140)}" — label: ${(l.note ?? "").slice(0, 120)}`);
      } else if (!predicted && truth) {
        bump("fn");
        result.lines.push(`  FN    ${name} ${r.requirement} (${r.status} ${r.reason ?? ""}${r.evidence[0]?.note ? `: ${r.evidence[0].note}` : ""}) want "${(l.evidence ?? "").slice(0, 120)}"`);
      } else bump("tn");
    }
  }
  return result;
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

function figures(r: PartResult) {
  const { tp, fp, fn, overlap } = r.total;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const evidence = ratio(overlap, tp);
  // A tender read from Markdown, DOCX and PDF is one tender: count it once per tag.
  const tenderOf = (name: string) => name.replace(/-(docx|pdf)$/, "");
  const worstWrong = Math.max(0, ...[...r.tags.values()].map((w) => new Set(w.map(tenderOf)).size));
  // The bar's tag rule: at most one wrong tender per tag on the shared corpus; at most one in
  // eight on unseen text.
  const allowedWrong = r.part.bar.maxWrongShare === 0 ? 1 : Math.max(1, Math.floor(r.tenders * r.part.bar.maxWrongShare));
  const met = precision >= r.part.bar.precision && recall >= r.part.bar.recall && evidence >= r.part.bar.overlap && worstWrong <= allowedWrong;
  return { precision, recall, evidence, worstWrong, allowedWrong, met };
}

const results: PartResult[] = [];
for (const part of parts()) results.push(await evaluatePart(part));

let allMet = true;
for (const r of results) {
  const f = figures(r);
  allMet &&= f.met || r.tenders === 0;
  if (r.tenders === 0) {
    // A round whose tenders joined the development part keeps only its FROZEN.sha256.
    console.log(`\n== ${r.part.name}: no tenders left (they joined the development part)`);
    continue;
  }
  console.log(`\n== ${r.part.name}: ${r.tenders} labelled tenders (${r.part.dir.replace(`${repo}/`, "")})`);
  if (r.part.frozen) console.log(r.changed.length === 0 ? "   frozen: every file matches FROZEN.sha256" : `   NOT FROZEN / CHANGED SINCE FREEZE: ${r.changed.join(", ")}`);
  console.log("Classification per tag (misclassified tenders):");
  for (const [tag, wrong] of r.tags) console.log(`  ${tag.padEnd(24)} wrong ${wrong.length}${wrong.length ? `: ${wrong.join(", ")}` : ""}`);
  const { tp, fp, fn, tn } = r.total;
  console.log(`Requirements (applicable per label): TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`);
  console.log(`  precision ${pct(f.precision)}   recall ${pct(f.recall)}   evidence overlap ${pct(f.evidence)}   worst tag ${f.worstWrong} tender(s) wrong (allowed ${f.allowedWrong})`);
  if (verbose) {
    console.log("Per requirement:                      TP  FP  FN  TN  prec   rec    overlap");
    for (const [id, s] of [...r.perRequirement].sort((a, b) => a[0].localeCompare(b[0]))) {
      console.log(`  ${id.padEnd(36)}${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.tn).padStart(3)}  ${pct(ratio(s.tp, s.tp + s.fp)).padEnd(6)} ${pct(ratio(s.tp, s.tp + s.fn)).padEnd(6)} ${pct(ratio(s.overlap, s.tp))}`);
    }
    console.log(`Disagreements:\n${r.lines.join("\n")}`);
  }
  const b = r.part.bar;
  console.log(`Bar (precision ≥ ${b.precision}, recall ≥ ${b.recall}, overlap ≥ ${b.overlap}, ≤ ${f.allowedWrong} wrong per tag): ${f.met ? "MET" : "NOT MET"}`);
}

if (jsonOut) {
  const out = results.map((r) => ({ part: r.part.name, tenders: r.tenders, ...r.total, ...figures(r), tags: Object.fromEntries(r.tags), changed: r.changed }));
  writeFileSync(jsonOut, JSON.stringify(out, null, 2));
}
if (strict && !allMet) process.exit(1);
