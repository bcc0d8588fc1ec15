// Writes the PDF fixtures for reading order (test/fixtures/layout/): a two-column tender text, a
// Programma van Eisen table whose rows wrap and break over a page (no padding between rows), and
// a document with a scanned page (an image without a text layer). Beside each PDF,
// labels.json lists the evidence sentences that must come out whole and in this order.
//   node packages/documents/scripts/make-layout-fixtures.mjs [out-dir]
// A small PDF writer (Helvetica, standard 14 font, no embedding): the files are byte-for-byte
// reproducible, and the test checks that this script still makes the committed files.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, "../test/fixtures/layout"));

/** Assembles a PDF from its objects (1-based numbers in order), with a correct xref table. */
function pdf(objects) {
  let body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const esc = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);
const text = (x, y, size, s, font = "F1") => `BT /${font} ${size} Tf ${x} ${y} Td (${esc(s)}) Tj ET`;

/** Pages of content-stream parts into a PDF (A4, Helvetica as F1, Helvetica-Bold as F2, optional image Im1). */
function document(pages, { image = false } = {}) {
  const kids = pages.map((_, i) => `${5 + i * 2} 0 R`).join(" ");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  ];
  const imageObject = 5 + pages.length * 2;
  pages.forEach((parts, i) => {
    const stream = parts.join("\n");
    const xobject = image ? ` /XObject << /Im1 ${imageObject} 0 R >>` : "";
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >>${xobject} >> /Contents ${6 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
  });
  if (image) {
    // A 4x4 grey "scan"; the page paints it over its whole area.
    const pixels = "\u0080\u00c0\u0040\u00ff".repeat(4);
    objects.push(`<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`);
  }
  return pdf(objects);
}

