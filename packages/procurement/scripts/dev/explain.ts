// Development aid: prints the classification (with evidence) and one requirement's candidates for a
// tender file. npx tsx --conditions=@ethiek/source scripts/dev/explain.ts FILE... [--req ID] [--lang nl|en]
import { extractFile } from "@ethiek/documents";
import type { Document } from "@ethiek/schemas";
import { check } from "../../src/index.js";

const args = process.argv.slice(2);
const req = args.includes("--req") ? args[args.indexOf("--req") + 1] : undefined;
const lang = (args.includes("--lang") ? args[args.indexOf("--lang") + 1] : undefined) as "nl" | "en" | undefined;
const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--req" && args[i - 1] !== "--lang");
const docs: Document[] = [];
for (const f of files) {
  const r = await extractFile(f);
  if (!r.ok) throw new Error(r.error.messageEn);
  docs.push(r.document);
}
const report = check(docs, { language: lang });
for (const c of report.classification) {
  console.log(`${c.tag.padEnd(24)} ${c.holds} ${c.strength ?? ""} ${c.detail ?? ""} — ${c.reasons.join(" ")}`);
  for (const e of c.evidence ?? []) console.log(`      ${e.line}: ${e.quote.slice(0, 200)}`);
}
for (const r of report.results) {
  if (req && r.requirement !== req) continue;
  console.log(`\n${r.requirement}: ${r.status} [${r.reason}] ${r.message ?? ""}`);
  for (const e of r.evidence) console.log(`   ${e.line} [${e.reason ?? ""}] ${e.quote.slice(0, 240)}${e.note ? ` — ${e.note}` : ""}`);
}
