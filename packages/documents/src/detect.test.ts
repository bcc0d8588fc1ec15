import { describe, expect, it } from "vitest";
import { detectFormat, supportedExtensions } from "./detect.js";
import { docx, encryptedOoxml, odt, textPdf, wp } from "../test/make.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("detectFormat", () => {
  it("trusts magic bytes over the file name", () => {
    expect(detectFormat(textPdf([["x"]]), "leidraad.docx")).toBe("pdf");
    expect(detectFormat(docx(wp("x")), "leidraad.pdf")).toBe("docx");
    expect(detectFormat(odt("<text:p>x</text:p>"), "leidraad.zip")).toBe("odt");
  });
  it("tells an encrypted OOXML container as DOCX", () => {
    expect(detectFormat(encryptedOoxml())).toBe("docx");
  });
  it("sniffs OCDS, eForms and HTML from the first characters", () => {
    expect(detectFormat(utf8('\uFEFF  {"uri": "x", "releases": []}'))).toBe("ocds");
    expect(detectFormat(utf8('<?xml version="1.0"?>\n<ContractNotice xmlns="urn:x">'))).toBe("eforms");
    expect(detectFormat(utf8("<!DOCTYPE html><html><body>x</body></html>"))).toBe("html");
  });
  it("falls back to the extension for text formats", () => {
    expect(detectFormat(utf8("# Titel"), "a.md")).toBe("markdown");
    expect(detectFormat(utf8("Titel"), "a.txt")).toBe("text");
    expect(detectFormat(utf8("Titel"))).toBeNull();
  });
  it("does not believe a binary extension when the bytes disagree", () => {
    expect(detectFormat(utf8("geen pdf"), "nep.pdf")).toBeNull();
  });
  it("reads a spreadsheet saved as CSV or TSV as text, by name or media type", () => {
    expect(detectFormat(utf8("nr;soort;eis"), "eisen.csv")).toBe("text");
    expect(detectFormat(utf8("nr\tsoort\teis"), "eisen.tsv")).toBe("text");
    expect(supportedExtensions).toEqual(expect.arrayContaining([".csv", ".tsv"]));
  });

  it("lists the supported extensions", () => {
    expect(supportedExtensions).toEqual(expect.arrayContaining([".pdf", ".docx", ".odt", ".html", ".md", ".txt", ".json", ".xml"]));
  });
});
