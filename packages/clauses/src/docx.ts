/**
 * @ethiek/clauses/docx: the annex as a Word document (DOCX), written with the `docx` package:
 * a title, a heading per group, a numbered heading per clause, the clause text, the note and the
 * sources. Kept apart from the main entry so that Markdown and HTML users do not load it.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Annex } from "./annex.js";

export type { Annex } from "./annex.js";

/** The document objects of the annex (for callers that add their own parts before packing). */
export function annexDocument(annex: Annex): Document {
  const children: Paragraph[] = [new Paragraph({ text: annex.title, heading: HeadingLevel.TITLE })];
  if (annex.subtitle) children.push(new Paragraph({ children: [new TextRun({ text: annex.subtitle, bold: true })] }));
  for (const p of annex.intro) children.push(new Paragraph({ text: p, spacing: { after: 120 } }));
  for (const section of annex.sections) {
    children.push(new Paragraph({ text: `${section.number} ${section.heading}`, heading: HeadingLevel.HEADING_1, spacing: { before: 360 } }));
    children.push(new Paragraph({ children: [new TextRun({ text: section.intro, italics: true })], spacing: { after: 120 } }));
    for (const item of section.items) {
      children.push(new Paragraph({ text: `${item.number} ${item.title}`, heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240 } }));
      if (item.change) children.push(new Paragraph({ text: item.change, spacing: { after: 120 } }));
      for (const p of item.paragraphs) children.push(new Paragraph({ text: p, spacing: { after: 120 }, alignment: AlignmentType.LEFT }));
      if (item.note) {
        children.push(new Paragraph({ children: [new TextRun({ text: `${annex.labels.note}: `, bold: true, size: 18, color: "444444" }), new TextRun({ text: item.note, size: 18, color: "444444" })] }));
      }
      children.push(
        new Paragraph({
          children: [new TextRun({ text: `${annex.labels.requirement}: `, bold: true, size: 18, color: "444444" }), new TextRun({ text: `${item.requirementTitle} (${item.requirement})`, size: 18, color: "444444" })],
        }),
      );
      children.push(
        new Paragraph({
          children: [new TextRun({ text: `${annex.labels.sources}: `, bold: true, size: 18, color: "444444" }), new TextRun({ text: item.sourceLine, size: 18, color: "444444" })],
          spacing: { after: 200 },
        }),
      );
    }
  }
  if (annex.gaps.length > 0) {
    children.push(new Paragraph({ text: annex.labels.gaps, heading: HeadingLevel.HEADING_1, spacing: { before: 360 } }));
    children.push(new Paragraph({ text: annex.labels.gapsIntro, spacing: { after: 120 } }));
    for (const gap of annex.gaps) {
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun({ text: gap.requirementTitle, bold: true }), new TextRun({ text: gap.remediation ? ` — ${gap.remediation}` : "" })],
        }),
      );
    }
  }
  if (annex.edits.length > 0) {
    children.push(new Paragraph({ text: annex.labels.edits, heading: HeadingLevel.HEADING_1, spacing: { before: 360 } }));
    children.push(new Paragraph({ text: annex.labels.editsIntro, spacing: { after: 120 } }));
    for (const edit of annex.edits) {
      const where = edit.evidence.map((ev) => [ev.document, ev.page !== null ? `p. ${ev.page}` : undefined, `r. ${ev.line}`].filter(Boolean).join(", "));
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun({ text: edit.requirementTitle, bold: true }), new TextRun({ text: edit.note !== annex.labels.editsIntro ? ` — ${edit.note}` : "" }), new TextRun({ text: where.length > 0 ? ` — ${annex.labels.location}: ${where.join("; ")}` : "" })],
        }),
      );
    }
  }
  children.push(new Paragraph({ children: [new TextRun({ text: `${annex.labels.generated} (${annex.meta.library}, ${annex.meta.ruleset}).`, italics: true, size: 16, color: "666666" })], spacing: { before: 360 } }));
  return new Document({
    creator: "ethiek",
    title: annex.title,
    description: annex.subtitle ?? annex.title,
    // The document language lets Word and LibreOffice check spelling in Dutch or English.
    styles: { default: { document: { run: { font: "Arial", size: 22, language: { value: annex.language === "nl" ? "nl-NL" : "en-GB" } } } } },
    sections: [{ children }],
  });
}

/**
 * Writes the annex as DOCX bytes.
 *
 * @example
 * writeFileSync("bijlage-ai.docx", await annexToDocx(annex));
 */
export async function annexToDocx(annex: Annex): Promise<Uint8Array> {
  return Packer.pack(annexDocument(annex), "uint8array");
}
