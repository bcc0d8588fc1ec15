import { Worker } from "node:worker_threads";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extract } from "../index.js";
import { pdfFromObjects, textPdf } from "../../test/make.js";
import { pdfiumModule, unpackItems } from "./index.js";

const latin1 = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join("");

/** A one-page PDF whose content stream is Flate-compressed; `cut` drops that many bytes from its end. */
function flatePdf(content: string, cut = 0): Uint8Array {
  const packed = deflateSync(Buffer.from(content, "latin1"));
  const stream = latin1(packed.subarray(0, packed.length - cut));
  return pdfFromObjects([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  ]);
}

/** Text in nested q/Q blocks with font changes and a translation (`cm`). */
const nestedContent = [
  "q BT /F2 14 Tf 72 720 Td (3.1 Eisen aan het systeem) Tj ET Q",
  "q 1 0 0 1 0 0 cm BT /F1 12 Tf 72 690 Td (De Opdrachtnemer levert een logboek.) Tj ET",
  "q BT /F1 12 Tf 72 676 Td (Het logboek wordt zes maanden bewaard.) Tj ET Q",
  "BT /F2 12 Tf 72 650 Td (Tabel 1) Tj /F1 12 Tf 60 0 Td (Eis) Tj ET Q",
].join("\n");

type PageMessage = { type: "page"; page: number; text: string; nums: Float64Array; fonts: string[] };
type DoneMessage = { type: "done"; numPages: number };

/** Runs the worker script on its own and collects its messages. */
async function runWorker(bytes: Uint8Array): Promise<{ pages: PageMessage[]; done: DoneMessage }> {
  const data = bytes.slice().buffer;
  const wasm = await pdfiumModule();
  const worker = new Worker(new URL("../pdf-worker.js", import.meta.url), { workerData: { data, wasm, maxPages: 10, maxWasmBytes: 256 * 1024 * 1024, from: 1, to: 10 }, transferList: [data], execArgv: [] });
  const pages: PageMessage[] = [];
  return new Promise((resolve, reject) => {
    worker.on("message", (message: { type: string }) => {
      if (message.type === "page") pages.push(message as PageMessage);
      if (message.type === "done") {
        void worker.terminate();
        resolve({ pages, done: message as DoneMessage });
      }
      if (message.type === "error") reject(new Error(JSON.stringify(message)));
    });
    worker.on("error", reject);
  });
}

/**
 * Runs two worker threads on one file as readPdf does (one shared copy of the bytes, shared
 * page claims), the second started late, and collects the page messages of each.
 */
async function runTwoWorkers(bytes: Uint8Array, delaySecondMs: number): Promise<PageMessage[][]> {
  const data = new SharedArrayBuffer(bytes.length);
  new Uint8Array(data).set(bytes);
  const claims = new Int32Array(new SharedArrayBuffer(12));
  const wasm = await pdfiumModule();
  const one = (slot: number): Promise<PageMessage[]> => {
    const worker = new Worker(new URL("../pdf-worker.js", import.meta.url), { workerData: { data, wasm, maxPages: 100, maxWasmBytes: 256 * 1024 * 1024, claims, slot }, execArgv: [] });
    const pages: PageMessage[] = [];
    return new Promise((resolve, reject) => {
      worker.on("message", (message: { type: string }) => {
        if (message.type === "page") pages.push(message as PageMessage);
        if (message.type === "done") {
          void worker.terminate();
          resolve(pages);
        }
        if (message.type === "error") reject(new Error(JSON.stringify(message)));
      });
      worker.on("error", reject);
    });
  };
  const first = one(0);
  await new Promise((r) => setTimeout(r, delaySecondMs));
  return Promise.all([first, one(1)]);
}

