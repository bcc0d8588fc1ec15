// An esbuild plugin for the build (tsup.config.ts): fills src/precompiled.ts, empty in the
// sources, with what scripts/precompile-rulesets.ts makes of the very sources being bundled.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

interface PluginBuild {
  onLoad(options: { filter: RegExp }, load: () => { contents: string; loader: "ts" }): void;
}

export const precompiledRulesets = {
  name: "precompiled-rulesets",
  setup(build: PluginBuild): void {
    build.onLoad({ filter: /[\\/]src[\\/]precompiled\.ts$/ }, () => {
      const json = execFileSync(process.execPath, ["--conditions=@ethiek/source", "--import", "tsx", "scripts/precompile-rulesets.ts"], {
        cwd: packageDir,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      return { contents: `export const precompiledRulesets: Readonly<Record<string, string>> = ${json};\n`, loader: "ts" };
    });
  },
};
