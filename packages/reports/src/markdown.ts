import { translator } from "@ethiek/messages";
import type { CheckReport } from "@ethiek/schemas";
import { type FormatOptions, collectFindings, countBySeverity, oneLine } from "./shared.js";
import { type Language, countsText, heldTags, locationText, reportTitle, severityWordKey, statusWordKey } from "./words.js";

/**
 * Escapes text for inline Markdown (GitHub and GitLab flavours), including table pipes and raw
 * HTML, so document text renders as text in a pull-request comment.
 *
 * @example
 * escapeMarkdown("a | b <img> (c)") // "a \\| b &lt;img&gt; (c)"
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    // Only at the start of a line do these open a heading, list or numbered list.
    .replace(/^([#+-])/, "\\$1")
    .replace(/^(\d+)\./, "$1\\.");
}

const md = escapeMarkdown;
const icon = { error: "🔴", warning: "🟠", info: "🔵" } as const;

/**
 * A pull-request or merge-request comment: a summary table per tender, then the findings with the
 * quoted evidence, folded in `<details>` so long reports stay readable.
 *
 * @example
 * writeFileSync("ethiek-comment.md", formatMarkdown([report], { lang: "nl" }));
 */
export function formatMarkdown(reports: readonly CheckReport[], options: FormatOptions = {}): string {
  const lang: Language = options.lang ?? reports[0]?.language ?? "nl";
  const t = translator(lang);
  const findings = collectFindings(reports, options);
  const counts = countBySeverity(findings);
  const head = t("report.markdownTitle");
  const cols = [
    t("report.tender"),
    t("report.verdict"),
    t("report.sections.error"),
    t("report.sections.warning"),
    t("report.sections.info"),
    t("report.columns.satisfied"),
  ];
  const out: string[] = [`### ${head}`, "", `**${md(countsText(counts, lang))}**`, ""];
  out.push(`| ${cols.join(" | ")} |`, `| ${cols.map((_, i) => (i === 0 || i === 1 ? "---" : "---:")).join(" | ")} |`);
  reports.forEach((report, index) => {
    const c = countBySeverity(findings.filter((f) => f.reportIndex === index));
    out.push(
      `| ${md(reportTitle(report, lang))} | ${md(t(`report.verdictWord.${report.summary.verdict}`))} | ${c.error} | ${c.warning} | ${c.info} | ${report.summary.satisfied} |`,
    );
  });
  reports.forEach((report, index) => {
    const own = findings.filter((f) => f.reportIndex === index);
    if (own.length === 0) return;
    const tags = heldTags(report, lang);
    out.push("", "<details>", `<summary><strong>${md(reportTitle(report, lang))}</strong>: ${md(countsText(countBySeverity(own), lang))}</summary>`, "");
    out.push(`${md(t("report.classification"))}: ${tags.length > 0 ? md(tags.join(", ")) : "—"}`, "");
    for (const f of own) {
      const e = f.evidence[0];
      out.push(`- ${icon[f.severity]} **${md(f.title)}** \`${f.ruleId.replace(/`/g, "")}\` — ${md(t(severityWordKey(f.severity)))}, ${md(t(statusWordKey(f.status)))} (\`${f.reason}\`)`);
      if (e) {
        out.push(`  > ${md(e.quote)}`, `  >`, `  > — ${md(e.document)}, ${md(locationText(e, lang))}${e.note ? `: ${md(e.note)}` : ""}`);
      } else {
        out.push(`  - ${md(f.message || t("report.notFound"))}`);
      }
      if (f.remediation) out.push(`  - **${md(t("report.fix"))}:** ${md(f.remediation)}`);
    }
    out.push("", "</details>");
  });
  return `${out.join("\n")}\n`;
}
