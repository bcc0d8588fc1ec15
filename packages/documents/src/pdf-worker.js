// Worker thread that parses one PDF with PDFium (compiled to WebAssembly, @embedpdf/pdfium) and
// streams the text items of each page to the parent. It runs with V8 resource limits, a cap on the
// WebAssembly heap, and is terminated by the parent when its time is up, so a hostile PDF can
// neither exhaust the process's memory nor hang it. Plain JavaScript so that the same file runs
// from `src/` (tests) and `dist/` (the published package).
import { parentPort, workerData } from "node:worker_threads";

const { data, wasm, maxPages, maxWasmBytes, from, to } = workerData;

/** Numbers per text item in a page message: [text length, x, y, width, height, font index, horizontal]. */
const STRIDE = 7;
/** FPDF_GetLastError codes. */
const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;

function post(message, transfer) {
  parentPort.postMessage(message, transfer);
}

/** Set when PDFium asked for more WebAssembly memory than the cap allows. */
let heapCapHit = false;

/**
 * Loads PDFium. The WebAssembly heap lives outside V8's heap, so the worker's `resourceLimits`
 * do not bound it: the heap-growth import is wrapped to refuse growing past `maxWasmBytes`.
 * PDFium then fails its allocation and aborts, which surfaces here as an exception
 * (`OUT_OF_MEMORY`).
 */
async function loadPdfium() {
  const { init } = await import("@embedpdf/pdfium");
  const module = await init({
    // Emscripten prints aborts and font warnings; they are not for the user.
    print: () => {},
    printErr: () => {},
    // The module compiled by the parent (once per process) is only instantiated here.
    instantiateWasm(imports, receive) {
      const env = imports.env;
      const grow = env.emscripten_resize_heap;
      if (typeof grow === "function") {
        env.emscripten_resize_heap = (requested) => {
          if (requested >>> 0 > maxWasmBytes) {
            heapCapHit = true;
            return 0;
          }
          return grow(requested);
        };
      }
      WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm));
      return {};
    },
  });
  return module.pdfium;
}

async function main() {
  const pdfium = await loadPdfium();
  // The raw exports: Emscripten's wrappers check arguments on every call, which costs more than
  // the call itself when every character of a page is asked for its position.
  const X = pdfium.wasmExports;
  X.PDFiumExt_Init();
  const bytes = new Uint8Array(data);
  const filePtr = X.malloc(bytes.length);
  if (!filePtr) {
    post({ type: "error", code: "OUT_OF_MEMORY", detail: "cannot allocate the file in the WebAssembly heap" });
    return;
  }
  pdfium.HEAPU8.set(bytes, filePtr);
  const doc = X.FPDF_LoadMemDocument(filePtr, bytes.length, 0);
  if (!doc) {
    const code = X.FPDF_GetLastError();
    const encrypted = code === FPDF_ERR_PASSWORD || code === FPDF_ERR_SECURITY;
    post({ type: "error", code: encrypted ? "PDF_ENCRYPTED" : "CORRUPT_FILE", detail: `PDFium could not open the document (error ${code})` });
    return;
  }
  const numPages = X.FPDF_GetPageCount(doc);
  post({ type: "meta", numPages });
  if (numPages > maxPages) {
    post({ type: "error", code: "TOO_MANY_PAGES", actual: numPages, detail: `${numPages} pages` });
    return;
  }
  // Without a given range the parent answers the page count with the range to read.
  const range =
    from !== undefined ? { from, to } : await new Promise((resolve) => parentPort.once("message", (message) => resolve(message)));
  const last = Math.min(numPages, range.to ?? numPages);
  // Scratch space for out-parameters: 2 doubles, 4 doubles, 4 floats, 6 floats.
  const scratch = X.malloc(128);
  const fontIds = new Map();
  for (let n = range.from ?? 1; n <= last; n++) {
    let page = 0;
    let textPage = 0;
    try {
      page = X.FPDF_LoadPage(doc, n - 1);
      if (!page) throw new Error(`PDFium could not load page ${n} (error ${X.FPDF_GetLastError()})`);
      textPage = X.FPDFText_LoadPage(page);
      if (!textPage) throw new Error(`PDFium could not read the text of page ${n}`);
      const message = readPage(pdfium, X, page, textPage, n, scratch, fontIds);
      post(message, [message.nums.buffer]);
    } catch (error) {
      if (heapCapHit) {
        post({ type: "error", code: "OUT_OF_MEMORY", detail: `WebAssembly heap limit reached on page ${n}` });
        return;
      }
      post({ type: "page-error", page: n, detail: `${error?.name ?? ""}: ${error?.message ?? error}` });
    } finally {
      // Free the page before the next one: memory stays flat over long files.
      if (textPage) X.FPDFText_ClosePage(textPage);
      if (page) X.FPDF_ClosePage(page);
    }
  }
  X.FPDF_CloseDocument(doc);
  X.free(filePtr);
  post({ type: "done", numPages, from: range.from ?? 1, to: last });
}

