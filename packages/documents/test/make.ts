// Builders for test inputs that are generated in the test itself: small hand-written PDFs (text,
// image-only, encrypted, very many pages), zips (DOCX, ODT, zip bombs) and a CFB header.
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
