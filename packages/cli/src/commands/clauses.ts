import { format as formatMessage } from "@ethiek/messages";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { validateCheckReport, type CheckReport, type Ruleset } from "@ethiek/schemas";
import type { ClausesOptions } from "../args.js";
import { type LoadedConfig, fromConfig } from "../config.js";
import { loadClauses, loadDocuments, loadProcurement, resolveClauseSet, type ProcurementApi } from "../engine.js";
import { CliError, exitCodes, msg } from "../errors.js";
import { resolveTenders } from "../inputs.js";
import type { Io } from "../io.js";
import { loadTenders } from "../load.js";
import { loadRuleset } from "../ruleset.js";

type AnnexFormat = "markdown" | "html" | "docx";

/** The format an --output file name asks for, when --format is not given. */
export function formatFromFile(file: string | undefined): AnnexFormat | undefined {
  const ext = file === undefined ? "" : extname(file).toLowerCase();
  return ext === ".docx" ? "docx" : ext === ".html" || ext === ".htm" ? "html" : ext === ".md" || ext === ".markdown" ? "markdown" : undefined;
}

/**
 * `ethiek clauses`: checks one tender (or reads a saved report) and writes the annex with a model
 * clause for every missing or partial requirement. Exit code 0 when the annex is written.
 */
export async function runClauses(options: ClausesOptions, config: LoadedConfig, io: Io): Promise<number> {
  const c = config.values;
  const format: AnnexFormat = options.format ?? formatFromFile(options.output) ?? "markdown";
  if (format === "docx" && options.output === undefined) {
    throw new CliError("USAGE", msg("cli.error.docxNeedsOutput"), { hint: msg("cli.hint.docxOutput") });
  }
  if (options.report !== undefined && options.paths.length > 0) {
    throw new CliError("USAGE", msg("cli.error.filesOrReport"), { hint: msg("cli.hint.filesOrReport") });
  }
  const procurement = await loadProcurement();
  const saved = options.report !== undefined ? await readReport(resolve(io.cwd, options.report)) : undefined;
  // A saved report names its ruleset; a built-in one is used unless --ruleset or the config says otherwise.
  const fromReport = saved && procurement.builtinRulesets.some((r) => r.name === saved.ruleset.name) ? saved.ruleset.name : undefined;
  const ruleset = await loadRuleset(procurement, options.ruleset ?? c.ruleset ?? fromReport, options.ruleset !== undefined ? io.cwd : config.dir);
  const report = saved ?? (await checkOne(options, config, io, ruleset.input, procurement));
  const lang = options.lang ?? c.lang ?? report.language;

  const clauses = await loadClauses();
  const set = resolveClauseSet(clauses, ruleset.resolved);
  const annex = clauses.buildAnnex(report, {
    clauses: set,
    language: lang,
    requirements: procurement.listRequirements(ruleset.resolved, lang),
    notes: options.notes,
  });
  let bytes: Uint8Array | string;
  if (format === "docx") {
    const { annexToDocx } = await import("@ethiek/clauses/docx");
    bytes = await annexToDocx(annex);
  } else {
    bytes = format === "html" ? clauses.annexToHtml(annex) : clauses.annexToMarkdown(annex);
  }
  if (options.output === undefined) {
    io.stdout.write(bytes as string);
  } else {
    const file = resolve(io.cwd, options.output);
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, bytes);
    } catch (cause) {
      throw new CliError("OUTPUT_FAILED", msg("cli.error.annexUnwritable", { file: options.output }), { hint: msg("cli.hint.writable"), cause });
    }
  }
  if (!options.quiet) {
    const count = annex.sections.reduce((n, s) => n + s.items.length, 0);
    const lines = [formatMessage(lang, "cli.status.annexWritten", { n: count, requirements: annex.addresses.length, output: options.output || "none" })];
    if (annex.edits.length > 0) lines.push(formatMessage(lang, "cli.status.annexEdits", { n: annex.edits.length, ids: annex.edits.map((e) => e.requirement).join(", ") }));
    if (count === 0) lines.push(formatMessage(lang, "cli.status.annexNothing"));
    io.stderr.write(`${lines.join("\n")}\n`);
  }
  return exitCodes.ok;
}

/** Checks the files named as one tender. */
async function checkOne(
  options: ClausesOptions,
  config: LoadedConfig,
  io: Io,
  ruleset: string | Ruleset,
  procurement: ProcurementApi,
): Promise<CheckReport> {
  const c = config.values;
  const paths = options.paths.length > 0 ? options.paths : (c.paths ?? []).map((p) => fromConfig(config, p));
  if (paths.length === 0) {
    throw new CliError("USAGE", msg("cli.error.clausesNeedInput"), { hint: msg("cli.hint.clausesExample") });
  }
  const documents = await loadDocuments();
  const exclude = new Set(options.output === undefined ? [] : [resolve(io.cwd, options.output)]);
  const tenders = await resolveTenders(paths, {
    cwd: io.cwd,
    perFile: false,
    extensions: documents.supportedExtensions.map((e) => e.toLowerCase()),
    ignore: c.ignore ?? [],
    ignoreBase: config.dir,
    exclude,
  });
  if (tenders.length !== 1) {
    throw new CliError("USAGE", msg("cli.error.annexOneTender", { n: tenders.length }), {
      hint: msg("cli.hint.annexOneTender"),
    });
  }
  const lang = options.lang ?? c.lang;
  const [tender] = await loadTenders(tenders, documents, io, { lang: lang ?? "nl", showProgress: !options.quiet });
  return procurement.check(tender!.documents, {
    ruleset,
    ...(tender!.manifest ? { manifest: tender!.manifest } : {}),
    ...(c.waivers ? { waivers: c.waivers } : {}),
    ...(lang ? { language: lang } : {}),
  });
}

/** Reads a report written by `ethiek check --format json` (one report, or an array of one). */
async function readReport(file: string): Promise<CheckReport> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (cause) {
    throw new CliError("INPUT_UNREADABLE", msg("cli.error.reportUnreadable", { file }), { hint: msg("cli.hint.writeReport"), cause });
  }
  if (Array.isArray(data)) {
    if (data.length !== 1) {
      throw new CliError("USAGE", msg("cli.error.severalReports", { file, n: data.length }), { hint: msg("cli.hint.severalReports") });
    }
    data = data[0];
  }
  const valid = validateCheckReport(data);
  if (!valid.ok) {
    throw new CliError("INPUT_UNREADABLE", msg("cli.error.notAReport", { file }), {
      details: valid.errors.slice(0, 10).map((e) => e.message),
      hint: msg("cli.hint.reportJson"),
    });
  }
  return valid.value;
}
