// Development aid: runs the classifier on the independent paraphrases of test/paraphrases and
// prints every miss. npx tsx --conditions=@ethiek/source scripts/dev/paraphrases.ts [--quiet]
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { classify } from "../../src/index.js";
import { doc } from "../../test/helpers.js";

interface Item { lang: "nl" | "en"; text: string; is?: string | null; tag?: string; title?: string }
const data = parse(readFileSync(new URL("../../test/paraphrases/classification.yaml", import.meta.url), "utf8")) as Record<string, any>;
const quiet = process.argv.includes("--quiet");
let ok = 0, bad = 0;
const tagsOf = (it: Item) => classify([doc(`# Opdracht\n\n${it.text}\n`)], { language: it.lang });
const report = (pass: boolean, what: string, it: Item, got: string) => {
  if (pass) ok++;
  else { bad++; if (!quiet) console.log(`MISS ${what}: ${got} | ${it.text.slice(0, 170)}`); }
};
for (const [point, entry] of Object.entries(data.annexIII as Record<string, { positive: Item[]; nearMiss: Item[] }>)) {
  for (const it of entry.positive) {
    const hr = tagsOf(it).find((t) => t.tag === "high-risk")!;
    const pr = tagsOf(it).find((t) => t.tag === "prohibited")!;
    const area = hr.detail ?? "";
    report(hr.holds && (point.startsWith(area) || area.startsWith(point)) , `annex ${point}`, it, `holds=${hr.holds} area=${area} ai=${tagsOf(it).find((t) => t.tag === "ai")!.holds} prohibited=${pr.holds}`);
  }
  for (const it of entry.nearMiss) {
    const hr = tagsOf(it).find((t) => t.tag === "high-risk")!;
    const area = hr.detail ?? "";
    report(!(hr.holds && area === point), `nearMiss ${point}`, it, `holds=${hr.holds} area=${area}`);
  }
}
for (const [practice, entry] of Object.entries(data.art5 as Record<string, { positive: Item[]; nearMiss: Item[] }>)) {
  for (const it of entry.positive) report(tagsOf(it).find((t) => t.tag === "prohibited")!.holds, `art5 ${practice}`, it, "not prohibited");
  for (const it of entry.nearMiss) {
    const expect = it.is === `art5.${practice}`;
    report(expect || !tagsOf(it).find((t) => t.tag === "prohibited")!.holds || (it.is ?? "").startsWith("art5"), `nearMiss art5 ${practice}`, it, "prohibited");
  }
}
for (const key of ["algorithmic", "ai"]) {
  for (const it of data[key].positive as Item[]) report(tagsOf({ ...it, text: it.title ? `${it.title}. ${it.text}` : it.text }).find((t) => t.tag === key)!.holds, `${key} +`, it, "false");
  for (const it of data[key].negative as Item[]) report(!tagsOf(it).find((t) => t.tag === key)!.holds, `${key} -`, it, "true");
}
for (const it of data.negated as Item[]) report(!tagsOf(it).find((t) => t.tag === it.tag)!.holds, `negated ${it.tag}`, it, "holds");
console.log(`${ok} right, ${bad} wrong`);
