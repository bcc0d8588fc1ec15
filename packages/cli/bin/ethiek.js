#!/usr/bin/env node
// The `ethiek` command. This shim is committed so that node_modules/.bin/ethiek exists right after
// `npm ci`; the code it runs is built into ../dist by `npm run build`.
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1+ can keep the compiled code of the command and its dependencies between runs; Node 20
// lacks the API and skips it. (On our VM the gain was within the noise; see docs/benchmarks.md.)
module.enableCompileCache?.();

const entry = new URL("../dist/index.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "ethiek: the command is not built yet (packages/cli/dist is missing).\n" +
      "  Run `npm run build` in the repository root, then try again.\n",
  );
  process.exitCode = 2;
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
}
