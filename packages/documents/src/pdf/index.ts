import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DocumentErrorCode, ExtractionLimits } from "../types.js";
import { ExtractionFailure } from "../errors.js";
import type { SegmentSink } from "../text.js";
import { layoutSegments } from "./layout.js";
import { buildLines, orderColumns, type Line, type RawItem } from "./lines.js";

type WorkerMessage =
  | { type: "meta"; numPages: number }
  | { type: "page"; page: number; width: number; height: number; text: string; nums: Float64Array; fonts: string[]; images: number }
  | { type: "page-error"; page: number; detail: string }
  | { type: "done"; numPages: number; from: number; to: number }
  | { type: "error"; code: DocumentErrorCode; detail: string; actual?: number };

/** Numbers per item in a page message: [text length, x, y, width, height, font index, horizontal]. */
const STRIDE = 7;

/**
 * Unpacks the compact page message of the worker (the item texts joined into one string, seven
 * numbers per item, the page's font names) into items for the layout.
 *
 * @example
 * unpackItems("EisKO-01", Float64Array.from([3, 72, 700, 18, 12, 0, 1, 5, 110, 700, 30, 12, 0, 1]), ["g_d0_f1"])
 * // [["Eis", 72, 700, 18, 12, "g_d0_f1", 1], ["KO-01", 110, 700, 30, 12, "g_d0_f1", 1]]
 */
export function unpackItems(text: string, nums: Float64Array, fonts: string[]): RawItem[] {
  const items: RawItem[] = [];
  let at = 0;
  for (let k = 0; k + STRIDE <= nums.length; k += STRIDE) {
    const end = at + (nums[k] ?? 0);
    items.push([text.slice(at, end), nums[k + 1] ?? 0, nums[k + 2] ?? 0, nums[k + 3] ?? 0, nums[k + 4] ?? 0, fonts[nums[k + 5] ?? 0] ?? "", nums[k + 6] ?? 0]);
    at = end;
  }
  return items;
}

/** The worker script: `dist/pdf-worker.js` in the package, `src/pdf-worker.js` in tests. */
const workerUrl = new URL(import.meta.url.endsWith(".ts") ? "../pdf-worker.js" : "./pdf-worker.js", import.meta.url);

/** From this many pages on, the pages are split over two worker threads (where two cores exist). */
export const SPLIT_FROM_PAGES = 24;
/** From this file size on, the second thread is started at once, before the page count is known. */
const EAGER_SECOND_THREAD_BYTES = 512 * 1024;

/** A compiled `WebAssembly.Module` (the WebAssembly types are not in this package's `lib`). */
type WasmModule = object;
const wasmApi = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> } }).WebAssembly;

let compiled: Promise<WasmModule> | undefined;

/**
 * PDFium's WebAssembly module, compiled once per process and handed to every worker thread: a
 * worker then only instantiates it, and code that V8 has optimised for one extraction serves the
 * next (a tender of several PDFs, the API). A failed compile is retried on the next call.
 */
export function pdfiumModule(): Promise<WasmModule> {
  compiled ??= (async () => {
    const path = createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm");
    return wasmApi.compile(await readFile(path));
  })().catch((error: unknown) => {
    compiled = undefined;
    throw error;
  });
  return compiled;
}

/**
 * Parses a PDF with PDFium in worker threads with V8 resource limits, a cap on the WebAssembly
 * heap and a time budget, page by page: only the rebuilt lines of each page are kept, so memory
 * stays flat however long the file is. A long PDF is split in two page ranges, each read by its
 * own thread (PDFium instances share nothing); the pages are put back in order before the
 * layout. Returns the page count.
 */
