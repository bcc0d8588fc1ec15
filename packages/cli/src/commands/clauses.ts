import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { validateCheckReport, type CheckReport, type Ruleset } from "@ethiek/schemas";
import type { ClausesOptions } from "../args.js";
import { type LoadedConfig, fromConfig } from "../config.js";
import { loadClauses, loadDocuments, loadProcurement, type ProcurementApi } from "../engine.js";
import { CliError, exitCodes } from "../errors.js";
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
    throw new CliError("USAGE", "a DOCX annex needs a file to go to", { hint: "Add --output bijlage-ai.docx" });
  }
  if (options.report !== undefined && options.paths.length > 0) {
    throw new CliError("USAGE", "give either the tender's files or --report, not both", { hint: "ethiek clauses bestek.md  or  ethiek clauses --report rapport.json" });
  }
  const procurement = await loadProcurement();
  const saved = options.report !== undefined ? await readReport(resolve(io.cwd, options.report)) : undefined;
  // A saved report names its ruleset; a built-in one is used unless --ruleset or the config says otherwise.
  const fromReport = saved && procurement.builtinRulesets.some((r) => r.name === saved.ruleset.name) ? saved.ruleset.name : undefined;
  const ruleset = await loadRuleset(procurement, options.ruleset ?? c.ruleset ?? fromReport, options.ruleset !== undefined ? io.cwd : config.dir);
  const report = saved ?? (await checkOne(options, config, io, ruleset.input, procurement));
  const lang = options.lang ?? c.lang ?? report.language;

  const clauses = await loadClauses();
  const set = clauses.resolveClauses(ruleset.resolved);
  if (!set.ok) {
    throw new CliError("RULESET_INVALID", `the ruleset's clause settings have ${set.errors.length} problem${set.errors.length === 1 ? "" : "s"}`, {
      details: set.errors.map((e) => `[${e.code}] ${e.message}`),
      hint: "See schemas/clause-library.schema.json (AnnexSettings) and docs/clauses.md.",
    });
  }
  const annex = clauses.buildAnnex(report, {
    clauses: set.value,
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
      throw new CliError("OUTPUT_FAILED", `cannot write the annex to ${options.output}`, { hint: "Check that the folder is writable.", cause });
    }
  }
  if (!options.quiet) {
    const count = annex.sections.reduce((n, s) => n + s.items.length, 0);
    const nl = lang === "nl";
    const lines = [
      nl
        ? `ethiek: bijlage met ${count} bepaling${count === 1 ? "" : "en"} voor ${annex.addresses.length} eis${annex.addresses.length === 1 ? "" : "en"}${options.output ? ` geschreven naar ${options.output}` : ""}`
        : `ethiek: annex with ${count} clause${count === 1 ? "" : "s"} for ${annex.addresses.length} requirement${annex.addresses.length === 1 ? "" : "s"}${options.output ? ` written to ${options.output}` : ""}`,
    ];
    if (annex.edits.length > 0) {
      lines.push(
        nl
          ? `  ${annex.edits.length} eis${annex.edits.length === 1 ? "" : "en"} vraagt ook een wijziging van de bestaande tekst: ${annex.edits.map((e) => e.requirement).join(", ")}`
          : `  ${annex.edits.length} requirement${annex.edits.length === 1 ? "" : "s"} also need${annex.edits.length === 1 ? "s" : ""} a change to the existing text: ${annex.edits.map((e) => e.requirement).join(", ")}`,
      );
    }
    if (count === 0) lines.push(nl ? "  Er ontbreekt niets: de toets vond geen open eisen." : "  Nothing is missing: the check found no open requirements.");
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
    throw new CliError("USAGE", "name the tender's files or folder, or give --report", { hint: "For example: ethiek clauses bestek.md --output bijlage-ai.docx" });
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
    throw new CliError("USAGE", `the annex is for one tender; these paths make ${tenders.length}`, {
      hint: "Name the files of one tender, or one folder.",
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
    throw new CliError("INPUT_UNREADABLE", `cannot read the report ${file}`, { hint: "Write one with: ethiek check <paths> --format json --output rapport.json", cause });
  }
  if (Array.isArray(data)) {
    if (data.length !== 1) {
      throw new CliError("USAGE", `${file} holds ${data.length} reports; the annex is for one tender`, { hint: "Check one tender at a time, or use --per-file and pick one." });
    }
    data = data[0];
  }
  const valid = validateCheckReport(data);
  if (!valid.ok) {
    throw new CliError("INPUT_UNREADABLE", `${file} is not a check report`, {
      details: valid.errors.slice(0, 10).map((e) => e.message),
      hint: "Use the JSON that ethiek check --format json writes.",
    });
  }
  return valid.value;
}