/** Greedy word wrap to at most `max` characters a line (Helvetica 10 pt averages under 5.5 pt a character). */
function wrap(paragraph, max) {
  const lines = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const running = (page, pages, title) => [text(56, 810, 8, title), text(270, 30, 8, `Pagina ${page} van ${pages}`)];

// --- Two columns -----------------------------------------------------------------------------
const columnParagraphs = [
  ["De Provincie koopt een systeem dat meldingen over de openbare ruimte automatisch indeelt en doorzet naar de afdeling die ze afhandelt.", "Het systeem gebruikt een taalmodel dat de tekst van een melding leest en een categorie voorstelt."],
  ["Opdrachtnemer levert bij de oplevering een volledige technische documentatie van het systeem, met de herkomst van de trainingsgegevens en de bekende beperkingen van het model.", "Die documentatie wordt bij elke nieuwe versie van het model bijgewerkt en binnen tien werkdagen aan de Provincie gestuurd."],
  ["Opdrachtnemer legt vast welke melding door welke versie van het model is ingedeeld, met het tijdstip en de voorgestelde categorie, en bewaart deze logbestanden ten minste zes maanden.", "Een medewerker van de Provincie beoordeelt elke indeling voordat een melding wordt doorgezet en kan de voorgestelde categorie altijd wijzigen."],
  ["Opdrachtnemer meet elk kwartaal of het model meldingen uit alle wijken even goed indeelt en rapporteert verschillen van meer dan vijf procentpunt aan de Provincie.", "Bij zo'n verschil stelt Opdrachtnemer binnen een maand een plan van aanpak op."],
  ["Persoonsgegevens in meldingen worden alleen verwerkt voor het indelen en doorzetten van de melding en worden niet gebruikt om het model verder te trainen.", "Opdrachtnemer verwerkt de gegevens uitsluitend binnen de Europese Economische Ruimte."],
  ["Opdrachtnemer meldt een ernstig incident met het systeem binnen 24 uur aan de Provincie en werkt mee aan het onderzoek naar de oorzaak.", "De Provincie mag het systeem tijdelijk uitzetten zolang het onderzoek loopt, zonder dat Opdrachtnemer daarvoor een vergoeding krijgt."],
  ["Na afloop van de overeenkomst levert Opdrachtnemer alle gegevens van de Provincie terug in een open formaat en vernietigt hij zijn kopieen binnen dertig dagen.", "Opdrachtnemer bevestigt de vernietiging schriftelijk."],
];

function twoColumns() {
  const title = "Aanbestedingsleidraad meldingen openbare ruimte - kenmerk PNB-2026-0311";
  // Lines with the gap between paragraphs as a null.
  const flow = [];
  for (const p of columnParagraphs) {
    flow.push(...wrap(p.join(" "), 40), null);
  }
  // Short columns, so that the text runs over four columns on two pages and breaks mid-sentence.
  const top = 740;
  const bottom = 470;
  const lead = 13;
  const pages = [];
  let parts = [text(56, 775, 14, "3. Eisen aan het systeem", "F2")];
  let column = 0;
  let y = top;
  const x = [56, 316];
  for (const line of flow) {
    if (line === null) {
      y -= 7;
      continue;
    }
    if (y < bottom) {
      column++;
      y = top;
      if (column === 2) {
        pages.push(parts);
        parts = [];
        column = 0;
      }
    }
    parts.push(text(x[column], y, 10, line));
    y -= lead;
  }
  pages.push(parts);
  const withRunning = pages.map((p, i) => [...running(i + 1, pages.length, title), ...p]);
  return document(withRunning);
}

// --- A table whose rows wrap and break over a page -------------------------------------------
const requirements = [
  ["E-01", "Opdrachtnemer levert een volledige technische documentatie van het AI-systeem voordat het in gebruik wordt genomen.", "Zie bijlage III van de AI-verordening."],
  ["E-02", "Het systeem legt automatisch logbestanden vast van elke beslissing, met tijdstip, invoer en modelversie.", "Bewaartermijn: zes maanden."],
  ["E-03", "Een medewerker van de Provincie kan elke uitkomst van het systeem inzien, toelichten en terugdraaien.", "Menselijk toezicht."],
  ["E-04", "Opdrachtnemer toetst het model voor de ingebruikname op ongelijke uitkomsten tussen groepen inwoners en deelt de uitkomsten met de Provincie.", "Jaarlijks herhalen."],
  ["E-05", "Opdrachtnemer registreert het systeem in de EU-databank voor hoog-risico-AI-systemen voordat het in gebruik wordt genomen.", "Artikel 49."],
  ["E-06", "Persoonsgegevens worden uitsluitend verwerkt binnen de Europese Economische Ruimte en niet gebruikt om het model te trainen.", "Verwerkersovereenkomst volgt."],
  ["E-07", "Opdrachtnemer meldt een ernstig incident binnen 24 uur aan de Provincie en werkt mee aan het onderzoek naar de oorzaak.", "Ook buiten kantoortijd."],
  ["E-08", "Na afloop van de overeenkomst levert Opdrachtnemer alle gegevens terug in een open formaat en vernietigt hij zijn kopieen.", "Binnen dertig dagen."],
];

function wrappedTable() {
  const title = "Programma van Eisen toezichtsysteem - versie 1.2";
  const cols = [56, 100, 370];
  const header = (y) => [text(cols[0], y, 10, "Nr", "F2"), text(cols[1], y, 10, "Eis", "F2"), text(cols[2], y, 10, "Toelichting", "F2")];
  const lead = 12;
  const top = 760;
  // Page 1 holds a paragraph above the table, so that the table reaches the page end mid-row.
  const bottom = 605;
  const pages = [];
  let parts = [text(56, 785, 14, "4. Programma van Eisen", "F2"), ...header(top)];
  let y = top - lead - 4;
  for (const [nr, eis, note] of requirements) {
    const a = wrap(eis, 44);
    const b = wrap(note, 28);
    const rows = Math.max(a.length, b.length);
    for (let i = 0; i < rows; i++) {
      if (y < (pages.length === 0 ? bottom : 90)) {
        pages.push(parts);
        parts = [...header(top)];
        y = top - lead - 4;
      }
      if (i === 0) parts.push(text(cols[0], y, 10, nr));
      if (a[i]) parts.push(text(cols[1], y, 10, a[i]));
      if (b[i]) parts.push(text(cols[2], y, 10, b[i]));
      // No extra space between rows: only a new value in the first column tells a new row.
      y -= lead;
    }
  }
  pages.push(parts);
  return document(pages.map((p, i) => [...running(i + 1, pages.length, title), ...p]));
}

// --- A scanned page ---------------------------------------------------------------------------
function scannedPage() {
  const page1 = [text(56, 760, 14, "Nota van Inlichtingen", "F2"), text(56, 730, 10, "Vraag 1 gaat over de bewaartermijn van de logbestanden."), text(56, 716, 10, "Het antwoord staat in de bijlage op de volgende pagina.")];
  const page2 = ["q 595 0 0 842 0 0 cm /Im1 Do Q"];
  const page3 = [text(56, 760, 10, "De bewaartermijn van de logbestanden wordt verlengd tot twaalf maanden.")];
  return document([page1, page2, page3], { image: true });
}

const labels = {
  "two-columns.pdf": columnParagraphs.flat(),
  "wrapped-table.pdf": requirements.map(([, eis]) => eis),
  "scanned-page.pdf": ["Vraag 1 gaat over de bewaartermijn van de logbestanden.", "De bewaartermijn van de logbestanden wordt verlengd tot twaalf maanden."],
};

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "two-columns.pdf"), twoColumns());
writeFileSync(join(out, "wrapped-table.pdf"), wrappedTable());
writeFileSync(join(out, "scanned-page.pdf"), scannedPage());
writeFileSync(join(out, "labels.json"), `${JSON.stringify({ comment: "Evidence sentences per fixture, in reading order; written by scripts/make-layout-fixtures.mjs.", evidence: labels, noTextLayerPages: { "scanned-page.pdf": [2] } }, null, 2)}\n`);
console.log(`wrote 3 PDFs and labels.json to ${out}`);
