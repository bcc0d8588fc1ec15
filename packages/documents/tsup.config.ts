import { defineConfig } from "tsup";

export default defineConfig({
  // The PDF worker is a separate entry: it is started with `new Worker(new URL("./pdf-worker.js", import.meta.url))`.
  entry: ["src/index.ts", "src/pdf-worker.js"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "node22",
  external: ["@embedpdf/pdfium"],
  // ~100 tiny micromark/mdast modules cost ~100 ms of CLI start-up to resolve one by one; bundled,
  // they load as one file.
  noExternal: [/^micromark/, /^mdast-util/, /^unist-util/, "decode-named-character-reference", "character-entities", "devlop", "longest-streak", "markdown-table", "zwitch", "ccount"],
});
