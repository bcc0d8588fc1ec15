import { format } from "@ethiek/messages";
import { appendFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { type Case, validateCase } from "@ethiek/schemas";
import type { ZgwError, ZgwPushOptions } from "@ethiek/zgw";
import type { CasesOptions } from "../args.js";
import { type LoadedConfig, fromConfig } from "../config.js";
import { CliError, exitCodes, msg } from "../errors.js";
import type { Io } from "../io.js";

/** The default audit log of `ethiek cases push` / `pull`, beside the config (or in the working folder). */
export const defaultAuditLog = "ethiek-zgw-audit.jsonl";

type Lang = "nl" | "en";

function zgwSettings(config: LoadedConfig, io: Io): ZgwPushOptions {
  const zgw = config.values.zgw;
  if (zgw === undefined) {
    throw new CliError("ZGW_NOT_CONFIGURED", msg("cli.error.noZgw"), {
      hint: msg("cli.hint.noZgw"),
    });
  }
  const secret = io.env.ETHIEK_ZGW_SECRET;
  if (secret === undefined || secret === "") {
    throw new CliError("ZGW_NOT_CONFIGURED", msg("cli.error.noSecret"), {
      hint: msg("cli.hint.noSecret", { clientId: zgw.clientId }),
    });
  }
  return { ...zgw, secret };
}

async function jsonFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && extname(e.name).toLowerCase() === ".json")
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads every case file (a case, or a list of cases) and checks each against case.schema.json, all problems at once. */
async function readCases(paths: readonly string[], io: Io): Promise<Case[]> {
  if (paths.length === 0) {
    throw new CliError("NO_INPUT", msg("cli.error.pushNeedsFiles"), { hint: msg("cli.hint.pushExample") });
  }
  const cases: Case[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    let files: string[];
    try {
      files = await jsonFiles(resolve(io.cwd, given));
    } catch (cause) {
      throw new CliError("INPUT_NOT_FOUND", msg("cli.error.cannotReadPath", { path: given }), { cause });
    }
    for (const file of files) {
      let data: unknown;
      try {
        data = JSON.parse((await readFile(file, "utf8")).replace(/^\uFEFF/, ""));
      } catch (cause) {
        problems.push(`${file}: not valid JSON (${(cause as Error).message})`);
        continue;
      }
      (Array.isArray(data) ? data : [data]).forEach((item, i) => {
        const r = validateCase(item);
        if (r.ok) cases.push(r.value);
        else for (const e of r.errors) problems.push(`${file}${Array.isArray(data) ? `[${i}]` : ""}: ${e.message}`);
      });
    }
  }
  if (problems.length > 0) {
    throw new CliError("INPUT_INVALID", msg("cli.error.caseProblems", { n: problems.length }), {
      details: problems,
      hint: msg("cli.hint.caseFiles"),
    });
  }
  const seen = new Set<string>();
  const twice = cases.filter((c) => (seen.has(c.id) ? true : (seen.add(c.id), false))).map((c) => c.id);
  if (twice.length > 0) throw new CliError("INPUT_INVALID", msg("cli.error.caseTwice", { ids: [...new Set(twice)].join(", ") }), { hint: msg("cli.hint.caseTwice") });
  return cases;
}

function zgwFailure(error: ZgwError, lang: Lang, what: "push" | "pull"): CliError {
  return new CliError("ZGW_FAILED", lang === "nl" ? error.message : error.messageEn, {
    details: (error.invalidParams ?? []).map((p) => `${p.name}: ${p.reason} [${p.code}]`),
    hint: what === "push" ? msg("cli.hint.pushAgain") : msg("cli.hint.nothingWritten"),
  });
}

/**
 * `ethiek cases push <files…>` and `ethiek cases pull [--output <dir>]`: cases to and from the
 * province's ZGW case system (settings in the config's zgw section, secret in ETHIEK_ZGW_SECRET).
 * Every step is appended to the audit log (JSON lines). Exit code 0 when done, 2 on any problem.
 *
 * @example
 * process.exitCode = await runCases({ ...options, action: "push", paths: ["cases/"] }, config, processIo());
 */
