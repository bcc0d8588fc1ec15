// Moresprudentie search benchmark: 20,000 generated closed cases, query latency (median, p95)
// of PrecedentIndex against two peers on the same data and queries in the same run:
// MiniSearch (a BM25 full-text library, no stemming configured) and a naive linear scan.
// Run with `npm run bench -w @ethiek/cases` (after a build).
import MiniSearch from "minisearch";
import { PrecedentIndex, caseFields } from "../dist/index.js";

const N = Number(process.env.ETHIEK_BENCH_CASES ?? 20_000);
const QUERIES = 300;

// Deterministic PRNG (mulberry32) so every run sees the same cases.
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(42);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const some = (xs, n) => [...new Set(Array.from({ length: n }, () => pick(xs)))];

const techs = ["gezichtsherkenning", "camera-toezicht", "drones", "algoritme", "risicoprofilering", "chatbot", "generatieve-ai", "sensoren", "wifi-tracking", "digitale-tweeling", "data-delen", "machine-learning", "kentekenherkenning"];
const values = ["privacy", "veiligheid", "autonomie", "rechtvaardigheid", "non-discriminatie", "transparantie", "participatie", "eigenaarschap", "verantwoording", "proportionaliteit"];
const domains = ["openbare-orde", "natuur", "subsidies", "dienstverlening", "landbouw", "mobiliteit", "infrastructuur", "ruimtelijke-ordening", "energie", "waterveiligheid"];
const commissions = ["Data-ethyk Kommisje Fryslân", "Ethiek-adviseurs Zuid-Holland", "Werkgroep Digitale Ethiek Overijssel", "Interprovinciale Ethische Commissie"];
const nouns = ["camera's", "inwoners", "boeren", "fietsers", "aanvragen", "gegevens", "beelden", "bruggen", "wegen", "dijken", "sensoren", "telefoons", "modellen", "scores", "meldingen", "vergunningen", "subsidies", "natuurgebieden", "woningen", "windmolens", "residents", "permits", "bridges", "farmers", "cameras", "models", "data"];
const verbs = ["gebruiken", "delen", "herkennen", "tellen", "voorspellen", "controleren", "analyseren", "volgen", "publiceren", "bewaren", "use", "share", "predict", "monitor"];
const adjectives = ["slimme", "automatische", "persoonlijke", "openbare", "gevoelige", "nieuwe", "grote", "anonieme", "public", "automated", "personal"];
// Real text follows Zipf's law: a few words are everywhere, most are rare. The vocabulary is the
// domain words above plus 4,000 synthetic words; word ranks are drawn with a Zipf distribution.
const syllables = ["ka", "be", "lo", "mi", "ter", "van", "sto", "gel", "rin", "dor", "pa", "wei", "nu", "sel", "ho", "gra", "tel", "bo"];
const synthetic = Array.from({ length: 4000 }, (_, i) => `${syllables[i % 18]}${syllables[Math.floor(i / 18) % 18]}${syllables[Math.floor(i / 324) % 18]}ing`);
const vocabulary = [...new Set([...nouns, ...verbs, ...adjectives, ...values, ...techs.flatMap((t) => t.split("-")), ...synthetic])];
const harmonic = vocabulary.map((_, r) => 1 / (r + 1));
const total = harmonic.reduce((a, b) => a + b, 0);
const cumulative = [];
harmonic.reduce((acc, h, i) => ((cumulative[i] = acc + h / total), acc + h / total), 0);
const zipfWord = () => {
  const x = rand();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo];
};
const sentence = () => `${pick(["Mogen we", "Kunnen we", "Is het verstandig om", "May we", "Should the province"])} ${pick(adjectives)} ${pick(nouns)} ${pick(verbs)} met ${pick(adjectives)} ${pick(nouns)} voor ${pick(nouns)}?`;
const paragraph = (n) => Array.from({ length: n }, () => `${zipfWord()} ${zipfWord()} ${zipfWord()} ${pick(["en", "of", "bij", "voor", "and", "with"])} ${zipfWord()} ${zipfWord()}.`).join(" ");

