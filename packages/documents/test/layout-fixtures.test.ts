import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDocument } from "@ethiek/schemas";
import { extract } from "../src/index.js";

const dir = new URL("./fixtures/layout/", import.meta.url);
const labels = JSON.parse(readFileSync(new URL("labels.json", dir), "utf8")) as {
  evidence: Record<string, string[]>;
  noTextLayerPages: Record<string, number[]>;
};

async function read(name: string) {
  const result = await extract(new Uint8Array(readFileSync(new URL(name, dir))), { name });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.detail ?? ""}`);
  expect(validateDocument(result.document).ok).toBe(true);
  return result.document;
}

describe("layout fixtures (scripts/make-layout-fixtures.mjs)", () => {
  it("are what the script makes, byte for byte", () => {
    const out = mkdtempSync(join(tmpdir(), "ethiek-layout-"));
    try {
      execFileSync(process.execPath, [new URL("../scripts/make-layout-fixtures.mjs", import.meta.url).pathname, out]);
      for (const name of ["two-columns.pdf", "wrapped-table.pdf", "scanned-page.pdf", "labels.json"]) {
        expect(readFileSync(join(out, name)).equals(readFileSync(new URL(name, dir))), name).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  for (const [name, sentences] of Object.entries(labels.evidence)) {
    it(`gives every evidence sentence of ${name} whole, in one segment, and in order`, async () => {
      const document = await read(name);
      let previous = -1;
      for (const sentence of sentences) {
        const at = document.segments.findIndex((s) => s.text.includes(sentence));
        expect(at, sentence).toBeGreaterThanOrEqual(0);
        expect(at, `${sentence} comes after the sentence before it`).toBeGreaterThanOrEqual(previous);
        previous = at;
      }
    });
  }

  it("reads a two-column page column by column and continues a sentence into the next column and page", async () => {
    const document = await read("two-columns.pdf");
    // Running header and page number are gone; nothing of the right column sits in the left one.
    const text = document.segments.map((s) => s.text).join(" ");
    expect(text).not.toContain("kenmerk PNB-2026-0311");
    expect(text).not.toMatch(/Pagina \d van 2/);
    expect(document.segments.every((s) => s.kind !== "table-cell")).toBe(true);
    const incident = document.segments.find((s) => s.text.startsWith("Opdrachtnemer meldt een ernstig incident"));
    expect(incident?.page).toBe(1);
    expect(incident?.endPage).toBe(2);
    expect(incident?.pageBreaks?.[0]?.page).toBe(2);
  });

  it("keeps each wrapped table row one row, also where a page break cuts it", async () => {
    const document = await read("wrapped-table.pdf");
    const cells = document.segments.filter((s) => s.kind === "table-cell" && s.table?.column === 1);
    // The header row and eight requirement rows, in order, each in its own row.
    expect(cells.map((s) => s.table?.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const broken = cells.find((s) => s.text.startsWith("Opdrachtnemer toetst het model"));
    expect(broken).toMatchObject({ page: 1, endPage: 2 });
    expect(document.segments.filter((s) => s.text === "Eis")).toHaveLength(1);
  });

  it("warns PDF_PAGE_NO_TEXT_LAYER with the page number of a scanned page and reads the others", async () => {
    const document = await read("scanned-page.pdf");
    const pages = (document.warnings ?? []).filter((w) => w.code === "PDF_PAGE_NO_TEXT_LAYER").map((w) => w.page);
    expect(pages).toEqual(labels.noTextLayerPages["scanned-page.pdf"]);
    expect(document.warnings?.[0]?.message).toContain("OCR");
    expect(document.segments.map((s) => s.page)).not.toContain(2);
  });
});
