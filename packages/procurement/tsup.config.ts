import { defineConfig } from "tsup";

export default defineConfig({
  // "." is the catalogue, classifier and evidence engine; "./format" holds the report formatters.
  entry: { index: "src/index.ts", "format/index": "src/format/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
