import { defineConfig } from "tsup";
import { precompiledRulesets } from "./scripts/precompiled-plugin.js";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // Ships ethiek:recommended compiled (docs/decisions/0057-precompiled-default-ruleset.md).
  esbuildPlugins: [precompiledRulesets],
});
