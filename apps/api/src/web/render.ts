// Server-rendered pages of the web page. Every piece of text that comes from a document, a report
// or the visitor passes through `escapeHtml` (the repository's one, from @ethiek/schemas, which the
// HTML report uses too, so the page and the report escape alike); the markup around it is ours.
// Pages load no inline script or style, so the Content-Security-Policy can forbid both.
import { matchesFilter, renderReportHtml, sourceLabel, type ReportFilter } from "@ethiek/reports";
import { escapeHtml as h, type Check, type CheckReport, type CheckSummary, type RequirementInfo, type Severity, type Status } from "@ethiek/schemas";
import { annexAreas, formatDateTime, severityOrder, statusOrder, textsFor, type Lang, type Texts } from "./i18n.js";

export { matchesFilter, type ReportFilter };

/** What every page needs to know about the visitor and the request. */
export interface PageContext {
  readonly lang: Lang;
  /** The path and query of this page, to build the language switch. */
  readonly url: string;
  /** The form token for this visitor. */
  readonly csrf: string;
  /** The organisation's name when signed in with a key; null in local mode or when signed out. */
  readonly signedIn: { organisation: string } | null;
  readonly localMode: boolean;
  /** Versioned URLs of the stylesheets and the script. */
  readonly assets: { nlds: string; css: string; js: string };
}

/** The URL of the same page in the other language. */
function switchUrl(url: string, lang: Lang): string {
  const [path = "/", query = ""] = url.split("?");
  const params = new URLSearchParams(query);
  params.set("lang", lang);
  return `${path}?${params.toString()}`;
}

/**
 * The page frame: NL Design System classes and tokens, skip link, header with navigation and
 * language switch, the main content and the footer.
 */
export function layout(ctx: PageContext, title: string, body: string, options: { bodyClass?: string } = {}): string {
  const t = textsFor(ctx.lang);
  const other = t("web.switchLang") as Lang;
  const account =
    ctx.signedIn !== null
      ? `<form class="site-signout" method="post" action="/afmelden" enctype="multipart/form-data">` +
        `<input type="hidden" name="csrf" value="${h(ctx.csrf)}">` +
        `<span>${h(t("web.signedInAs"))} <strong>${h(ctx.signedIn.organisation)}</strong></span> ` +
        `<button type="submit" class="utrecht-button utrecht-button--secondary-action">${h(t("web.signOut"))}</button></form>`
      : "";
  const nav =
    ctx.signedIn !== null || ctx.localMode
      ? `<nav class="site-nav" aria-label="${t("web.mainMenu")}"><ul>` +
        `<li><a class="utrecht-link" href="/">${h(t("web.navNew"))}</a></li>` +
        `<li><a class="utrecht-link" href="/toetsen">${h(t("web.navList"))}</a></li>` +
        `<li><a class="utrecht-link" href="/volwassenheid">${h(t("web.navMaturity"))}</a></li>` +
        `<li><a class="utrecht-link" href="/bestuur">${h(t("web.navGovernance"))}</a></li>` +
        `<li><a class="utrecht-link" href="/casussen">${h(t("web.navCases"))}</a></li></ul></nav>`
      : // Visitors without a key: what they may read without one, and the way in.
        `<nav class="site-nav" aria-label="${t("web.mainMenu")}"><ul>` +
        `<li><a class="utrecht-link" href="/moresprudentie">${h(t("web.navPublicCases"))}</a></li>` +
        `<li><a class="utrecht-link" href="/aanmelden">${h(t("web.signInTitle"))}</a></li></ul></nav>`;
  return (
    `<!DOCTYPE html>\n<html lang="${ctx.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${h(title)} — ${h(t("web.siteName"))}</title>\n` +
    `<link rel="stylesheet" href="${h(ctx.assets.nlds)}">\n<link rel="stylesheet" href="${h(ctx.assets.css)}">\n` +
    `<script src="${h(ctx.assets.js)}" defer></script>\n</head>\n` +
    `<body class="voorbeeld-theme utrecht-document utrecht-document--surface${options.bodyClass ? ` ${options.bodyClass}` : ""}">\n` +
    `<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">${h(t("web.skip"))}</a>\n` +
    `<header class="site-header"><div class="site-header__content">` +
    `<p class="site-name"><a href="/">${h(t("web.siteName"))}</a> <span class="site-tagline">${h(t("web.siteTagline"))}</span></p>` +
    nav +
    `<div class="site-tools"><a class="utrecht-link" href="${h(switchUrl(ctx.url, other))}" hreflang="${other}" lang="${other}">${h(t("web.switchTo"))}</a>${account}</div>` +
    `</div></header>\n` +
    `<main id="inhoud" class="site-main" tabindex="-1">\n` +
    (ctx.localMode ? `<p class="site-mode">${h(t("web.localMode"))}</p>\n` : "") +
    body +
    `\n</main>\n<footer class="site-footer"><p class="utrecht-paragraph">${h(t("web.footer"))}</p></footer>\n</body>\n</html>\n`
  );
}

