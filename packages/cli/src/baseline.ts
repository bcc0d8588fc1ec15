import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { type Baseline, type CheckReport, type Summary, validateBaseline } from "@ethiek/schemas";
import { PROHIBITED_RULE_ID, collectFindings } from "@ethiek/reports";
import { CliError, msg } from "./errors.js";
import { summarize } from "@ethiek/procurement";

/**
 * Reads a baseline file written by `--update-baseline`.
 *
 * @example
 * const known = await readBaseline("ethiek-baseline.json"); // Set of fingerprints
 */
export async function readBaseline(path: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new CliError("BASELINE_INVALID", msg("cli.error.baselineUnreadable", { file: path }), {
      hint: msg("cli.hint.baselineCreate"),
      cause,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new CliError("BASELINE_INVALID", msg("cli.error.baselineJson", { file: path }), { hint: msg("cli.hint.baselineRewrite"), cause });
  }
  const result = validateBaseline(data);
  if (!result.ok) {
    throw new CliError("BASELINE_INVALID", msg("cli.error.notABaseline", { file: path }), {
      details: result.errors.map((issue) => issue.message),
      hint: msg("cli.hint.baselineRewrite"),
    });
  }
  return new Set(result.value.findings.map((f) => f.fingerprint));
}

/** Writes the findings of the reports as the new baseline (sorted, so diffs stay small). */
export async function writeBaseline(path: string, reports: readonly CheckReport[]): Promise<number> {
  const findings = collectFindings(reports)
    .filter((f) => f.ruleId !== PROHIBITED_RULE_ID)
    .map((f) => ({ fingerprint: f.fingerprint, tender: f.report.tender?.id ?? f.report.documents.map((d) => d.name).join(", "), requirement: f.ruleId }))
    .sort((a, b) => a.tender.localeCompare(b.tender) || a.requirement.localeCompare(b.requirement));
  const baseline: Baseline = { version: 1, tool: "ethiek", findings };
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (cause) {
    throw new CliError("OUTPUT_FAILED", msg("cli.error.baselineUnwritable", { file: path }), { cause });
  }
  return findings.length;
}

/**
 * Removes from each report the findings whose fingerprint is in the baseline and recomputes the
 * summary, so every format shows only what is new. A described prohibited practice is never
 * baselined: it stays an error.
 */
export function applyBaseline(reports: readonly CheckReport[], known: ReadonlySet<string>): { reports: CheckReport[]; hidden: number } {
  let hidden = 0;
  const out = reports.map((report) => {
    const drop = new Set(
      collectFindings([report])
        .filter((f) => f.ruleId !== PROHIBITED_RULE_ID && known.has(f.fingerprint))
        .map((f) => f.ruleId),
    );
    if (drop.size === 0) return report;
    hidden += drop.size;
    const results = report.results.filter((r) => !drop.has(r.requirement) || (r.status !== "partial" && r.status !== "missing"));
    const prohibited = report.classification.some((c) => c.tag === "prohibited" && c.holds);
    // The engine's own summary rule, so a report with baselined findings has the engine's verdict.
    const summary: Summary = summarize(results, prohibited);
    return { ...report, results, summary };
  });
  return { reports: out, hidden };
}
