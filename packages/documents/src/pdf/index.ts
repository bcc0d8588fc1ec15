import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DocumentErrorCode, ExtractionLimits } from "../types.js";
import { ExtractionFailure } from "../errors.js";
import type { SegmentSink } from "../text.js";
import { layoutSegments } from "./layout.js";
import { buildLinesPacked, orderColumns, type Line, type RawItem } from "./lines.js";

type WorkerMessage =
  | { type: "meta"; numPages: number }
  | { type: "page"; page: number; width: number; height: number; text: string; nums: Float64Array; fonts: string[]; images: number }
  | { type: "page-error"; page: number; detail: string }
  | { type: "done"; numPages: number }
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

/** From this many pages on, the pages are shared by two worker threads (where two cores exist). */
export const SPLIT_FROM_PAGES = 24;
/** From this file size on, the second thread is started at once, before the page count is known. */
const EAGER_SECOND_THREAD_BYTES = 512 * 1024;

/** A compiled `WebAssembly.Module` (the WebAssembly types are not in this package's `lib`). */
type WasmModule = object;
const wasmApi = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> } }).WebAssembly;

let compiled: Promise<WasmModule> | undefined;
/** The compiled module, once there is one. */
let ready: WasmModule | undefined;

/**
 * PDFium's WebAssembly module, compiled once per process and handed to every worker thread: a
 * worker then only instantiates it, and code that V8 has optimised for one extraction serves the
 * next (a tender of several PDFs, the API). A failed compile is retried on the next call.
 */
export function pdfiumModule(): Promise<WasmModule> {
  compiled ??= (async () => {
    const path = createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm");
    ready = await wasmApi.compile(await readFile(path));
    return ready;
  })().catch((error: unknown) => {
    compiled = undefined;
    throw error;
  });
  return compiled;
}

/**
 * Parses a PDF with PDFium in worker threads with V8 resource limits, a cap on the WebAssembly
 * heap and a time budget, page by page: only the rebuilt lines of each page are kept, so memory
 * stays flat however long the file is. A long PDF is shared by two threads (PDFium instances
 * share nothing): one takes pages from the front, the other from the back, until they meet; the
 * pages are put back in order before the layout. Returns the page count.
 */
export async function readPdf(bytes: Uint8Array, sink: SegmentSink, limits: ExtractionLimits): Promise<number> {
  const pages: { page: number; height: number; lines: Line[] }[] = [];
  const blankPages: number[] = [];
  const scannedPages: number[] = [];
  const unreadable: number[] = [];
  let chars = 0;
  // One copy of the file, shared by the threads (each copies it into its own PDFium heap); the
  // caller keeps its bytes.
  const data = new SharedArrayBuffer(bytes.length);
  new Uint8Array(data).set(bytes);
  // Pages taken by the threads: [all, by the first thread, by the second] (see pdf-worker.js).
  const claims = new Int32Array(new SharedArrayBuffer(3 * 4));
  // The threads start at once; PDFium is compiled meanwhile (first PDF of the process) and posted.
  const compiling = pdfiumModule();
  let wasm = ready;
  const numPages = await new Promise<number>((resolve, reject) => {
    let settled = false;
    const workers: { worker: Worker; done: boolean; received: number }[] = [];
    /** The page count, once a thread has reported it (and it is within the limit). */
    let known = -1;
    const finish = (error: ExtractionFailure | Error | null, value = 0): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const w of workers) void w.worker.terminate();
      if (error) reject(error);
      else resolve(value);
    };
    const timer = setTimeout(() => finish(new ExtractionFailure("TIMEOUT", { limit: limits.timeoutMs })), limits.timeoutMs);
    /**
     * Done when every page has been taken and every thread has posted the pages it took: a
     * thread that is still starting (it took none) is not waited for.
     */
    const checkDone = (): void => {
      if (known < 0 || Atomics.load(claims, 0) < known) return;
      if (workers.every((w, slot) => w.done || Atomics.load(claims, 1 + slot) === w.received)) finish(null, known);
    };

    const start = (): void => {
      const slot = workers.length;
      const worker = new Worker(workerUrl, {
        workerData: { data, wasm, maxPages: limits.maxPages, maxWasmBytes: limits.workerMaxOldGenerationSizeMb * 1024 * 1024, claims, slot },
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
      const state = { worker, done: false, received: 0 };
      workers.push(state);
      if (!wasm) {
        compiling.then(
          (module) => {
            if (!settled) worker.postMessage({ wasm: module });
          },
          (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
        );
      }
      // PDFium may print warnings about fonts; they are not for the user.
      worker.stdout.resume();
      worker.stderr.resume();
      worker.on("message", (message: WorkerMessage) => {
        if (settled) return;
        switch (message.type) {
          case "meta": {
            if (message.numPages > limits.maxPages) return; // the thread reports TOO_MANY_PAGES
            known = message.numPages;
            // A file long enough to share: a second thread takes pages from the back (unless the
            // first has already taken them all).
            if (workers.length === 1 && known >= SPLIT_FROM_PAGES && availableParallelism() >= 2 && Atomics.load(claims, 0) < known) start();
            break;
          }
          case "page": {
            state.received++;
            const lines = orderColumns(buildLinesPacked(message.page, message.text, message.nums, message.fonts), message.width);
            for (const l of lines) chars += l.text.length;
            if (lines.length === 0) (message.images > 0 ? scannedPages : blankPages).push(message.page);
            pages.push({ page: message.page, height: message.height, lines });
            break;
          }
          case "page-error":
            state.received++;
            unreadable.push(message.page);
            break;
          case "done":
            state.done = true;
            break;
          case "error":
            finish(new ExtractionFailure(message.code, { limit: limits.maxPages, ...(message.actual !== undefined ? { actual: message.actual } : {}) }, message.detail));
            return;
        }
        checkDone();
      });
      worker.on("error", (error: Error & { code?: string }) => {
        const oom = error.code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|heap/i.test(error.message);
        finish(new ExtractionFailure(oom ? "OUT_OF_MEMORY" : "CORRUPT_FILE", { format: "PDF" }, error.message));
      });
      worker.on("exit", (code) => {
        if (!settled && !state.done) finish(new ExtractionFailure("CORRUPT_FILE", { format: "PDF" }, `PDF worker stopped (exit code ${code})`));
      });
    };
    // Threads started after the compilation get the module with their start.
    void compiling.then(
      (module) => (wasm = module),
      () => {},
    );
    start();
    // A large file is surely long enough to share: the second thread starts (and instantiates
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
