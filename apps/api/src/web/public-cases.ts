// Pages of the public moresprudentie, for anyone without a key: the closed public cases as the
// public export shows them (storage/public-precedents.ts), searchable, one by one. What a page shows
// comes from a `PublicCase` only, so it can never show a person's name or a case the export
// leaves out; every text passes through `escapeHtml`.
import { highlightHtml } from "@ethiek/cases";
import { escapeHtml as h, type PrecedentSearchResult, type PublicCase } from "@ethiek/schemas";
import { formatDate, textsFor } from "./i18n.js";
import { layout, type PageContext } from "./render.js";

/** The longest search the page reads; a longer one is cut, and the page says so. */
export const maxQueryLength = 500;

/** The analysis methods the catalogue names (`case.schema.json`'s methods). */
const METHODS = ["guidance-ethics", "instrument", "deda", "free-form"] as const;
type Method = (typeof METHODS)[number];
const isMethod = (m: string): m is Method => (METHODS as readonly string[]).includes(m);

/** A tag as people read it: "non-discriminatie" stays, "openbare-orde" becomes "openbare orde". */
const tagText = (tags: readonly string[]) => tags.map((t) => t.replaceAll("-", " ")).join(", ");

const paragraph = (text: string) => `<p class="utrecht-paragraph">${h(text)}</p>`;

/** The link to one public case. */
export const publicCaseHref = (id: string) => `/moresprudentie/${encodeURIComponent(id)}`;

/** The list page: search form, count, highlighted hits, pages, and the export's files. */
export function publicCasesPage(
  ctx: PageContext,
  options: {
    query: string;
    /** The query was longer than {@link maxQueryLength} and was cut. */
    cut: boolean;
    result: PrecedentSearchResult;
    page: number;
    pageCount: number;
    /** The visitor is signed in and may read the cases pages. */
    reader: boolean;
  },
): string {
  const t = textsFor(ctx.lang);
  const { query, result, page, pageCount } = options;
  const hits = result.hits
    .map(
      (hit) =>
        `<li class="case-hit"><h3 class="utrecht-heading-3"><a class="utrecht-link" href="${h(publicCaseHref(hit.caseId))}">${h(hit.title)}</a></h3>` +
        `<p class="case-hit__meta">${h([hit.commission, String(hit.year), tagText(hit.values)].filter(Boolean).join(" · "))}</p>` +
        hit.snippets
          .slice(0, 2)
          .map((s) => `<p class="utrecht-paragraph case-hit__snippet">${highlightHtml(s)}</p>`)
          .join("") +
        `</li>`,
    )
    .join("");
  const pageHref = (p: number) => `/moresprudentie?${new URLSearchParams({ ...(query ? { q: query } : {}), pagina: String(p) }).toString()}`;
  const nav: string[] = [];
  if (page > 1) nav.push(`<a class="utrecht-link" rel="prev" href="${h(pageHref(page - 1))}">${h(t("web.previous"))}</a>`);
  if (pageCount > 1) nav.push(`<span>${h(t("web.pageOf", { p: page, n: pageCount }))}</span>`);
  if (page < pageCount) nav.push(`<a class="utrecht-link" rel="next" href="${h(pageHref(page + 1))}">${h(t("web.next"))}</a>`);
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.publicTitle"))}</h1>${paragraph(t("web.publicIntro"))}` +
    (options.reader
      ? `<p class="utrecht-paragraph public-note">${h(t("web.publicSignedIn"))} <a class="utrecht-link" href="/casussen">${h(t("web.publicSignedInLink"))}</a></p>`
      : "") +
    `<section aria-labelledby="zoeken"><h2 class="utrecht-heading-2" id="zoeken">${h(t("web.publicSearchLabel"))}</h2>` +
    `<form method="get" action="/moresprudentie" class="case-search" role="search">` +
    `<div class="utrecht-form-field"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="zoek">${h(t("web.publicSearchWords"))}</label></p>` +
    `<p class="utrecht-form-field-description" id="zoek-uitleg">${h(t("web.casesSearchHint"))}</p>` +
    `<p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="zoek" name="q" maxlength="${maxQueryLength}" value="${h(query)}" aria-describedby="zoek-uitleg"></p></div>` +
    `<p><button type="submit" class="utrecht-button utrecht-button--secondary-action">${h(t("web.casesSearch"))}</button></p></form>` +
    (options.cut ? `<p class="utrecht-paragraph public-note">${h(t("web.publicQueryCut", { max: maxQueryLength }))}</p>` : "") +
    `<p class="utrecht-paragraph" role="status" id="zoek-telling">${h(result.total === 0 ? t("web.casesNoHits") : t("web.casesHits", { n: result.total }))}</p>` +
    (hits ? `<ol class="case-hits">${hits}</ol>` : "") +
    (nav.length > 0 ? `<nav class="pagination" aria-label="${h(t("web.pageOf", { p: page, n: pageCount }))}">${nav.join(" ")}</nav>` : "") +
    `</section>` +
    `<section aria-labelledby="bestanden"><h2 class="utrecht-heading-2" id="bestanden">${h(t("web.publicDownloadTitle"))}</h2><ul class="utrecht-unordered-list">` +
    `<li><a class="utrecht-link" href="/v1/precedents/export?format=html">${h(t("web.publicDownloadHtml"))}</a></li>` +
    `<li><a class="utrecht-link" href="/v1/precedents/export">${h(t("web.publicDownloadJson"))}</a></li></ul></section>`;
  return layout(ctx, t("web.publicTitle"), body);
}

