import type { CheckReport, Evidence, RequirementResult, Severity, Source, Status } from "@ethiek/schemas";
import {
  type FormatOptions,
  type FormatterRequirement,
  type Language,
  chartStatuses,
  collectFindings,
  complianceDates,
  countBySeverity,
  countByStatusAndSeverity,
  countsText,
  dateText,
  decisiveEvidence,
  documentFormat,
  placeText,
  reasonText,
  reportTitle,
  requirementIndex,
  sourceLabel,
  sourcesText,
  tagLabel,
} from "./shared.js";

/** Options of {@link formatHtml}: those of the report view, without the page-only ones. */
export type HtmlOptions = Omit<ReportViewOptions, "headingLevel" | "idPrefix" | "slots" | "filter">;

/**
 * Escapes text for HTML element content and double-quoted attribute values. Every piece of
 * document text passes through here: a tender can contain anything.
 *
 * @example
 * escapeHtml('<script>"x"</script>') // "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const h = escapeHtml;

const reportText = {
  nl: {
    title: "Controle van de aanbesteding",
    intro: "Dit rapport laat per eis zien of de aanbesteding de leverancier ertoe verplicht, met de tekst die we vonden en waar die staat.",
    generatedBy: "Gemaakt met ethiek. Het rapport is een hulpmiddel: lees de bevindingen na voordat u besluit.",
    summary: "Samenvatting",
    verdict: "Oordeel",
    verdicts: { pass: "Voldoet", "pass-with-warnings": "Voldoet, met waarschuwingen", fail: "Voldoet niet" },
    verdictExplain: {
      pass: "De aanbesteding regelt wat nodig is. Lees de punten hieronder na.",
      "pass-with-warnings": "Er ontbreekt geen belangrijke eis, maar er zijn wel punten om te verbeteren.",
      fail: "Er ontbreken belangrijke eisen. Vul de aanbesteding aan voordat u hem publiceert.",
    },
    counts: "Aantal eisen",
    classification: "Wat voor aanbesteding is dit?",
    classificationIntro: "Welke eisen gelden, hangt af van wat er wordt gekocht. Dit hebben we vastgesteld:",
    notHolding: "Wat niet van toepassing is",
    declared: "u gaf dit zelf op",
    prohibitedAlert: "Let op: de tekst beschrijft een verboden AI-toepassing (AI-verordening artikel 5). Die mag niet worden ingekocht.",
    details: "Gegevens van de toets",
    checkedAt: "Gecontroleerd op",
    ruleset: "Regelset",
    documents: "Documenten",
    pages: "pagina's",
    requirements: "Eisen",
    statuses: { missing: "Ontbreekt", partial: "Gedeeltelijk", satisfied: "Voldaan", waived: "Ontheffing", "not-applicable": "Niet van toepassing" },
    severities: { error: "Fout", warning: "Waarschuwing", info: "Info" },
    evidence: "Gevonden tekst",
    noEvidence: "We vonden hierover niets in de documenten.",
    page: "blz.",
    line: "regel",
    why: "Waarom dit ertoe doet",
    whatToAdd: "Wat u toevoegt",
    waiver: "Ontheffing",
    explanationLink: "Uitleg over deze eis",
    sources: "Bronnen",
    severityLabel: "Ernst",
    statusLabel: "Uitkomst",
    decisive: "Deze passage bepaalde de uitkomst",
    reason: "Waarom",
    alsoFound: (n: number) => (n === 1 ? "Ook gevonden: 1 passage" : `Ook gevonden: ${n} passages`),
    nothingFound: (n: number) => (n === 1 ? "Over deze eis vonden we niets in de documenten." : `Over deze ${n} eisen vonden we niets in de documenten.`),
    folded: (n: number) => (n === 1 ? "1 eis" : `${n} eisen`),
    dates: "Data uit de AI-verordening",
    datesIntro: "Vanaf deze data gelden de plichten uit de AI-verordening voor deze aanbesteding:",
    chart: "Eisen per ernst en uitkomst",
    chartDesc: (parts: string) => `Aantal eisen per ernst: ${parts}.`,
  },
  en: {
    title: "Tender check",
    intro: "This report shows for each requirement whether the tender obliges the supplier to it, with the text we found and where it stands.",
    generatedBy: "Made with ethiek. The report is an aid: read the findings before you decide.",
    summary: "Summary",
    verdict: "Verdict",
    verdicts: { pass: "Passes", "pass-with-warnings": "Passes, with warnings", fail: "Fails" },
    verdictExplain: {
      pass: "The tender covers what is needed. Read the points below.",
      "pass-with-warnings": "No important requirement is missing, but some points can be improved.",
      fail: "Important requirements are missing. Complete the tender before you publish it.",
    },
    counts: "Number of requirements",
    classification: "What kind of tender is this?",
    classificationIntro: "Which requirements apply depends on what is bought. This is what we found:",
    notHolding: "What does not apply",
    declared: "you stated this",
    prohibitedAlert: "Note: the text describes a prohibited AI practice (AI Act article 5). It may not be bought.",
    details: "About this check",
    checkedAt: "Checked at",
    ruleset: "Ruleset",
    documents: "Documents",
    pages: "pages",
    requirements: "Requirements",
    statuses: { missing: "Missing", partial: "Partly met", satisfied: "Met", waived: "Waived", "not-applicable": "Not applicable" },
    severities: { error: "Error", warning: "Warning", info: "Info" },
    evidence: "Text found",
    noEvidence: "We found nothing about this in the documents.",
    page: "p.",
    line: "line",
    why: "Why this matters",
    whatToAdd: "What to add",
    waiver: "Waiver",
    explanationLink: "About this requirement",
    sources: "Sources",
    severityLabel: "Severity",
    statusLabel: "Result",
    decisive: "This passage decided the result",
    reason: "Why",
    alsoFound: (n: number) => (n === 1 ? "Also found: 1 passage" : `Also found: ${n} passages`),
    nothingFound: (n: number) => (n === 1 ? "We found nothing about this requirement in the documents." : `We found nothing about these ${n} requirements in the documents.`),
    folded: (n: number) => (n === 1 ? "1 requirement" : `${n} requirements`),
    dates: "AI Act dates",
    datesIntro: "From these dates the duties of the AI Act apply to this tender:",
    chart: "Requirements by severity and result",
    chartDesc: (parts: string) => `Number of requirements by severity: ${parts}.`,
  },
} as const;

/** The order in which status groups appear: what needs work first. */
export const statusOrder: readonly Status[] = ["missing", "partial", "satisfied", "waived", "not-applicable"];

