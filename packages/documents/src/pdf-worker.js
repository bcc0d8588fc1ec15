// Worker thread that parses one PDF with pdf.js and streams the text items of each page to the
// parent. It runs with V8 resource limits and is terminated by the parent when its time is up, so
// a hostile PDF can neither exhaust the process's memory nor hang it. Plain JavaScript so that the
// same file runs from `src/` (tests) and `dist/` (the published package).
import { parentPort, workerData } from "node:worker_threads";
import { gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

const { data, maxPages, from, to } = workerData;

/** Numbers per text item in a page message: [text length, x, y, width, height, font index, horizontal]. */
const STRIDE = 7;
/**
 * Upper bound for one stream inflated by zlib in one go; a larger one fails over to pdf.js's own
 * (incremental) inflate, as any inflate error does, under the worker's time budget.
 */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

function post(message, transfer) {
  parentPort.postMessage(message, transfer);
}

/**
 * The part of the web `DecompressionStream` that pdf.js 5.5 uses (a writer that takes one buffer
 * and is closed, a readable that is iterated), backed by zlib's one-shot inflate. Node's own
 * DecompressionStream runs every content stream and font program through web streams and the
 * libuv thread pool, which costs about 10 % of the CPU time of text extraction. Errors behave
 * alike: pdf.js catches them and falls back to its own inflate. Formats as Node 20's: no brotli.
 */
class InflateOnceStream {
  constructor(format) {
    const inflate = format === "deflate" ? inflateSync : format === "deflate-raw" ? inflateRawSync : format === "gzip" ? gunzipSync : null;
    if (!inflate) throw new TypeError(`Unsupported compression format: ${format}`);
    const chunks = [];
    let settle;
    const result = new Promise((resolve) => (settle = resolve));
    this.writable = {
      getWriter: () => ({
        ready: Promise.resolve(),
        write: async (chunk) => {
          chunks.push(chunk);
        },
        close: async () => {
          try {
            const input = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            settle({ output: inflate(input, { maxOutputLength: MAX_INFLATED_BYTES }) });
          } catch (error) {
            settle({ error });
          }
        },
      }),
    };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        const { output, error } = await result;
        if (error) throw error;
        if (output.byteLength > 0) yield new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
      },
    };
  }
}

/** The pdf.js release whose text-state cloning `keepTextStatesFast` has been checked against. */
const CHECKED_PDFJS_VERSION = "5.5.207";
/** Whether `keepTextStatesFast` has replaced the clone method (reported with "done", for tests). */
let textStatesKeptFast = false;

/**
 * pdf.js 5.5's text extraction copies its text state for every `q` operator and every change of
 * font with `Object.assign(Object.create(this), this)`: each copy has the previous state as its
 * prototype. V8 turns every object that becomes a prototype into a slow dictionary object and
 * gives each copy its own hidden class, so all text-state reads in pdf.js turn megamorphic; this
 * was about half of the CPU time of text extraction (and 40 MB of memory per 300 pages).
 *
 * The copy never needs its prototype chain: `Object.assign` copies every field (all are class
 * fields, so own and enumerable) and pdf.js only writes those fields. So the first time pdf.js
 * creates such a copy, `TextState.prototype.clone` is replaced by the same copy made from the
 * class prototype, and `Object.create` is put back. Guarded three ways: only the checked pdf.js
 * release, only a `TextState` instance, and only when the original method is the expected
 * one-liner; otherwise pdf.js runs unchanged (slower, same result).
 */
function keepTextStatesFast(pdfjsVersion) {
  if (pdfjsVersion !== CHECKED_PDFJS_VERSION) return;
  const create = Object.create;
  const isTextState = (object) => {
    const proto = Object.getPrototypeOf(object);
    return (
      proto?.constructor?.name === "TextState" &&
      Object.hasOwn(object, "textLineMatrix") &&
      typeof proto.clone === "function" &&
      /^clone\(\) \{\s*const clone = Object\.assign\(Object\.create\(this\), this\);\s*clone\.textMatrix = this\.textMatrix\.slice\(\);\s*clone\.textLineMatrix = this\.textLineMatrix\.slice\(\);\s*clone\.fontMatrix = this\.fontMatrix\.slice\(\);\s*return clone;\s*\}$/.test(String(proto.clone))
    );
  };
  Object.create = function (proto, properties) {
    if (properties === undefined && proto !== null && typeof proto === "object" && isTextState(proto)) {
      const TextStatePrototype = Object.getPrototypeOf(proto);
      TextStatePrototype.clone = function clone() {
        const copy = Object.assign(create(TextStatePrototype), this);
        copy.textMatrix = this.textMatrix.slice();
        copy.textLineMatrix = this.textLineMatrix.slice();
        copy.fontMatrix = this.fontMatrix.slice();
        return copy;
      };
      Object.create = create;
      textStatesKeptFast = true;
      // This call comes from the original clone(), which copies the fields onto it.
      return create(TextStatePrototype);
    }
    return properties === undefined ? create(proto) : create(proto, properties);
  };
}

