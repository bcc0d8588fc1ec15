// Development aid: classifies the provincial entries of the national algorithm register (title and
// purpose) and prints those not read as algorithmic.
import { readFileSync } from "node:fs";
import { classify } from "../../src/index.js";
import { doc } from "../../test/helpers.js";

const dir = process.env.ETHIEK_CONFORMANCE_DIR ?? "../../../shared/conformance";
const data = JSON.parse(readFileSync(`${dir}/algoritmeregister/provincies-2026-08-08.json`, "utf8")) as { algoritmes: Array<{ title: string; doel: string }> };
let hits = 0;
for (const a of data.algoritmes) {
  const tags = classify([doc(`# ${a.title}\n\n${a.doel}\n`)], { language: "nl" });
  const alg = tags.find((t) => t.tag === "algorithmic")!.holds;
  if (alg) hits++;
  else console.log(`- ${a.title}: ${a.doel.slice(0, 300)}`);
}
console.log(`algorithmic on ${hits} of ${data.algoritmes.length}`);
