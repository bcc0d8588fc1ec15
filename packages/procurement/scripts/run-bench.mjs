// npm run bench: bundles scripts/bench.ts with esbuild and runs it with plain Node, so the
// figures (time and, above all, peak memory) are the engine's and not those of a TypeScript
// loader such as tsx, which adds about 45 MB to a process. textlint stays external.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "../node_modules/.cache/ethiek-bench");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, "bench.mjs");
await build({
  entryPoints: [join(here, "bench.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@ethiek/source"],
  external: ["textlint", "@textlint/*"],
  logLevel: "warning",
});
const result = spawnSync(process.execPath, [outfile], { stdio: "inherit", env: process.env });
process.exit(result.status ?? 1);