/** One problem shown above a form: the message, and the field it belongs to. */
export interface FormError {
  readonly message: string;
  /** The id of the field to jump to. */
  readonly field?: string;
}

export function errorSummary(t: Texts, errors: readonly FormError[]): string {
  if (errors.length === 0) return "";
  const items = errors
    .map((e) => `<li>${e.field ? `<a class="utrecht-link" href="#${h(e.field)}">${h(e.message)}</a>` : h(e.message)}</li>`)
    .join("");
  return (
    `<div class="utrecht-alert utrecht-alert--error error-summary" role="alert" tabindex="-1" id="foutmeldingen" aria-labelledby="foutmeldingen-titel">` +
    `<h2 class="utrecht-heading-2" id="foutmeldingen-titel">${h(t("web.errorSummary"))}</h2><ul>${items}</ul></div>`
  );
}

/** The sign-in page (keys mode). */
export function signInPage(ctx: PageContext, options: { errors?: readonly FormError[]; returnTo?: string } = {}): string {
  const t = textsFor(ctx.lang);
  const errors = options.errors ?? [];
  const invalid = errors.length > 0;
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.signInTitle"))}</h1>\n${errorSummary(t, errors)}` +
    `<p class="utrecht-paragraph">${h(t("web.signInIntro"))}</p>\n` +
    `<form method="post" action="/aanmelden" enctype="multipart/form-data" class="utrecht-form" novalidate>` +
    `<input type="hidden" name="csrf" value="${h(ctx.csrf)}">` +
    (options.returnTo ? `<input type="hidden" name="terug" value="${h(options.returnTo)}">` : "") +
    `<div class="utrecht-form-field${invalid ? " utrecht-form-field--invalid" : ""}">` +
    `<p class="utrecht-form-field__label"><label class="utrecht-form-label" for="sleutel">${h(t("web.keyLabel"))}</label></p>` +
    `<p class="utrecht-form-field-description" id="sleutel-uitleg">${h(t("web.keyHint"))}</p>` +
    `<p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password${invalid ? " utrecht-textbox--invalid" : ""}" type="password" id="sleutel" name="sleutel" autocomplete="off" spellcheck="false" required aria-describedby="sleutel-uitleg"${invalid ? ` aria-invalid="true"` : ""}></p></div>` +
    `<p><button type="submit" class="utrecht-button utrecht-button--primary-action">${h(t("web.signInButton"))}</button></p></form>` +
    `<p class="utrecht-paragraph">${h(t("web.publicNoKey"))} <a class="utrecht-link" href="/moresprudentie">${h(t("web.publicTitle"))}</a></p>`;
  return layout(ctx, t("web.signInTitle"), body);
}

/** What the upload form remembers after a failed submission. */
export interface UploadValues {
  readonly title?: string;
  readonly ai?: string;
  readonly personalData?: string;
  readonly annex?: string;
  readonly ruleset?: string;
}

