// The HTML report: the report view that the web page embeds (renderReportHtml) and the
// self-contained page of `ethiek check --format html` (formatHtml). Parts of the view (evidence,
// chart, dates, sources) are in html-parts.ts, the stylesheet in css.ts.
import { translator } from "@ethiek/messages";
import { escapeHtml, type CheckReport, type Evidence, type RequirementResult, type Severity, type Status } from "@ethiek/schemas";
import { reportCss } from "./css.js";
import { countsChart, datesHtml, evidenceHtml, readableTime, sourcesHtml } from "./html-parts.js";
import { type FormatOptions, type FormatterRequirement, collectFindings, countBySeverity, decisiveEvidence, requirementIndex, severityOrder } from "./shared.js";
import { type Language, countsText, reportTitle, tagLabel } from "./words.js";
export { reportCss } from "./css.js";
export { severityOrder, statusOrder } from "./shared.js";

/** Options of {@link formatHtml}: those of the report view, without the page-only ones. */
export type HtmlOptions = Omit<ReportViewOptions, "headingLevel" | "idPrefix" | "slots" | "filter">;

const h = escapeHtml;

/** Which requirements the report shows. An empty set means all. */
export interface ReportFilter {
  readonly statuses: ReadonlySet<Status>;
  readonly severities: ReadonlySet<Severity>;
}

/**
 * Whether a result passes the filter (an empty set lets everything through).
 *
 * @example
 * matchesFilter({ status: "missing", severity: "error" }, { statuses: new Set(["missing"]), severities: new Set() }) // true
 */
export function matchesFilter(result: Pick<RequirementResult, "status" | "severity">, filter: ReportFilter): boolean {
  return (filter.statuses.size === 0 || filter.statuses.has(result.status)) && (filter.severities.size === 0 || filter.severities.has(result.severity));
}

/** Options of {@link renderReportHtml}: the report view shared by the web page and `formatHtml`. */
export interface ReportViewOptions extends FormatOptions {
  /** The language of the page around the report (report text keeps the report's own language). */
  readonly lang: Language;
  /** Heading level of the two section headings (summary, requirements); default 2 (the page title is h1). */
  readonly headingLevel?: 2 | 3;
  /** Prefix for every id, so that several reports can share one page; default none. */
  readonly idPrefix?: string;
  /** Where "about this requirement" links to; without it the requirement's sources are listed instead. */
  readonly explanationHref?: (requirementId: string) => string;
  /** Requirements that do not pass are rendered with `hidden` (the page's filter shows them again). */
  readonly filter?: ReportFilter;
  /**
   * Markup of the page placed between the summary and the requirements section, and at the top of
   * the requirements section (the web page's share buttons and filter form). Trusted HTML: callers
   * escape what they put in.
   */
  readonly slots?: { readonly afterSummary?: string; readonly beforeGroups?: string };
  /** Fold satisfied, waived and not-applicable requirements into `<details>`; default true (a print view passes false). */
  readonly fold?: boolean;
}

const verdictAlert: Readonly<Record<CheckReport["summary"]["verdict"], string>> = { pass: "ok", "pass-with-warnings": "warning", fail: "error" };

/**
 * The report view as an HTML fragment: a summary (verdict, met/partly/missing counts,
 * classification with reasons, details) and then every requirement grouped by status and
 * severity, with its quoted evidence (document, page, line), why it matters, what to add and a link
 * to its explanation. The web page embeds it in its layout; {@link formatHtml} wraps it in a
 * self-contained document. Classes follow the NL Design System (`utrecht-*`) plus `requirement`,
 * `evidence` and `badge` hooks; articles carry `data-status` and `data-severity` for filtering.
 * All text from documents, reports and requirements is escaped.
 *
 * @example
 * main.innerHTML = renderReportHtml(report, { lang: "nl", requirements, explanationHref: (id) => `/eisen/${id}` });
 */
