import { translator } from "@ethiek/messages";
import { escapeXml, type CheckReport, type RequirementResult } from "@ethiek/schemas";
import { type FormatOptions, PROHIBITED_RULE_ID, oneLine, requirementIndex, tenderKey } from "./shared.js";
import { type Language, locationText, reportTitle, severityWordKey, statusWordKey } from "./words.js";

/**
 * The reports as JUnit XML: one `<testsuite>` per tender and one `<testcase>` per requirement.
 * Partial and missing requirements (and a described prohibited practice) are `<failure>`s whose
 * `type` is their severity; not-applicable and waived requirements are `<skipped>`.
 *
 * @example
 * writeFileSync("ethiek-junit.xml", formatJunit([report])); // GitLab: artifacts:reports:junit
 */
export function formatJunit(reports: readonly CheckReport[], options: FormatOptions = {}): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const report of reports) {
    const lang: Language = options.lang ?? report.language;
    const t = translator(lang);
    const prohibitedTitle = t("report.prohibitedTitle");
    const docs = requirementIndex(options.requirements);
    const classname = `ethiek.${tenderKey(report)}`;
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    const prohibited = report.classification.find((c) => c.tag === "prohibited" && c.holds);
    if (prohibited) {
      suiteFailures += 1;
      cases.push(
        `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(`${PROHIBITED_RULE_ID}: ${prohibitedTitle}`)}">\n` +
          `      <failure type="error" message="${escapeXml(prohibitedTitle)}">${escapeXml(
            [...prohibited.reasons, t("report.prohibitedRemediation")].join("\n"),
          )}</failure>\n    </testcase>`,
      );
    }
    for (const result of report.results) {
      const title = docs.get(result.requirement)?.title ?? result.title ?? result.requirement;
      const open = `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(`${result.requirement}: ${title}`)}">`;
      switch (result.status) {
        case "satisfied":
          cases.push(`${open}\n      <system-out>${escapeXml(evidenceText(result, lang))}</system-out>\n    </testcase>`);
          break;
        case "not-applicable":
          suiteSkipped += 1;
          cases.push(`${open}\n      <skipped message="${escapeXml(t("report.status.not-applicable"))}"/>\n    </testcase>`);
          break;
        case "waived":
          suiteSkipped += 1;
          cases.push(
            `${open}\n      <skipped message="${escapeXml(
              `${t("report.status.waived")}: ${result.waiver ? `${result.waiver.reason} (${result.waiver.case})` : ""}`,
            )}"/>\n    </testcase>`,
          );
          break;
        case "partial":
        case "missing": {
          suiteFailures += 1;
          const message = `${t(severityWordKey(result.severity))} · ${t(statusWordKey(result.status))} (${result.reason}): ${result.message ?? title}`;
          const remediation = result.remediation ?? docs.get(result.requirement)?.remediation;
          const body = [evidenceText(result, lang), remediation ? `${t("report.fix")}: ${remediation}` : ""].filter(Boolean).join("\n");
          cases.push(
            `${open}\n      <failure type="${result.severity}" message="${escapeXml(message)}">${escapeXml(body)}</failure>\n    </testcase>`,
          );
          break;
        }
      }
    }
    const count = cases.length;
    tests += count;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${escapeXml(reportTitle(report, lang))}" tests="${count}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}" timestamp="${escapeXml(report.checkedAt)}">\n` +
        `${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="ethiek" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n` +
    `${suites.join("\n")}\n</testsuites>\n`
  );
}

function evidenceText(result: RequirementResult, lang: Language): string {
  if (result.evidence.length === 0) return result.status === "satisfied" ? "" : `${translator(lang)("report.notFound")}.`;
  return result.evidence
    .map((e) => `${e.document} ${locationText(e, lang)}: "${oneLine(e.quote)}"${e.note ? ` (${e.note})` : ""}`)
    .join("\n");
}
