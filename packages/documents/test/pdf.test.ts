import { describe, expect, it } from "vitest";
import { validateDocument } from "@ethiek/schemas";
import { extract } from "../src/index.js";
import { encryptedPdf, imageOnlyPdf, manyPagesPdf, pdfFromObjects, textPdf } from "./make.js";

const body = (n: number): string[] => [
  `3.${n} Eisen aan hoofdstuk ${n}`,
  "",
  "De Opdrachtnemer levert een hoog-",
  "risico-AI-systeem volgens de AI-",
  "verordening en gebruikt lus- en",
  "radardetectie. De informatie-",
  "beveiliging is geregeld.",
];

describe("PDF extraction", () => {
  it("rebuilds paragraphs and keeps real line-end hyphens", async () => {
    const result = await extract(textPdf([body(1)]), { name: "eisen.pdf" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.document.segments.map((s) => s.text).join(" ");
    expect(text).toContain("hoog-risico-AI-systeem volgens de AI-verordening");
    expect(text).toContain("lus- en radardetectie");
    expect(text).toContain("De informatie-beveiliging is geregeld");
    expect(result.document.pageCount).toBe(1);
    expect(validateDocument(result.document).ok).toBe(true);
  });

  it("drops running headers, footers and page numbers that repeat on every page", async () => {
    const pages = [1, 2, 3, 4].map(body);
    const bytes = textPdf(pages, { header: () => "Aanbestedingsleidraad iVRI - versie 1.0", footer: (p) => `Pagina ${p} van 4` });
    const result = await extract(bytes, { name: "leidraad.pdf" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.document.segments.map((s) => s.text).join(" ");
    expect(text).not.toContain("Aanbestedingsleidraad iVRI");
    expect(text).not.toMatch(/Pagina \d van 4/);
    const paragraph = result.document.segments.find((s) => s.page === 3 && s.text.startsWith("De Opdrachtnemer"));
    // Line numbers count every visual line of the page, the header included, from the top.
    expect(paragraph?.line).toBe(3);
    expect(result.document.segments.filter((s) => s.text.startsWith("De Opdrachtnemer")).map((s) => s.page)).toEqual([1, 2, 3, 4]);
  });

  it("leaves the caller's bytes usable when they are a Node Buffer (a view on shared memory)", async () => {
    const bytes = Buffer.from(textPdf([body(1)]));
    const copy = Buffer.from(bytes);
    const result = await extract(bytes, { name: "buffer.pdf" });
    expect(result.ok).toBe(true);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes.equals(copy)).toBe(true);
  });

  it("stops a PDF whose WebAssembly heap would pass the worker's memory limit with OUT_OF_MEMORY", { timeout: 180_000 }, async () => {
    // 24 MB of padding in an unused stream: PDFium must hold the file in its heap, capped at 16 MB.
    const padding = "0".repeat(24 * 1024 * 1024);
    const bytes = pdfFromObjects([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
      "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Eerste pagina) Tj ET\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      `<< /Length ${padding.length} >>\nstream\n${padding}\nendstream`,
    ]);
    const result = await extract(bytes, { name: "opgeblazen.pdf", limits: { workerMaxOldGenerationSizeMb: 16 } });
    expect(result).toMatchObject({ ok: false, error: { code: "OUT_OF_MEMORY" } });
    // With the default limit the same file is read.
    const fine = await extract(bytes, { name: "opgeblazen.pdf" });
    expect(fine.ok).toBe(true);
  });

  it("reports a scanned PDF without a text layer as PDF_NO_TEXT_LAYER", async () => {
    const result = await extract(imageOnlyPdf(), { name: "scan.pdf" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("PDF_NO_TEXT_LAYER");
    expect(result.error.message).toContain("OCR");
    expect(result.error.messageEn).toContain("OCR is not supported");
  });

  it("rejects a password-protected PDF with PDF_ENCRYPTED", async () => {
    const result = await extract(encryptedPdf(), { name: "geheim.pdf" });
    expect(result).toMatchObject({ ok: false, error: { code: "PDF_ENCRYPTED", document: "geheim.pdf" } });
  });

  it("rejects a PDF with 10,000 pages with TOO_MANY_PAGES before reading them", async () => {
    const result = await extract(manyPagesPdf(10_000), { name: "groot.pdf" });
    expect(result).toMatchObject({ ok: false, error: { code: "TOO_MANY_PAGES" } });
    if (!result.ok) expect(result.error.message).toContain("10000");
  });

  it("honours a lower page limit from the options", async () => {
    const result = await extract(textPdf([body(1), body(2), body(3)]), { name: "a.pdf", limits: { maxPages: 2 } });
    expect(result).toMatchObject({ ok: false, error: { code: "TOO_MANY_PAGES" } });
  });

  it("stops a PDF that runs out of its time budget with TIMEOUT", async () => {
    const result = await extract(manyPagesPdf(3000), { name: "traag.pdf", limits: { timeoutMs: 30, maxPages: 5000 } });
    expect(result).toMatchObject({ ok: false, error: { code: "TIMEOUT" } });
  });

  it("reports a truncated PDF as a typed error, not a crash", async () => {
    const full = textPdf([body(1)]);
    const result = await extract(full.subarray(0, 60), { name: "kapot.pdf" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(["CORRUPT_FILE", "PDF_NO_TEXT_LAYER"]).toContain(result.error.code);
  });

  it("reports a file called .pdf that is not a PDF as CORRUPT_FILE", async () => {
    const result = await extract(new TextEncoder().encode("Dit is gewoon tekst, geen PDF."), { name: "nep.pdf" });
    expect(result).toMatchObject({ ok: false, error: { code: "CORRUPT_FILE" } });
    if (!result.ok) expect(result.error.message).toContain("geen geldig PDF-bestand");
  });
});
