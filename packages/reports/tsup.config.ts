import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  // The formatters also run in a browser (the web page's report view), so no Node-only target.
  target: "es2022",
});
