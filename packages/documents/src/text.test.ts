import { describe, expect, it } from "vitest";
import { collapseWhitespace, decodeText, decodeWindows1252, guessLanguage, HeadingTracker, lineAt, lineStarts } from "./text.js";
import { documentError, errorCodes } from "./errors.js";

describe("collapseWhitespace", () => {
  it("collapses all kinds of space and drops soft hyphens", () => {
    expect(collapseWhitespace(" a\u00A0\u00A0b\n\tc\u00ADd\u200B ")).toBe("a b cd");
  });
});

describe("decodeText", () => {
  it("reads valid UTF-8 as UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("één"))).toEqual({ text: "één", encoding: "utf-8" });
  });
  it("falls back to Windows-1252 for invalid UTF-8", () => {
    expect(decodeText(new Uint8Array([0x80, 0x20, 0xe9]))).toEqual({ text: "€ é", encoding: "windows-1252" });
  });
  it("decodes the Windows-1252 specials in 0x80-0x9F", () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x96, 0x94]))).toBe("“–”");
  });
});

describe("lineAt", () => {
  it("turns an offset into a 1-based line", () => {
    const starts = lineStarts("a\nbb\nccc");
    expect([0, 1, 2, 4, 5, 8].map((o) => lineAt(starts, o))).toEqual([1, 1, 2, 2, 3, 3]);
  });
});

describe("HeadingTracker", () => {
  it("keeps the path of outer headings", () => {
    const t = new HeadingTracker();
    expect(t.enter(1, "3 Eisen")).toEqual([]);
    expect(t.enter(2, "3.1 Logging")).toEqual(["3 Eisen"]);
    expect(t.enter(2, "3.2 Toezicht")).toEqual(["3 Eisen"]);
    expect(t.path()).toEqual(["3 Eisen", "3.2 Toezicht"]);
    expect(t.enter(1, "4 Gunning")).toEqual([]);
  });
});

describe("guessLanguage", () => {
  const seg = (text: string) => ({ text, page: null, line: 1, headingPath: [], kind: "paragraph" as const });
  it("tells Dutch from English", () => {
    expect(guessLanguage([seg("De Opdrachtnemer levert het systeem en de documentatie voor de Provincie, niet met een gebrek.")])).toBe("nl");
    expect(guessLanguage([seg("The supplier shall deliver the system and the documentation to the province, with the logs.")])).toBe("en");
  });
});

describe("error messages", () => {
  it("gives every code a Dutch and an English sentence that names the document", () => {
    for (const code of errorCodes) {
      const e = documentError(code, "leidraad.pdf", { limit: 10, actual: 20 });
      expect(e.message).toContain("leidraad.pdf");
      expect(e.messageEn).toContain("leidraad.pdf");
      expect(e.message).not.toBe(e.messageEn);
    }
  });
});