/** The order of severities within a status group. */
export const severityOrder: readonly Severity[] = ["error", "warning", "info"];

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
  const t = reportText[lang];
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
    `<li><strong>${h(tagLabel(c.tag, lang, c.detail))}</strong>${c.source === "declared" ? ` (${h(t.declared)})` : ""}: <span${langAttr}>${h(c.reasons.join(" "))}</span></li>`;
  const countRows = (["satisfied", "partial", "missing", "waived", "not-applicable"] as const)
    .map((st) => {
      const n = st === "not-applicable" ? s.notApplicable : s[st];
      return `<div class="utrecht-data-list__item count count--${st}"><dt class="utrecht-data-list__item-key">${h(t.statuses[st])}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${n}</dd></div>`;
    })
    .join("");
  const evidence = (list: readonly Evidence[]) => evidenceHtml(list, report, lang, langAttr, undefined);

  const summary =
    `<section aria-labelledby="${p}samenvatting" class="report-summary"><${hN} class="utrecht-heading-${level}" id="${p}samenvatting">${h(t.summary)}</${hN}>` +
    (prohibited
      ? `<div class="utrecht-alert utrecht-alert--error" role="note"><p class="utrecht-paragraph"><strong>${h(t.prohibitedAlert)}</strong></p>${evidence(prohibited.evidence ?? [])}</div>`
      : "") +
    `<div class="utrecht-alert utrecht-alert--${verdictAlert[s.verdict]} verdict"><p class="utrecht-paragraph verdict__line"><strong>${h(t.verdict)}: ${h(t.verdicts[s.verdict])}.</strong> ${h(t.verdictExplain[s.verdict])}</p></div>` +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t.counts)}</${hSub}><dl class="utrecht-data-list counts">${countRows}</dl>` +
    countsChart(report, lang, `${p}grafiek`) +
    datesHtml(report, lang, hSub, level + 1) +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t.classification)}</${hSub}><p class="utrecht-paragraph">${h(t.classificationIntro)}</p>` +
    `<ul class="utrecht-unordered-list classification">${held.map(classItem).join("")}</ul>` +
    (notHeld.length > 0 ? `<details class="classification-rest"><summary>${h(t.notHolding)}</summary><ul class="utrecht-unordered-list">${notHeld.map(classItem).join("")}</ul></details>` : "") +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t.details)}</${hSub}><dl class="utrecht-data-list meta">` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t.checkedAt)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><time datetime="${h(report.checkedAt)}">${h(readableTime(report.checkedAt, lang))}</time></dd></div>` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t.ruleset)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${h(report.ruleset.name)} ${h(report.ruleset.version)}</dd></div>` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t.documents)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><ul class="utrecht-unordered-list">` +
    report.documents.map((d) => `<li>${h(d.name)} (${h(d.format)}${d.pageCount ? `, ${d.pageCount} ${h(t.pages)}` : ""})</li>`).join("") +
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
      `<${hG} class="utrecht-heading-${level + 1}" id="${id}">${h(t.statuses[status])} · ${h(t.severities[severity])} <span class="group-count">(${results.length})</span></${hG}>` +
      (unfound > 0 ? `<p class="utrecht-paragraph group-note">${h(t.nothingFound(unfound))}</p>` : "") +
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
        ? `<details class="report-fold" data-fold="${status}"${asked ? " open" : ""}><summary class="report-fold__summary">${h(t.statuses[status])}: ${h(t.folded(n))}</summary>${inner}</details>`
        : inner,
    );
  }

  return (
    summary +
    (options.slots?.afterSummary ?? "") +
    `<section aria-labelledby="${p}eisen" class="report-requirements"><${hN} class="utrecht-heading-${level}" id="${p}eisen">${h(t.requirements)}</${hN}>` +
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
  const t = reportText[options.lang];
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
    `<p class="requirement__labels"><span class="badge badge--${result.status}">${h(t.statusLabel)}: ${h(t.statuses[result.status])}</span> ` +
      `<span class="badge badge--${result.severity}">${h(t.severityLabel)}: ${h(t.severities[result.severity])}</span> ` +
      `<code class="requirement__id">${h(result.requirement)}</code></p>`,
  ];
  // "Nothing found" is said once for the group (see the group note), not in every article.
  const unfound = result.reason === "no-mention" && result.evidence.length === 0;
  if (result.message && !unfound) parts.push(`<p class="utrecht-paragraph"${langAttr}>${h(result.message)}</p>`);
  if (result.status !== "not-applicable" && result.status !== "waived" && result.evidence.length > 0) {
    const decisive = decisiveEvidence(result);
    const others = result.evidence.filter((e) => e !== decisive);
    parts.push(`<${hE} class="requirement__sub">${h(open ? t.decisive : t.evidence)}</${hE}>`);
    if (decisive) parts.push(evidenceHtml([decisive], report, options.lang, langAttr, open ? result.reason : undefined, result.message));
    if (others.length > 0) {
      parts.push(
        `<details class="evidence-more"><summary>${h(t.alsoFound(others.length))}</summary>${evidenceHtml(others, report, options.lang, langAttr, open ? result.reason : undefined)}</details>`,
      );
    }
  } else if (result.status !== "not-applicable" && result.status !== "waived" && !result.message && !unfound) {
    parts.push(`<p class="utrecht-paragraph requirement__none">${h(t.noEvidence)}</p>`);
  }
  if (result.waiver) {
    parts.push(`<p class="utrecht-paragraph"><strong>${h(t.waiver)}:</strong> <span${langAttr}>${h(result.waiver.reason)}</span> (${h(result.waiver.case)})</p>`);
  }
  if (open && doc?.explanation) parts.push(`<p class="utrecht-paragraph"><strong>${h(t.why)}:</strong> ${h(doc.explanation)}</p>`);
  if (open && remediation) {
    parts.push(`<p class="utrecht-paragraph"><strong>${h(t.whatToAdd)}:</strong> <span${result.remediation ? langAttr : ""}>${h(remediation)}</span></p>`);
  }
  if (options.explanationHref) {
    parts.push(
      `<p class="requirement__more"><a class="utrecht-link" href="${h(options.explanationHref(result.requirement))}">${h(t.explanationLink)}<span class="visually-hidden">: ${h(title)}</span></a></p>`,
    );
  } else {
    parts.push(sourcesHtml(doc?.sources ?? result.sources, t.sources, options.lang));
  }
  parts.push(`</article>`);
  return parts.join("");
}

