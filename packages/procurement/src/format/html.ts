import type { CheckReport, Evidence, RequirementResult, Source, Status } from "@ethiek/schemas";
import {
  type FormatOptions,
  type Language,
  PROHIBITED_RULE_ID,
  collectFindings,
  countBySeverity,
  countsText,
  labelsFor,
  locationText,
  reportTitle,
  requirementIndex,
  sourcesText,
  tagLabel,
} from "./shared.js";

/** Options of {@link formatHtml} and {@link renderReportHtml}. */
export interface HtmlOptions extends FormatOptions {
  /** The language of the page's own texts. */
  readonly lang: Language;
  /** The heading level of each tender's title in a fragment (default 2; the page title is h1). */
  readonly headingLevel?: 1 | 2 | 3 | 4;
}

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

const pageText = {
  nl: {
    title: "Controle van de aanbesteding",
    intro:
      "Dit verslag laat per eis zien of de aanbesteding de leverancier ertoe verplicht. Bij elke bevinding staat de tekst die we vonden en waar die staat, of dat we niets vonden. Het verslag is een hulpmiddel: lees de bevindingen na voordat u besluit.",
    findings: "Bevindingen",
    allResults: "Alle eisen",
    requirement: "Eis",
    status: "Uitkomst",
    severity: "Ernst",
    evidence: "Gevonden tekst",
    checkedAt: "Gecontroleerd op",
    ruleset: "Regelset",
    verdict: "Oordeel",
    holdsHead: "Geldt",
    holds: "ja",
    holdsNot: "nee",
    tag: "Kenmerk",
    reasons: "Waarom",
    generatedBy: "Gemaakt met ethiek",
    format: "Formaat",
    pages: "Pagina's",
  },
  en: {
    title: "Tender check",
    intro:
      "This report shows for each requirement whether the tender obliges the supplier to it. Each finding shows the text we found and where it stands, or that we found nothing. The report is an aid: read the findings before you decide.",
    findings: "Findings",
    allResults: "All requirements",
    requirement: "Requirement",
    status: "Result",
    severity: "Severity",
    evidence: "Text found",
    checkedAt: "Checked at",
    ruleset: "Ruleset",
    verdict: "Verdict",
    holdsHead: "Holds",
    holds: "yes",
    holdsNot: "no",
    tag: "Property",
    reasons: "Why",
    generatedBy: "Made with ethiek",
    format: "Format",
    pages: "Pages",
  },
} as const;

/* Icons are decorative (aria-hidden); the status is always written out as text too. */
const statusIcon: Readonly<Record<Status | "prohibited", string>> = {
  satisfied: "✔",
  partial: "◐",
  missing: "✖",
  "not-applicable": "–",
  waived: "⊘",
  prohibited: "⛔",
};

/** Inline stylesheet: contrast ratios of at least 4.5:1, visible focus, readable without colour. */
export const reportCss = `
.ethiek-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;max-width:60rem}
.ethiek-report h1,.ethiek-report h2,.ethiek-report h3,.ethiek-report h4{line-height:1.25}
.ethiek-report table{border-collapse:collapse;width:100%;margin:1rem 0}
.ethiek-report caption{text-align:left;font-weight:600;padding:.25rem 0}
.ethiek-report th,.ethiek-report td{border:1px solid #8a8a8a;padding:.4rem .5rem;text-align:left;vertical-align:top}
.ethiek-report th{background:#f0f0f0}
.ethiek-report blockquote{margin:.25rem 0;padding:.25rem .75rem;border-left:4px solid #4a4a4a;background:#f7f7f7}
.ethiek-report .status{font-weight:600;white-space:nowrap}
.ethiek-report .s-satisfied{color:#1e6b2f}.ethiek-report .s-partial{color:#7a4b00}
.ethiek-report .s-missing,.ethiek-report .s-prohibited{color:#a3161a}.ethiek-report .s-waived,.ethiek-report .s-not-applicable{color:#4a4a4a}
.ethiek-report .finding{border:1px solid #8a8a8a;border-left-width:6px;padding:.5rem .75rem;margin:.75rem 0}
.ethiek-report .sev-error{border-left-color:#a3161a}.ethiek-report .sev-warning{border-left-color:#a15c00}.ethiek-report .sev-info{border-left-color:#1d4f91}
.ethiek-report .meta{color:#4a4a4a}
.ethiek-report a:focus,.ethiek-report summary:focus{outline:3px solid #1d4f91;outline-offset:2px}
`;

