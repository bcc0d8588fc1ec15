// Worker thread that parses one PDF with PDFium (compiled to WebAssembly, from @embedpdf/pdfium) and
// streams the text items of each page to the parent. It runs with V8 resource limits, a cap on the
// WebAssembly heap, and is terminated by the parent when its time is up, so a hostile PDF can
// neither exhaust the process's memory nor hang it. Plain JavaScript so that the same file runs
// from `src/` (tests) and `dist/` (the published package).
import { parentPort, workerData } from "node:worker_threads";
import { instantiatePdfium } from "./pdfium-host.js";

// `data`: the file (a SharedArrayBuffer, shared by the threads of one file). `wasm`: PDFium's
// compiled module, or undefined when the parent is still compiling it and posts it later.
// `claims`: an Int32Array over shared memory through which the threads of one file take pages
// (below); without it this thread reads every page.
const { data, wasm: compiledWasm, maxPages, maxWasmBytes, claims, slot = 0 } = workerData;

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

/** PDFium, once the parent has compiled it: the thread may start before, and the module is posted. */
async function loadPdfium() {
  const wasm = compiledWasm ?? (await new Promise((resolve) => parentPort.once("message", (message) => resolve(message.wasm))));
  return instantiatePdfium(wasm, maxWasmBytes, () => {
    heapCapHit = true;
  });
}