function radios(name: string, legend: string, value: string | undefined, t: Texts): string {
  const options: [string, string][] = [
    ["onbekend", t("web.unknown")],
    ["ja", t("web.yes")],
    ["nee", t("web.no")],
  ];
  const current = value ?? "onbekend";
  return (
    `<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${h(legend)}</legend>` +
    options
      .map(
        ([v, label]) =>
          `<div class="utrecht-form-field utrecht-form-field--radio"><p class="utrecht-form-field__input">` +
          `<input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="${name}-${v}" name="${name}" value="${v}"${v === current ? " checked" : ""}></p>` +
          `<p class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--radio" for="${name}-${v}">${h(label)}</label></p></div>`,
      )
      .join("") +
    `</fieldset>`
  );
}

/** File name endings the service reads (the browser checks them before sending; the server again). */
export const UPLOAD_EXTENSIONS = ["pdf", "docx", "odt", "html", "htm", "md", "markdown", "txt", "csv", "tsv", "json", "xml"] as const;

/** The upload page: documents, what the officer knows, the ruleset. Works without JavaScript. */
export function uploadPage(
  ctx: PageContext,
  options: {
    rulesets: readonly { name: string; description: string }[];
    defaultRuleset: string;
    maxFiles: number;
    /** The largest file the server takes; the page checks it before sending. */
    maxFileBytes?: number;
    errors?: readonly FormError[];
    values?: UploadValues;
  },
): string {
  const t = textsFor(ctx.lang);
  const errors = options.errors ?? [];
  const values = options.values ?? {};
  const fileError = errors.find((e) => e.field === "bestanden");
  const chosenRuleset = values.ruleset ?? options.defaultRuleset;
  const annexOptions =
    `<option value=""${!values.annex ? " selected" : ""}>${h(t("web.unknown"))}</option>` +
    `<option value="nee"${values.annex === "nee" ? " selected" : ""}>${h(t("web.annexNone"))}</option>` +
    annexAreas.map((a) => `<option value="${a}"${values.annex === a ? " selected" : ""}>${h(t(`web.annex.${a}`))}</option>`).join("");
  const rulesetOptions = options.rulesets
    .map((r) => `<option value="${h(r.name)}"${r.name === chosenRuleset ? " selected" : ""}>${h(r.name)}${r.description ? ` — ${h(r.description)}` : ""}</option>`)
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.uploadTitle"))}</h1>\n${errorSummary(t, errors)}` +
    `<p class="utrecht-paragraph">${h(t("web.uploadIntro"))}</p>\n` +
    `<form method="post" action="/toetsen" enctype="multipart/form-data" class="utrecht-form upload-form" data-upload ` +
    `data-text-uploading="${h(t("web.uploading"))}" data-text-checking="${h(t("web.checking"))}" data-text-network="${h(t("web.errorNetwork"))}" data-text-none="${h(t("web.noFiles"))}" ` +
    // Checked in the browser before sending (the server checks again): file type and size.
    `data-extensions="${UPLOAD_EXTENSIONS.join(" ")}"${options.maxFileBytes ? ` data-max-bytes="${options.maxFileBytes}"` : ""} ` +
    `data-text-type="${h(t("web.errorFileType", { name: "{name}" }))}" data-text-size="${h(t("web.errorFileSize", { name: "{name}", max: "{max}" }))}" data-text-summary="${h(t("web.errorSummary"))}">` +
    `<input type="hidden" name="csrf" value="${h(ctx.csrf)}">` +
    `<div class="utrecht-form-field${fileError ? " utrecht-form-field--invalid" : ""} dropzone" data-dropzone>` +
    `<p class="utrecht-form-field__label"><label class="utrecht-form-label" for="bestanden">${h(t("web.filesLabel"))}</label></p>` +
    `<p class="utrecht-form-field-description" id="bestanden-uitleg">${h(t("web.filesHint"))} <span class="js-only" hidden>${h(t("web.dropHint"))}</span></p>` +
    (fileError ? `<p class="utrecht-form-field-error-message" id="bestanden-fout">${h(fileError.message)}</p>` : "") +
    `<p class="utrecht-form-field__input"><input class="file-input" type="file" id="bestanden" name="files" multiple required ` +
    `accept="${UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(",")},application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/html,text/markdown,text/plain,text/csv,text/tab-separated-values,application/json,application/xml,text/xml" ` +
    `aria-describedby="bestanden-uitleg${fileError ? " bestanden-fout" : ""}"${fileError ? ` aria-invalid="true"` : ""}></p>` +
    `<div class="chosen-files js-only" hidden><p class="chosen-files__title" id="gekozen-titel">${h(t("web.chosenFiles"))}</p><ul id="gekozen" aria-labelledby="gekozen-titel"></ul></div>` +
    `</div>` +
    `<div class="utrecht-form-field"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="titel">${h(t("web.titleLabel"))}</label></p>` +
    `<p class="utrecht-form-field-description" id="titel-uitleg">${h(t("web.titleHint"))}</p>` +
    `<p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="titel" name="title" maxlength="300" autocomplete="off" aria-describedby="titel-uitleg" value="${h(values.title ?? "")}"></p></div>` +
    `<section class="know" aria-labelledby="weten"><h2 class="utrecht-heading-2" id="weten">${h(t("web.knowTitle"))}</h2><p class="utrecht-paragraph">${h(t("web.knowIntro"))}</p>` +
    radios("ai", t("web.aiLegend"), values.ai, t) +
    radios("persoonsgegevens", t("web.personalLegend"), values.personalData, t) +
    `<div class="utrecht-form-field"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="bijlage-iii">${h(t("web.annexLabel"))}</label></p>` +
    `<p class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="bijlage-iii" name="bijlageIII">${annexOptions}</select></p></div>` +
    `</section>` +
    `<div class="utrecht-form-field"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="regelset">${h(t("web.rulesetLabel"))}</label></p>` +
    `<p class="utrecht-form-field-description" id="regelset-uitleg">${h(t("web.rulesetHint"))}</p>` +
    `<p class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="regelset" name="ruleset" aria-describedby="regelset-uitleg">${rulesetOptions}</select></p></div>` +
    `<p><button type="submit" class="utrecht-button utrecht-button--primary-action">${h(t("web.submit"))}</button></p>` +
    `<div class="progress" id="voortgang" hidden><progress id="voortgang-balk" max="100" aria-labelledby="voortgang-tekst"></progress>` +
    `<p id="voortgang-tekst" class="utrecht-paragraph" role="status" aria-live="polite"></p></div>` +
    `</form>`;
  return layout(ctx, t("web.uploadTitle"), body);
}

