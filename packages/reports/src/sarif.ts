import { translator } from "@ethiek/messages";
import type { CheckReport, Evidence, RequirementResult, Severity, Status } from "@ethiek/schemas";
import {
  type FormatOptions,
  type FormatterRequirement,
  documentFormat,
  evidenceInOrder,
  PROHIBITED_RULE_ID,
  hash,
  requirementIndex,
  resultFingerprint,
  tenderKey,
} from "./shared.js";
import { type Language, placeText, reasonText, reportTitle, sourcesText, statusWordKey } from "./words.js";

/** Options of {@link formatSarif}. */
export interface SarifOptions extends FormatOptions {
  /** Documentation of every requirement; they become `tool.driver.rules`. */
  readonly requirements: readonly FormatterRequirement[];
  /**
   * The URI that document names are relative to (e.g. `file:///repo/`). When given, it is recorded
   * as the `SRCROOT` base of every artifact location.
   */
  readonly baseUri?: string;
  /** The version of the tool that produced the reports; defaults to the reports' checker version. */
  readonly toolVersion?: string;
  /**
   * For GitHub code scanning, which ignores `kind` and turns every result into an alert: leave out
   * satisfied and not-applicable results, and report partial ones as failures at their severity
   * (their status stays in `properties.status`). Waived results stay, as suppressed alerts.
   */
  readonly codeScanning?: boolean;
}

/* The subset of SARIF 2.1.0 this formatter writes. */
interface SarifMessage {
  text: string;
  markdown?: string;
}
interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string; index?: number };
    region?: { startLine: number; snippet?: { text: string } };
  };
  message?: SarifMessage;
  /** ethiek's own: the page (null without pages), the section heading and the reason code. */
  properties?: { page: number | null; heading?: string; reason?: string };
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel };
  properties?: Record<string, unknown>;
}
type SarifLevel = "none" | "note" | "warning" | "error";
type SarifKind = "pass" | "review" | "fail" | "notApplicable" | "open" | "informational";
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: SarifKind;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: "external"; status: "accepted"; justification: string }[];
  properties: Record<string, unknown>;
}

/** The SARIF log object, for callers that post-process it. */
export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; semanticVersion?: string; rules: SarifRule[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    artifacts: { location: { uri: string; uriBaseId?: string }; hashes?: Record<string, string> }[];
    results: SarifResult[];
    language: string;
    columnKind: "unicodeCodePoints";
  }[];
}

const levelOf: Readonly<Record<Severity, SarifLevel>> = { error: "error", warning: "warning", info: "note" };

/* SARIF 3.27.9: the kind of a result; waived results are failures that carry a suppression. */
const kindOf: Readonly<Record<Status, SarifKind>> = {
  satisfied: "pass",
  partial: "review",
  missing: "fail",
  "not-applicable": "notApplicable",
  waived: "fail",
};

/**
 * A document name as a relative URI reference: each path segment percent-encoded.
 *
 * @example
 * documentUri("tenders/ivri bestek.md") // "tenders/ivri%20bestek.md"
 */
export function documentUri(name: string): string {
  return name
    .replace(/\\/g, "/")
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/");
}

/**
 * The reports as a SARIF 2.1.0 log with one run: the requirements as `tool.driver.rules`, one result
 * per requirement per tender (status → `kind`; a waiver → `suppressions`), found evidence as
 * file + line locations and missing requirements located at the tender's first document. Document
 * names are used as relative URIs, so name documents by their path in the repository.
 *
 * @example
 * const sarif = formatSarif([report], { requirements: listRequirements("ethiek:recommended", "nl") });
 * writeFileSync("ethiek.sarif", sarif); // upload with github/codeql-action/upload-sarif
 */
