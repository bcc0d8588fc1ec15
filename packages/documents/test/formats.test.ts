import { describe, expect, it } from "vitest";
import { validateDocument, type Document } from "@ethiek/schemas";
import { extract } from "../src/index.js";
import { docx, encryptedOoxml, odt, wp, zip } from "./make.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function read(bytes: Uint8Array, name: string): Promise<Document> {
  const result = await extract(bytes, { name });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ""}`);
  expect(validateDocument(result.document).ok).toBe(true);
  return result.document;
}

const brief = (d: Document): [string, string, number, string][] => d.segments.map((s) => [s.kind, s.text, s.line, s.headingPath.join(" > ")]);

describe("Markdown", () => {
  it("gives headings, paragraphs, list items and table cells with source lines, markup removed", async () => {
    const md = [
      "# 1 Inleiding",
      "",
      "De **Opdrachtnemer** levert `logbestanden`",
      "en bewaart ze *zes maanden*.",
      "",
      "## 1.1 Eisen",
      "",
      "- eerste eis",
      "  - geneste eis",
      "",
      "| Nr. | Eis |",
      "| --- | --- |",
      "| E-01 | De Provincie \\| voert een DPIA uit |",
    ].join("\n");
    const d = await read(utf8(md), "leidraad.md");
    expect(brief(d)).toEqual([
      ["heading", "1 Inleiding", 1, ""],
      ["paragraph", "De Opdrachtnemer levert logbestanden en bewaart ze zes maanden.", 3, "1 Inleiding"],
      ["heading", "1.1 Eisen", 6, "1 Inleiding"],
      ["list-item", "eerste eis", 8, "1 Inleiding > 1.1 Eisen"],
      ["list-item", "geneste eis", 9, "1 Inleiding > 1.1 Eisen"],
      ["table-cell", "Nr.", 11, "1 Inleiding > 1.1 Eisen"],
      ["table-cell", "Eis", 11, "1 Inleiding > 1.1 Eisen"],
      ["table-cell", "E-01", 13, "1 Inleiding > 1.1 Eisen"],
      ["table-cell", "De Provincie | voert een DPIA uit", 13, "1 Inleiding > 1.1 Eisen"],
    ]);
    expect(d.segments[1]?.endLine).toBe(4);
    expect(d.segments[4]?.level).toBe(2);
    expect(d.segments[8]?.table).toEqual({ tableIndex: 0, row: 1, column: 1, header: "Eis" });
    expect(d).toMatchObject({ format: "markdown", pageCount: null, title: "1 Inleiding" });
  });

  it("reads a code block line by line, each line at its own source line", async () => {
    const md = [
      "# Eisen",
      "",
      "```gherkin",
      "Functionaliteit: Logging",
      "",
      "  @must",
      "  Scenario: Vastleggen",
      "    Dan legt de leverancier elke uitkomst vast",
      "```",
      "",
      "    Status: Approved",
      "    Object ID: R-7",
    ].join("\n");
    const d = await read(utf8(md), "eisen.md");
    expect(brief(d)).toEqual([
      ["heading", "Eisen", 1, ""],
      ["paragraph", "Functionaliteit: Logging", 4, "Eisen"],
      ["paragraph", "@must", 6, "Eisen"],
      ["paragraph", "Scenario: Vastleggen", 7, "Eisen"],
      ["paragraph", "Dan legt de leverancier elke uitkomst vast", 8, "Eisen"],
      ["paragraph", "Status: Approved", 11, "Eisen"],
      ["paragraph", "Object ID: R-7", 12, "Eisen"],
    ]);
  });
});