/* Self-contained styles for the report view outside the web page (which brings the NL Design
   System): contrast of at least 4.5:1, visible focus, statuses readable without colour. */
/** Inline stylesheet for {@link renderReportHtml}'s markup inside an `.ethiek-report` element. */
export const reportCss = `
.ethiek-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;max-width:60rem;margin:1rem auto;padding:0 1rem}
.ethiek-report h1,.ethiek-report h2,.ethiek-report h3,.ethiek-report h4,.ethiek-report h5{line-height:1.25}
.ethiek-report .utrecht-alert{border:1px solid #8a8a8a;border-left-width:6px;padding:.5rem .75rem;margin:.75rem 0;background:#f7f7f7}
.ethiek-report .utrecht-alert--error{border-left-color:#a3161a}.ethiek-report .utrecht-alert--warning{border-left-color:#a15c00}.ethiek-report .utrecht-alert--ok{border-left-color:#1e6b2f}
.ethiek-report .utrecht-data-list{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
.ethiek-report .utrecht-data-list__item{display:contents}
.ethiek-report dt{font-weight:600}.ethiek-report dd{margin:0}
.ethiek-report .requirement{border:1px solid #8a8a8a;border-left-width:6px;padding:.25rem .75rem .5rem;margin:.75rem 0}
.ethiek-report .requirement--missing{border-left-color:#a3161a}.ethiek-report .requirement--partial{border-left-color:#a15c00}
.ethiek-report .requirement--satisfied{border-left-color:#1e6b2f}.ethiek-report .requirement--waived,.ethiek-report .requirement--not-applicable{border-left-color:#4a4a4a}
.ethiek-report .requirement__labels{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.ethiek-report .badge{border:1px solid #4a4a4a;border-radius:3px;padding:0 .35rem;font-size:.875rem}
.ethiek-report .requirement__id,.ethiek-report .group-count,.ethiek-report .evidence__where{color:#4a4a4a}
.ethiek-report blockquote{margin:.25rem 0;padding:.25rem .75rem;border-left:4px solid #4a4a4a;background:#f7f7f7}
.ethiek-report blockquote p{margin:0}
.ethiek-report figure{margin:.5rem 0}
.ethiek-report .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ethiek-report a{color:#1d4f91}
.ethiek-report .report-fold{margin:.75rem 0;border:1px solid #8a8a8a;padding:.25rem .75rem}
.ethiek-report .report-fold__summary{font-weight:600;cursor:pointer;padding:.25rem 0}
.ethiek-report .counts-chart{margin:.5rem 0 1rem}.ethiek-report .counts-chart svg{max-width:100%;height:auto}
.ethiek-report .group-note{font-style:italic}
.ethiek-report a:focus,.ethiek-report summary:focus{outline:3px solid #1d4f91;outline-offset:2px}
`;

