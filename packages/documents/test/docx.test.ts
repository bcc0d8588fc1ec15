import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { corpusDir } from "@ethiek-test/support";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { docx, lyingDocxBomb, richDocx, wp, zerosDeflate } from "./make.js";
import before from "./fixtures/docx-segments-mammoth.json" with { type: "json" };

/*
 * `docx-segments-mammoth.json` holds what the mammoth-based DOCX reader (at 323fb13, before issue
 * 17) made of every corpus DOCX and of two generated ones: title, language and every located
 * segment. The fflate + saxes reader must give exactly the same, so that evidence found in a DOCX
 * keeps its text, block number, heading path and table cell.
 */
const expected = before as Record<string, { title: string | null; language: string | null; segments: unknown[] }>;

function input(name: string): Uint8Array {
  if (name === "rich.docx") return richDocx();
  if (name === "minimal.docx") return docx([wp("3 Eisen", "Heading1"), wp("3.2 Logging", "Heading2"), wp("De Opdrachtnemer logt alles.")].join(""));
  return new Uint8Array(readFileSync(join(corpusDir, "tenders", name)));
}

describe("DOCX read with fflate and saxes", () => {
  it("covers every corpus DOCX", () => {
    const corpus = Object.keys(expected).filter((n) => n !== "rich.docx" && n !== "minimal.docx");
    expect(corpus).toHaveLength(5);
    expect(Object.values(expected).reduce((n, d) => n + d.segments.length, 0)).toBe(1137);
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`locates the same ${want.segments.length} segments in ${name} as the mammoth reader did`, async () => {
      const result = await extract(input(name), { name });
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ""}`);
      expect(result.document.segments).toEqual(want.segments);
      expect(result.document.title ?? null).toBe(want.title);
      expect(result.document.language).toBe(want.language);
    });
  }
});

describe("a DOCX zip bomb whose headers lie", () => {
  it("is built from DEFLATE data that really inflates to what it says", () => {
    expect(inflateRawSync(zerosDeflate(3)).length).toBe(3 * 1024 * 1024);
  });

  /** The inflated bytes at which the reader stopped, from the error's detail. */
  const stoppedAfter = (detail: string | undefined): number => Number(/stopped after (\d+) bytes/.exec(detail ?? "")?.[1] ?? Number.NaN);

  it("is refused with ZIP_BOMB after inflating at most one 16 KiB input slice (headers claim 1,000 bytes, 1 GiB real)", async () => {
    const bomb = lyingDocxBomb(1024, 1000);
    expect(bomb.length).toBeLessThan(3_000_000);
    await extract(docx(wp("warm-up")), { name: "warm.docx" });
    const peakBefore = process.resourceUsage().maxRSS;
    const result = await extract(bomb, { name: "bom.docx" });
    if (result.ok) throw new Error("the bomb was read");
    expect(result.error.code).toBe("ZIP_BOMB");
    expect(result.error.detail).toContain("word/document.xml inflates past its declared 1000 bytes");
    // One 16 KiB slice of DEFLATE input inflates to at most ~16.5 MiB.
    expect(stoppedAfter(result.error.detail)).toBeLessThanOrEqual(16.5 * 1024 * 1024);
    // Peak resident memory (kB) grows by far less than the 1 GiB the entry would inflate to.
    expect(process.resourceUsage().maxRSS - peakBefore).toBeLessThan(128 * 1024);
  });

  it("is refused by the running count when no size is declared (a data descriptor), right at the cap", async () => {
    const cap = 20 * 1024 * 1024;
    const result = await extract(lyingDocxBomb(1024, 0, true), { name: "bom.docx", limits: { maxUncompressedBytes: cap } });
    if (result.ok) throw new Error("the bomb was read");
    expect(result.error.code).toBe("ZIP_BOMB");
    expect(result.error.detail).toContain(`inflates past ${cap} bytes`);
    expect(stoppedAfter(result.error.detail)).toBeGreaterThan(cap);
    expect(stoppedAfter(result.error.detail)).toBeLessThanOrEqual(cap + 16.5 * 1024 * 1024);
  });
});
