import type { CheckReport, Evidence, RequirementResult, Severity, Source, Status } from "@ethiek/schemas";
import {
  type FormatOptions,
  type FormatterRequirement,
  type Language,
  collectFindings,
  countBySeverity,
  countsText,
  reportTitle,
  requirementIndex,
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
  const evidence = (list: readonly Evidence[]) => evidenceHtml(list, t, langAttr);

  const summary =
    `<section aria-labelledby="${p}samenvatting" class="report-summary"><${hN} class="utrecht-heading-${level}" id="${p}samenvatting">${h(t.summary)}</${hN}>` +
    (prohibited
      ? `<div class="utrecht-alert utrecht-alert--error" role="note"><p class="utrecht-paragraph"><strong>${h(t.prohibitedAlert)}</strong></p>${evidence(prohibited.evidence ?? [])}</div>`
      : "") +
    `<div class="utrecht-alert utrecht-alert--${verdictAlert[s.verdict]} verdict"><p class="utrecht-paragraph verdict__line"><strong>${h(t.verdict)}: ${h(t.verdicts[s.verdict])}.</strong> ${h(t.verdictExplain[s.verdict])}</p></div>` +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t.counts)}</${hSub}><dl class="utrecht-data-list counts">${countRows}</dl>` +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t.classification)}</${hSub}><p class="utrecht-paragraph">${h(t.classificationIntro)}</p>` +
    `<ul class="utrecht-unordered-list classification">${held.map(classItem).join("")}</ul>` +
    (notHeld.length > 0 ? `<details class="classification-rest"><summary>${h(t.notHolding)}</summary><ul class="utrecht-unordered-list">${notHeld.map(classItem).join("")}</ul></details>` : "") +
    `<${hSub} class="utrecht-heading-${level + 1}">${h(t.details)}</${hSub}><dl class="utrecht-data-list meta">` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t.checkedAt)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><time datetime="${h(report.checkedAt)}">${h(readableTime(report.checkedAt, lang))}</time></dd></div>` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t.ruleset)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${h(report.ruleset.name)} ${h(report.ruleset.version)}</dd></div>` +
    `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(t.documents)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><ul class="utrecht-unordered-list">` +
    report.documents.map((d) => `<li>${h(d.name)} (${h(d.format)}${d.pageCount ? `, ${d.pageCount} ${h(t.pages)}` : ""})</li>`).join("") +
    `</ul></dd></div></dl></section>`;

  const groups: string[] = [];
  for (const status of statusOrder) {
    for (const severity of severityOrder) {
      const results = report.results.filter((r) => r.status === status && r.severity === severity);
      if (results.length === 0) continue;
      const visible = filter ? results.filter((r) => matchesFilter(r, filter)) : results;
      const id = `${p}groep-${status}-${severity}`;
      const hG = `h${level + 1}`;
      groups.push(
        `<section class="requirement-group" aria-labelledby="${id}" data-group${visible.length === 0 ? " hidden" : ""}>` +
          `<${hG} class="utrecht-heading-${level + 1}" id="${id}">${h(t.statuses[status])} · ${h(t.severities[severity])} <span class="group-count">(${results.length})</span></${hG}>` +
          results.map((r) => requirementArticle(r, docs.get(r.requirement), options, filter ? !matchesFilter(r, filter) : false, langAttr)).join("") +
          `</section>`,
      );
    }
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
  if (result.message) parts.push(`<p class="utrecht-paragraph"${langAttr}>${h(result.message)}</p>`);
  if (result.status !== "not-applicable" && result.status !== "waived") {
    parts.push(
      result.evidence.length > 0
        ? `<${hE} class="requirement__sub">${h(t.evidence)}</${hE}>${evidenceHtml(result.evidence, t, langAttr)}`
        : result.message
          ? ""
          : `<p class="utrecht-paragraph requirement__none">${h(t.noEvidence)}</p>`,
    );
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
    parts.push(sourcesHtml(doc?.sources ?? result.sources, t.sources));
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

type ReportTexts = (typeof reportText)[Language];

function locationOf(e: Pick<Evidence, "page" | "line">, t: ReportTexts): string {
  return e.page === null ? `${t.line} ${e.line}` : `${t.page} ${e.page}, ${t.line} ${e.line}`;
}

function evidenceHtml(evidence: readonly Evidence[], t: ReportTexts, langAttr: string): string {
  return evidence
    .map(
      (e) =>
        `<figure class="evidence"><blockquote class="utrecht-blockquote"${langAttr}><p>${h(e.quote)}</p></blockquote>` +
        `<figcaption class="evidence__where"><span class="evidence__doc">${h(e.document)}</span>, <span class="evidence__loc">${h(locationOf(e, t))}</span>` +
        `${e.headingPath && e.headingPath.length > 0 ? ` — <span${langAttr}>${h(e.headingPath.join(" › "))}</span>` : ""}` +
        `${e.note ? `<br><span class="evidence__note"${langAttr}>${h(e.note)}</span>` : ""}</figcaption></figure>`,
    )
    .join("");
}

function sourcesHtml(sources: readonly Source[] | undefined, label: string): string {
  if (!sources || sources.length === 0) return "";
  const items = sources
    .map((s) => {
      const text = h(`${s.framework} ${s.reference}`);
      return `<li>${s.url && /^https?:\/\//i.test(s.url) ? `<a href="${h(s.url)}">${text}</a>` : text}</li>`;
    })
    .join("");
  return `<details><summary>${h(label)}: ${h(sourcesText(sources))}</summary><ul>${items}</ul></details>`;
}