/** Where the explanation of a requirement lives on this site. */
export function requirementHref(id: string, ruleset: string): string {
  return `/eisen/${encodeURIComponent(id)}?regelset=${encodeURIComponent(ruleset)}`;
}

/** A tender's name: its title, or its documents. */
export function reportName(report: CheckReport, fallback: string): string {
  if (report.tender?.title) return report.tender.id ? `${report.tender.title} (${report.tender.id})` : report.tender.title;
  if (report.documents.length > 0) return report.documents.map((d) => d.name).join(", ");
  return fallback;
}

/**
 * The report page: summary first (verdict, counts, classification with reasons), then every
 * requirement grouped by status and severity, with evidence, location, why it matters and what to
 * add. The filter works as a plain GET form; the script filters the same markup in place.
 */
export function reportPage(
  ctx: PageContext,
  check: Check,
  options: { requirements: readonly RequirementInfo[]; filter: ReportFilter; printView: boolean; selfUrl: string },
): string {
  const t = textsFor(ctx.lang);
  const report = check.report;
  const reportLang: Lang = report.language;
  const langAttr = reportLang === ctx.lang ? "" : ` lang="${reportLang}"`;
  const name = reportName(report, t("web.untitled"));
  const filter = options.printView ? { statuses: new Set<Status>(), severities: new Set<Severity>() } : options.filter;
  const base = `/toetsen/${encodeURIComponent(check.id)}`;

  const actions = options.printView
    ? `<p class="utrecht-paragraph print-hint">${h(t("web.printHint"))}</p>`
    : `<section aria-labelledby="delen" class="report-actions"><h2 class="utrecht-heading-2" id="delen">${h(t("web.actions"))}</h2>` +
      `<ul class="action-list">` +
      `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/rapport.json" download>${h(t("web.downloadJson"))}</a></li>` +
      `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/rapport.sarif" download>${h(t("web.downloadSarif"))}</a></li>` +
      `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/rapport.html" download>${h(t("web.downloadHtml"))}</a></li>` +
      `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}?weergave=afdruk" data-print>${h(t("web.print"))}</a></li>` +
      `<li><button type="button" class="utrecht-button utrecht-button--secondary-action" data-copy="${h(options.selfUrl)}" data-text-copied="${h(t("web.linkCopied"))}" hidden>${h(t("web.copyLink"))}</button></li>` +
      `</ul>` +
      `<div class="utrecht-form-field link-field"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="rapportlink">${h(t("web.linkLabel"))}</label></p>` +
      `<p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only" id="rapportlink" type="text" readonly value="${h(options.selfUrl)}"></p></div>` +
      `<p class="utrecht-paragraph" role="status" aria-live="polite" id="kopieer-status"></p></section>` +
      (report.summary.partial + report.summary.missing > 0
        ? `<section aria-labelledby="aanvullen" class="report-actions annex-actions"><h2 class="utrecht-heading-2" id="aanvullen">${h(t("web.clausesActions"))}</h2>` +
          `<p class="utrecht-paragraph">${h(t("web.clausesActionsIntro"))}</p><ul class="action-list">` +
          `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="${base}/bijlage">${h(t("web.clausesView"))}</a></li>` +
          `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/bijlage.docx" download>${h(t("web.clausesDocx"))}</a></li>` +
          `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/bijlage.md" download>${h(t("web.clausesMarkdown"))}</a></li>` +
          `</ul></section>`
        : "");

  const shown = report.results.filter((r) => matchesFilter(r, filter)).length;
  const total = report.results.length;
  const checkbox = (name: string, value: string, label: string, set: ReadonlySet<string>) =>
    `<div class="filter-option"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="f-${name}-${value}" name="${name}" value="${value}"${set.size === 0 || set.has(value) ? " checked" : ""}>` +
    `<label class="utrecht-form-label utrecht-form-label--checkbox" for="f-${name}-${value}">${h(label)}</label></div>`;
  const filterForm = options.printView
    ? ""
    : `<form method="get" action="${base}" class="report-filter" data-filter data-text-shown="${h(t("web.shown", { n: "{n}", total: "{total}" }))}" data-text-none="${h(t("web.noneShown"))}">` +
      `<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${h(t("web.filterLegendStatus"))}</legend>` +
      statusOrder.map((st) => checkbox("status", st, t(`report.statuses.${st}`), filter.statuses)).join("") +
      `</fieldset>` +
      `<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${h(t("web.filterLegendSeverity"))}</legend>` +
      severityOrder.map((sv) => checkbox("severity", sv, t(`report.severities.${sv}`), filter.severities)).join("") +
      `</fieldset>` +
      `<p class="filter-buttons"><button type="submit" class="utrecht-button utrecht-button--secondary-action" data-filter-submit>${h(t("web.filterApply"))}</button> ` +
      `<a class="utrecht-link" href="${base}">${h(t("web.filterReset"))}</a></p></form>`;
  const countLine = `<p class="utrecht-paragraph filter-count" role="status" aria-live="polite" id="filter-telling">${h(shown === 0 ? t("web.noneShown") : t("web.shown", { n: shown, total }))}</p>`;

  // The report view itself is the formatter's, the same one `ethiek check --format html` writes;
  // the page adds its title, share buttons and filter form in the view's slots.
  const body =
    `<h1 class="utrecht-heading-1"${report.tender?.title ? langAttr : ""}>${h(name)}</h1>\n<p class="utrecht-paragraph lead">${h(t("report.intro"))}</p>\n` +
    renderReportHtml(report, {
      lang: ctx.lang,
      requirements: options.requirements,
      explanationHref: (id) => requirementHref(id, report.ruleset.name),
      filter,
      fold: !options.printView,
      slots: { afterSummary: actions, beforeGroups: filterForm + countLine },
    });
  return layout(ctx, name, body, options.printView ? { bodyClass: "print-view" } : {});
}

