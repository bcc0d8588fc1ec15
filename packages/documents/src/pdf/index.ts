import { Worker } from "node:worker_threads";
import type { DocumentErrorCode, ExtractionLimits } from "../types.js";
import { ExtractionFailure } from "../errors.js";
import type { SegmentSink } from "../text.js";
import { buildLines, layoutSegments, type Line, type RawItem } from "./layout.js";

type WorkerMessage =
  | { type: "meta"; numPages: number }
  | { type: "page"; page: number; width: number; height: number; text: string; nums: Float64Array; fonts: string[] }
  | { type: "page-error"; page: number; detail: string }
  | { type: "done"; numPages: number; from: number; to: number; textStatesKeptFast?: boolean }
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

/**
 * Parses a PDF in a worker thread with V8 resource limits and a time budget, page by page: only
 * the rebuilt lines of each page are kept, so memory stays flat however long the file is.
 * Returns the page count.
 */
export async function readPdf(bytes: Uint8Array, sink: SegmentSink, limits: ExtractionLimits): Promise<number> {
  const pages: { page: number; height: number; lines: Line[] }[] = [];
  let chars = 0;
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

    const start = (): Worker => {
      // Each thread gets its own copy, transferred: the caller keeps its bytes.
      const data = bytes.slice().buffer;
      const worker = new Worker(workerUrl, {
        workerData: { data, maxPages: limits.maxPages },
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
      // pdf.js may print warnings about fonts; they are not for the user.
      worker.stdout.resume();
      worker.stderr.resume();
      worker.on("message", (message: WorkerMessage) => {
        switch (message.type) {
          case "meta":
            // The worker reports TOO_MANY_PAGES itself; otherwise it reads every page.
            if (message.numPages <= limits.maxPages) worker.postMessage({ from: 1, to: message.numPages });
            return;
          case "page": {
            const lines = buildLines({ page: message.page, width: message.width, height: message.height, items: unpackItems(message.text, message.nums, message.fonts) });
            for (const l of lines) chars += l.text.length;
            if (lines.length === 0) sink.warn("PDF_PAGE_WITHOUT_TEXT", `Pagina ${message.page} bevat geen tekst (een scan of afbeelding?).`, message.page);
            pages.push({ page: message.page, height: message.height, lines });
            return;
          }
          case "page-error":
            sink.warn("PDF_PAGE_UNREADABLE", `Pagina ${message.page} kon niet worden gelezen en is overgeslagen.`, message.page);
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
      return worker;
    };
    start();
  });
  if (numPages === 0) throw new ExtractionFailure("CORRUPT_FILE", { format: "PDF" }, "the PDF has no pages");
  if (chars === 0) throw new ExtractionFailure("PDF_NO_TEXT_LAYER", {}, `${numPages} pages without text`);
  pages.sort((a, b) => a.page - b.page);
  layoutSegments(pages, sink);
  return numPages;
}