/**
 * Reads one page's characters into items like pdf.js's text items: one item per run of
 * characters from the same text object (one text-showing operator), with the origin of its first
 * character, its width to the right edge of its last character, its font size times the text
 * matrix' vertical scale, and its font. PDFium's own spaces between words of one operator are
 * kept; its generated line breaks and the spaces it puts between operators are left to the
 * layout, which decides from positions. One call across the WebAssembly boundary per character
 * and a few per item; the text is joined into one string and the numbers go into one transferred
 * Float64Array.
 */
function readPage(pdfium, X, page, textPage, n, scratch, fontIds) {
  X.FPDF_GetPageBoundingBox(page, scratch);
  const f32 = new Float32Array(pdfium.HEAPU8.buffer, scratch, 4);
  // FS_RECTF: left, top, right, bottom.
  const x0 = f32[0];
  const y0 = f32[3];
  const width = f32[2] - f32[0];
  const height = f32[1] - f32[3];
  const count = X.FPDFText_CountChars(textPage);
  const texts = [];
  const fonts = [];
  let nums = new Float64Array(Math.max(16, Math.ceil(count / 8)) * STRIDE);
  let k = 0;
  let obj = 0;
  let text = "";
  let lastReal = -1;
  let space = false;
  const flush = () => {
    if (obj === 0) return;
    if (text.trim() !== "") {
      // The loose box spans the advance width (as pdf.js's item width does), not the glyph's ink.
      X.FPDFText_GetLooseCharBox(textPage, lastReal, scratch);
      const right = new Float32Array(pdfium.HEAPU8.buffer, scratch, 4)[2];
      X.FPDFText_GetCharOrigin(textPage, itemStart, scratch + 32, scratch + 40);
      const origin = new Float64Array(pdfium.HEAPU8.buffer, scratch + 32, 2);
      const x = origin[0];
      const y = origin[1];
      X.FPDFTextObj_GetFontSize(obj, scratch + 48);
      const size = new Float32Array(pdfium.HEAPU8.buffer, scratch + 48, 1)[0];
      X.FPDFPageObj_GetMatrix(obj, scratch + 56);
      const m = new Float32Array(pdfium.HEAPU8.buffer, scratch + 56, 6);
      const h = size * Math.hypot(m[2], m[3]);
      const font = X.FPDFTextObj_GetFont(obj);
      let f = fontIds.get(font);
      if (f === undefined) {
        f = fontIds.size;
        fontIds.set(font, f);
      }
      let local = fonts.indexOf(`f${f}`);
      if (local < 0) {
        local = fonts.length;
        fonts.push(`f${f}`);
      }
      if (k + STRIDE > nums.length) {
        const grown = new Float64Array(nums.length * 2);
        grown.set(nums);
        nums = grown;
      }
      texts.push(text);
      nums[k] = text.length;
      nums[k + 1] = x - x0;
      nums[k + 2] = y - y0;
      nums[k + 3] = Math.max(0, right - x);
      nums[k + 4] = h > 0 ? h : Math.abs(size) || 1;
      nums[k + 5] = local;
      nums[k + 6] = Math.abs(m[1]) < 1e-3 && Math.abs(m[2]) < 1e-3 ? 1 : 0;
      k += STRIDE;
    }
    obj = 0;
    text = "";
  };
  let itemStart = 0;
  for (let i = 0; i < count; i++) {
    const u = X.FPDFText_GetUnicode(textPage, i);
    const o = X.FPDFText_GetTextObject(textPage, i);
    if (o === 0) {
      // A character PDFium generated: a space between words, or a line break.
      if (u === 0x20) space = true;
      else flush();
      continue;
    }
    if (o !== obj) {
      flush();
      obj = o;
      itemStart = i;
      space = false;
    } else if (space) {
      text += " ";
      space = false;
    }
    // PDFium reports a hyphen that ends a text object as U+0002 (it guesses a word broken over
    // two lines); the layout decides about hyphens itself (joinLines), so it stays a hyphen.
    if (u === 0x02) text += "-";
    else if (u === 0 || u === 0xfffe || u === 0xffff || u < 0x20) continue;
    else text += u > 0xffff ? String.fromCodePoint(u) : String.fromCharCode(u);
    lastReal = i;
  }
  flush();
  const packed = k === nums.length ? nums : nums.slice(0, k);
  return { type: "page", page: n, width, height, text: texts.join(""), nums: packed, fonts, images: k === 0 ? countImages(X, page) : 0 };
}

/** FPDF_PAGEOBJ_IMAGE. */
const IMAGE_OBJECT = 3;

/** The images drawn on a page without text: a scanned page has one (or a few strips). */
function countImages(X, page) {
  let images = 0;
  const count = X.FPDFPage_CountObjects(page);
  for (let i = 0; i < count; i++) if (X.FPDFPageObj_GetType(X.FPDFPage_GetObject(page, i)) === IMAGE_OBJECT) images++;
  return images;
}

main().catch((error) => {
  post({ type: "error", code: heapCapHit ? "OUT_OF_MEMORY" : "CORRUPT_FILE", detail: `${error?.name ?? ""}: ${error?.message ?? error}` });
});