/**
 * A self-contained HTML page (inline CSS, no scripts, no external resources) with the same report
 * view as the web page ({@link renderReportHtml}), for a person to open in a browser or attach to a
 * file. One report gets the page to itself; several each get a titled section.
 *
 * @example
 * writeFileSync("ethiek-report.html", formatHtml([report], { lang: "nl", requirements }));
 */
export function formatHtml(reports: readonly CheckReport[], options: HtmlOptions): string {
  const t = reportText[options.lang];
  const counts = countBySeverity(collectFindings(reports, options));
  const worst = (["error", "warning", "info"] as const).find((s) => counts[s] > 0);
  const view = (report: CheckReport, extra: Partial<ReportViewOptions>) => renderReportHtml(report, { ...options, ...extra });
  const only = reports.length === 1 ? reports[0] : undefined;
  const body = only
    ? `<h1>${h(reportTitle(only, options.lang))}</h1>\n<p>${h(t.intro)}</p>\n${view(only, { headingLevel: 2 })}`
    : `<h1>${h(t.title)}</h1>\n<p>${h(t.intro)}</p>\n` +
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
    `<title>${h(t.title)}${worst ? ` — ${h(countsText(counts, options.lang))}` : ""}</title>\n` +
    `<style>${reportCss}</style>\n</head>\n<body>\n<main class="ethiek-report">\n` +
    body +
    `\n</main>\n<footer class="ethiek-report"><p>${h(t.generatedBy)}</p></footer>\n</body>\n</html>\n`
  );
}

