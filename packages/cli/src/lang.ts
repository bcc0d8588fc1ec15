// The language of a run. Dutch officers are the first users, so Dutch is the default when nothing
// says otherwise (docs/decisions/0035-one-message-catalogue.md).
import { langFromLocale, type Lang } from "@ethiek/messages";

/**
 * The language the locale asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set decides
 * (POSIX order); only nl_* and en_* name a language of ethiek, anything else (C, POSIX, de_DE) says
 * nothing.
 *
 * @example
 * langFromEnv({ LANG: "nl_NL.UTF-8" }) // "nl"
 * langFromEnv({ LC_ALL: "C.UTF-8", LANG: "en_GB.UTF-8" }) // undefined: LC_ALL decides
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  return langFromLocale(locale);
}

/**
 * `--lang nl|en` read straight from the arguments, for messages printed before (or because) the
 * command line could not be parsed.
 *
 * @example
 * langFromArgv(["check", "--lang=en", "--colour"]) // "en"
 */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "nl" || value === "en") return value;
  }
  return undefined;
}