export async function runCases(options: CasesOptions, config: LoadedConfig, io: Io): Promise<number> {
  const lang: Lang = options.lang ?? config.values.lang ?? "nl";
  const settings = zgwSettings(config, io);
  const auditPath = options.auditLog !== undefined ? resolve(io.cwd, options.auditLog) : fromConfig(config, defaultAuditLog);
  const audit = async (entry: Record<string, unknown>) => {
    try {
      await mkdir(dirname(auditPath), { recursive: true });
      await appendFile(auditPath, `${JSON.stringify({ at: new Date().toISOString(), actor: settings.clientId, ...entry })}\n`);
    } catch (cause) {
      throw new CliError("OUTPUT_FAILED", msg("cli.error.auditUnwritable", { file: auditPath }), { hint: msg("cli.hint.auditWritable"), cause });
    }
  };
  const { pullCases, pushCases } = await import("@ethiek/zgw");

  if (options.action === "push") {
    const cases = await readCases(options.paths, io);
    await audit({ action: "zgw.push.start", cases: cases.map((c) => c.id), zakenApiUrl: settings.zakenApiUrl });
    const report = await pushCases(cases, settings, {
      onStep: (step) => audit({ action: `zgw.push.${step.action}`, resource: step.resource, url: step.url, label: step.label, ...(step.caseId ? { caseId: step.caseId } : {}), ...(step.fields ? { fields: step.fields } : {}) }),
    });
    await audit({ action: report.ok ? "zgw.push.done" : "zgw.push.failed", counts: report.counts, ...(report.ok ? {} : { error: report.error.code, caseId: report.caseId }) });
    if (options.format === "json") io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    for (const w of report.warnings) io.stderr.write(`${format(lang, "cli.status.warning", { message: lang === "nl" ? w.message : w.messageEn })}\n`);
    if (!report.ok) throw zgwFailure(report.error, lang, "push");
    if (!options.quiet) {
      const n = report.counts;
      io.stderr.write(`${format(lang, "cli.status.pushed", { n: cases.length, ...n, auditLog: auditPath })}\n`);
    }
    return exitCodes.ok;
  }

  const report = await pullCases(settings);
  await audit({ action: report.ok ? "zgw.pull.done" : "zgw.pull.failed", requests: report.requests, ...(report.ok ? { cases: report.cases.map((c) => c.id), skipped: report.skipped.map((s) => s.zaak) } : { error: report.error.code }) });
  if (!report.ok) throw zgwFailure(report.error, lang, "pull");
  for (const s of report.skipped) io.stderr.write(`${format(lang, "cli.status.skipped", { message: lang === "nl" ? s.message : s.messageEn, code: s.code })}\n`);
  if (options.output === undefined) {
    io.stdout.write(`${JSON.stringify(report.cases, null, 2)}\n`);
  } else {
    // All files or none: write each beside its final name first, then move them into place.
    const dir = resolve(io.cwd, options.output);
    const temps: [string, string][] = report.cases.map((c) => [join(dir, `.${c.id}.json.${process.pid}.tmp`), join(dir, `${c.id}.json`)]);
    try {
      await mkdir(dir, { recursive: true });
      for (const [i, [temp]] of temps.entries()) await writeFile(temp, `${JSON.stringify(report.cases[i], null, 2)}\n`);
      for (const [temp, final] of temps) await rename(temp, final);
    } catch (cause) {
      await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
      throw new CliError("OUTPUT_FAILED", msg("cli.error.casesUnwritable", { folder: options.output }), { hint: msg("cli.hint.writable"), cause });
    }
  }
  if (!options.quiet) {
    io.stderr.write(`${format(lang, "cli.status.pulled", { n: report.cases.length, output: options.output || "none", skipped: report.skipped.length })}\n`);
  }
  return exitCodes.ok;
}