/**
 * The report body as an HTML fragment (a `<div class="ethiek-report">` with one `<section>` per
 * tender), for embedding in a page that brings its own `<html>`; the web page uses this. All text
 * from documents and reports is escaped.
 *
 * @example
 * main.innerHTML = renderReportHtml([report], { lang: "nl" });
 */
export function renderReportHtml(reports: readonly CheckReport[], options: HtmlOptions): string {
  const { lang } = options;
  const t = pageText[lang];
  const l = labelsFor(lang);
  const level = options.headingLevel ?? 2;
  const hx = (n: number) => `h${Math.min(n, 6)}`;
  const docs = requirementIndex(options.requirements);
  const findings = collectFindings(reports, options);
  const sections = reports.map((report, index) => {
    const own = findings.filter((f) => f.reportIndex === index);
    const reportLang = report.language;
    const title = reportTitle(report, lang);
    const id = `tender-${index + 1}`;
    const counts = countBySeverity(own);
    const findingsHtml =
      own.length === 0
        ? `<p>${h(l.summaryNone)}.</p>`
        : own
            .map((f) => {
              const tag = hx(level + 2);
              return (
                `<article class="finding sev-${f.severity}" lang="${reportLang}">` +
                `<${tag}><span class="status s-${f.status}"><span aria-hidden="true">${statusIcon[f.status]}</span> ${h(l[f.status])}</span> · ${h(f.title)}</${tag}>` +
                `<p class="meta">${h(l[f.severity])} · <code>${h(f.ruleId)}</code></p>` +
                (f.message ? `<p>${h(f.message)}</p>` : "") +
                (f.evidence.length > 0 || !f.message ? evidenceHtml(f.evidence, lang, l.notFound) : "") +
                (f.remediation ? `<p><strong>${h(l.fix)}:</strong> ${h(f.remediation)}</p>` : "") +
                (f.ruleId !== PROHIBITED_RULE_ID ? sourcesHtml(docs.get(f.ruleId)?.sources ?? resultOf(report, f.ruleId)?.sources, l.sources) : "") +
                `</article>`
              );
            })
            .join("\n");
    const rows = report.results
      .map((r) => {
        const title = docs.get(r.requirement)?.title ?? r.title ?? r.requirement;
        const ev = r.evidence[0];
        return (
          `<tr><th scope="row">${h(title)}<br><code>${h(r.requirement)}</code></th>` +
          `<td><span class="status s-${r.status}"><span aria-hidden="true">${statusIcon[r.status]}</span> ${h(l[r.status])}</span></td>` +
          `<td>${h(l[r.severity])}</td>` +
          `<td lang="${reportLang}">${ev ? `${h(ev.document)}, ${h(locationText(ev, lang))}` : r.waiver ? h(`${l.waivedBy}: ${r.waiver.reason} (${r.waiver.case})`) : "—"}</td></tr>`
        );
      })
      .join("\n");
    const classRows = report.classification
      .map(
        (c) =>
          `<tr><th scope="row">${h(tagLabel(c.tag, lang, c.detail))}</th><td>${h(c.holds ? t.holds : t.holdsNot)}</td><td lang="${reportLang}">${h(c.reasons.join(" "))}</td></tr>`,
      )
      .join("\n");
    const docRows = report.documents
      .map((d) => `<li>${h(d.name)} <span class="meta">(${h(d.format)}${d.pageCount ? `, ${d.pageCount} ${h(t.pages.toLowerCase())}` : ""})</span></li>`)
      .join("");
    return (
      `<section aria-labelledby="${id}">\n` +
      `<${hx(level)} id="${id}">${h(title)}</${hx(level)}>\n` +
      `<dl class="meta"><dt>${h(t.verdict)}</dt><dd><strong>${h(l.verdict[report.summary.verdict])}</strong> — ${h(countsText(counts, lang))}</dd>` +
      `<dt>${h(t.ruleset)}</dt><dd>${h(report.ruleset.name)} ${h(report.ruleset.version)}</dd>` +
      `<dt>${h(t.checkedAt)}</dt><dd><time datetime="${h(report.checkedAt)}">${h(readableTime(report.checkedAt, lang))}</time></dd>` +
      `<dt>${h(l.documents)}</dt><dd><ul>${docRows}</ul></dd></dl>\n` +
      `<table><caption>${h(l.classification)}</caption><thead><tr><th scope="col">${h(t.tag)}</th><th scope="col">${h(t.holdsHead)}</th><th scope="col">${h(t.reasons)}</th></tr></thead><tbody>\n${classRows}\n</tbody></table>\n` +
      `<${hx(level + 1)}>${h(t.findings)}</${hx(level + 1)}>\n${findingsHtml}\n` +
      `<${hx(level + 1)}>${h(t.allResults)}</${hx(level + 1)}>\n` +
      `<table><caption>${h(t.allResults)}</caption><thead><tr><th scope="col">${h(t.requirement)}</th><th scope="col">${h(t.status)}</th><th scope="col">${h(t.severity)}</th><th scope="col">${h(t.evidence)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>\n` +
      `</section>`
    );
  });
  return `<div class="ethiek-report">\n${sections.join("\n")}\n</div>`;
}

