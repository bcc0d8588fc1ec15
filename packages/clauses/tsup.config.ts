import { defineConfig } from "tsup";

export default defineConfig({
  // "." is the library, the resolver and the annex (Markdown, HTML); "./docx" adds the DOCX writer.
  entry: { index: "src/index.ts", docx: "src/docx.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
