import { parseArgs, type ParseArgsConfig } from "node:util";
import { formats, type FormatName } from "./formats.js";
import { CliError, msg } from "./errors.js";

export type Command = "check" | "rules" | "classify" | "clauses" | "init" | "maturity" | "cases";
export const commands: readonly Command[] = ["check", "rules", "classify", "clauses", "init", "maturity", "cases"];

/** One requested output: a format, written to a file or (without one) to stdout. */
export interface OutputRequest {
  readonly format: FormatName;
  readonly output: string | undefined;
}

/** Options shared by every command. */
export interface CommonOptions {
  readonly help: boolean;
  readonly debug: boolean;
  readonly lang: "nl" | "en" | undefined;
  readonly noColor: boolean;
  readonly config: string | undefined;
  readonly quiet: boolean;
}

export interface CheckOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly ruleset: string | undefined;
  readonly outputs: readonly OutputRequest[];
  readonly failOn: "error" | "warning" | "never" | undefined;
  readonly perFile: boolean;
  readonly baseline: string | undefined;
  readonly updateBaseline: boolean;
  readonly sarifCodeScanning: boolean;
}

export interface RulesOptions extends CommonOptions {
  readonly id: string | undefined;
  readonly ruleset: string | undefined;
  readonly format: "stylish" | "json" | "markdown";
}

export interface ClassifyOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly perFile: boolean;
  readonly format: "stylish" | "json";
}

export interface ClausesOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly ruleset: string | undefined;
  readonly format: "markdown" | "html" | "docx" | undefined;
  readonly output: string | undefined;
  /** A saved report (ethiek check --format json) to build the annex from, instead of checking. */
  readonly report: string | undefined;
  readonly notes: boolean;
}

export interface InitOptions extends CommonOptions {
  readonly ci: "github" | "gitlab" | "none" | undefined;
  readonly force: boolean;
  readonly configFormat: "yaml" | "json";
}

export interface MaturityImportOptions extends CommonOptions {
  readonly action: "import";
  readonly file: string;
  readonly output: string | undefined;
}

export interface CasesOptions extends CommonOptions {
  readonly action: "push" | "pull";
  /** Case files or folders (push). */
  readonly paths: readonly string[];
  /** Folder to write the pulled cases to, one file per case (pull); stdout without it. */
  readonly output: string | undefined;
  readonly auditLog: string | undefined;
  readonly format: "stylish" | "json";
}

/** The parsed command line. */
export type Parsed =
  | { readonly command: "version" }
  | { readonly command: "help"; readonly topic: Command | undefined }
  | { readonly command: "check"; readonly options: CheckOptions }
  | { readonly command: "rules"; readonly options: RulesOptions }
  | { readonly command: "classify"; readonly options: ClassifyOptions }
  | { readonly command: "clauses"; readonly options: ClausesOptions }
  | { readonly command: "init"; readonly options: InitOptions }
  | { readonly command: "maturity"; readonly options: MaturityImportOptions }
  | { readonly command: "cases"; readonly options: CasesOptions };

const common = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
  lang: { type: "string" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  config: { type: "string", short: "c" },
  quiet: { type: "boolean", short: "q" },
} as const satisfies ParseArgsConfig["options"];

const commandOptions = {
  check: {
    ...common,
    ruleset: { type: "string", short: "r" },
    format: { type: "string", short: "f", multiple: true },
    output: { type: "string", short: "o", multiple: true },
    "fail-on": { type: "string" },
    "per-file": { type: "boolean" },
    baseline: { type: "string" },
    "update-baseline": { type: "boolean" },
    "sarif-code-scanning": { type: "boolean" },
  },
  rules: { ...common, ruleset: { type: "string", short: "r" }, format: { type: "string", short: "f" } },
  classify: { ...common, format: { type: "string", short: "f" }, "per-file": { type: "boolean" } },
  clauses: {
    ...common,
    ruleset: { type: "string", short: "r" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    report: { type: "string" },
    "no-notes": { type: "boolean" },
  },
  init: { ...common, ci: { type: "string" }, force: { type: "boolean" }, "config-format": { type: "string" } },
  maturity: { ...common, output: { type: "string", short: "o" } },
  cases: { ...common, output: { type: "string", short: "o" }, "audit-log": { type: "string" }, format: { type: "string", short: "f" } },
} as const satisfies Record<Command, ParseArgsConfig["options"]>;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError("USAGE", msg("cli.error.oneOf", { option, allowed: allowed.join(" | "), value }), {
    hint: msg("cli.hint.oneOf", { option, example: allowed[0] ?? "" }),
  });
}

function commonFrom(values: Record<string, unknown>): CommonOptions {
  return {
    help: values.help === true,
    debug: values.debug === true,
    lang: oneOf("lang", values.lang as string | undefined, ["nl", "en"] as const),
    noColor: values["no-color"] === true,
    config: values.config as string | undefined,
    quiet: values.quiet === true,
  };
}

/**
 * Pairs --format and --output in the order given: each --output belongs to the nearest --format
 * before it that has no output yet; a format without an output goes to stdout.
 */
