/**
 * @ethiek/cli: the `ethiek` command. `main` runs one command line and returns the exit code;
 * `bin/ethiek.js` calls it.
 */
import { version } from "./version.js";
import { parseCommandLine } from "./args.js";
import { loadConfig } from "./config.js";
import { CliError, exitCodes, toCliError } from "./errors.js";
import { helpText } from "./help.js";
import { type Io, processIo, useColor } from "./io.js";
import { langFromArgv, langFromEnv } from "./lang.js";
import type { Lang } from "@ethiek/messages";

export { CliError, toCliError, exitCodes, type CliErrorCode } from "./errors.js";
export type { Io, OutStream } from "./io.js";

export { version } from "./version.js";

/**
 * Runs `ethiek` with the given arguments and returns the exit code: 0 nothing at or above
 * --fail-on, 1 findings at or above it, 2 usage error, unreadable input or invalid config. Every
 * error is caught here, once, and printed without a stack trace unless --debug is given.
 *
 * @example
 * process.exitCode = await main(["check", "bestek.md", "--format", "json"]);
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes("--debug");
  // The language: --lang, else the config's `lang`, else the locale, else Dutch. Until the config
  // is read (help, usage and config errors), --lang, the locale or Dutch.
  let lang: Lang = langFromArgv(argv) ?? langFromEnv(io.env) ?? "nl";
  try {
    const parsed = parseCommandLine(argv);
    switch (parsed.command) {
      case "version":
        io.stdout.write(`${version()}\n`);
        return exitCodes.ok;
      case "help":
        io.stdout.write(helpText(parsed.topic, lang));
        return exitCodes.ok;
      default:
        break;
    }
    if (parsed.options.help) {
      io.stdout.write(helpText(parsed.command, lang));
      return exitCodes.ok;
    }
    if (parsed.command === "init") {
      const { runInit } = await import("./commands/init.js");
      return await runInit({ ...parsed.options, lang }, io);
    }
    if (parsed.command === "maturity") {
      // Needs no config, and loads @ethiek/maturity only here, so `ethiek check` starts as fast as before.
      const { runMaturityImport } = await import("./commands/maturity.js");
      return await runMaturityImport({ ...parsed.options, lang }, io);
    }
    const config = await loadConfig(io.cwd, parsed.options.config);
    const chosen = parsed.options.lang ?? config.values.lang ?? langFromEnv(io.env);
    lang = chosen ?? "nl";
    // Without a stated language the commands keep their own default (nl; `clauses --report`: the report's).
    switch (parsed.command) {
      case "check": {
        const { runCheck } = await import("./commands/check.js");
        return await runCheck({ ...parsed.options, lang: chosen }, config, io);
      }
      case "rules": {
        const { runRules } = await import("./commands/rules.js");
        return await runRules({ ...parsed.options, lang: chosen }, config, io);
      }
      case "clauses": {
        const { runClauses } = await import("./commands/clauses.js");
        return await runClauses({ ...parsed.options, lang: chosen }, config, io);
      }
      case "classify": {
        const { runClassify } = await import("./commands/classify.js");
        return await runClassify({ ...parsed.options, lang: chosen }, config, io);
      }
      case "cases": {
        const { runCases } = await import("./commands/cases.js");
        return await runCases({ ...parsed.options, lang: chosen }, config, io);
      }
    }
  } catch (thrown) {
    const error = toCliError(thrown);
    printError(error, io, debug, argv.includes("--no-color"), lang);
    return exitCodes.error;
  }
}

function printError(error: CliError, io: Io, debug: boolean, noColor: boolean, lang: Lang): void {
  const color = useColor(io.stderr, io.env, noColor);
  const red = (s: string) => (color ? `\u001b[31m${s}\u001b[39m` : s);
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[22m` : s);
  const lines = [`${red("ethiek:")} ${error.messageIn(lang)} ${dim(`[${error.code}]`)}`];
  for (const detail of error.detailsIn(lang)) lines.push(`  - ${detail.replace(/\n/g, "\n    ")}`);
  const hint = error.hintIn(lang);
  if (hint) lines.push(`  ${hint}`);
  if (debug) {
    lines.push("", dim(error.stack ?? ""));
    let cause: unknown = error.cause;
    while (cause !== undefined) {
      lines.push(dim(`caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`));
      cause = cause instanceof Error ? cause.cause : undefined;
    }
  }
  io.stderr.write(`${lines.join("\n")}\n`);
}
