// The loop closes: checking a corpus tender together with its generated annex turns every
// requirement the annex addresses into satisfied, and nothing that was satisfied gets worse.
import { describe, expect, it } from "vitest";
import { corpusTenders, loop } from "./loop.js";

const tenders = corpusTenders();
const other = (l: "nl" | "en") => (l === "nl" ? "en" : "nl");

describe("check(tender + annex) on the shared corpus", () => {
  it("has the corpus to test on", () => {
    expect(tenders.length).toBeGreaterThanOrEqual(24);
  });

  // One test for all tenders, with a timeout for a loaded machine: alone it takes a few seconds.
  it("closes every addressed requirement and makes nothing worse: Markdown and DOCX, in both languages", { timeout: 600_000 }, async () => {
    const addressed = { markdown: 0, docx: 0, nl: 0, en: 0 };
    const problems: string[] = [];
    for (const file of tenders) {
      // The tender's own language in Markdown and DOCX, and the other language in Markdown.
      const first = await loop(file, [{ format: "markdown" }, { format: "docx" }]);
      const { outcomes: cross } = await loop(file, [{ format: "markdown", language: other(first.before.language) }]);
      for (const o of [...first.outcomes, ...cross]) {
        const label = `${file} (${o.format}, ${o.language})`;
        addressed[o.format] += o.annex.addresses.length;
        addressed[o.language] += o.annex.addresses.length;
        for (const s of o.stillOpen) problems.push(`${label}: ${s.requirement} is still ${s.status} (${s.reason})`);
        for (const w of o.worse) problems.push(`${label}: ${w.requirement} got worse: ${w.status} (${w.reason})`);
        for (const t of o.tagChanges) problems.push(`${label}: the classification changed: ${t}`);
        for (const u of o.annex.uncovered) problems.push(`${label}: no clause fits ${u}`);
      }
    }
    expect(problems).toEqual([]);
    // The corpus leaves hundreds of requirements open; the annex must address them, not dodge them.
    expect(addressed.markdown).toBeGreaterThan(500);
    expect(addressed.docx).toBeGreaterThan(250);
    expect(addressed.nl).toBeGreaterThan(250);
    expect(addressed.en).toBeGreaterThan(250);
  });

  it("names what adding text cannot fix: a passage that contradicts a requirement", { timeout: 120_000 }, async () => {
    const { outcomes } = await loop("sociale-score-betrouwbaarheidsindex.md", [{ format: "markdown" }]);
    const o = outcomes[0]!;
    const edit = o.annex.edits.find((e) => e.requirement === "no-solely-automated-decisions");
    expect(edit?.evidence.length).toBeGreaterThan(0);
    expect(o.annex.addresses).not.toContain("no-solely-automated-decisions");
    expect(o.after.results.find((r) => r.requirement === "no-solely-automated-decisions")?.reason).toBe("contradicted");
  });
});