describe("plain text", () => {
  it("splits paragraphs at blank lines and list items at bullets, with source lines", async () => {
    const d = await read(utf8("Eerste alinea\nloopt door.\n\n- punt een\n- punt twee\n\nSlot."), "notitie.txt");
    expect(brief(d)).toEqual([
      ["paragraph", "Eerste alinea loopt door.", 1, ""],
      ["list-item", "punt een", 4, ""],
      ["list-item", "punt twee", 5, ""],
      ["paragraph", "Slot.", 7, ""],
    ]);
  });

  it("reads an export's records: separator lines end a paragraph, fields start one, a short pipe header heads its record", async () => {
    const text = [
      "Q&A export",
      "Contracting authority : Provincie Utrecht",
      "----------------------------------------",
      "Q-004 | Document: D02 | Section: R-12 Logging",
      "Question: How long must logs be kept? Is",
      "six months enough?",
      "Answer: No. The Supplier keeps the logs",
      "for two years.",
      "Changes tender documents: No",
      "----------------------------------------",
      "ID: E-01 | Type: Eis | Weging: - | Eis: De Oplossing legt iedere verwachting vast. De logs blijven twee jaar bewaard.",
      "Wrapped prose starts mid-sentence and",
      "continues: it stays one paragraph.",
    ].join("\n");
    const d = await read(utf8(text), "export.txt");
    expect(brief(d)).toEqual([
      ["paragraph", "Q&A export", 1, ""],
      ["paragraph", "Contracting authority : Provincie Utrecht", 2, ""],
      ["heading", "Q-004 | Document: D02 | Section: R-12 Logging", 4, ""],
      ["paragraph", "Question: How long must logs be kept? Is six months enough?", 5, "Q-004 | Document: D02 | Section: R-12 Logging"],
      ["paragraph", "Answer: No. The Supplier keeps the logs for two years.", 7, "Q-004 | Document: D02 | Section: R-12 Logging"],
      ["paragraph", "Changes tender documents: No", 9, "Q-004 | Document: D02 | Section: R-12 Logging"],
      ["paragraph", "ID: E-01 | Type: Eis | Weging: - | Eis: De Oplossing legt iedere verwachting vast. De logs blijven twee jaar bewaard.", 11, "Q-004 | Document: D02 | Section: R-12 Logging"],
      ["paragraph", "Wrapped prose starts mid-sentence and continues: it stays one paragraph.", 12, "Q-004 | Document: D02 | Section: R-12 Logging"],
    ]);
  });

  it("reads each row of a table typed with spaces as its own paragraph, and keeps prose with double spaces whole", async () => {
    const text = [
      "E-07  Eis   De leverancier bewaart de logbestanden twee jaar.",
      "E-08  Eis   Requirement E-07 vervalt niet.",
      "W-01  Wens  Een koppeling met het zaaksysteem.",
      "",
      "Old typewriter prose ends a sentence.  The next one",
      "continues on the next line.",
    ].join("\n");
    const d = await read(utf8(text), "pve.txt");
    expect(brief(d)).toEqual([
      ["paragraph", "E-07 Eis De leverancier bewaart de logbestanden twee jaar.", 1, ""],
      ["paragraph", "E-08 Eis Requirement E-07 vervalt niet.", 2, ""],
      ["paragraph", "W-01 Wens Een koppeling met het zaaksysteem.", 3, ""],
      ["paragraph", "Old typewriter prose ends a sentence. The next one continues on the next line.", 5, ""],
    ]);
  });

  it("strips a UTF-8 byte order mark", async () => {
    const d = await read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Één tekst")]), "a.txt");
    expect(d.segments[0]?.text).toBe("Één tekst");
    expect(d.warnings).toBeUndefined();
  });

  it("reads UTF-16 with a byte order mark", async () => {
    const text = "Privacy é";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect((await read(bytes, "a.txt")).segments[0]?.text).toBe(text);
  });

  it("reads invalid UTF-8 as Windows-1252 and warns", async () => {
    // "café – privacy “beleid”" in Windows-1252
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x70, 0x72, 0x69, 0x76, 0x61, 0x63, 0x79, 0x20, 0x93, 0x62, 0x65, 0x6c, 0x65, 0x69, 0x64, 0x94]);
    const d = await read(bytes, "oud.txt");
    expect(d.segments[0]?.text).toBe("café – privacy “beleid”");
    expect(d.warnings?.[0]?.code).toBe("ENCODING_WINDOWS_1252");
  });

  it("refuses binary data named .txt with ENCODING", async () => {
    const result = await extract(new Uint8Array([0x41, 0x00, 0x01, 0x02, 0x42, 0x00]), { name: "a.txt" });
    expect(result).toMatchObject({ ok: false, error: { code: "ENCODING" } });
  });
});

