// Worker thread that parses one PDF with pdf.js and streams the text items of each page to the
// parent. It runs with V8 resource limits and is terminated by the parent when its time is up, so
// a hostile PDF can neither exhaust the process's memory nor hang it. Plain JavaScript so that the
// same file runs from `src/` (tests) and `dist/` (the published package).
import { parentPort, workerData } from "node:worker_threads";

const { data, maxPages, from, to } = workerData;

function post(message) {
  parentPort.postMessage(message);
}

async function main() {
  // The legacy build runs on Node 20; isEvalSupported: false keeps fonts from compiling code
  // (CVE-2024-4367 class) and nothing is fetched from outside.
  const nativePush = Array.prototype.push;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // The legacy build's core-js polyfill replaces Array.prototype.push with a slow JavaScript
  // version on Node 20 (for an edge case pdf.js never meets); this thread only runs pdf.js, so
  // the native one is put back. It makes text extraction about 10% faster.
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
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
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== "string" || item.str === "") continue;
        const t = item.transform;
        // [text, x, y, width, height, font, horizontal]
        items.push([item.str, t[4] - x0, t[5] - y0, item.width, item.height || Math.hypot(t[2], t[3]), item.fontName, Math.abs(t[1]) < 1e-3 && Math.abs(t[2]) < 1e-3 ? 1 : 0]);
      }
      post({ type: "page", page: n, width: x1 - x0, height: y1 - y0, items });
    } catch (error) {
      post({ type: "page-error", page: n, detail: `${error?.name ?? ""}: ${error?.message ?? error}` });
    } finally {
      // Free the page's parsed resources before the next one: memory stays flat over long files.
      page?.cleanup();
    }
  }
  await doc.destroy();
  post({ type: "done", numPages, from: range.from ?? 1, to: last });
}

main().catch((error) => {
  post({ type: "error", code: "CORRUPT_FILE", detail: `${error?.name ?? ""}: ${error?.message ?? error}` });
});