/**
 * One public case: facts, question, background, technology, who it affects, how it was analysed,
 * the non-binding reflections, the decision, and how many tender checks cite it.
 */
export function publicCasePage(ctx: PageContext, p: PublicCase, options: { fullCaseHref?: string } = {}): string {
  const t = textsFor(ctx.lang);
  const date = (day: string) => formatDate(day, ctx.lang);
  const facts = (
    [
      [t("web.caseFrom"), p.organisation],
      [t("web.caseTo"), p.commission],
      [t("web.publicYear"), String(p.year)],
      [t("web.caseValues"), tagText(p.tags.values)],
      [t("web.publicTechnologies"), tagText(p.tags.technologies)],
      [t("web.publicDomains"), tagText(p.tags.policyDomains)],
    ] as const
  )
    .filter(([, v]) => v !== "")
    .map(
      ([k, v]) =>
        `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(k)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${h(v)}</dd></div>`,
    )
    .join("");
  const section = (id: string, title: string, content: string) =>
    `<section aria-labelledby="${id}"><h2 class="utrecht-heading-2" id="${id}">${h(title)}</h2>${content}</section>`;
  const methods = (p.analysisMethods ?? []).filter(isMethod);
  const reflections = p.reflections
    .map(
      (r, i) =>
        `<article class="reflection" aria-labelledby="reflectie-${i + 1}"><h3 class="utrecht-heading-3" id="reflectie-${i + 1}">${h(t("web.publicReflection", { date: date(r.givenDate) }))}</h3>` +
        `<p class="utrecht-paragraph reflection__note">${h(t("web.publicNotBinding"))}</p>${paragraph(r.text)}` +
        (r.valuesWeighed.length > 0
          ? `<h4 class="utrecht-heading-4">${h(t("web.caseWeighed"))}</h4><ul class="utrecht-unordered-list">${r.valuesWeighed.map((w) => `<li><strong>${h(w.value.replaceAll("-", " "))}</strong>: ${h(w.consideration)}</li>`).join("")}</ul>`
          : "") +
        `<p class="utrecht-paragraph"><strong>${h(t("web.caseAdvice"))}:</strong> ${h(r.advice)}</p></article>`,
    )
    .join("");
  const d = p.decision;
  const decision =
    d === undefined
      ? ""
      : section(
          "besluit",
          t("web.publicDecision"),
          paragraph(t("web.publicDecidedBy", { who: d.decidedBy, date: date(d.decidedDate) })) +
            paragraph(d.text) +
            paragraph(t(`web.followsAdvice.${d.followsAdvice}`)) +
            (d.followUp ? `<h3 class="utrecht-heading-3">${h(t("web.publicFollowUp"))}</h3>${paragraph(d.followUp)}` : "") +
            (d.reviewDate ? paragraph(t("web.publicReview", { date: date(d.reviewDate) })) : ""),
        );
  // As the export: the number of checks whose approved waivers cite the case, and their ids as
  // text. Checks belong to one organisation each, so there is nothing here to link to.
  const citing =
    p.citedByChecks.length === 0
      ? paragraph(t("web.caseCitingNone"))
      : paragraph(t("web.publicCiting", { n: p.citedByChecks.length })) +
        `<p class="utrecht-paragraph">${h(t("web.publicCitingIds"))}: ${p.citedByChecks.map((id) => `<code>${h(id)}</code>`).join(", ")}</p>`;
  const body =
    `<p class="utrecht-paragraph"><a class="utrecht-link" href="/moresprudentie">${h(t("web.publicBack"))}</a></p>` +
    `<h1 class="utrecht-heading-1">${h(p.title)}</h1>` +
    (options.fullCaseHref
      ? `<p class="utrecht-paragraph public-note">${h(t("web.publicFullCase"))} <a class="utrecht-link" href="${h(options.fullCaseHref)}">${h(t("web.publicFullCaseLink"))}</a></p>`
      : "") +
    `<dl class="utrecht-data-list case-facts">${facts}</dl>` +
    section("vraag", t("web.caseQuestion"), paragraph(p.question)) +
    (p.context ? section("achtergrond", t("web.caseContext"), paragraph(p.context)) : "") +
    (p.technology ? section("technologie", t("web.publicTechnology"), paragraph(p.technology)) : "") +
    ((p.stakeholders ?? []).length > 0
      ? section("belanghebbenden", t("web.publicStakeholders"), `<ul class="utrecht-unordered-list">${(p.stakeholders ?? []).map((s) => `<li>${h(s)}</li>`).join("")}</ul>`)
      : "") +
    (methods.length > 0
      ? section("analyse", t("web.publicMethods"), `<ul class="utrecht-unordered-list">${methods.map((m) => `<li>${h(t(`web.analysisMethods.${m}`))}</li>`).join("")}</ul>`)
      : "") +
    section("reflecties", t("web.caseReflections"), reflections || paragraph(t("web.caseNoReflections"))) +
    decision +
    section("aanhalingen", t("web.caseCiting"), citing);
  return layout(ctx, p.title, body);
}