/** "28 november 2026 om 11:00" — Dutch time, as on the web page; the ISO text when not a date. */
function readableTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(date);
}

/**
 * Quoted passages with where they stand ("p. 9, r. 4 — 6.3 Audit en openheid", document name
 * when the tender has several) and, for results that need work, why each does not fully count in
 * plain words ("alleen een wens").
 */
function evidenceHtml(
  evidence: readonly Evidence[],
  report: CheckReport,
  lang: Language,
  langAttr: string,
  resultReason: RequirementResult["reason"] | undefined,
  said = "",
): string {
  const t = reportText[lang];
  const several = report.documents.length > 1;
  return evidence
    .map((e) => {
      const reason = e.reason ?? resultReason;
      const why =
        resultReason !== undefined && reason !== undefined
          ? `<br><span class="evidence__reason"><strong>${h(t.reason)}:</strong> ${h(reasonText(reason, e.note, lang))}</span>${e.note && !said.includes(e.note) ? ` <span class="evidence__note"${langAttr}>(${h(e.note)})</span>` : ""}`
          : e.note
            ? `<br><span class="evidence__note"${langAttr}>${h(e.note)}</span>`
            : "";
      return (
        `<figure class="evidence"><blockquote class="utrecht-blockquote"${langAttr}><p>${h(e.quote)}</p></blockquote>` +
        `<figcaption class="evidence__where">${several || report.documents.length === 0 ? `<span class="evidence__doc">${h(e.document)}</span>, ` : ""}` +
        `<span class="evidence__loc">${h(placeText(e, documentFormat(report, e.document), lang))}</span>${why}</figcaption></figure>`
      );
    })
    .join("");
}

/** Fill colours of the chart's statuses: dark, light and middle, so they differ in grey print too. */
const chartFill = { missing: "#a3161a", partial: "#f2c14e", satisfied: "#4f8f63" } as const;
const chartInk = { missing: "#ffffff", partial: "#1b1b1b", satisfied: "#1b1b1b" } as const;

/**
 * A small bar chart of the counts: one bar per severity, split into missing, partial and
 * satisfied, with the numbers written in the bars and a legend. An image with a title and a text
 * description for screen readers; the counts are also in the list above it.
 */
