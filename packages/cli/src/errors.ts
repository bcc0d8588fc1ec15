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

/**
 * An error the command reports to the person running it: what is wrong (`message`), how to fix it
 * (`hint`), and where (`file`). Only the edge (`main`) prints these.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly code: CliErrorCode;
  readonly hint: string | undefined;
  /** More lines to print under the message, e.g. one per config problem. */
  readonly details: readonly string[];

  constructor(
    code: CliErrorCode,
    message: string,
    options: { hint?: string; details?: readonly string[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? [];
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
    return new CliError("USAGE", message.replace(/\. To specify a positional argument.*$/s, "."), {
      hint: "Run `ethiek --help` for the commands and options.",
      cause: thrown,
    });
  }
  return new CliError("INTERNAL", `unexpected error: ${message}`, {
    hint: "This is a bug in ethiek. Run again with --debug and report the output at https://github.com/ethiek/ethiek/issues.",
    cause: thrown,
  });
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
