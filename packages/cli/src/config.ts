import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { ConfigFile } from "./config-schema.js";
import { CliError, msg } from "./errors.js";

/** The names a config file may have, in the order they are looked for in each folder. */
export const configNames = ["ethiek.config.json", "ethiek.config.yaml", "ethiek.config.yml"] as const;

/** A loaded config: its values, the file it came from, and the folder its paths are relative to. */
export interface LoadedConfig {
  readonly file: string | null;
  readonly dir: string;
  readonly values: ConfigFile;
}

/**
 * The nearest config file in `cwd` or a folder above it, or null.
 *
 * @example
 * findConfig("/repo/tenders/2026") // "/repo/ethiek.config.yaml"
 */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of configNames) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Loads the config named by --config, or the nearest one found upward from `cwd`; without either,
 * an empty config. Parse and validation problems come back as a CliError that names the file, the
 * key and the fix, all problems at once.
 */
export async function loadConfig(cwd: string, explicit: string | undefined): Promise<LoadedConfig> {
  const file = explicit === undefined ? findConfig(cwd) : resolve(cwd, explicit);
  if (file === null) return { file: null, dir: cwd, values: {} };
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new CliError("CONFIG_NOT_FOUND", msg("cli.error.configUnreadable", { file }), {
      hint: explicit === undefined ? undefined : msg("cli.hint.configPath"),
      cause,
    });
  }
  let data: unknown;
  try {
    if (/\.ya?ml$/i.test(file)) {
      const { parse } = await import("yaml");
      data = parse(text, { prettyErrors: true }) ?? {};
    } else {
      data = JSON.parse(text);
    }
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
    throw new CliError("CONFIG_PARSE", msg("cli.error.configSyntax", { file, syntax: /\.ya?ml$/i.test(file) ? "YAML" : "JSON", detail: detail ?? "" }), {
      hint: msg("cli.hint.configSyntax"),
      cause,
    });
  }
  const { validateConfig } = await import("./config-schema.js");
  const result = validateConfig(data);
  if (!result.ok) {
    throw new CliError("CONFIG_INVALID", msg("cli.error.configInvalid", { file, n: result.issues.length }), {
      details: result.issues.map((i) => i.text),
      hint: msg("cli.hint.configDocs"),
    });
  }
  return { file, dir: dirname(file), values: result.value };
}

/** A path from the config, made absolute against the config's folder. */
export function fromConfig(config: LoadedConfig, path: string): string {
  return isAbsolute(path) ? path : resolve(config.dir, path);
}