function countsChart(report: CheckReport, lang: Language, id: string): string {
  const t = reportText[lang];
  const counts = countByStatusAndSeverity(report);
  const rows = severityOrder.filter((sv) => chartStatuses.some((st) => counts[sv][st] > 0));
  if (rows.length === 0) return "";
  const labelW = 120;
  const barW = 360;
  const rowH = 28;
  const max = Math.max(...rows.map((sv) => chartStatuses.reduce((n, st) => n + counts[sv][st], 0)));
  const legendY = rows.length * rowH + 8;
  const height = legendY + 22;
  const bars = rows
    .map((sv, i) => {
      const y = i * rowH;
      let x = labelW;
      const segments = chartStatuses
        .map((st) => {
          const n = counts[sv][st];
          if (n === 0) return "";
          const w = Math.max(18, Math.round((n / max) * barW));
          const seg =
            `<rect x="${x}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${chartFill[st]}" stroke="#1b1b1b" stroke-width="0.5"/>` +
            `<text x="${x + w / 2}" y="${y + rowH / 2 + 4}" text-anchor="middle" font-size="12" fill="${chartInk[st]}">${n}</text>`;
          x += w;
          return seg;
        })
        .join("");
      return `<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" font-size="13" fill="#1b1b1b">${h(t.severities[sv])}</text>${segments}`;
    })
    .join("");
  let lx = labelW;
  const legend = chartStatuses
    .map((st) => {
      const label = t.statuses[st];
      const item = `<rect x="${lx}" y="${legendY + 2}" width="12" height="12" fill="${chartFill[st]}" stroke="#1b1b1b" stroke-width="0.5"/><text x="${lx + 16}" y="${legendY + 12}" font-size="12" fill="#1b1b1b">${h(label)}</text>`;
      lx += 24 + label.length * 7;
      return item;
    })
    .join("");
  const desc = t.chartDesc(
    rows.map((sv) => `${t.severities[sv].toLowerCase()} ${chartStatuses.map((st) => `${counts[sv][st]} ${t.statuses[st].toLowerCase()}`).join(", ")}`).join("; "),
  );
  return (
    `<figure class="counts-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelW + barW + 20} ${height}" width="${labelW + barW + 20}" height="${height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="${id}-titel ${id}-tekst">` +
    `<title id="${id}-titel">${h(t.chart)}</title><desc id="${id}-tekst">${h(desc)}</desc>${bars}${legend}</svg>` +
    `<figcaption class="visually-hidden">${h(desc)}</figcaption></figure>`
  );
}

/** The AI Act dates that apply to the tender (from the compliance-dates result), as a list. */
function datesHtml(report: CheckReport, lang: Language, hSub: string, level: number): string {
  const t = reportText[lang];
  const dates = complianceDates(report);
  if (dates.length === 0) return "";
  const langAttr = report.language === lang ? "" : ` lang="${report.language}"`;
  return (
    `<${hSub} class="utrecht-heading-${level}">${h(t.dates)}</${hSub}><p class="utrecht-paragraph">${h(t.datesIntro)}</p><ul class="utrecht-unordered-list dates">` +
    dates.map((d) => `<li><time datetime="${h(d.date)}">${h(dateText(d.date, lang))}</time>: <span${langAttr}>${h(d.title)}</span></li>`).join("") +
    `</ul>`
  );
}

function sourcesHtml(sources: readonly Source[] | undefined, label: string, lang: Language): string {
  if (!sources || sources.length === 0) return "";
  const items = sources
    .map((s) => {
      const text = h(sourceLabel(s, lang));
      return `<li>${s.url && /^https?:\/\//i.test(s.url) ? `<a href="${h(s.url)}">${text}</a>` : text}</li>`;
    })
    .join("");
  return `<details><summary>${h(label)}: ${h(sourcesText(sources, lang))}</summary><ul>${items}</ul></details>`;
}