/**
 * The annex of one check on the site: the model clauses (the annex's own markup, every text
 * escaped by @ethiek/clauses) with a copy button per clause, and the downloads.
 */
export function annexPage(ctx: PageContext, check: Check, annexArticleHtml: string, clauses: number): string {
  const t = textsFor(ctx.lang);
  const base = `/toetsen/${encodeURIComponent(check.id)}`;
  const name = reportName(check.report, t("web.untitled"));
  const body =
    `<p><a class="utrecht-link" href="${base}">${h(t("web.clausesBack"))}</a></p>` +
    `<h1 class="utrecht-heading-1">${h(t("web.clausesPageTitle"))}</h1><p class="utrecht-paragraph lead">${h(name)}</p>` +
    (clauses === 0
      ? `<p class="utrecht-paragraph">${h(t("web.clausesNone"))}</p>`
      : `<p class="utrecht-paragraph">${h(t("web.clausesPageIntro"))}</p>` +
        `<ul class="action-list">` +
        `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="${base}/bijlage.docx" download>${h(t("web.clausesDocx"))}</a></li>` +
        `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/bijlage.md" download>${h(t("web.clausesMarkdown"))}</a></li>` +
        `</ul>` +
        annexArticleHtml);
  return layout(ctx, t("web.clausesPageTitle"), body);
}