export async function readPdf(bytes: Uint8Array, sink: SegmentSink, limits: ExtractionLimits): Promise<number> {
  const pages: { page: number; height: number; lines: Line[] }[] = [];
  const blankPages: number[] = [];
  const scannedPages: number[] = [];
  const unreadable: number[] = [];
  let chars = 0;
  const wasm = await pdfiumModule();
  const numPages = await new Promise<number>((resolve, reject) => {
    let settled = false;
    let running = 0;
    const workers: Worker[] = [];
    const finish = (error: ExtractionFailure | null, value = 0): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(value);
    };
    const timer = setTimeout(() => finish(new ExtractionFailure("TIMEOUT", { limit: limits.timeoutMs })), limits.timeoutMs);

    /** Page ranges per thread, decided when the first thread knows the page count. */
    let ranges: { from: number; to: number }[] | null = null;
    const metaSeen = new Set<number>();
    const sendRanges = (): void => {
      if (!ranges) return;
      for (const id of metaSeen) {
        const range = ranges[id] ?? { from: 1, to: 0 };
        workers[id]?.postMessage(range);
      }
      metaSeen.clear();
    };

    const start = (range?: { from: number; to: number }): void => {
      // Each thread gets its own copy, transferred: the caller keeps its bytes. (Buffer#slice
      // would give a view on the caller's memory, whose transfer would detach it.)
      const data = Uint8Array.prototype.slice.call(bytes).buffer;
      const id = workers.length;
      const worker = new Worker(workerUrl, {
        workerData: { data, wasm, maxPages: limits.maxPages, maxWasmBytes: limits.workerMaxOldGenerationSizeMb * 1024 * 1024, ...range },
        transferList: [data],
        // The parent's flags (e.g. --input-type, --cpu-prof, test-runner loaders) are not for this thread.
        execArgv: [],
        resourceLimits: {
          maxOldGenerationSizeMb: limits.workerMaxOldGenerationSizeMb,
          maxYoungGenerationSizeMb: 32,
          stackSizeMb: 4,
        },
        stdout: true,
        stderr: true,
      });
      workers.push(worker);
      running++;
      let done = false;
      // PDFium may print warnings about fonts; they are not for the user.
      worker.stdout.resume();
      worker.stderr.resume();
      worker.on("message", (message: WorkerMessage) => {
        if (settled) return;
        switch (message.type) {
          case "meta": {
            // A thread started with a range reads it at once; the others wait for theirs.
            if (range || message.numPages > limits.maxPages) return;
            metaSeen.add(id);
            if (!ranges) {
              const n = message.numPages;
              const threads = n >= SPLIT_FROM_PAGES ? Math.min(2, availableParallelism()) : 1;
              const half = threads === 2 ? Math.ceil(n / 2) : n;
              ranges = [{ from: 1, to: half }];
              if (threads === 2) {
                if (workers.length > 1) ranges.push({ from: half + 1, to: n });
                else start({ from: half + 1, to: n });
              }
            }
            sendRanges();
            return;
          }
          case "page": {
            // Font ids are per PDFium instance: the thread's id keeps them apart.
            const fonts = id === 0 ? message.fonts : message.fonts.map((f) => `${id}:${f}`);
            const lines = orderColumns(
              buildLines({ page: message.page, width: message.width, height: message.height, items: unpackItems(message.text, message.nums, fonts) }),
              message.width,
            );
            for (const l of lines) chars += l.text.length;
            if (lines.length === 0) (message.images > 0 ? scannedPages : blankPages).push(message.page);
            pages.push({ page: message.page, height: message.height, lines });
            return;
          }
          case "page-error":
            unreadable.push(message.page);
            return;
          case "done":
            done = true;
            running--;
            if (running === 0) finish(null, message.numPages);
            return;
          case "error":
            finish(new ExtractionFailure(message.code, { limit: limits.maxPages, ...(message.actual !== undefined ? { actual: message.actual } : {}) }, message.detail));
            return;
        }
      });
      worker.on("error", (error: Error & { code?: string }) => {
        const oom = error.code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|heap/i.test(error.message);
        finish(new ExtractionFailure(oom ? "OUT_OF_MEMORY" : "CORRUPT_FILE", { format: "PDF" }, error.message));
      });
      worker.on("exit", (code) => {
        if (!settled && !done) finish(new ExtractionFailure("CORRUPT_FILE", { format: "PDF" }, `PDF worker stopped (exit code ${code})`));
      });
    };
    start();
    // A large file is surely long enough to split: the second thread starts (and instantiates
    // PDFium) at once instead of after the first has opened the file.
    if (bytes.length >= EAGER_SECOND_THREAD_BYTES && availableParallelism() >= 2) start();
  });
  if (numPages === 0) throw new ExtractionFailure("CORRUPT_FILE", { format: "PDF" }, "the PDF has no pages");
  if (chars === 0) throw new ExtractionFailure("PDF_NO_TEXT_LAYER", {}, `${numPages} pages without text`);
  pages.sort((a, b) => a.page - b.page);
  // Warnings in page order, whichever thread read the page.
  for (const page of unreadable.sort((a, b) => a - b)) sink.warn("PDF_PAGE_UNREADABLE", `Pagina ${page} kon niet worden gelezen en is overgeslagen.`, page);
  for (const page of scannedPages.sort((a, b) => a - b)) {
    sink.warn(
      "PDF_PAGE_NO_TEXT_LAYER",
      `Pagina ${page} is een afbeelding zonder tekstlaag (een scan?) en is niet gelezen; tekstherkenning (OCR) wordt niet ondersteund. Vraag om een PDF met tekst of het originele document. / Page ${page} is an image without a text layer (a scan?) and was not read; OCR is not supported.`,
      page,
    );
  }
  for (const page of blankPages.sort((a, b) => a - b)) sink.warn("PDF_PAGE_WITHOUT_TEXT", `Pagina ${page} bevat geen tekst (een scan of afbeelding?).`, page);
  layoutSegments(pages, sink);
  return numPages;
}