export function formatSarif(reports: readonly CheckReport[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(reports, options), null, 2)}\n`;
}

/**
 * The SARIF log as an object; {@link formatSarif} serialises it.
 *
 * @example
 * const failing = buildSarif([report], { requirements }).runs[0].results.filter((r) => r.kind === "fail");
 */
export function buildSarif(reports: readonly CheckReport[], options: SarifOptions): SarifLog {
  const lang: Language = options.lang ?? reports[0]?.language ?? "nl";
  const t = translator(lang);
  const docs = requirementIndex(options.requirements);
  const base = options.baseUri === undefined ? undefined : "SRCROOT";
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: SarifRule): number => {
    const known = ruleIndex.get(rule.id);
    if (known !== undefined) return known;
    ruleIndex.set(rule.id, rules.length);
    rules.push(rule);
    return rules.length - 1;
  };
  for (const doc of options.requirements) addRule(ruleFromDoc(doc, undefined, lang));

  const artifacts: SarifLog["runs"][number]["artifacts"] = [];
  const artifactIndex = new Map<string, number>();
  for (const report of reports) {
    for (const d of report.documents) {
      const uri = documentUri(d.name);
      if (artifactIndex.has(uri)) continue;
      artifactIndex.set(uri, artifacts.length);
      artifacts.push({ location: { uri, ...(base ? { uriBaseId: base } : {}) }, hashes: { "sha-256": d.sha256 } });
    }
  }
  const location = (e: Pick<Evidence, "document" | "line" | "page" | "quote" | "note" | "headingPath" | "reason">, withSnippet: boolean, report?: CheckReport): SarifLocation => {
    const uri = documentUri(e.document);
    const index = artifactIndex.get(uri);
    const heading = e.headingPath?.at(-1);
    return {
      physicalLocation: {
        artifactLocation: { uri, ...(base ? { uriBaseId: base } : {}), ...(index === undefined ? {} : { index }) },
        region: { startLine: e.line, ...(withSnippet && e.quote ? { snippet: { text: e.quote } } : {}) },
      },
      // Where the passage stands in words a reader finds it by ("p. 9, r. 4 — 6.3 Audit"), and
      // why it does not fully count, travel with the location; the page also as a property.
      ...(withSnippet && report
        ? {
            message: { text: [placeText(e, documentFormat(report, e.document), lang), e.reason && e.reason !== "obligation" ? reasonText(e.reason, e.note, lang) : (e.note ?? "")].filter(Boolean).join(": ") },
            properties: { page: e.page, ...(heading ? { heading } : {}), ...(e.reason ? { reason: e.reason } : {}) },
          }
        : {}),
    };
  };
  const documentLocation = (report: CheckReport): SarifLocation[] => {
    const first = report.documents[0];
    return first ? [location({ document: first.name, line: 1, page: null, quote: "" }, false)] : [];
  };

  const results: SarifResult[] = [];
  for (const report of reports) {
    const tender = { tender: tenderKey(report), tenderTitle: reportTitle(report, lang) };
    const prohibited = report.classification.find((c) => c.tag === "prohibited" && c.holds);
    if (prohibited) {
      const index = addRule({
        id: PROHIBITED_RULE_ID,
        name: "ProhibitedPractice",
        shortDescription: { text: t("report.prohibitedTitle") },
        help: { text: t("report.prohibitedRemediation") },
        defaultConfiguration: { level: "error" },
        properties: { tags: ["ethiek", "ai-act"] },
      });
      const evidence = prohibited.evidence ?? [];
      results.push({
        ruleId: PROHIBITED_RULE_ID,
        ruleIndex: index,
        kind: "fail",
        level: "error",
        message: { text: [t("report.prohibitedTitle"), ...prohibited.reasons].join(" ") },
        locations: evidence.length > 0 ? evidence.map((e) => location(e, true, report)) : documentLocation(report),
        partialFingerprints: { "ethiekFinding/v1": hash(`${tender.tender}\u0000${PROHIBITED_RULE_ID}`) },
        properties: { ...tender, status: "prohibited", severity: "error" },
      });
    }
    for (const result of report.results) {
      const index = addRule(ruleFromDoc(docs.get(result.requirement), result, lang));
      if (options.codeScanning && (result.status === "satisfied" || result.status === "not-applicable")) continue;
      const kind = options.codeScanning && result.status === "partial" ? "fail" : kindOf[result.status];
      results.push({
        ruleId: result.requirement,
        ruleIndex: index,
        kind,
        // SARIF 3.27.10: level must be "none" unless the result is a failure.
        level: kind === "fail" ? levelOf[result.severity] : "none",
        message: { text: resultMessage(result, docs.get(result.requirement), lang) },
        locations: result.evidence.length > 0 ? evidenceInOrder(result).map((e) => location(e, true, report)) : documentLocation(report),
        partialFingerprints: { "ethiekFinding/v1": resultFingerprint(report, result) },
        ...(result.waiver
          ? {
              suppressions: [
                {
                  kind: "external" as const,
                  status: "accepted" as const,
                  justification: `${result.waiver.reason} (${result.waiver.approvedBy}, ${result.waiver.case})`,
                },
              ],
            }
          : {}),
        properties: { ...tender, status: result.status, reason: result.reason, severity: result.severity },
      });
    }
  }

  const version = options.toolVersion ?? reports[0]?.checker.version ?? "0.0.0";
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ethiek",
            version,
            ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
            informationUri: "https://github.com/ethiek/ethiek",
            rules,
          },
        },
        ...(options.baseUri === undefined ? {} : { originalUriBaseIds: { SRCROOT: { uri: options.baseUri } } }),
        artifacts,
        results,
        language: lang,
        columnKind: "unicodeCodePoints",
      },
    ],
  };
}

function ruleFromDoc(doc: FormatterRequirement | undefined, result: RequirementResult | undefined, lang: Language): SarifRule {
  const t = translator(lang);
  const id = doc?.id ?? result?.requirement ?? "unknown";
  const title = doc?.title ?? result?.title ?? id;
  const sources = doc?.sources ?? result?.sources ?? [];
  const remediation = doc?.remediation ?? result?.remediation;
  const helpText = [
    doc?.explanation ? `${t("report.why")}: ${doc.explanation}` : "",
    remediation ? `${t("report.fix")}: ${remediation}` : "",
    sources.length > 0 ? `${t("report.sources")}: ${sourcesText(sources)}` : "",
  ].filter(Boolean);
  const helpMarkdown = [
    `**${title}**`,
    doc?.explanation ?? "",
    remediation ? `**${t("report.fix")}:** ${remediation}` : "",
    sources.length > 0
      ? `**${t("report.sources")}:**\n${sources.map((s) => `- ${s.url ? `[${s.framework} ${s.reference}](${s.url})` : `${s.framework} ${s.reference}`}`).join("\n")}`
      : "",
  ].filter(Boolean);
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: title },
    ...(doc?.explanation ? { fullDescription: { text: doc.explanation } } : {}),
    help: { text: helpText.join("\n") || title, markdown: helpMarkdown.join("\n\n") },
    ...(doc?.helpUri ? { helpUri: doc.helpUri } : {}),
    ...(result ? { defaultConfiguration: { level: levelOf[result.severity] } } : {}),
    properties: { tags: ["ethiek", "procurement"], sources },
  };
}

function resultMessage(result: RequirementResult, doc: FormatterRequirement | undefined, lang: Language): string {
  const t = translator(lang);
  const title = doc?.title ?? result.title ?? result.requirement;
  const head = `${title}: ${t(statusWordKey(result.status))}.`;
  const parts = [head];
  if (result.message) parts.push(result.message);
  else if (result.status === "missing") parts.push(`${t("report.notFound")}.`);
  if (result.waiver) parts.push(`${t("report.waiver")}: ${result.waiver.reason} (${result.waiver.case}).`);
  if ((result.status === "partial" || result.status === "missing") && (result.remediation ?? doc?.remediation)) {
    parts.push(`${t("report.fix")}: ${result.remediation ?? doc?.remediation}`);
  }
  return parts.join(" ");
}
