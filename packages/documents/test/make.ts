// Builders for test inputs that are generated in the test itself: small hand-written PDFs (text,
// image-only, encrypted, very many pages), zips (DOCX, ODT, zip bombs) and a CFB header.
import { deflateRawSync, constants as zlibConstants } from "node:zlib";
import { strToU8, zipSync, type Zippable } from "fflate";

/** Writes a PDF from object bodies (object 1 must be the catalog), with a correct xref table. */
export function pdfFromObjects(objects: string[], trailerExtra = ""): Uint8Array {
  let out = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

const escapePdf = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF whose pages hold the given lines in Helvetica 12 pt, top to bottom, with an optional running header and footer. */
export function textPdf(pages: string[][], running: { header?: (page: number) => string; footer?: (page: number) => string } = {}): Uint8Array {
  const n = pages.length;
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ");
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"];
  pages.forEach((lines, i) => {
    const parts = lines.map((l, j) => `BT /F1 12 Tf 72 ${720 - j * 14} Td (${escapePdf(l)}) Tj ET`);
    if (running.header) parts.push(`BT /F1 9 Tf 72 760 Td (${escapePdf(running.header(i + 1))}) Tj ET`);
    if (running.footer) parts.push(`BT /F1 9 Tf 280 30 Td (${escapePdf(running.footer(i + 1))}) Tj ET`);
    const stream = parts.join("\n");
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  return pdfFromObjects(objects);
}

/** A "scanned" PDF: one page that only paints a 2x2 grey image, no text at all. */
export function imageOnlyPdf(): Uint8Array {
  const stream = "q 400 0 0 400 100 200 cm /Im1 Do Q";
  return pdfFromObjects([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0080\u00c0\u0040\u00ff\nendstream",
  ]);
}

/** A PDF protected by a user password (standard security handler, RC4 40-bit): it cannot be opened without it. */
export function encryptedPdf(): Uint8Array {
  const o = "<" + "7a".repeat(32) + ">";
  const u = "<" + "3c".repeat(32) + ">";
  return pdfFromObjects(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
      `<< /Filter /Standard /V 1 /R 2 /O ${o} /U ${u} /P -44 >>`,
    ],
    "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ",
  );
}

/** A PDF with `count` empty pages sharing one page tree (cheap to build, large page count). */
export function manyPagesPdf(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${3 + i} 0 R`).join(" ");
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`];
  for (let i = 0; i < count; i++) objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
  return pdfFromObjects(objects);
}

/** A zip of text entries. */
export function zip(entries: Record<string, string | Uint8Array>, level: 0 | 9 = 9): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(entries)) files[name] = [typeof content === "string" ? strToU8(content) : content, { level }];
  return zipSync(files);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal DOCX with a heading, paragraphs, a bulleted list and a table. */
export function docx(bodyXml: string): Uint8Array {
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    "word/styles.xml": `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`,
    "word/document.xml": `<?xml version="1.0"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`,
  });
}

