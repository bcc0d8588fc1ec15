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

// Spreadsheets save a requirements sheet with a semicolon (Excel in Dutch locales), a tab or a
// comma between cells, and quote a cell that holds a separator, a quote or a line break.
const semicolonExport = [
  "Eisenlijst, export uit Excel.",
  "",
  "id;soort;eis;toelichting",
  '1.1;Eis;"Opdrachtnemer bewaart de logbestanden; de termijn is twaalf maanden.";',
  '1.2;Wens;"Het waterschap waardeert een ""groen"" rekencentrum.',
  'Toelichting volgt in de nota.";Zie bijlage',
  "1.3;Vraag;Welke modellen gebruikt u?;",
].join("\n");

describe.each(["eisen.md", "eisen.txt"])("a semicolon export from a spreadsheet in %s", (name) => {
  it("keeps a quoted cell with a separator, a quote or a line break as one cell", async () => {
    const d = await read(semicolonExport, name);
    const cells = d.segments.filter((s) => s.kind === "table-cell");
    const row = (r: number) => cells.filter((s) => s.table?.row === r).map((s) => [s.text, s.table?.header]);
    expect(row(1).slice(0, 3)).toEqual([["1.1", "id"], ["Eis", "soort"], ["Opdrachtnemer bewaart de logbestanden; de termijn is twaalf maanden.", "eis"]]);
    expect(row(2)[2]).toEqual(['Het waterschap waardeert een "groen" rekencentrum. Toelichting volgt in de nota.', "eis"]);
    expect(row(2)[3]).toEqual(["Zie bijlage", "toelichting"]);
    expect(row(3)[1]).toEqual(["Vraag", "soort"]);
  });

  it("gives a row that spans lines the line it starts on, and the next row its own", async () => {
    const d = await read(semicolonExport, name);
    const line = (text: string) => d.segments.find((s) => s.text === text)?.line;
    expect(line("1.2")).toBe(5);
    expect(line("1.3")).toBe(7);
  });
});

describe("tab- and comma-separated exports", () => {
  it("reads a tab-separated sheet as a table", async () => {
    const d = await read(["nr\ttype\teis", "A\tEis\tDe leverancier levert een modelkaart.", "B\tWens\tDe provincie waardeert een demo."].join("\n"), "blad.txt");
    const cell = d.segments.find((s) => s.text === "Wens");
    expect(cell?.table).toMatchObject({ row: 2, column: 1, header: "type" });
  });

  it("reads a comma-separated sheet whose cells quote their commas", async () => {
    const d = await read(["nr,type,eis", '1,Eis,"De leverancier levert, vóór de start, een modelkaart."', "2,Wens,Een demo."].join("\n"), "blad.txt");
    const cell = d.segments.find((s) => s.table?.row === 1 && s.table.column === 2);
    expect(cell?.text).toBe("De leverancier levert, vóór de start, een modelkaart.");
  });
});

describe("text with separators that is no spreadsheet", () => {
  it("keeps prose with semicolons as paragraphs", async () => {
    const text = ["De leverancier levert; de provincie toetst; de commissie adviseert.", "Logbestanden; modelkaarten; rapporten.", "Eén; twee; drie."].join("\n");
    const d = await read(text, "brief.txt");
    expect(d.segments.some((s) => s.kind === "table-cell")).toBe(false);
  });

  it("does not let a quote that never closes swallow the text after it", async () => {
    const text = ["id;soort;eis", '1;Eis;"De leverancier levert een modelkaart.', "2;Eis;De leverancier bewaart logbestanden.", "Slotzin van de brief."].join("\n");
    const d = await read(text, "brief.txt");
    expect(d.segments.some((s) => s.kind === "table-cell")).toBe(false);
    expect(d.segments.map((s) => s.text).join(" ")).toContain("Slotzin van de brief.");
  });
});

describe("a requirements sheet uploaded as a CSV file", () => {
  it("reads its rows as a table with the column names as headers", async () => {
    const d = await read(["nr;soort;eis", "1;Eis;De leverancier bewaart logbestanden twaalf maanden.", "2;Wens;Een demo."].join("\r\n"), "eisenlijst.csv");
    expect(d.format).toBe("text");
    expect(d.segments.find((s) => s.text === "Wens")?.table).toMatchObject({ row: 2, column: 1, header: "soort" });
  });

  it("reads a Windows-1252 export from Excel, with a warning about the encoding", async () => {
    // 0xF3 is "ó" in Windows-1252 and no valid UTF-8 on its own.
    const bytes = Uint8Array.from([...utf8("nr;soort;eis\r\n1;Eis;De leverancier levert v"), 0xf3, ...utf8("r de start.\r\n2;Wens;Een demo.")]);
    const result = await extract(bytes, { name: "eisenlijst.csv" });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.document.segments.some((s) => s.text === "De leverancier levert vór de start.")).toBe(true);
    expect((result.document.warnings ?? []).map((w) => w.code)).toContain("ENCODING_WINDOWS_1252");
  });
});
