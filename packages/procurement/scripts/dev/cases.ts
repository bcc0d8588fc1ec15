// Development aid: prints status and reason of every case in test/requirement-cases.ts.
import { check } from "../../src/index.js";
import { declaring, doc, everything } from "../../test/helpers.js";
import { cases, type Case } from "../../test/requirement-cases.js";

const run = (id: string, text: string, table: "Eis" | "Wens", heading = "4 Eisen") => {
  const body = text.includes(" | ") ? `| ID | ${table} |\n|---|---|\n| ${text} |` : text;
  return check([doc(`# Aanbesteding\n\n## ${heading}\n\n${body}\n`)], { manifest: declaring(everything) }).results.find((x) => x.requirement === id)!;
};
for (const [id, { valid, invalid, noMatch }] of Object.entries(cases)) {
  for (const c of valid) { const r = run(id, c.text, "Eis", c.heading); console.log(`valid   ${id.padEnd(34)} ${r.status.padEnd(10)} ${r.reason.padEnd(22)} want ${c.reason} | ${c.text.slice(0, 70)}`); }
  for (const c of invalid as Case[]) { const r = run(id, c.text, "Wens", c.heading); console.log(`invalid ${id.padEnd(34)} ${r.status.padEnd(10)} ${r.reason.padEnd(22)} want ${c.reason} | ${c.text.slice(0, 70)}`); }
  for (const t of noMatch ?? []) { const r = run(id, t, "Eis"); console.log(`nomatch ${id.padEnd(34)} ${r.status.padEnd(10)} ${r.reason.padEnd(22)} | ${t.slice(0, 70)}`); }
}
