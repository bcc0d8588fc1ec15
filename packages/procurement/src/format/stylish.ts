import type { CheckReport, Severity } from "@ethiek/schemas";
import {
  type FormatOptions,
  type Finding,
  type Language,
  collectFindings,
  countBySeverity,
  countsText,
  heldTags,
  labelsFor,
  oneLine,
  reportTitle,
  severityRank,
  shortLocation,
} from "./shared.js";

/** Options of {@link formatStylish}. */
export interface StylishOptions extends FormatOptions {
  /** ANSI colours; the caller decides (TTY, NO_COLOR, --no-color). */
  readonly color: boolean;
  /** Only show findings at or above this severity (e.g. `error` for --quiet). */
  readonly minSeverity?: Severity;
}

type Paint = (text: string) => string;
const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

/**
 * A human-readable report for a terminal: grouped per tender and per document, each finding with
 * its severity, requirement id and title, page:line, the quoted evidence or "not found", and one
 * line of what to add; then a summary line.
 *
 * @example
 * process.stdout.write(formatStylish([report], { color: process.stdout.isTTY, lang: "nl" }));
 */
export function formatStylish(reports: readonly CheckReport[], options: StylishOptions): string {
  const c = {
    bold: options.color ? ansi(1, 22) : plain,
    dim: options.color ? ansi(2, 22) : plain,
    red: options.color ? ansi(31, 39) : plain,
    yellow: options.color ? ansi(33, 39) : plain,
    blue: options.color ? ansi(34, 39) : plain,
    green: options.color ? ansi(32, 39) : plain,
    underline: options.color ? ansi(4, 24) : plain,
  };
  const paintSeverity: Record<Severity, Paint> = { error: c.red, warning: c.yellow, info: c.blue };
  const min = severityRank[options.minSeverity ?? "info"];
  const all = collectFindings(reports, options);
  const shown = all.filter((f) => severityRank[f.severity] >= min);
  const lang: Language = options.lang ?? reports[0]?.language ?? "nl";
  const l = labelsFor(lang);
  const out: string[] = [];

  reports.forEach((report, index) => {
    const rlang = options.lang ?? report.language;
    const findings = shown.filter((f) => f.reportIndex === index);
    const tags = heldTags(report, rlang);
    out.push(c.underline(c.bold(oneLine(reportTitle(report, rlang)))));
    out.push(c.dim(`  ${l.classification}: ${tags.length > 0 ? oneLine(tags.join(", ")) : "—"}`));
    if (findings.length === 0) {
      out.push(`  ${c.green("✔")} ${l.summaryNone}`, "");
      return;
    }
    // Group by the document of the first quoted passage; findings without one stand under the tender.
    const groups = new Map<string, Finding[]>();
    for (const f of findings) {
      const key = f.evidence[0]?.document ?? "";
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const order = [...groups.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : 0));
    for (const key of order) {
      out.push("", `  ${c.bold(key === "" ? `(${l.notFound})` : oneLine(key))}`);
      // Within a document, in reading order: where the passage stands, then the most severe first.
      const inOrder = [...(groups.get(key) ?? [])].sort(
        (a, b) =>
          (a.evidence[0]?.page ?? 0) - (b.evidence[0]?.page ?? 0) ||
          (a.evidence[0]?.line ?? 0) - (b.evidence[0]?.line ?? 0) ||
          severityRank[b.severity] - severityRank[a.severity],
      );
      for (const f of inOrder) {
        const where = f.evidence[0] ? shortLocation(f.evidence[0]) : "-";
        out.push(
          `    ${c.dim(where.padEnd(7))} ${paintSeverity[f.severity](l[f.severity].padEnd(12))} ${oneLine(f.title)}  ${c.dim(oneLine(f.ruleId))}`,
        );
        const detail = f.evidence[0]
          ? `“${truncate(oneLine(f.evidence[0].quote), 160)}”${f.evidence[0].note ? ` — ${oneLine(f.evidence[0].note)}` : ""}`
          : l.notFound;
        out.push(`    ${" ".repeat(7)} ${c.dim(`${l[f.status]} (${f.reason}): ${detail}`)}`);
        if (f.remediation) out.push(`    ${" ".repeat(7)} → ${truncate(oneLine(f.remediation), 200)}`);
      }
    }
    out.push("");
  });

  const counts = countBySeverity(all);
  const total = counts.error + counts.warning + counts.info;
  const mark = counts.error > 0 ? c.red("✖") : total > 0 ? c.yellow("⚠") : c.green("✔");
  const tenders = lang === "nl" ? (reports.length === 1 ? "aanbesteding" : "aanbestedingen") : reports.length === 1 ? "tender" : "tenders";
  const satisfied = reports.reduce((n, r) => n + r.summary.satisfied, 0);
  const met = lang === "nl" ? `${satisfied} eisen voldaan` : `${satisfied} requirements satisfied`;
  out.push(c.bold(`${mark} ${countsText(counts, lang)} · ${reports.length} ${tenders} · ${met}`));
  return `${out.join("\n")}\n`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
