import { translator } from "@ethiek/messages";
import type { CheckReport, Evidence, Severity } from "@ethiek/schemas";
import {
  type FormatOptions,
  type Finding,
  baseName,
  collectFindings,
  complianceDates,
  countBySeverity,
  documentFormat,
  oneLine,
  severityRank,
} from "./shared.js";
import { type Language, countsText, dateText, heldTags, placeText, reasonText, reportTitle, statusWordKey } from "./words.js";

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

/** Whether a finding has nothing to quote: the requirement is simply not in the documents. */
function notFound(f: Finding): boolean {
  return f.evidence.length === 0 && f.status !== "prohibited";
}

/**
 * A human-readable report for a terminal, built so that a reader can act on it: per tender its
 * documents (once), classification and AI Act dates; then the findings, errors first. Each finding
 * gives where its decisive passage stands ("alinea 95 — 4.3 Techniek", "p. 9, r. 4 — 6.3 Audit"),
 * the passage itself, why it does not count ("alleen een wens", "3 maanden; minimaal 6 maanden
 * vereist") and what to write instead; other passages follow as "also found". Requirements of
 * which nothing was found share one heading per severity, one line each with what to add.
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
  const markOf: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };
  const min = severityRank[options.minSeverity ?? "info"];
  const all = collectFindings(reports, options);
  const shown = all.filter((f) => severityRank[f.severity] >= min);
  const lang: Language = options.lang ?? reports[0]?.language ?? "nl";
  const t = translator(lang);
  const out: string[] = [];

  reports.forEach((report, index) => {
    // The report's own lines follow its language unless one was asked for.
    const rlang = options.lang ?? report.language;
    const rt = translator(rlang);
    const findings = shown.filter((f) => f.reportIndex === index);
    const tags = heldTags(report, rlang);
    const title = reportTitle(report, rlang);
    const docNames = report.documents.map((d) => d.name);
    const several = docNames.length > 1;
    out.push(c.underline(c.bold(oneLine(title))));
    // The path once: in the title when the tender has no title of its own, else on this line.
    if (docNames.length > 0 && title !== docNames.join(", ")) out.push(c.dim(`  ${t("report.documents")}: ${oneLine(docNames.join(", "))}`));
    out.push(c.dim(`  ${t("report.classification")}: ${tags.length > 0 ? oneLine(tags.join(", ")) : "—"}`));
    const dates = complianceDates(report);
    if (dates.length > 0) {
      out.push(c.dim(`  ${rt("report.dates")}:`));
      for (const d of dates) out.push(c.dim(`    ${dateText(d.date, rlang).padEnd(17)} ${oneLine(d.title)}`));
    }
    if (findings.length === 0) {
      out.push(`  ${c.green("✔")} ${t("report.summaryNone")}`, "");
      return;
    }
    const where = (e: Evidence) => {
      const place = placeText(e, documentFormat(report, e.document), rlang);
      return several ? `${oneLine(baseName(e.document))}, ${place}` : place;
    };
    for (const severity of ["error", "warning", "info"] as const) {
      const group = findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      const paint = paintSeverity[severity];
      out.push("", `  ${paint(c.bold(`${t(`report.sections.${severity}`)} (${group.length})`))}`);
      // Quoted findings in reading order (a prohibited practice first), then what was not found.
      const quoted = group
        .filter((f) => !notFound(f))
        .sort(
          (a, b) =>
            Number(b.status === "prohibited") - Number(a.status === "prohibited") ||
            docNames.indexOf(a.evidence[0]?.document ?? "") - docNames.indexOf(b.evidence[0]?.document ?? "") ||
            (a.evidence[0]?.page ?? 0) - (b.evidence[0]?.page ?? 0) ||
            (a.evidence[0]?.line ?? 0) - (b.evidence[0]?.line ?? 0),
        );
      for (const f of quoted) {
        const [decisive, ...others] = f.evidence;
        out.push(`  ${paint(markOf[severity])} ${paint(t(statusWordKey(f.status)))}  ${c.bold(oneLine(f.title))}  ${c.dim(oneLine(f.ruleId))}`);
        if (decisive) {
          out.push(`      ${where(decisive)}`);
          out.push(`      “${truncate(oneLine(decisive.quote), 400)}”`);
          out.push(`      ${rt("report.why")}: ${reasonText(decisive.reason ?? f.reason, decisive.note, rlang)} ${c.dim(`(${decisive.reason ?? f.reason})`)}`);
        }
        if (f.remediation) out.push(`      ${rt("report.todo")}: ${truncate(oneLine(f.remediation), 300)}`);
        for (const e of others) out.push(c.dim(`      ${rt("report.alsoFound")}: ${where(e)} (${reasonText(e.reason ?? f.reason, e.note, rlang)})`));
      }
      const absent = group.filter(notFound);
      if (absent.length > 0) {
        out.push(`  ${paint(markOf[severity])} ${paint(t("report.status.missing"))}  ${c.bold(rt("report.notFoundGroup", { n: absent.length }))}`);
        for (const f of absent) {
          out.push(`      · ${oneLine(f.title)} ${c.dim(`(${oneLine(f.ruleId)})`)}${f.remediation ? ` → ${truncate(oneLine(f.remediation), 300)}` : ""}`);
        }
      }
    }
    out.push("");
  });

  const counts = countBySeverity(all);
  const total = counts.error + counts.warning + counts.info;
  const mark = counts.error > 0 ? c.red("✖") : total > 0 ? c.yellow("⚠") : c.green("✔");
  const satisfied = reports.reduce((n, r) => n + r.summary.satisfied, 0);
  out.push(c.bold(`${mark} ${countsText(counts, lang)} · ${t("report.count.tenders", { n: reports.length })} · ${t("report.count.satisfied", { n: satisfied })}`));
  return `${out.join("\n")}\n`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