export function renderReportHtml(report: CheckReport, options: ReportViewOptions): string {
  const lang = options.lang;
  const t = translator(lang);
  const level = options.headingLevel ?? 2;
  const hN = `h${level}`;
  const hSub = `h${level + 1}`;
  const p = options.idPrefix ?? "";
  const reportLang = report.language;
  const langAttr = reportLang === lang ? "" : ` lang="${reportLang}"`;
  const docs = requirementIndex(options.requirements);
  const s = report.summary;
  const filter = options.filter;

  const prohibited = report.classification.find((c) => c.tag === "prohibited" && c.holds);
  const held = report.classification.filter((c) => c.holds);
  const notHeld = report.classification.filter((c) => !c.holds);
  const classItem = (c: (typeof report.classification)[number]) =>
    `<li><strong>${h(tagLabel(c.tag, lang, c.detail))}</strong>${c.source === "declared" ? ` (${h(t("report.declared"))})` : ""}: <span${langAttr}>${h(c.reasons.join(" "))}</span></li>`;
  const countRows = (["satisfied", "partial", "missing", "waived", "not-applicable"] as const)
    .map((st) => {
      const n = st === "not-applicable" ? s.notApplicable : s[st];
      return `<div class="utrecht-data-list__item count count--${st}"><dt class="utrecht-data-list__item-key">${h(t(`report.statuses.${st}`))}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${n}</dd></div>`;
    })
    .join("");
  const evidence = (list: readonly Evidence[]) => evidenceHtml(list, report, lang, langAttr, undefined);

  const summary =
    `<section aria-labelledby="${p}samenvatting" class="report-summary"><${hN} class="utrecht-heading-${level}" id="${p}samenvatting">${h(t("report.summary"))}</${hN}>` +
    (prohibited
      ? `<div class="utrecht-alert utrecht-alert--error" role="note"><p class="utrecht-paragraph"><strong>${h(t("report.prohibitedAlert"))}</strong></p>${evidence(prohibited.evidence ?? [])}</div>`
      : "") +
    `<div class="utrecht-alert utrecht-alert--${verdictAlert[s.verdict]} verdict"><p class="utrecht-paragraph verdict__line"><strong>${h(t("report.verdict"))}: ${h(t(`report.verdicts.${s.verdict}`))}.</strong> ${h(t(`report.verdictExplain.${s.verdict}`))}</p></div>` +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t("report.counts"))}</${hSub}><dl class="utrecht-data-list counts">${countRows}</dl>` +
    countsChart(report, lang, `${p}grafiek`) +
    datesHtml(report, lang, hSub, level + 1) +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t("report.classificationQuestion"))}</${hSub}><p class="utrecht-paragraph">${h(t("report.classificationIntro"))}</p>` +
    `<ul class="utrecht-unordered-list classification">${held.map(classItem).join("")}</ul>` +
    (notHeld.length > 0 ? `<details class="classification-rest"><summary>${h(t("report.notHolding"))}</summary><ul class="utrecht-unordered-list">${notHeld.map(classItem).join("")}</ul></details>` : "") +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t("report.details"))}</${hSub}><dl class="utrecht-data-list meta">` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t("report.checkedAt"))}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><time datetime="${h(report.checkedAt)}">${h(readableTime(report.checkedAt, lang))}</time></dd></div>` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t("report.ruleset"))}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${h(report.ruleset.name)} ${h(report.ruleset.version)}</dd></div>` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t("report.documents"))}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><ul class="utrecht-unordered-list">` +
    report.documents.map((d) => `<li>${h(d.name)} (${h(d.format)}${d.pageCount ? `, ${h(t("report.count.pages", { n: d.pageCount }))}` : ""})</li>`).join("") +
    `</ul></dd></div></dl></section>`;

  // What needs work first: errors before warnings before info, missing before partial within
  // each; then what is met, waived or not applicable, folded away unless asked for.
  const fold = options.fold ?? true;
  const hG = `h${level + 1}`;
  const groupHtml = (status: Status, severity: Severity): string => {
    const results = report.results.filter((r) => r.status === status && r.severity === severity);
    if (results.length === 0) return "";
    const visible = filter ? results.filter((r) => matchesFilter(r, filter)) : results;
    const id = `${p}groep-${status}-${severity}`;
    const unfound = results.filter((r) => r.reason === "no-mention" && r.evidence.length === 0).length;
    return (
      `<section class="requirement-group" aria-labelledby="${id}" data-group${visible.length === 0 ? " hidden" : ""}>` +
      `<${hG} class="utrecht-heading-${level + 1}" id="${id}">${h(t(`report.statuses.${status}`))} · ${h(t(`report.severities.${severity}`))} <span class="group-count">(${results.length})</span></${hG}>` +
      (unfound > 0 ? `<p class="utrecht-paragraph group-note">${h(t("report.nothingFound", { n: unfound }))}</p>` : "") +
      results.map((r) => requirementArticle(r, report, docs.get(r.requirement), options, filter ? !matchesFilter(r, filter) : false, langAttr)).join("") +
      `</section>`
    );
  };
  const groups: string[] = [];
  for (const severity of severityOrder) for (const status of ["missing", "partial"] as const) groups.push(groupHtml(status, severity));
  for (const status of ["satisfied", "waived", "not-applicable"] as const) {
    const inner = severityOrder.map((severity) => groupHtml(status, severity)).join("");
    if (!inner) continue;
    const n = report.results.filter((r) => r.status === status).length;
    // A filter that asks for this status opens the fold.
    const asked = filter !== undefined && filter.statuses.has(status);
    groups.push(
      fold
        ? `<details class="report-fold" data-fold="${status}"${asked ? " open" : ""}><summary class="report-fold__summary">${h(t(`report.statuses.${status}`))}: ${h(t("report.count.requirements", { n }))}</summary>${inner}</details>`
        : inner,
    );
  }

  return (
    summary +
    (options.slots?.afterSummary ?? "") +
    `<section aria-labelledby="${p}eisen" class="report-requirements"><${hN} class="utrecht-heading-${level}" id="${p}eisen">${h(t("report.requirements"))}</${hN}>` +
    (options.slots?.beforeGroups ?? "") +
    groups.join("") +
    `</section>`
  );
}

