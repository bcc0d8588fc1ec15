import { corpusTenders, loop } from "./loop.js";
const fmt = (process.argv[2] ?? "markdown") as "markdown" | "docx";
const lang = process.argv[3] as "nl" | "en" | undefined;
let total = 0, closed = 0;
for (const f of corpusTenders()) {
  const o = await loop(f, fmt, lang);
  total += o.annex.addresses.length;
  closed += o.annex.addresses.length - o.stillOpen.length;
  const problems = [...o.stillOpen.map((s) => `OPEN ${s.requirement}(${s.status}:${s.reason})`), ...o.worse.map((w) => `WORSE ${w.requirement}(${w.status}:${w.reason})`), ...o.tagChanges.map((t) => `TAG ${t}`), ...o.annex.uncovered.map((u) => `UNCOVERED ${u}`)];
  console.log(`${f} addr=${o.annex.addresses.length} edits=${o.annex.edits.length} ${problems.join(" ")}`);
}
console.log(`closed ${closed}/${total}`);
