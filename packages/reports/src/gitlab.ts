import { translator } from "@ethiek/messages";
import type { CheckReport } from "@ethiek/schemas";
import { type FormatOptions, collectFindings, documentFormat, oneLine } from "./shared.js";
import { type Language, placeText, reasonText, reportTitle, statusWordKey } from "./words.js";

/** One issue of GitLab's Code Quality report (a subset of the Code Climate spec). */
export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: "info" | "minor" | "major" | "critical" | "blocker";
  location: { path: string; lines: { begin: number } };
}

const severityOf = { error: "major", warning: "minor", info: "info" } as const;

/**
 * The findings as a GitLab Code Quality report (JSON array): one issue per partial or missing
 * requirement, located at its decisive passage (whose page, section and reason in words are in the
 * description, since Code Quality has no field for a page) or, when nothing was found, at line 1 of the
 * tender's first document; a prohibited practice is a `blocker`. Fingerprints are stable across
 * runs, so GitLab shows which findings a merge request adds or resolves.
 *
 * @example
 * writeFileSync("gl-code-quality-report.json", formatGitlab([report]));
 */
export function formatGitlab(reports: readonly CheckReport[], options: FormatOptions = {}): string {
  const issues: GitlabIssue[] = collectFindings(reports, options).map((f) => {
    const lang: Language = options.lang ?? f.report.language;
    const t = translator(lang);
    const first = f.evidence[0];
    const path = first?.document ?? f.report.documents[0]?.name ?? reportTitle(f.report, lang);
    const what = f.message ? oneLine(f.message) : first ? `"${oneLine(first.quote)}"` : t("report.notFound");
    const where = first
      ? ` [${placeText(first, documentFormat(f.report, first.document), lang)}: ${reasonText(first.reason ?? f.reason, first.note, lang)}]`
      : "";
    return {
      description: `${f.title} (${t(statusWordKey(f.status))}, ${f.reason}): ${what}${where}${f.remediation ? ` ${t("report.fix")}: ${oneLine(f.remediation)}` : ""}`,
      check_name: f.ruleId,
      fingerprint: f.fingerprint,
      severity: f.status === "prohibited" ? "blocker" : severityOf[f.severity],
      location: { path, lines: { begin: first?.line ?? 1 } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