function generate(i) {
  const year = 2019 + Math.floor(rand() * 8);
  const at = (m) => `${year}-${String(m).padStart(2, "0")}-15T10:00:00Z`;
  const path = ["submitted", "accepted", "in-analysis", "reflection-given", "decision-recorded", "closed"];
  const v = some(values, 3);
  return {
    schemaVersion: "1.0",
    id: `gen-${i}`,
    title: `${pick(adjectives)} ${pick(nouns)} ${pick(verbs)}`,
    status: "closed",
    requester: { organisation: { name: `Provincie ${i % 12}` } },
    to: { name: pick(commissions) },
    question: sentence(),
    context: paragraph(4),
    technology: { description: paragraph(2) },
    confidentiality: "public",
    tags: { values: v, technologies: some(techs, 2), policyDomains: some(domains, 1) },
    analyses: [{ method: "free-form", text: paragraph(5) }],
    reflections: [{ id: "reflectie-1", authors: [{ name: "Lid" }], givenDate: `${year}-04-15`, text: paragraph(4), binding: false, valuesWeighed: v.map((value) => ({ value, consideration: paragraph(1) })), advice: paragraph(1) }],
    decision: { decidedDate: `${year}-05-15`, decidedBy: "Gedeputeerde Staten", text: paragraph(1), followsAdvice: "yes" },
    events: path.map((to, k) => ({ from: k === 0 ? null : path[k - 1], to, actor: "u", at: at(k + 1) })),
    createdAt: at(1),
  };
}

const cases = Array.from({ length: N }, (_, i) => generate(i));
// Realistic queries: 1-3 content words of rank 10-1000. Broad queries: 1-3 of the 60 commonest
// domain words, each in a large share of all cases (the worst case for any inverted index).
const queries = Array.from({ length: QUERIES }, () => some(vocabulary.slice(10, 1000), 1 + Math.floor(rand() * 3)).join(" "));
const broadQueries = Array.from({ length: QUERIES }, () => some(vocabulary.slice(0, 60), 1 + Math.floor(rand() * 3)).join(" "));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
function time(fn) {
  const t = process.hrtime.bigint();
  const r = fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}
function run(name, search, qs = queries) {
  for (const q of qs.slice(0, 20)) search(q); // warm-up
  const ms = qs.map((q) => time(() => search(q))[0]);
  return { name, median: median(ms), p95: p95(ms) };
}

global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const [buildMs, index] = time(() => PrecedentIndex.build(cases));
global.gc?.();
const heap1 = process.memoryUsage().heapUsed;

const [miniBuildMs, mini] = time(() => {
  const m = new MiniSearch({ fields: ["title", "question", "context", "technology", "analysis", "reflection", "decision", "tags"], storeFields: [] });
  m.addAll(cases.map((c) => ({ id: c.id, ...caseFields(c) })));
  return m;
});
const texts = cases.map((c) => Object.values(caseFields(c)).join(" ").toLowerCase());

const naive = (q) => {
  const words = q.toLowerCase().split(/\s+/);
  const hits = [];
  for (let i = 0; i < texts.length; i++) {
    let s = 0;
    for (const w of words) if (texts[i].includes(w)) s++;
    if (s > 0) hits.push([i, s]);
  }
  return hits.sort((a, b) => b[1] - a[1]).slice(0, 10);
};
const results = [
  run("ethiek PrecedentIndex.search (BM25, nl+en stemming, facets, snippets, page of 10)", (q) => index.search(q, { limit: 10 })),
  run("ethiek PrecedentIndex.search with a facet filter (values: privacy)", (q) => index.search(q, { limit: 10, filters: { values: ["privacy"] } })),
  run("MiniSearch 7 search (BM25, no stemming, ids only)", (q) => mini.search(q).slice(0, 10)),
  run("naive linear scan (lower-case substring of every word, count matches)", naive),
];
const broad = [
  run("broad queries: ethiek PrecedentIndex.search", (q) => index.search(q, { limit: 10 }), broadQueries),
  run("broad queries: MiniSearch 7 search", (q) => mini.search(q).slice(0, 10), broadQueries),
  run("broad queries: naive linear scan", naive, broadQueries),
];
const similarMs = cases.slice(0, 100).map((c) => time(() => index.similar(c, { limit: 5 }))[0]);

const ours = results[0];
console.log(`cases: ${N}, queries: ${QUERIES}, node ${process.version}`);
console.log(`build PrecedentIndex: ${buildMs.toFixed(0)} ms, heap +${((heap1 - heap0) / 1e6).toFixed(0)} MB; MiniSearch build: ${miniBuildMs.toFixed(0)} ms`);
for (const r of results) {
  console.log(`${r.name}: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, ratio to ethiek median ${(r.median / ours.median).toFixed(2)}`);
}
for (const r of broad) {
  console.log(`${r.name}: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, ratio to ethiek median ${(r.median / broad[0].median).toFixed(2)}`);
}
console.log(`PrecedentIndex.similar (100 cases): median ${median(similarMs).toFixed(2)} ms, p95 ${p95(similarMs).toFixed(2)} ms`);
const ok = ours.median < 50;
console.log(ok ? "PASS: median query under 50 ms" : "FAIL: median query is 50 ms or more");
process.exitCode = ok ? 0 : 1;
