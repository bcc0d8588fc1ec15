import { format, type Lang, type MessageKey, type MessageValues } from "@ethiek/messages";

/** Stable codes of everything that makes `ethiek` stop with exit code 2. */
export type CliErrorCode =
  | "USAGE"
  | "CONFIG_NOT_FOUND"
  | "CONFIG_PARSE"
  | "CONFIG_INVALID"
  | "INPUT_NOT_FOUND"
  | "INPUT_UNREADABLE"
  | "NO_INPUT"
  | "RULESET_NOT_FOUND"
  | "RULESET_INVALID"
  | "MANIFEST_INVALID"
  | "BASELINE_INVALID"
  | "OUTPUT_FAILED"
  | "FILE_EXISTS"
  | "ENGINE_MISSING"
  | "MATURITY_IMPORT_INVALID"
  | "INPUT_INVALID"
  | "ZGW_NOT_CONFIGURED"
  | "ZGW_FAILED"
  | "INTERNAL";

/** A text of the message catalogue with its values, formatted when printed, in the run's language. */
export interface CliText {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

/**
 * A catalogue text for a {@link CliError}.
 *
 * @example
 * new CliError("INPUT_NOT_FOUND", msg("cli.error.noSuchPath", { path }), { hint: msg("cli.hint.checkPath") })
 */
export function msg(key: MessageKey, values?: MessageValues): CliText {
  return values === undefined ? { key } : { key, values };
}

const render = (t: string | CliText, lang: Lang) => (typeof t === "string" ? t : format(lang, t.key, t.values));

/**
 * An error the command reports to the person running it: what is wrong (`message`), how to fix it
 * (`hint`), and where (`file`). Only the edge (`main`) prints these.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly code: CliErrorCode;
  readonly hint: string | undefined;
  /** The message as a catalogue text (or a text that comes localised from elsewhere). */
  readonly text: string | CliText;
  readonly hintText: string | CliText | undefined;
  /** More lines to print under the message, e.g. one per config problem. */
  readonly details: readonly (string | CliText)[];

  constructor(
    code: CliErrorCode,
    message: string | CliText,
    options: { hint?: string | CliText | undefined; details?: readonly (string | CliText)[]; cause?: unknown } = {},
  ) {
    // `message` and `hint` are English, for logs and --debug; `messageIn` is what a person reads.
    super(render(message, "en"), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.text = message;
    this.hintText = options.hint;
    this.hint = options.hint === undefined ? undefined : render(options.hint, "en");
    this.details = options.details ?? [];
  }

  /** The message in a language. */
  messageIn(lang: Lang): string {
    return render(this.text, lang);
  }

  /** The hint in a language. */
  hintIn(lang: Lang): string | undefined {
    return this.hintText === undefined ? undefined : render(this.hintText, lang);
  }

  /** The detail lines (one per problem) in a language. */
  detailsIn(lang: Lang): string[] {
    return this.details.map((d) => render(d, lang));
  }
}

/**
 * Turns anything thrown into a {@link CliError}: a CliError stays itself, node's argument-parser
 * errors become usage errors, and anything else is an internal error (a bug) whose stack is shown
 * only with --debug.
 *
 * @example
 * try { await run() } catch (e) { const error = toCliError(e); print(error.message); }
 */
export function toCliError(thrown: unknown): CliError {
  if (thrown instanceof CliError) return thrown;
  const code = typeof thrown === "object" && thrown !== null && "code" in thrown ? String((thrown as { code: unknown }).code) : "";
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (code.startsWith("ERR_PARSE_ARGS")) {
    // node's parser words its errors in English; the commonest one is said in the catalogue's words.
    const option = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/.exec(message)?.[1] : undefined;
    const said = option !== undefined ? msg("cli.error.unknownOption", { option }) : msg("cli.error.commandLine", { detail: message.replace(/\. To specify a positional argument.*$/s, ".") });
    return new CliError("USAGE", said, { hint: msg("cli.hint.help"), cause: thrown });
  }
  return new CliError("INTERNAL", msg("cli.error.unexpected", { detail: message }), { hint: msg("cli.hint.reportBug"), cause: thrown });
}

/** The exit codes of `ethiek`. */
export const exitCodes = {
  /** Nothing at or above --fail-on. */
  ok: 0,
  /** Findings at or above --fail-on. */
  findings: 1,
  /** Usage error, unreadable or unsupported input, invalid config. */
  error: 2,
} as const;