describe("HTML", () => {
  it("reads blocks with source lines and skips scripts and styles", async () => {
    const html = [
      "<!DOCTYPE html><html><head><title>Leidraad</title><style>p{}</style></head><body>",
      "<h1>3 Eisen</h1>",
      "<h2>3.2 Logging</h2>",
      "<p>De Opdrachtnemer <b>logt</b> alle",
      "beslissingen.</p><script>alert(1)</script>",
      "<ul><li>eerste</li><li>tweede<ul><li>genest</li></ul></li></ul>",
      "<table><tr><th>Nr.</th><th>Eis</th></tr><tr><td>E-01</td><td><p>Logs zes</p><p>maanden.</p></td></tr></table>",
      "<div>Losse tekst &amp; meer</div>",
      "</body></html>",
    ].join("\n");
    const d = await read(utf8(html), "leidraad.html");
    expect(brief(d)).toEqual([
      ["heading", "3 Eisen", 2, ""],
      ["heading", "3.2 Logging", 3, "3 Eisen"],
      ["paragraph", "De Opdrachtnemer logt alle beslissingen.", 4, "3 Eisen > 3.2 Logging"],
      ["list-item", "eerste", 6, "3 Eisen > 3.2 Logging"],
      ["list-item", "tweede", 6, "3 Eisen > 3.2 Logging"],
      ["list-item", "genest", 6, "3 Eisen > 3.2 Logging"],
      ["table-cell", "Nr.", 7, "3 Eisen > 3.2 Logging"],
      ["table-cell", "Eis", 7, "3 Eisen > 3.2 Logging"],
      ["table-cell", "E-01", 7, "3 Eisen > 3.2 Logging"],
      ["table-cell", "Logs zes maanden.", 7, "3 Eisen > 3.2 Logging"],
      ["paragraph", "Losse tekst & meer", 8, "3 Eisen > 3.2 Logging"],
    ]);
    expect(d.title).toBe("Leidraad");
    expect(d.segments[9]?.table).toEqual({ tableIndex: 0, row: 1, column: 1, header: "Eis" });
  });
});

describe("DOCX", () => {
  it("reads headings, paragraphs and tables with paragraph numbers and no pages", async () => {
    const body = [
      wp("3 Eisen", "Heading1"),
      wp("3.2 Logging", "Heading2"),
      wp("De Opdrachtnemer logt alles."),
      `<w:tbl><w:tr><w:tc>${wp("Nr.")}</w:tc><w:tc>${wp("Eis")}</w:tc></w:tr><w:tr><w:tc>${wp("E-01")}</w:tc><w:tc>${wp("Bewaar logs zes maanden.")}</w:tc></w:tr></w:tbl>`,
    ].join("");
    const d = await read(docx(body), "pve.docx");
    expect(brief(d)).toEqual([
      ["heading", "3 Eisen", 1, ""],
      ["heading", "3.2 Logging", 2, "3 Eisen"],
      ["paragraph", "De Opdrachtnemer logt alles.", 3, "3 Eisen > 3.2 Logging"],
      ["table-cell", "Nr.", 4, "3 Eisen > 3.2 Logging"],
      ["table-cell", "Eis", 5, "3 Eisen > 3.2 Logging"],
      ["table-cell", "E-01", 6, "3 Eisen > 3.2 Logging"],
      ["table-cell", "Bewaar logs zes maanden.", 7, "3 Eisen > 3.2 Logging"],
    ]);
    expect(d.segments.every((s) => s.page === null)).toBe(true);
    expect(d).toMatchObject({ format: "docx", pageCount: null });
  });

  it("refuses a password-protected DOCX (an encrypted OOXML container)", async () => {
    const result = await extract(encryptedOoxml(), { name: "beveiligd.docx" });
    expect(result).toMatchObject({ ok: false, error: { code: "DOCX_PASSWORD_PROTECTED" } });
  });

  it("refuses a zip bomb by its declared size before inflating it", async () => {
    const bomb = docx(wp("x".repeat(10)));
    const withZeros = zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>", "word/media/zeros.bin": new Uint8Array(3_000_000) });
    const result = await extract(withZeros, { name: "bom.docx", limits: { maxUncompressedBytes: 1_000_000 } });
    expect(result).toMatchObject({ ok: false, error: { code: "ZIP_BOMB" } });
    expect(withZeros.length).toBeLessThan(20_000);
    expect((await extract(bomb, { name: "ok.docx" })).ok).toBe(true);
  });

  it("refuses a zip that lies about its sizes, by counting what really comes out", async () => {
    const bytes = zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>", "word/media/zeros.bin": new Uint8Array(3_000_000) });
    // Patch the central directory entry of zeros.bin to declare 10 bytes.
    const view = new DataView(bytes.buffer);
    for (let p = bytes.length - 22; p > 0; p--) {
      if (view.getUint32(p, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + 20)) === "word/media/zeros.bin") {
        view.setUint32(p + 24, 10, true);
      }
    }
    const result = await extract(bytes, { name: "leugen.docx", limits: { maxUncompressedBytes: 1_000_000 } });
    expect(result).toMatchObject({ ok: false, error: { code: "ZIP_BOMB" } });
  });

  it("refuses a zip with more entries than allowed", async () => {
    const entries: Record<string, string> = { "word/document.xml": "<w:document/>" };
    for (let i = 0; i < 50; i++) entries[`x/${i}.xml`] = "";
    const result = await extract(zip(entries), { name: "veel.docx", limits: { maxZipEntries: 20 } });
    expect(result).toMatchObject({ ok: false, error: { code: "ZIP_BOMB" } });
  });

  it("reports a truncated DOCX as CORRUPT_FILE", async () => {
    const bytes = docx(wp("Tekst"));
    const result = await extract(bytes.subarray(0, bytes.length - 30), { name: "half.docx" });
    expect(result).toMatchObject({ ok: false, error: { code: "CORRUPT_FILE" } });
  });
});

