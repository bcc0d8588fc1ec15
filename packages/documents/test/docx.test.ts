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

  it("is refused with ZIP_BOMB within a second and without inflating a GiB (headers claim 1,000 bytes)", async () => {
    const bomb = lyingDocxBomb(1024, 1000);
    expect(bomb.length).toBeLessThan(3_000_000);
    const peakBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    const result = await extract(bomb, { name: "bom.docx" });
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ ok: false, error: { code: "ZIP_BOMB" } });
    expect(elapsed).toBeLessThan(1000);
    // Peak resident memory (kB) may not grow by more than 64 MiB; inflating all would take 1 GiB.
    expect(process.resourceUsage().maxRSS - peakBefore).toBeLessThan(64 * 1024);
  });

  it("is refused by the running count when no size is declared (a data descriptor), at the cap", async () => {
    const bomb = lyingDocxBomb(1024, 0, true);
    const started = performance.now();
    const result = await extract(bomb, { name: "bom.docx", limits: { maxUncompressedBytes: 20 * 1024 * 1024 } });
    expect(result).toMatchObject({ ok: false, error: { code: "ZIP_BOMB", detail: expect.stringContaining("inflates past 20971520 bytes") } });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
