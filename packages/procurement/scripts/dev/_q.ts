import { resolveCached } from "../../src/check.js";
import { TermIndex } from "../../src/terms.js";
import { fold, tokenize } from "../../src/text.js";
const r = resolveCached("ethiek:recommended", []);
const concept = process.argv[2]!;
const text = process.argv[3]!;
const idx = new TermIndex(); const by = new Map<number, string>();
for (const t of (r.vocabulary as Record<string, readonly string[]>)[concept] ?? []) by.set(idx.add(t), t);
idx.scan(tokenize(fold(text)), (id) => console.log(by.get(id)));