/** A WordprocessingML paragraph, optionally with a style id. */
export const wp = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal ODT around the given office:text content. */
export function odt(textXml: string): Uint8Array {
  return zip(
    {
      mimetype: "application/vnd.oasis.opendocument.text",
      "content.xml": `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>${textXml}</office:text></office:body></office:document-content>`,
      "META-INF/manifest.xml": '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    },
    0,
  );
}

/** The start of a Compound File Binary container holding an `EncryptionInfo` stream (an encrypted OOXML file). */
export function encryptedOoxml(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = "EncryptionInfo";
  for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  return bytes;
}

const numberingXml = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

/**
 * A DOCX that uses the WordprocessingML features a tender from Word has and the pandoc-made corpus
 * lacks: Title and Subtitle styles, headings by style name, bulleted and numbered lists with nesting
 * (also inside a table cell), tabs and line breaks, hyperlinks, tracked insertions and deletions,
 * field codes, content controls, merged cells, a text box, footnotes and endnotes, comments.
 */
export function richDocx(): Uint8Array {
  const p = (inner: string, pPr = ""): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
  const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const style = (id: string): string => `<w:pStyle w:val="${id}"/>`;
  const num = (id: number, level: number): string => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
  const cell = (inner: string, tcPr = ""): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${inner}</w:tc>`;
  const body = [
    p(r("Leidraad slimme verkeerslichten"), style("Title")),
    p(r("Aanbesteding 2026-017"), style("Subtitle")),
    p(r("1 Inleiding"), style("Kop1")),
    p(`${r("De Opdrachtnemer levert")}<w:r><w:tab/></w:r>${r("een systeem")}<w:r><w:br/></w:r>${r("met uitleg.")}`),
    p(`${r("Zie ")}<w:hyperlink r:id="rId9"><w:r><w:t>de website</w:t></w:r></w:hyperlink>${r(" en ")}<w:ins w:id="1" w:author="A"><w:r><w:t>ingevoegde tekst</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>verwijderde tekst</w:delText></w:r></w:del>${r(".")}`),
    p(`${r("Pagina ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("3")}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r(" van het document")}<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>`),
    p(`${r("Een voetnoot hier")}<w:r><w:footnoteReference w:id="2"/></w:r>${r(" en een eindnoot")}<w:r><w:endnoteReference w:id="1"/></w:r>${r(".")}`),
    p(`<w:commentRangeStart w:id="0"/>${r("Tekst met commentaar")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`),
    p(r("2 Eisen"), style("Heading1")),
    p(r("2.1 Logging"), style("Heading2")),
    p(r("eerste punt"), `${style("ListParagraph")}${num(1, 0)}`),
    p(r("genest punt"), `${style("ListParagraph")}${num(1, 1)}`),
    p(r("dieper genest"), `${style("ListParagraph")}${num(1, 2)}`),
    p(r("tweede punt"), `${style("ListParagraph")}${num(1, 0)}`),
    p(r("genummerd een"), num(2, 0)),
    p(r("genummerd a"), num(2, 1)),
    p(r("zonder nummering"), num(0, 0)),
    p(r("begint op niveau twee"), num(1, 1)),
    p(""),
    `<w:sdt><w:sdtPr><w:alias w:val="Naam"/></w:sdtPr><w:sdtContent>${p(r("Inhoud van een invulveld"))}</w:sdtContent></w:sdt>`,
    p(`${r("Tekst voor een tekstvak ")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${p(r("Tekstvak keuze"))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p(r("Tekstvak inhoud"))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`),
    `<w:tbl><w:tblPr/><w:tr><w:trPr><w:tblHeader/></w:trPr>${cell(p(r("Nr.")))}${cell(p(r("Eis")))}${cell(p(r("Toelichting")))}</w:tr>`,
    `<w:tr>${cell(p(r("E-01")), '<w:vMerge w:val="restart"/>')}${cell(`${p(r("Bewaar logs"))}${p(r("zes maanden."))}`)}${cell(`${p(r("lijst in cel"), num(1, 0))}${p(r("tweede in cel"), num(1, 0))}${p(r("na de lijst"))}`)}</w:tr>`,
    `<w:tr>${cell(p(""), "<w:vMerge/>")}${cell(p(r("Breed")), '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>`,
    p(r("3 Slot"), style("Heading1")),
    p(r("Laatste alinea.")),
  ].join("");
  const ns = [
    W,
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:v="urn:schemas-microsoft-com:vml"',
  ].join(" ");
  const rels = (items: string[]): string =>
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
  const rel = (id: string, type: string, target: string, external = false): string =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
  const styles = [
    ["Title", "Title"],
    ["Subtitle", "Subtitle"],
    ["Kop1", "Heading 1"],
    ["Heading1", "heading 1"],
    ["Heading2", "heading 2"],
    ["ListParagraph", "List Paragraph"],
  ]
    .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
    .join("");
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": rels([rel("rId1", "officeDocument", "word/document.xml")]),
    "word/_rels/document.xml.rels": rels([
      rel("rId1", "styles", "styles.xml"),
      rel("rId2", "numbering", "numbering.xml"),
      rel("rId3", "footnotes", "footnotes.xml"),
      rel("rId4", "endnotes", "endnotes.xml"),
      rel("rId5", "comments", "comments.xml"),
      rel("rId9", "hyperlink", "https://example.org/", true),
    ]),
    "word/styles.xml": `<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`,
    "word/numbering.xml": numberingXml,
    "word/footnotes.xml": `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Bron: de Algoritmekader.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    "word/endnotes.xml": `<?xml version="1.0"?><w:endnotes ${W}><w:endnote w:id="1"><w:p><w:r><w:t>Een eindnoot.</w:t></w:r></w:p><w:p><w:r><w:t>Tweede alinea van de eindnoot.</w:t></w:r></w:p></w:endnote></w:endnotes>`,
    "word/comments.xml": `<?xml version="1.0"?><w:comments ${W}><w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Een opmerking.</w:t></w:r></w:p></w:comment></w:comments>`,
    "word/document.xml": `<?xml version="1.0"?><w:document ${ns}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  });
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/**
 * A zip written by hand, entry by entry, so that a test can make its headers lie: each entry has
 * its raw DEFLATE (or stored) data and the uncompressed size and flags its headers declare.
 */
export function rawZip(entries: { name: string; data: Uint8Array; method: 0 | 8; declaredSize: number; crc?: number; dataDescriptor?: boolean }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const flags = entry.dataDescriptor ? 8 : 0;
    const crc = entry.crc ?? 0;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.dataDescriptor ? 0 : crc, true);
    lv.setUint32(18, entry.dataDescriptor ? 0 : entry.data.length, true);
    lv.setUint32(22, entry.dataDescriptor ? 0 : entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const descriptor = new Uint8Array(entry.dataDescriptor ? 16 : 0);
    if (entry.dataDescriptor) {
      const dv = new DataView(descriptor.buffer);
      dv.setUint32(0, 0x08074b50, true);
      dv.setUint32(4, crc, true);
      dv.setUint32(8, entry.data.length, true);
      dv.setUint32(12, entry.declaredSize, true);
    }
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    parts.push(local, entry.data, descriptor);
    central.push(record);
    offset += local.length + entry.data.length + descriptor.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** A stored (uncompressed) zip entry with honest headers. */
export const storedEntry = (name: string, text: string): { name: string; data: Uint8Array; method: 0; declaredSize: number; crc: number } => {
  const data = strToU8(text);
  return { name, data, method: 0, declaredSize: data.length, crc: crc32(data) };
};

/**
 * Raw DEFLATE data that inflates to `mebibytes` MiB of zeros, built without compressing them: one
 * MiB of zeros compressed with a full flush (byte-aligned, history reset) is repeated, then a final
 * empty block closes the stream. 1,024 MiB take about 1 MB.
 */
export function zerosDeflate(mebibytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1 << 20), { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const out = new Uint8Array(block.length * mebibytes + 2);
  for (let i = 0; i < mebibytes; i++) out.set(block, i * block.length);
  // A final fixed-Huffman block holding only its end-of-block code.
  out.set([0x03, 0x00], block.length * mebibytes);
  return out;
}

/** A DOCX whose word/document.xml declares `declaredSize` bytes but inflates to `mebibytes` MiB. */
export function lyingDocxBomb(mebibytes: number, declaredSize: number, dataDescriptor = false): Uint8Array {
  return rawZip([
    storedEntry("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    { name: "word/document.xml", data: zerosDeflate(mebibytes), method: 8, declaredSize, dataDescriptor },
  ]);
}
