// Runs the loop (check → annex → check with the annex) on every tender file of a folder and prints
// what stays open, what gets worse and which tags change. Usage:
//   npm run loop -w @ethiek/clauses -- <folder> [.md,.docx,.pdf] [markdown|docx]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { check } from "@ethiek/procurement";
import { annexFor, annexToMarkdown } from "../src/index.js";
import { annexToDocx } from "../src/docx.js";
import { read } from "../test/loop.js";
const dir = process.argv[2] ?? "../../fixtures/corpus/tenders";
const exts = (process.argv[3] ?? ".md").split(",");
let total = 0, closed = 0, t0 = Date.now();
for (const f of readdirSync(dir).filter((f) => exts.some((e) => f.endsWith(e))).sort()) {
  const tender = await read(f, readFileSync(join(dir, f)));
  const before = check([tender]);
  const a = annexFor(before);
  if (!a.ok) throw new Error(a.errors.map((e) => e.message).join("; "));
  const annexDoc = process.argv[4] === "docx" ? await read("bijlage.docx", await annexToDocx(a.value)) : await read("bijlage.md", new TextEncoder().encode(annexToMarkdown(a.value)));
  const after = check([tender, annexDoc]);
  const st = new Map(after.results.map((r) => [r.requirement, r]));
  const open = a.value.addresses.filter((id) => st.get(id)!.status !== "satisfied");
  const rank: Record<string, number> = { satisfied: 0, waived: 0, "not-applicable": 0, partial: 1, missing: 2 };
  const worse = before.results.filter((b) => rank[st.get(b.requirement)!.status]! > rank[b.status]!).map((b) => b.requirement);
  const tags = before.classification.filter((c) => after.classification.find((d) => d.tag === c.tag)?.holds !== c.holds).map((c) => c.tag);
  total += a.value.addresses.length; closed += a.value.addresses.length - open.length;
  if (open.length || worse.length || tags.length) console.log(f, "OPEN", open.map((id) => `${id}(${st.get(id)!.status}:${st.get(id)!.reason})`).join(" "), "WORSE", worse.join(" "), "TAGS", tags.join(" "));
}
console.log(`closed ${closed}/${total} in ${Date.now() - t0} ms`);
