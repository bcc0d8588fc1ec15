import { describe, expect, it } from "vitest";
import { SegmentSink } from "../text.js";
import { buildLines, findRunningLines, joinLines, layoutSegments, type RawItem, type RawPage } from "./layout.js";

const item = (s: string, x: number, y: number, font = "body", h = 12): RawItem => [s, x, y, s.length * 6, h, font, 1];

function segmentsOf(pages: RawPage[]): SegmentSink["segments"] {
  const sink = new SegmentSink();
  layoutSegments(pages.map((p) => ({ page: p.page, height: p.height, lines: buildLines(p) })), sink);
  return sink.segments;
}

describe("joinLines", () => {
  it("keeps a real hyphen at a line end and joins the word", () => {
    expect(joinLines("AI-", "verordening")).toBe("AI-verordening");
    expect(joinLines("KO-", "01")).toBe("KO-01");
  });
  it("drops a soft hyphen at a line end", () => {
    expect(joinLines("informatie\u00AD", "beveiliging")).toBe("informatiebeveiliging");
  });
  it("keeps the space of a suspended hyphen before a conjunction", () => {
    expect(joinLines("lus-", "en radardetectie")).toBe("lus- en radardetectie");
  });
  it("joins ordinary lines with one space", () => {
    expect(joinLines("De Provincie ", " voert uit")).toBe("De Provincie voert uit");
  });
});

describe("buildLines", () => {
  it("orders items top to bottom and left to right, and splits columns at wide gaps", () => {
    const lines = buildLines({ page: 1, width: 600, height: 800, items: [item("tweede", 72, 686), item("Eis", 150, 700), item("E-01", 72, 700)] });
    expect(lines.map((l) => l.text)).toEqual(["E-01 Eis", "tweede"]);
    expect(lines[0]?.chunks.map((c) => c.text)).toEqual(["E-01", "Eis"]);
  });
});

describe("findRunningLines", () => {
  it("finds a footer with a changing page number and a repeated header", () => {
    const pages = [1, 2, 3].map((n) => ({
      height: 800,
      lines: buildLines({ page: n, width: 600, height: 800, items: [item("Leidraad 2026", 72, 780, "body", 9), item(`Body text ${n}`, 72, 600), item(`- ${n} -`, 280, 30, "body", 9)] }),
    }));
    const dropped = [...findRunningLines(pages)].map((l) => l.text);
    expect(dropped).toEqual(["Leidraad 2026", "- 1 -", "Leidraad 2026", "- 2 -", "Leidraad 2026", "- 3 -"]);
  });
});

describe("layoutSegments", () => {
  it("keeps table cells apart, row by row, and continues a row broken by a page end", () => {
    const header = (y: number): RawItem[] => [item("Nr.", 72, y), item("Eis", 112, y), item("Toelichting", 446, y)];
    const page1: RawPage = {
      page: 1,
      width: 612,
      height: 792,
      items: [
        ...header(500),
        item("E-01", 72, 482),
        item("Opdrachtnemer levert de", 112, 482),
        item("Zie bijlage", 446, 482),
        item("documentatie.", 112, 468),
        item("E-02", 72, 450),
        item("Opdrachtnemer verstrekt de EU-", 112, 450),
      ],
    };
    const page2: RawPage = { page: 2, width: 612, height: 792, items: [...header(700), item("conformiteitsverklaring.", 112, 682)] };
    const cells = segmentsOf([page1, page2]).filter((s) => s.kind === "table-cell");
    expect(cells.map((c) => c.text)).toEqual(["Nr.", "Eis", "Toelichting", "E-01", "Opdrachtnemer levert de documentatie.", "Zie bijlage", "E-02", "Opdrachtnemer verstrekt de EU-conformiteitsverklaring."]);
    const broken = cells[7];
    expect(broken).toMatchObject({ page: 1, endPage: 2, table: { tableIndex: 0, row: 2, column: 1, header: "Eis" } });
    expect(broken?.pageBreaks).toEqual([{ offset: "Opdrachtnemer verstrekt de EU-".length, page: 2, line: 2 }]);
  });

  it("recognises headings by font and numbering and builds the heading path", () => {
    const segments = segmentsOf([
      {
        page: 1,
        width: 612,
        height: 792,
        items: [item("4. Programma van Eisen", 72, 700, "bold", 14), item("4.1 Knock-outcriteria", 72, 676, "bold"), item("Een inschrijving wordt terzijde gelegd.", 72, 650), item("Nog een zin.", 72, 636)],
      },
    ]);
    expect(segments.map((s) => [s.kind, s.level ?? null, s.headingPath.join(" > "), s.text])).toEqual([
      ["heading", 1, "", "4. Programma van Eisen"],
      ["heading", 2, "4. Programma van Eisen", "4.1 Knock-outcriteria"],
      ["paragraph", null, "4. Programma van Eisen > 4.1 Knock-outcriteria", "Een inschrijving wordt terzijde gelegd. Nog een zin."],
    ]);
  });

  it("tells the body font per page, so a merged PDF with its own font objects per part has no false headings", () => {
    const page = (n: number, font: string): RawPage => ({
      page: n,
      width: 612,
      height: 792,
      items: Array.from({ length: 12 }, (_, i) => item(`Regel ${i} van de tekst op pagina ${n} loopt hier door zonder punt`, 72, 700 - i * 14, font)),
    });
    const segments = segmentsOf([page(1, "f1"), page(2, "f1"), page(3, "f7")]);
    expect(segments.filter((s) => s.kind === "heading")).toEqual([]);
  });

  it("makes a list item of a bulleted line", () => {
    const segments = segmentsOf([{ page: 1, width: 612, height: 792, items: [item("• eerste punt", 72, 700), item("• tweede punt dat", 72, 686), item("doorloopt", 82, 672)] }]);
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ["list-item", "eerste punt"],
      ["list-item", "tweede punt dat doorloopt"],
    ]);
  });
});