function requirementArticle(
  result: RequirementResult,
  report: CheckReport,
  doc: FormatterRequirement | undefined,
  options: ReportViewOptions,
  hidden: boolean,
  langAttr: string,
): string {
  const t = translator(options.lang);
  const level = options.headingLevel ?? 2;
  const p = options.idPrefix ?? "";
  const title = doc?.title ?? result.title ?? result.requirement;
  const open = result.status === "partial" || result.status === "missing";
  const remediation = result.remediation ?? doc?.remediation;
  const hT = `h${level + 2}`;
  const hE = `h${level + 3}`;
  const parts: string[] = [
    `<article class="requirement requirement--${result.status} requirement--${result.severity}" id="${p}eis-${h(result.requirement)}" data-status="${result.status}" data-severity="${result.severity}" data-reason="${h(result.reason)}"${hidden ? " hidden" : ""}>`,
    `<${hT} class="utrecht-heading-${level + 2} requirement__title">${h(title)}</${hT}>`,
    `<p class="requirement__labels"><span class="badge badge--${result.status}">${h(t("report.statusLabel"))}: ${h(t(`report.statuses.${result.status}`))}</span> ` +
      `<span class="badge badge--${result.severity}">${h(t("report.severityLabel"))}: ${h(t(`report.severities.${result.severity}`))}</span> ` +
      `<code class="requirement__id">${h(result.requirement)}</code></p>`,
  ];
  // "Nothing found" is said once for the group (see the group note), not in every article.
  const unfound = result.reason === "no-mention" && result.evidence.length === 0;
  if (result.message && !unfound) parts.push(`<p class="utrecht-paragraph"${langAttr}>${h(result.message)}</p>`);
  if (result.status !== "not-applicable" && result.status !== "waived" && result.evidence.length > 0) {
    const decisive = decisiveEvidence(result);
    const others = result.evidence.filter((e) => e !== decisive);
    parts.push(`<${hE} class="requirement__sub">${h(t(open ? "report.decisive" : "report.evidence"))}</${hE}>`);
    if (decisive) parts.push(evidenceHtml([decisive], report, options.lang, langAttr, open ? result.reason : undefined, result.message));
    if (others.length > 0) {
      parts.push(
        `<details class="evidence-more"><summary>${h(t("report.alsoFoundPassages", { n: others.length }))}</summary>${evidenceHtml(others, report, options.lang, langAttr, open ? result.reason : undefined)}</details>`,
      );
    }
  } else if (result.status !== "not-applicable" && result.status !== "waived" && !result.message && !unfound) {
    parts.push(`<p class="utrecht-paragraph requirement__none">${h(t("report.noEvidence"))}</p>`);
  }
  if (result.waiver) {
    parts.push(`<p class="utrecht-paragraph"><strong>${h(t("report.waiver"))}:</strong> <span${langAttr}>${h(result.waiver.reason)}</span> (${h(result.waiver.case)})</p>`);
  }
  if (open && doc?.explanation) parts.push(`<p class="utrecht-paragraph"><strong>${h(t("report.whyItMatters"))}:</strong> ${h(doc.explanation)}</p>`);
  if (open && remediation) {
    parts.push(`<p class="utrecht-paragraph"><strong>${h(t("report.whatToAdd"))}:</strong> <span${result.remediation ? langAttr : ""}>${h(remediation)}</span></p>`);
  }
  if (options.explanationHref) {
    parts.push(
      `<p class="requirement__more"><a class="utrecht-link" href="${h(options.explanationHref(result.requirement))}">${h(t("report.explanationLink"))}<span class="visually-hidden">: ${h(title)}</span></a></p>`,
    );
  } else {
    parts.push(sourcesHtml(doc?.sources ?? result.sources, t("report.sources"), options.lang));
  }
  parts.push(`</article>`);
  return parts.join("");
}

