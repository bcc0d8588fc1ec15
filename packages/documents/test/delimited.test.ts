// Tender platforms export requirement lists as delimited lines without a table's delimiter row.
// Each row must keep its own cells and column headers, in Markdown and in plain text alike, and
// running text with a stray pipe must stay a paragraph.
import { describe, expect, it } from "vitest";
import type { Document } from "@ethiek/schemas";
import { extract } from "../src/index.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function read(text: string, name: string): Promise<Document> {
  const result = await extract(utf8(text), { name });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ""}`);
  return result.document;
}

const exported = [
  "Export van de vragenlijst, 3 rijen.",
  "nr | soort | tekst | status",
  "R.01 | Eis | Opdrachtnemer bewaart de logbestanden twaalf maanden. | actief",
  "R.02 | Wens | De Provincie waardeert een laag energieverbruik. | actief",
  "R.03 | Eis | Opdrachtnemer levert een modelkaart. | vervallen",
  "Einde export.",
].join("\n");

describe.each(["export.md", "export.txt"])("a delimited export in %s", (name) => {
  it("reads every row as its own table row with the column headers", async () => {
    const d = await read(exported, name);
    const cells = d.segments.filter((s) => s.kind === "table-cell");
    const row = (r: number) => cells.filter((s) => s.table?.row === r).map((s) => [s.text, s.table?.header]);
    expect(row(1)).toEqual([["R.01", "nr"], ["Eis", "soort"], ["Opdrachtnemer bewaart de logbestanden twaalf maanden.", "tekst"], ["actief", "status"]]);
    expect(row(2)[1]).toEqual(["Wens", "soort"]);
    expect(row(3)[3]).toEqual(["vervallen", "status"]);
    expect(cells.find((s) => s.text === "R.02")?.line).toBe(4);
  });

  it("keeps the lines around the export as text", async () => {
    const d = await read(exported, name);
    const texts = d.segments.filter((s) => s.kind !== "table-cell").map((s) => s.text);
    expect(texts).toContain("Export van de vragenlijst, 3 rijen.");
    expect(texts).toContain("Einde export.");
  });
});

describe("text that is no delimited table", () => {
  it("keeps a metadata line with pipes and the prose after it as text", async () => {
    const d = await read("Kenmerk: PZH-2026-1 | openbare procedure | versie 2\nDe leverancier levert een modelkaart.\nDe provincie | beoordeelt | die.", "brief.md");
    expect(d.segments.some((s) => s.kind === "table-cell")).toBe(false);
  });

  it("does not read rows under a header of sentences as a table", async () => {
    const text = ["De leverancier levert. | De provincie toetst. | Iedereen tekent.", "a | b | c", "d | e | f"].join("\n");
    const d = await read(text, "zinnen.txt");
    expect(d.segments.some((s) => s.kind === "table-cell")).toBe(false);
  });
});
