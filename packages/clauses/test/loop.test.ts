// The loop closes: checking a corpus tender together with its generated annex turns every
// requirement the annex addresses into satisfied, and nothing that was satisfied gets worse.
import { describe, expect, it } from "vitest";
import { corpusTenders, loop } from "./loop.js";

const tenders = corpusTenders();

describe("check(tender + annex) on the shared corpus", () => {
  it("has the corpus to test on", () => {
    expect(tenders.length).toBeGreaterThanOrEqual(24);
  });

  const cases: { format: "markdown" | "docx"; language?: "nl" | "en"; label: string }[] = [
    { format: "markdown", label: "Markdown, in the tender's language" },
    { format: "docx", label: "DOCX, in the tender's language" },
    { format: "markdown", language: "en", label: "Markdown, English annex" },
    { format: "markdown", language: "nl", label: "Markdown, Dutch annex" },
  ];
  for (const c of cases) {
    it(`closes every addressed requirement and makes nothing worse (${c.label})`, async () => {
      let addressed = 0;
      const problems: string[] = [];
      for (const file of tenders) {
        const o = await loop(file, c.format, c.language);
        addressed += o.annex.addresses.length;
        for (const s of o.stillOpen) problems.push(`${file}: ${s.requirement} is still ${s.status} (${s.reason})`);
        for (const w of o.worse) problems.push(`${file}: ${w.requirement} got worse: ${w.status} (${w.reason})`);
        for (const t of o.tagChanges) problems.push(`${file}: the classification changed: ${t}`);
        for (const u of o.annex.uncovered) problems.push(`${file}: no clause fits ${u}`);
      }
      expect(problems).toEqual([]);
      // The corpus leaves hundreds of requirements open; the annex must address them, not dodge them.
      expect(addressed).toBeGreaterThan(250);
    });
  }

  it("names what adding text cannot fix: a passage that contradicts a requirement", async () => {
    const o = await loop("sociale-score-betrouwbaarheidsindex.md", "markdown");
    const edit = o.annex.edits.find((e) => e.requirement === "no-solely-automated-decisions");
    expect(edit?.evidence.length).toBeGreaterThan(0);
    expect(o.annex.addresses).not.toContain("no-solely-automated-decisions");
    expect(o.after.results.find((r) => r.requirement === "no-solely-automated-decisions")?.reason).toBe("contradicted");
  });
});
