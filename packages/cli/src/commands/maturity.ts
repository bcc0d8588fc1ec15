import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { importOdiModel, type ImportError } from "@ethiek/maturity";
import { validateMaturityModel, type MaturityModel } from "@ethiek/schemas";
import type { MaturityImportOptions } from "../args.js";
import { CliError, exitCodes, msg } from "../errors.js";
import { format, type Lang } from "@ethiek/messages";
import type { Io } from "../io.js";

/** One printable line per problem: where in the file, what is wrong; model problems one by one. */
function problemLines(errors: readonly ImportError[]): string[] {
  return errors.flatMap((error) =>
    error.modelErrors !== undefined && error.modelErrors.length > 0
      ? error.modelErrors.map((m) => `${m.pointer || "/"} (converted model): ${m.message} [${m.code}]`)
      : [`${error.pointer || "/"}: ${error.message.replace(/^`[^`]*`: /, "")} [${error.code}]`],
  );
}

/** The short summary on stderr, so stdout stays pure JSON for a pipe. */
function summary(model: MaturityModel, file: string, output: string | undefined, lang: Lang): string {
  const a = model.attribution;
  const lines = [
    format(lang, "cli.status.maturityImported", { file, name: (lang === "nl" ? model.name.nl : model.name.en) ?? model.name.en ?? model.name.nl ?? model.id }),
    format(lang, "cli.status.maturityCounts", { dimensions: model.dimensions.length, levels: model.levels.length, questions: model.questions.length }),
  ];
  if (a !== undefined) lines.push(format(lang, "cli.status.maturitySource", { source: a.source, url: a.url ?? "none", licence: a.licence ?? "none", licenceUrl: a.licenceUrl ?? "none" }));
  lines.push(format(lang, "cli.status.maturityWritten", { output: output ?? "none" }));
  return `${lines.join("\n")}\n`;
}

/**
 * `ethiek maturity import <odi.json> [--output <model.json>]`: converts a file in the ODI Data
 * Ethics Maturity Model JSON format into an ethiek maturity model (validated against
 * maturity-model.schema.json) and writes it to stdout or --output. An unreadable or invalid file
 * stops with exit code 2 and every problem listed.
 *
 * @example
 * process.exitCode = await runMaturityImport({ ...options, file: "odi.json", output: "model.json" }, processIo());
 */
export async function runMaturityImport(options: MaturityImportOptions, io: Io): Promise<number> {
  const path = resolve(io.cwd, options.file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE", msg("cli.error.importUnreadable", { file: options.file, reason: code === "ENOENT" || code === "EISDIR" ? code : "other" }), {
      hint: msg("cli.hint.importFile"),
      cause,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (cause) {
    throw new CliError("MATURITY_IMPORT_INVALID", msg("cli.error.importJson", { file: options.file, detail: (cause as Error).message }), {
      hint: msg("cli.hint.importJson"),
      cause,
    });
  }
  const result = importOdiModel(data, { importedAt: new Date().toISOString() });
  if (!result.ok) {
    throw new CliError("MATURITY_IMPORT_INVALID", msg("cli.error.importInvalid", { file: options.file, n: result.errors.length }), {
      details: problemLines(result.errors),
      hint: msg("cli.hint.importInvalid"),
    });
  }
  // The importer validates too; checking again here keeps the promise of this command (output
  // matches maturity-model.schema.json) independent of the importer's internals.
  const validated = validateMaturityModel(result.value);
  if (!validated.ok) {
    throw new CliError("INTERNAL", msg("cli.error.convertedInvalid"), {
      details: validated.errors.map((e) => JSON.stringify(e)),
      hint: msg("cli.hint.reportBugFile"),
    });
  }
  const json = `${JSON.stringify(result.value, null, 2)}\n`;
  if (options.output === undefined) {
    io.stdout.write(json);
  } else {
    const out = resolve(io.cwd, options.output);
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, json);
    } catch (cause) {
      throw new CliError("OUTPUT_FAILED", msg("cli.error.modelUnwritable", { file: options.output }), { hint: msg("cli.hint.writable"), cause });
    }
  }
  if (!options.quiet) io.stderr.write(summary(result.value, options.file, options.output, options.lang ?? "nl"));
  return exitCodes.ok;
}