describe("two PDF worker threads on one file", () => {
  const pages = Array.from({ length: 30 }, (_, i) => [`Pagina ${i + 1} van het bestek`, "De Opdrachtnemer levert een logboek."]);

  for (const delay of [0, 150]) {
    it(`read every page exactly once, the first from the front and the second from the back (second thread ${delay} ms later)`, async () => {
      const [front, back] = await runTwoWorkers(textPdf(pages), delay);
      const frontPages = (front ?? []).map((p) => p.page);
      const backPages = (back ?? []).map((p) => p.page);
      expect([...frontPages, ...backPages].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      // Each thread reads one contiguous run: the front one 1, 2, …; the back one n, n-1, ….
      expect(frontPages).toEqual(Array.from({ length: frontPages.length }, (_, i) => i + 1));
      expect(backPages).toEqual(Array.from({ length: backPages.length }, (_, i) => 30 - i));
      // The two PDFium instances name the one font alike, so the layout sees one body font.
      const fonts = new Set([...(front ?? []), ...(back ?? [])].flatMap((p) => p.fonts));
      expect([...fonts]).toEqual(["Helvetica"]);
    });
  }
});

describe("unpackItems", () => {
  it("splits the joined text by the item lengths and maps font indexes back to names", () => {
    // "𝔸" is two UTF-16 units: lengths count units, as String#length does.
    const text = "Eis𝔸b" + "KO-01";
    const nums = Float64Array.from([5, 72, 700, 30, 12, 1, 1, 1, 110, 700, 6, 12, 0, 1, 5, 72, 680, 28, 12, 1, 0]);
    expect(unpackItems(text, nums, ["g_d0_f1", "g_d0_f2"])).toEqual([
      ["Eis𝔸", 72, 700, 30, 12, "g_d0_f2", 1],
      ["b", 110, 700, 6, 12, "g_d0_f1", 1],
      ["KO-01", 72, 680, 28, 12, "g_d0_f2", 0],
    ]);
  });

  it("returns no items for an empty page and ignores a trailing partial record", () => {
    expect(unpackItems("", new Float64Array(0), [])).toEqual([]);
    expect(unpackItems("ab", Float64Array.from([2, 1, 2, 3, 4, 0, 1, 9, 9]), ["f"])).toEqual([["ab", 1, 2, 3, 4, "f", 1]]);
  });
});

describe("PDF worker", () => {
  it("posts each page compactly: one item per text operator, with its position and font", async () => {
    const { pages, done } = await runWorker(flatePdf(nestedContent));
    expect(pages).toHaveLength(1);
    const [page] = pages;
    if (!page) return;
    const items = unpackItems(page.text, page.nums, page.fonts);
    expect(items.map((i) => i[0])).toEqual(["3.1 Eisen aan het systeem", "De Opdrachtnemer levert een logboek.", "Het logboek wordt zes maanden bewaard.", "Tabel 1", "Eis"]);
    // Positions survive the q/Q nesting: the second font change moves 60 pt to the right.
    expect(items.map((i) => Math.round(i[2]))).toEqual([720, 690, 676, 650, 650]);
    expect(Math.round(items[4]?.[1] ?? 0)).toBe(132);
    // Two fonts, as two distinct names; the bold heading and "Tabel 1" share one.
    expect(new Set(items.map((i) => i[5])).size).toBe(2);
    expect(items[0]?.[5]).toBe(items[3]?.[5]);
    // Heights are font sizes in user space; all items run left to right.
    expect(items.map((i) => Math.round(i[4]))).toEqual([14, 12, 12, 12, 12]);
    expect(items.every((i) => i[6] === 1)).toBe(true);
    expect(done.numPages).toBe(1);
  });

  it("names a font by its PDF base name, also a long one", async () => {
    const long = `Lang${"x".repeat(300)}`;
    const bytes = pdfFromObjects([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
      "<< /Length 86 >>\nstream\nBT /F1 12 Tf 72 700 Td (Kort) Tj ET\nBT /F2 12 Tf 72 680 Td (Lang) Tj ET\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      `<< /Type /Font /Subtype /Type1 /BaseFont /${long} /Encoding /WinAnsiEncoding >>`,
    ]);
    const { pages } = await runWorker(bytes);
    const items = unpackItems(pages[0]?.text ?? "", pages[0]?.nums ?? new Float64Array(0), pages[0]?.fonts ?? []);
    // PDFium's parser keeps the first 255 bytes of a name.
    expect(items.map((i) => [i[0], i[5]])).toEqual([
      ["Kort", "Helvetica"],
      ["Lang", long.slice(0, 255)],
    ]);
  });

  it("reads a Flate stream without its checksum, and of one cut in the middle the part before the cut", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `BT /F1 10 Tf 72 ${760 - i * 16} Td (Regel ${i + 1} over logging en toezicht) Tj ET`);
    // Without its 4-byte checksum the data is complete: all text is read.
    const noChecksum = await extract(flatePdf(lines.join("\n"), 4), { name: "zonder-controlegetal.pdf" });
    expect(noChecksum.ok).toBe(true);
    if (noChecksum.ok) {
      const text = noChecksum.document.segments.map((s) => s.text).join(" ");
      expect(text).toContain("Regel 1 over logging");
      expect(text).toContain("Regel 40 over logging");
    }
    // Cut in the middle of the compressed data: PDFium keeps what it could inflate before the
    // cut and drops the rest, without an error.
    const cut = await extract(flatePdf(lines.join("\n"), 40), { name: "afgebroken.pdf" });
    expect(cut.ok).toBe(true);
    if (cut.ok) {
      const text = cut.document.segments.map((s) => s.text).join(" ");
      expect(text).toContain("Regel 1 over logging");
      expect(text).not.toContain("Regel 40 over logging");
    }
  });

  it("reports a Flate stream that is not zlib data as a page without text, not a crash", async () => {
    const bytes = pdfFromObjects([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>",
      "<< /Length 24 /Filter /FlateDecode >>\nstream\nthis is not zlib data!!!\nendstream",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 7 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Tweede pagina) Tj ET\nendstream",
    ]);
    const result = await extract(bytes, { name: "kapotte-stream.pdf" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.segments.map((s) => [s.page, s.text])).toEqual([[2, "Tweede pagina"]]);
    expect(result.document.warnings?.map((w) => [w.code, w.page])).toContainEqual(["PDF_PAGE_WITHOUT_TEXT", 1]);
  });
});