async function main() {
  // The legacy build runs on Node 20; isEvalSupported: false keeps fonts from compiling code
  // (CVE-2024-4367 class) and nothing is fetched from outside.
  const nativePush = Array.prototype.push;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // Loaded here rather than by pdf.js's fake worker on the first getDocument: it sets
  // globalThis.pdfjsWorker, which pdf.js uses as its in-thread worker, and it brings its own
  // copy of the core-js polyfills, so it must be loaded before the native push is put back.
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  // The legacy build's core-js polyfill replaces Array.prototype.push with a slow JavaScript
  // version on Node 20 (for an edge case pdf.js never meets); this thread only runs pdf.js, so
  // the native one is put back (about 5 % of the extraction time).
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
  globalThis.DecompressionStream = InflateOnceStream;
  keepTextStatesFast(pdfjs.version);
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error?.name ?? "";
    post({ type: "error", code: name === "PasswordException" ? "PDF_ENCRYPTED" : "CORRUPT_FILE", detail: `${name}: ${error?.message ?? error}` });
    return;
  }
  const numPages = doc.numPages;
  post({ type: "meta", numPages });
  if (numPages > maxPages) {
    post({ type: "error", code: "TOO_MANY_PAGES", actual: numPages, detail: `${numPages} pages` });
    await doc.destroy();
    return;
  }
  // Without a given range the parent answers the page count with the range to read (the
  // protocol allows splitting a document over threads; see docs/decisions on why we do not).
  const range =
    from !== undefined ? { from, to } : await new Promise((resolve) => parentPort.once("message", (message) => resolve(message)));
  const last = Math.min(numPages, range.to ?? numPages);
  for (let n = range.from ?? 1; n <= last; n++) {
    let page;
    try {
      page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      // Compact form: the texts joined into one string and the numbers in one transferred
      // Float64Array; structured-cloning an array of small arrays per item cost more than the
      // layout that reads them. Items of only white space carry nothing for the layout.
      const texts = [];
      const fonts = [];
      const fontIndex = new Map();
      const nums = new Float64Array(content.items.length * STRIDE);
      let k = 0;
      for (const item of content.items) {
        const str = item.str;
        if (typeof str !== "string" || str.trim() === "") continue;
        const t = item.transform;
        let f = fontIndex.get(item.fontName);
        if (f === undefined) {
          f = fonts.length;
          fonts.push(item.fontName);
          fontIndex.set(item.fontName, f);
        }
        texts.push(str);
        nums[k] = str.length;
        nums[k + 1] = t[4] - x0;
        nums[k + 2] = t[5] - y0;
        nums[k + 3] = item.width;
        nums[k + 4] = item.height || Math.hypot(t[2], t[3]);
        nums[k + 5] = f;
        nums[k + 6] = Math.abs(t[1]) < 1e-3 && Math.abs(t[2]) < 1e-3 ? 1 : 0;
        k += STRIDE;
      }
      const packed = k === nums.length ? nums : nums.slice(0, k);
      post({ type: "page", page: n, width: x1 - x0, height: y1 - y0, text: texts.join(""), nums: packed, fonts }, [packed.buffer]);
    } catch (error) {
      post({ type: "page-error", page: n, detail: `${error?.name ?? ""}: ${error?.message ?? error}` });
    } finally {
      // Free the page's parsed resources before the next one: memory stays flat over long files.
      page?.cleanup();
    }
  }
  await doc.destroy();
  post({ type: "done", numPages, from: range.from ?? 1, to: last, textStatesKeptFast });
}

main().catch((error) => {
  post({ type: "error", code: "CORRUPT_FILE", detail: `${error?.name ?? ""}: ${error?.message ?? error}` });
});