/**
 * A self-contained HTML page (inline CSS, no scripts, no external resources) with the same report
 * view as the web page ({@link renderReportHtml}), for a person to open in a browser or attach to a
 * file. One report gets the page to itself; several each get a titled section.
 *
 * @example
 * writeFileSync("ethiek-report.html", formatHtml([report], { lang: "nl", requirements }));
 */
export function formatHtml(reports: readonly CheckReport[], options: HtmlOptions): string {
  const t = translator(options.lang);
  const counts = countBySeverity(collectFindings(reports, options));
  const worst = (["error", "warning", "info"] as const).find((s) => counts[s] > 0);
  const view = (report: CheckReport, extra: Partial<ReportViewOptions>) => renderReportHtml(report, { ...options, ...extra });
  const only = reports.length === 1 ? reports[0] : undefined;
  const body = only
    ? `<h1>${h(reportTitle(only, options.lang))}</h1>\n<p>${h(t("report.intro"))}</p>\n${view(only, { headingLevel: 2 })}`
    : `<h1>${h(t("report.title"))}</h1>\n<p>${h(t("report.intro"))}</p>\n` +
      reports
        .map(
          (report, i) =>
            `<section aria-labelledby="tender-${i + 1}">\n<h2 id="tender-${i + 1}">${h(reportTitle(report, options.lang))}</h2>\n` +
            `${view(report, { headingLevel: 3, idPrefix: `t${i + 1}-` })}\n</section>`,
        )
        .join("\n");
  return (
    `<!DOCTYPE html>\n<html lang="${options.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${h(t("report.title"))}${worst ? ` — ${h(countsText(counts, options.lang))}` : ""}</title>\n` +
    `<style>${reportCss}</style>\n</head>\n<body>\n<main class="ethiek-report">\n` +
    body +
    `\n</main>\n<footer class="ethiek-report"><p>${h(t("report.generatedBy"))}</p></footer>\n</body>\n</html>\n`
  );
}