export function pairOutputs(tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): OutputRequest[] {
  const pairs: { format: FormatName; output: string | undefined }[] = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "format") {
      const format = oneOf("format", token.value, formats);
      if (format) pairs.push({ format, output: undefined });
    } else if (token.name === "output") {
      const open = [...pairs].reverse().find((p) => p.output === undefined);
      if (open) open.output = token.value;
      else if (pairs.length === 0) pairs.push({ format: "stylish", output: token.value });
      else
        throw new CliError("USAGE", msg("cli.error.outputWithoutFormat", { file: token.value ?? "" }), {
          hint: msg("cli.hint.outputPairs"),
        });
    }
  }
  const toStdout = pairs.filter((p) => p.output === undefined);
  if (toStdout.length > 1) {
    throw new CliError("USAGE", msg("cli.error.oneStdout", { formats: toStdout.map((p) => p.format).join(" + ") }), {
      hint: msg("cli.hint.oneStdout"),
    });
  }
  return pairs;
}

/**
 * Parses the command line of `ethiek`.
 *
 * @example
 * parseCommandLine(["check", "tenders/", "--format", "sarif", "--output", "ethiek.sarif"])
 */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = argv[1] && (commands as readonly string[]).includes(argv[1]) ? (argv[1] as Command) : undefined;
    return { command: "help", topic };
  }
  if (first === "--version" || first === "-v" || first === "version") return { command: "version" };
  if (!(commands as readonly string[]).includes(first)) {
    throw new CliError("USAGE", first.startsWith("-") ? msg("cli.error.unknownOption", { option: first }) : msg("cli.error.unknownCommand", { command: first }), {
      hint: msg("cli.hint.commands", { commands: commands.join(", ") }),
    });
  }
  const command = first as Command;
  const { values, positionals, tokens } = parseArgs({
    args: argv.slice(1),
    options: commandOptions[command],
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
  const v = values as Record<string, unknown>;
  const base = commonFrom(v);
  switch (command) {
    case "check":
      return {
        command,
        options: {
          ...base,
          paths: positionals,
          ruleset: v.ruleset as string | undefined,
          outputs: pairOutputs(tokens),
          failOn: oneOf("fail-on", v["fail-on"] as string | undefined, ["error", "warning", "never"] as const),
          perFile: v["per-file"] === true,
          baseline: v.baseline as string | undefined,
          updateBaseline: v["update-baseline"] === true,
          sarifCodeScanning: v["sarif-code-scanning"] === true,
        },
      };
    case "rules":
      if (positionals.length > 1) {
        throw new CliError("USAGE", msg("cli.error.rulesOneId", { given: positionals.join(" ") }), {
          hint: msg("cli.hint.rulesExample"),
        });
      }
      return {
        command,
        options: {
          ...base,
          id: positionals[0],
          ruleset: v.ruleset as string | undefined,
          format: oneOf("format", v.format as string | undefined, ["stylish", "json", "markdown"] as const) ?? "stylish",
        },
      };
    case "classify":
      return {
        command,
        options: {
          ...base,
          paths: positionals,
          perFile: v["per-file"] === true,
          format: oneOf("format", v.format as string | undefined, ["stylish", "json"] as const) ?? "stylish",
        },
      };
    case "clauses":
      return {
        command,
        options: {
          ...base,
          paths: positionals,
          ruleset: v.ruleset as string | undefined,
          format: oneOf("format", v.format as string | undefined, ["markdown", "html", "docx"] as const),
          output: v.output as string | undefined,
          report: v.report as string | undefined,
          notes: v["no-notes"] !== true,
        },
      };
    case "init":
      if (positionals.length > 0) {
        throw new CliError("USAGE", msg("cli.error.initNoArguments", { given: positionals.join(" ") }), { hint: msg("cli.hint.initFolder") });
      }
      return {
        command,
        options: {
          ...base,
          ci: oneOf("ci", v.ci as string | undefined, ["github", "gitlab", "none"] as const),
          force: v.force === true,
          configFormat: oneOf("config-format", v["config-format"] as string | undefined, ["yaml", "json"] as const) ?? "yaml",
        },
      };
    case "maturity":
      return { command, options: maturityOptions(base, positionals, v.output as string | undefined) };
    case "cases": {
      const [action, ...paths] = positionals;
      const rest = {
        output: v.output as string | undefined,
        auditLog: v["audit-log"] as string | undefined,
        format: oneOf("format", v.format as string | undefined, ["stylish", "json"] as const) ?? "stylish",
      };
      if (base.help) return { command, options: { ...base, ...rest, action: "push", paths } };
      if (action !== "push" && action !== "pull") {
        throw new CliError("USAGE", action === undefined ? msg("cli.error.casesNeedsAction") : msg("cli.error.casesUnknownAction", { action }), {
          hint: msg("cli.hint.casesActions"),
        });
      }
      if (action === "pull" && paths.length > 0) {
        throw new CliError("USAGE", msg("cli.error.pullNoFiles", { given: paths.join(" ") }), { hint: msg("cli.hint.pullOutput") });
      }
      return { command, options: { ...base, ...rest, action, paths } };
    }
  }
}

function maturityOptions(base: CommonOptions, positionals: readonly string[], output: string | undefined): MaturityImportOptions {
  const [action, file, ...rest] = positionals;
  // `ethiek maturity --help` has no action yet; help wins over a usage error.
  if (base.help) return { ...base, action: "import", file: file ?? "", output };
  if (action !== "import") {
    throw new CliError("USAGE", action === undefined ? msg("cli.error.maturityNeedsAction") : msg("cli.error.maturityUnknownAction", { action }), {
      hint: msg("cli.hint.maturityAction"),
    });
  }
  if (file === undefined || rest.length > 0) {
    throw new CliError("USAGE", file === undefined ? msg("cli.error.importNeedsFile") : msg("cli.error.importOneFile", { given: [file, ...rest].join(" ") }), {
      hint: msg("cli.hint.importExample"),
    });
  }
  return { ...base, action, file, output };
}