/** The organisation's earlier checks, newest first, one page at a time. */
export function listPage(ctx: PageContext, items: readonly CheckSummary[], page: number, pageCount: number): string {
  const t = textsFor(ctx.lang);
  const rows = items
    .map((c) => {
      const title = c.tenderTitle ?? t("web.untitled");
      return (
        `<tr class="utrecht-table__row"><td class="utrecht-table__cell"><time datetime="${h(c.createdAt)}">${h(formatDateTime(c.createdAt, ctx.lang))}</time></td>` +
        `<td class="utrecht-table__cell"><a class="utrecht-link" href="/toetsen/${encodeURIComponent(c.id)}">${h(title)}</a></td>` +
        `<td class="utrecht-table__cell"><span class="badge badge--verdict-${c.verdict}">${h(t(`report.verdicts.${c.verdict}`))}</span></td>` +
        `<td class="utrecht-table__cell utrecht-table__cell--numeric-data">${c.summary.satisfied} / ${c.summary.partial} / ${c.summary.missing}</td></tr>`
      );
    })
    .join("");
  const nav: string[] = [];
  if (page > 1) nav.push(`<a class="utrecht-link" rel="prev" href="/toetsen?pagina=${page - 1}">${h(t("web.previous"))}</a>`);
  if (pageCount > 1) nav.push(`<span>${h(t("web.pageOf", { p: page, n: pageCount }))}</span>`);
  if (page < pageCount) nav.push(`<a class="utrecht-link" rel="next" href="/toetsen?pagina=${page + 1}">${h(t("web.next"))}</a>`);
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.listTitle"))}</h1><p class="utrecht-paragraph">${h(t("web.listIntro"))}</p>` +
    (items.length === 0
      ? `<p class="utrecht-paragraph">${h(t("web.listEmpty"))}</p><p><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/">${h(t("web.navNew"))}</a></p>`
      : `<div class="utrecht-table-container" tabindex="0" role="region" aria-label="${h(t("web.listTitle"))}"><table class="utrecht-table utrecht-table--html-table checks-table"><caption class="utrecht-table__caption">${h(t("web.listTitle"))}</caption>` +
        `<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">${h(t("web.colDate"))}</th><th class="utrecht-table__header-cell" scope="col">${h(t("report.tender"))}</th>` +
        `<th class="utrecht-table__header-cell" scope="col">${h(t("report.verdict"))}</th><th class="utrecht-table__header-cell" scope="col">${h(t("web.colCounts"))}</th></tr></thead>` +
        `<tbody class="utrecht-table__body">${rows}</tbody></table></div>`) +
    (nav.length > 0 ? `<nav class="pagination" aria-label="${h(t("web.pageOf", { p: page, n: pageCount }))}">${nav.join(" ")}</nav>` : "");
  return layout(ctx, t("web.listTitle"), body);
}

