import { format } from "@ethiek/messages";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { CheckReport } from "@ethiek/schemas";
import type { CheckOptions, OutputRequest } from "../args.js";
import { type LoadedConfig, fromConfig } from "../config.js";
import type { RequirementDoc } from "@ethiek/procurement";
import { loadDocuments, loadProcurement } from "../engine.js";
import { CliError, exitCodes, msg } from "../errors.js";
import type { FormatName } from "../formats.js";
import { resolveTenders } from "../inputs.js";
import { type Io, useColor } from "../io.js";
import { loadTenders } from "../load.js";
import { loadRuleset } from "../ruleset.js";

/** The default baseline file name, relative to the config (or the working folder). */
export const defaultBaseline = "ethiek-baseline.json";

/**
 * `ethiek check`: reads the tenders, checks them, writes every requested format and returns the
 * exit code (0 nothing at or above --fail-on, 1 findings at or above it).
 */
export async function runCheck(options: CheckOptions, config: LoadedConfig, io: Io): Promise<number> {
  const c = config.values;
  const lang = options.lang ?? c.lang ?? "nl";
  const failOn = options.failOn ?? c.failOn ?? "error";
  const perFile = options.perFile || c.perFile === true;
  const outputs: readonly OutputRequest[] =
    options.outputs.length > 0
      ? options.outputs
      : (c.outputs ?? []).length > 0
        ? (c.outputs ?? []).map((o) => ({ format: o.format, output: o.output === undefined ? undefined : fromConfig(config, o.output) }))
        : [{ format: "stylish", output: undefined }];
  const baselinePath =
    options.baseline !== undefined
      ? resolve(io.cwd, options.baseline)
      : c.baseline !== undefined
        ? fromConfig(config, c.baseline)
        : options.updateBaseline
          ? fromConfig(config, defaultBaseline)
          : undefined;

  const paths = options.paths.length > 0 ? options.paths : (c.paths ?? []).map((p) => fromConfig(config, p));
  if (paths.length === 0) {
    throw new CliError("USAGE", msg("cli.error.checkNeedsPaths"), {
      hint: msg("cli.hint.checkExample"),
    });
  }

  const [documents, procurement] = await Promise.all([loadDocuments(), loadProcurement()]);
  const ruleset = await loadRuleset(procurement, options.ruleset ?? c.ruleset, options.ruleset !== undefined ? io.cwd : config.dir);
  const exclude = new Set(outputs.flatMap((o) => (o.output === undefined ? [] : [resolve(io.cwd, o.output)])));
  if (baselinePath) exclude.add(baselinePath);
  const tenders = await resolveTenders(paths, {
    cwd: io.cwd,
    perFile,
    extensions: documents.supportedExtensions.map((e) => e.toLowerCase()),
    ignore: c.ignore ?? [],
    ignoreBase: config.dir,
    exclude,
  });
  const loaded = await loadTenders(tenders, documents, io, { lang, showProgress: !options.quiet });

  let reports: CheckReport[] = [];
  for (const tender of loaded) {
    reports.push(
      procurement.check(tender.documents, {
        ruleset: ruleset.input,
        ...(tender.manifest ? { manifest: tender.manifest } : {}),
        ...(c.waivers ? { waivers: c.waivers } : {}),
        language: lang,
      }),
    );
  }

  if (options.updateBaseline) {
    const { writeBaseline } = await import("../baseline.js");
    const count = await writeBaseline(baselinePath!, reports);
    if (!options.quiet) io.stderr.write(`${format(lang, "cli.status.baselineWritten", { n: count, file: baselinePath ?? "" })}\n`);
    return exitCodes.ok;
  }
  let hidden = 0;
  if (baselinePath !== undefined) {
    const { applyBaseline, readBaseline } = await import("../baseline.js");
    const applied = applyBaseline(reports, await readBaseline(baselinePath));
    reports = applied.reports;
    hidden = applied.hidden;
  }

  const requirements = procurement.listRequirements(ruleset.resolved, lang);
  for (const out of outputs) {
    const text = await render(out.format, reports, {
      requirements,
      lang,
      color: out.output === undefined && useColor(io.stdout, io.env, options.noColor),
      quiet: options.quiet,
      codeScanning: options.sarifCodeScanning,
    });
    if (out.output === undefined) {
      io.stdout.write(text);
    } else {
      const file = resolve(io.cwd, out.output);
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      } catch (cause) {
        throw new CliError("OUTPUT_FAILED", msg("cli.error.outputUnwritable", { format: out.format, file: out.output }), {
          hint: msg("cli.hint.writable"),
          cause,
        });
      }
    }
  }
  if (hidden > 0 && !options.quiet) {
    io.stderr.write(`${format(lang, "cli.status.baselineHidden", { n: hidden })}\n`);
  }
  const { collectFindings } = await import("@ethiek/reports");
  const findings = collectFindings(reports);
  const failing =
    failOn === "never" ? [] : findings.filter((f) => f.severity === "error" || (failOn === "warning" && f.severity === "warning"));
  return failing.length > 0 ? exitCodes.findings : exitCodes.ok;
}

/** Renders reports in one format. */
export async function render(
  format: FormatName,
  reports: readonly CheckReport[],
  options: { requirements: readonly RequirementDoc[]; lang: "nl" | "en"; color: boolean; quiet: boolean; codeScanning?: boolean },
): Promise<string> {
  const f = await import("@ethiek/reports");
  const common = { requirements: options.requirements, lang: options.lang };
  switch (format) {
    case "stylish":
      return f.formatStylish(reports, { ...common, color: options.color, ...(options.quiet ? { minSeverity: "error" as const } : {}) });
    case "json":
      return f.formatJson(reports);
    case "sarif":
      return f.formatSarif(reports, { ...common, codeScanning: options.codeScanning === true });
    case "junit":
      return f.formatJunit(reports, common);
    case "gitlab":
      return f.formatGitlab(reports, common);
    case "html":
      return f.formatHtml(reports, common);
    case "markdown":
      return f.formatMarkdown(reports, common);
  }
}