async function main() {
  const X = await loadPdfium();
  X.PDFiumExt_Init();
  const bytes = new Uint8Array(data);
  const filePtr = X.malloc(bytes.length);
  if (!filePtr) {
    post({ type: "error", code: "OUT_OF_MEMORY", detail: "cannot allocate the file in the WebAssembly heap" });
    return;
  }
  new Uint8Array(X.memory.buffer).set(bytes, filePtr);
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
  // Scratch space for out-parameters: 2 doubles, 4 doubles, 4 floats, 6 floats; a font name.
  const scratch = X.malloc(128 + FONT_NAME_BYTES);
  const fontNames = new Map();
  let taken = 0;
  /**
   * The next page to read, or 0 when none is left. With two threads, the first takes pages from
   * the front (1, 2, …) and the second from the back (n, n-1, …): each reads a contiguous run of
   * pages, and whichever is faster (the other core may be busy) reads more of them. The shared
   * counter of pages taken never passes n, so the two runs never overlap.
   */
  const nextPage = () => {
    if (!claims) return taken < numPages ? ++taken : 0;
    // Counted as this thread's before it is taken, so that the parent never sees a page taken
    // that it does not wait for.
    Atomics.add(claims, 1 + slot, 1);
    if (Atomics.add(claims, 0, 1) >= numPages) {
      Atomics.sub(claims, 1 + slot, 1);
      return 0;
    }
    taken++;
    return slot === 0 ? taken : numPages + 1 - taken;
  };
  for (let n = nextPage(); n > 0; n = nextPage()) {
    let page = 0;
    let textPage = 0;
    try {
      page = X.FPDF_LoadPage(doc, n - 1);
      if (!page) throw new Error(`PDFium could not load page ${n} (error ${X.FPDF_GetLastError()})`);
      textPage = X.FPDFText_LoadPage(page);
      if (!textPage) throw new Error(`PDFium could not read the text of page ${n}`);
      const message = readPage(X, page, textPage, n, scratch, fontNames);
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
  post({ type: "done", numPages });
}

/** The UTF-16 units of a page's item texts, reused from page to page (grown when needed). */
let units = new Uint16Array(1 << 14);

/**
 * Reads one page's characters into items like pdf.js's text items: one item per run of
 * characters from the same text object (one text-showing operator), with the origin of its first
 * character, its width to the right edge of its last character, its font size times the text
 * matrix' vertical scale, and its font. PDFium's own spaces between words of one operator are
 * kept; its generated line breaks and the spaces it puts between operators are left to the
 * layout, which decides from positions. Two calls across the WebAssembly boundary per character
 * (its code and its text object) and a few per item; the characters go into one reused buffer,
 * which becomes one string per page, and the numbers into one transferred Float64Array.
 */
function readPage(X, page, textPage, n, scratch, fontNames) {
  X.FPDF_GetPageBoundingBox(page, scratch);
  let f32 = new Float32Array(X.memory.buffer);
  let f64 = new Float64Array(X.memory.buffer);
  const s4 = scratch >> 2;
  // FS_RECTF: left, top, right, bottom.
  const x0 = f32[s4];
  const y0 = f32[s4 + 3];
  const width = f32[s4 + 2] - f32[s4];
  const height = f32[s4 + 1] - f32[s4 + 3];
  const count = X.FPDFText_CountChars(textPage);
  const fonts = [];
  let nums = new Float64Array(Math.max(16, Math.ceil(count / 8)) * STRIDE);
  let k = 0;
  let obj = 0;
  // Units of the page so far, and where the current item's begin.
  let pos = 0;
  let itemPos = 0;
  // Whether the current item has a character that String#trim would keep.
  let visible = false;
  let lastReal = -1;
  let space = false;
  let itemStart = 0;
  const push = (unit) => {
    if (pos === units.length) {
      const grown = new Uint16Array(units.length * 2);
      grown.set(units);
      units = grown;
    }
    units[pos++] = unit;
  };
  const flush = () => {
    if (obj === 0) return;
    if (visible) {
      // The memory grows only when PDFium allocates; the views are renewed if it did.
      if (f32.length === 0) {
        f32 = new Float32Array(X.memory.buffer);
        f64 = new Float64Array(X.memory.buffer);
      }
      // The loose box spans the advance width (as pdf.js's item width does), not the glyph's ink.
      X.FPDFText_GetLooseCharBox(textPage, lastReal, scratch);
      const right = f32[s4 + 2];
      X.FPDFText_GetCharOrigin(textPage, itemStart, scratch + 32, scratch + 40);
      const x = f64[(scratch + 32) >> 3];
      const y = f64[(scratch + 40) >> 3];
      X.FPDFTextObj_GetFontSize(obj, scratch + 48);
      const size = f32[(scratch + 48) >> 2];
      X.FPDFPageObj_GetMatrix(obj, scratch + 56);
      const m = (scratch + 56) >> 2;
      const h = size * Math.hypot(f32[m + 2], f32[m + 3]);
      const font = X.FPDFTextObj_GetFont(obj);
      let name = fontNames.get(font);
      if (name === undefined) {
        name = fontName(X, font, scratch + 128);
        fontNames.set(font, name);
      }
      let local = fonts.indexOf(name);
      if (local < 0) {
        local = fonts.length;
        fonts.push(name);
      }
      if (k + STRIDE > nums.length) {
        const grown = new Float64Array(nums.length * 2);
        grown.set(nums);
        nums = grown;
      }
      nums[k] = pos - itemPos;
      nums[k + 1] = x - x0;
      nums[k + 2] = y - y0;
      nums[k + 3] = Math.max(0, right - x);
      nums[k + 4] = h > 0 ? h : Math.abs(size) || 1;
      nums[k + 5] = local;
      nums[k + 6] = Math.abs(f32[m + 1]) < 1e-3 && Math.abs(f32[m + 2]) < 1e-3 ? 1 : 0;
      k += STRIDE;
      itemPos = pos;
    } else {
      // Only spaces: the item is dropped.
      pos = itemPos;
    }
    obj = 0;
    visible = false;
  };
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
      push(0x20);
      space = false;
    }
    // PDFium reports a hyphen that ends a text object as U+0002 (it guesses a word broken over
    // two lines); the layout decides about hyphens itself (joinLines), so it stays a hyphen.
    if (u === 0x02) {
      push(0x2d);
      visible = true;
    } else if (u === 0 || u === 0xfffe || u === 0xffff || u < 0x20) continue;
    else if (u > 0xffff) {
      if (u > 0x10ffff) throw new RangeError(`invalid code point ${u}`);
      push(0xd800 + ((u - 0x10000) >> 10));
      push(0xdc00 + ((u - 0x10000) & 0x3ff));
      visible = true;
    } else {
      push(u);
      if (!visible && !isSpace(u)) visible = true;
    }
    lastReal = i;
  }
  flush();
  let text = "";
  for (let i = 0; i < pos; i += 8192) text += String.fromCharCode.apply(null, units.subarray(i, Math.min(pos, i + 8192)));
  const packed = k === nums.length ? nums : nums.slice(0, k);
  return { type: "page", page: n, width, height, text, nums: packed, fonts, images: k === 0 ? countImages(X, page) : 0 };
}

/** Whether a UTF-16 unit is white space to String#trim (and `\s`). */
function isSpace(c) {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Room for a font's base name in the scratch space (PDFium's parser keeps 255 bytes of a name). */
const FONT_NAME_BYTES = 256;

/**
 * A font's name for the layout: its PDF base name (with the subset tag, e.g.
 * `BAAAAA+LiberationSerif-Bold`), so that the two threads of one file, each with its own PDFium
 * instance, name a font alike, and copies of one font (PDFs merged from parts) count as one.
 * A font without a name is told apart by its PDFium handle.
 */
function fontName(X, font, buffer) {
  const length = X.FPDFFont_GetBaseFontName(font, buffer, FONT_NAME_BYTES);
  if (length <= 1) return `#${slot}:${font}`;
  // PDFium leaves a buffer that is too short untouched: a longer name gets one of its own.
  const at = length > FONT_NAME_BYTES ? X.malloc(length) : buffer;
  if (!at) return `#${slot}:${font}`;
  if (at !== buffer) X.FPDFFont_GetBaseFontName(font, at, length);
  const bytes = new Uint8Array(X.memory.buffer, at, length - 1);
  let name = "";
  for (const b of bytes) name += String.fromCharCode(b);
  if (at !== buffer) X.free(at);
  return name;
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
