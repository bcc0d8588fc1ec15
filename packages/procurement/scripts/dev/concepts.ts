// Development aid: lists the passages that hold all the given concepts. tsx scripts/dev/concepts.ts FILE CONCEPT...
import { extractFile } from "@ethiek/documents";
import { compile } from "../../src/compile-cache.js";
import { scan } from "../../src/scan.js";
import { resolveCached } from "../../src/check.js";
const r = await extractFile(process.argv[2]!);
if (!r.ok) throw 1;
const c = compile(resolveCached("ethiek:recommended", []));
const s = scan(c, [r.document]);
const want = process.argv.slice(3);
for (const p of s.passages) {
  const cs = new Set(p.concepts.map((h) => h.concept));
  if (want.every((w) => cs.has(w as never))) console.log(`${r.document.segments[p.segment]!.line}: ${[...cs].join(",")} | ${p.text.slice(0, 200)}`);
}
