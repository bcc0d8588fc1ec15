import { defineConfig } from "tsup";

export default defineConfig({
  // The PDF worker is a separate entry: it is started with `new Worker(new URL("./pdf-worker.js", import.meta.url))`.
  entry: ["src/index.ts", "src/pdf-worker.js"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "node20",
  external: ["pdfjs-dist"],
});