/** The developer documentation in the repository, which `listRequirements` gives as the default helpUri. */
const DEVELOPER_DOCS = /^https:\/\/github\.com\/ethiek\/ethiek\/blob\/[^/]+\/docs\//;

/** The explanation of one requirement. */
export function requirementPage(ctx: PageContext, doc: RequirementInfo): string {
  const t = textsFor(ctx.lang);
  const sources = doc.sources
    .map((s) => {
      const label = h(sourceLabel(s, ctx.lang));
      return `<li>${s.url && /^https?:\/\//i.test(s.url) ? `<a class="utrecht-link" href="${h(s.url)}">${label}</a>` : label}</li>`;
    })
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(doc.title)}</h1><p class="requirement__labels"><code class="requirement__id">${h(doc.id)}</code></p>` +
    `<h2 class="utrecht-heading-2">${h(t("report.whyItMatters"))}</h2><p class="utrecht-paragraph">${h(doc.explanation)}</p>` +
    `<h2 class="utrecht-heading-2">${h(t("report.whatToAdd"))}</h2><p class="utrecht-paragraph">${h(doc.remediation)}</p>` +
    (doc.applies ? `<h2 class="utrecht-heading-2">${h(t("web.reqApplies"))}</h2><p class="utrecht-paragraph">${h(doc.applies)}</p>` : "") +
    `<h2 class="utrecht-heading-2">${h(t("report.severityLabel"))}</h2><p class="utrecht-paragraph">${h(doc.severityRule ?? t(`report.severities.${doc.severity}`))}</p>` +
    (sources ? `<h2 class="utrecht-heading-2">${h(t("report.sources"))}</h2><ul class="utrecht-unordered-list">${sources}</ul>` : "") +
    // "More explanation" only where it leads somewhere for this reader: not to the (English)
    // developer documentation, whose text this page already shows.
    (doc.helpUri && /^https?:\/\//i.test(doc.helpUri) && !DEVELOPER_DOCS.test(doc.helpUri) ? `<p class="utrecht-paragraph"><a class="utrecht-link" href="${h(doc.helpUri)}">${h(t("web.reqMore"))}</a></p>` : "");
  return layout(ctx, doc.title, body);
}

/**
 * A page for something that is not there (or not visible to this visitor). `back` replaces the
 * link to the upload form, for pages that visitors without a key reach.
 */
export function notFoundPage(ctx: PageContext, back: { href: string; label: string } = { href: "/", label: textsFor(ctx.lang)("web.navNew") }): string {
  const t = textsFor(ctx.lang);
  return layout(ctx, t("web.notFoundTitle"), `<h1 class="utrecht-heading-1">${h(t("web.notFoundTitle"))}</h1><p class="utrecht-paragraph">${h(t("web.notFoundText"))}</p><p><a class="utrecht-link" href="${h(back.href)}">${h(back.label)}</a></p>`);
}

/** A simple error page with one message (e.g. a role the visitor lacks). */
export function messagePage(ctx: PageContext, title: string, message: string): string {
  return layout(ctx, title, `<h1 class="utrecht-heading-1">${h(title)}</h1><div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">${h(message)}</p></div>`);
}