/**
 * A self-contained HTML page (inline CSS, no scripts, no external resources) with the reports,
 * for a person to open in a browser or attach to a file.
 *
 * @example
 * writeFileSync("ethiek-report.html", formatHtml([report], { lang: "nl" }));
 */
export function formatHtml(reports: readonly CheckReport[], options: HtmlOptions): string {
  const t = pageText[options.lang];
  const counts = countBySeverity(collectFindings(reports, options));
  const worst = (["error", "warning", "info"] as const).find((s) => counts[s] > 0);
  return (
    `<!DOCTYPE html>\n<html lang="${options.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${h(t.title)}${worst ? ` — ${h(countsText(counts, options.lang))}` : ""}</title>\n` +
    `<style>body{margin:1rem auto;padding:0 1rem;max-width:62rem}${reportCss}</style>\n</head>\n<body>\n<main>\n` +
    `<h1>${h(t.title)}</h1>\n<p>${h(t.intro)}</p>\n` +
    renderReportHtml(reports, { ...options, headingLevel: 2 }) +
    `\n</main>\n<footer><p class="meta">${h(t.generatedBy)}</p></footer>\n</body>\n</html>\n`
  );
}

/** "28 november 2026, 10:00 UTC"; the ISO text when the value is not a date. */
function readableTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date);
  return `${text} UTC`;
}

function evidenceHtml(evidence: readonly Evidence[], lang: Language, notFound: string): string {
  if (evidence.length === 0) return `<p><em>${h(notFound)}.</em></p>`;
  return evidence
    .map(
      (e) =>
        `<figure><blockquote>${h(e.quote)}</blockquote><figcaption class="meta">${h(e.document)}, ${h(locationText(e, lang))}` +
        `${e.headingPath && e.headingPath.length > 0 ? ` — ${h(e.headingPath.join(" › "))}` : ""}${e.note ? `. ${h(e.note)}` : ""}</figcaption></figure>`,
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

function resultOf(report: CheckReport, requirement: string): RequirementResult | undefined {
  return report.results.find((r) => r.requirement === requirement);
}
