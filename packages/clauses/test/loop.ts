// The loop: check a tender, build its annex, check the tender with the annex, compare.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extract } from "@ethiek/documents";
import { check } from "@ethiek/procurement";
import type { CheckReport, Document } from "@ethiek/schemas";
import { annexFor, annexToMarkdown, type Annex } from "../src/index.js";
import { annexToDocx } from "../src/docx.js";

export const corpusDir = join(process.env.ETHIEK_REPO_ROOT ?? join(import.meta.dirname, "../../.."), "fixtures/corpus/tenders");

/** The Markdown tenders of the shared corpus. */
export function corpusTenders(): string[] {
  return readdirSync(corpusDir).filter((f) => f.endsWith(".md")).sort();
}

export async function read(name: string, bytes: Uint8Array): Promise<Document> {
  const r = await extract(bytes, { name });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.document;
}

export interface LoopOutcome {
  readonly format: "markdown" | "docx";
  readonly language: "nl" | "en";
  readonly after: CheckReport;
  readonly annex: Annex;
  /** Requirements the annex addresses that are still missing or partial after. */
  readonly stillOpen: { requirement: string; status: string; reason: string }[];
  /** Requirements that were satisfied before and are not after. */
  readonly worse: { requirement: string; status: string; reason: string }[];
  /** Tags whose value changed. */
  readonly tagChanges: string[];
}

const rank = { satisfied: 0, waived: 0, "not-applicable": 0, partial: 1, missing: 2 } as const;
const now = new Date("2026-12-05T09:00:00Z");

/**
 * Runs the loop on one tender file: one check of the tender alone, then one check of the tender
 * with each requested annex (format and language).
 */
export async function loop(file: string, variants: readonly { format: "markdown" | "docx"; language?: "nl" | "en" }[]): Promise<{ before: CheckReport; outcomes: LoopOutcome[] }> {
  const tender = await read(file, readFileSync(join(corpusDir, file)));
  const before = check([tender], { now });
  const outcomes: LoopOutcome[] = [];
  for (const v of variants) {
    const language = v.language ?? before.language;
    const built = annexFor(before, { language });
    if (!built.ok) throw new Error(built.errors.map((e) => e.message).join("; "));
    const annex = built.value;
    const annexDoc =
      v.format === "markdown" ? await read("bijlage-ai.md", new TextEncoder().encode(annexToMarkdown(annex))) : await read("bijlage-ai.docx", await annexToDocx(annex));
    const after = check([tender, annexDoc], { now });
    const status = new Map(after.results.map((r) => [r.requirement, r]));
    const stillOpen = annex.addresses
      .map((id) => status.get(id)!)
      .filter((r) => r.status !== "satisfied")
      .map((r) => ({ requirement: r.requirement, status: r.status, reason: r.reason }));
    const worse = before.results
      .filter((b) => rank[status.get(b.requirement)!.status] > rank[b.status])
      .map((b) => ({ requirement: b.requirement, status: status.get(b.requirement)!.status, reason: status.get(b.requirement)!.reason }));
    const tagChanges = before.classification
      .filter((c) => after.classification.find((d) => d.tag === c.tag)?.holds !== c.holds)
      .map((c) => `${c.tag}:${c.holds}→${!c.holds}`);
    outcomes.push({ format: v.format, language, after, annex, stillOpen, worse, tagChanges });
  }
  return { before, outcomes };
}