describe("ODT", () => {
  it("reads headings, list items and table cells like DOCX", async () => {
    const content = [
      '<text:h text:outline-level="1">3 Eisen</text:h>',
      "<text:p>De Opdrachtnemer<text:s/>logt<text:tab/>alles.</text:p>",
      "<text:list><text:list-item><text:p>eerste</text:p><text:list><text:list-item><text:p>genest</text:p></text:list-item></text:list></text:list-item></text:list>",
      "<table:table><table:table-row><table:table-cell><text:p>Nr.</text:p></table:table-cell><table:table-cell><text:p>Eis</text:p></table:table-cell></table:table-row>",
      "<table:table-row><table:table-cell><text:p>E-01</text:p></table:table-cell><table:table-cell><text:p>Logs zes maanden.</text:p></table:table-cell></table:table-row></table:table>",
    ].join("");
    const d = await read(odt(content), "pve.odt");
    expect(brief(d)).toEqual([
      ["heading", "3 Eisen", 1, ""],
      ["paragraph", "De Opdrachtnemer logt alles.", 2, "3 Eisen"],
      ["list-item", "eerste", 3, "3 Eisen"],
      ["list-item", "genest", 4, "3 Eisen"],
      ["table-cell", "Nr.", 5, "3 Eisen"],
      ["table-cell", "Eis", 6, "3 Eisen"],
      ["table-cell", "E-01", 7, "3 Eisen"],
      ["table-cell", "Logs zes maanden.", 8, "3 Eisen"],
    ]);
    expect(d.segments[3]?.level).toBe(2);
    expect(d.segments[7]?.table).toEqual({ tableIndex: 0, row: 1, column: 1, header: "Eis" });
  });

  it("refuses a password-protected ODT (encryption data in the manifest)", async () => {
    const bytes = zip(
      {
        mimetype: "application/vnd.oasis.opendocument.text",
        "content.xml": "versleuteld",
        "META-INF/manifest.xml": '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
      },
      0,
    );
    expect(await extract(bytes, { name: "geheim.odt" })).toMatchObject({ ok: false, error: { code: "DOCX_PASSWORD_PROTECTED" } });
  });

  it("refuses entity declarations inside content.xml", async () => {
    const bytes = zip(
      {
        mimetype: "application/vnd.oasis.opendocument.text",
        "content.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>',
      },
      0,
    );
    expect(await extract(bytes, { name: "a.odt" })).toMatchObject({ ok: false, error: { code: "XML_EXTERNAL_ENTITY" } });
  });
});

describe("limits and empty input", () => {
  it("refuses an empty file with EMPTY_FILE", async () => {
    expect(await extract(new Uint8Array(), { name: "leeg.pdf" })).toMatchObject({ ok: false, error: { code: "EMPTY_FILE", document: "leeg.pdf" } });
  });
  it("refuses a file over the byte limit with TOO_LARGE", async () => {
    const result = await extract(utf8("x".repeat(2000)), { name: "a.txt", limits: { maxBytes: 1000 } });
    expect(result).toMatchObject({ ok: false, error: { code: "TOO_LARGE" } });
  });
  it("refuses an unknown binary format with UNSUPPORTED_FORMAT", async () => {
    const result = await extract(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), { name: "foto.png" });
    expect(result).toMatchObject({ ok: false, error: { code: "UNSUPPORTED_FORMAT" } });
  });
  it("reports a text file with only whitespace as NO_TEXT", async () => {
    expect(await extract(utf8(" \n\n  "), { name: "a.md" })).toMatchObject({ ok: false, error: { code: "NO_TEXT" } });
  });
});
