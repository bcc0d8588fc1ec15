// Pages for ethics staff: cases, their reflections and their way through the statuses, the
// moresprudentie search, and the forms to submit a case, move it a step and give a reflection.
// The data and access rules are those of /v1/cases and /v1/precedents (storage/cases.ts, @ethiek/cases).
import { highlightHtml } from "@ethiek/cases";
import { escapeHtml as h, type Case, type CaseStatus, type CitingCheck, type PrecedentSearchResult } from "@ethiek/schemas";
import { formatDateTime } from "./i18n.js";
import { errorSummary, layout, type FormError, type PageContext } from "./render.js";
import { textsFor } from "./i18n.js";

/** One open case in the list. */
export interface CaseListItem {
  readonly id: string;
  readonly title: string;
  readonly status: CaseStatus;
  readonly createdAt: string;
}

const field = (id: string, label: string, input: string, hint?: string, error?: string) =>
  `<div class="utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${h(label)}</label></p>` +
  (hint ? `<p class="utrecht-form-field-description" id="${id}-uitleg">${h(hint)}</p>` : "") +
  (error ? `<p class="utrecht-form-field-error-message" id="${id}-fout">${h(error)}</p>` : "") +
  `<p class="utrecht-form-field__input">${input}</p></div>`;

const described = (id: string, hint: boolean, error: boolean) => {
  const ids = [hint ? `${id}-uitleg` : "", error ? `${id}-fout` : ""].filter(Boolean).join(" ");
  return `${ids ? ` aria-describedby="${ids}"` : ""}${error ? ' aria-invalid="true"' : ""}`;
};

/** The cases page: search in the moresprudentie (closed cases), and the open cases. */
export function casesPage(ctx: PageContext, options: { query: string; result: PrecedentSearchResult; open: readonly CaseListItem[] }): string {
  const t = textsFor(ctx.lang);
  const hits = options.result.hits
    .map(
      (hit) =>
        `<li class="case-hit"><h3 class="utrecht-heading-3"><a class="utrecht-link" href="/casussen/${encodeURIComponent(hit.caseId)}">${h(hit.title)}</a></h3>` +
        `<p class="case-hit__meta">${h([hit.commission, hit.year ? String(hit.year) : "", ...hit.values].filter(Boolean).join(" · "))}</p>` +
        hit.snippets
          .slice(0, 2)
          .map((s) => `<p class="utrecht-paragraph case-hit__snippet">${highlightHtml(s)}</p>`)
          .join("") +
        `</li>`,
    )
    .join("");
  const rows = options.open
    .map(
      (c) =>
        `<tr class="utrecht-table__row"><td class="utrecht-table__cell"><a class="utrecht-link" href="/casussen/${encodeURIComponent(c.id)}">${h(c.title)}</a></td>` +
        `<td class="utrecht-table__cell">${h(t(`web.caseStatuses.${c.status}`))}</td>` +
        `<td class="utrecht-table__cell"><time datetime="${h(c.createdAt)}">${h(formatDateTime(c.createdAt, ctx.lang))}</time></td></tr>`,
    )
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.casesTitle"))}</h1><p class="utrecht-paragraph">${h(t("web.casesIntro"))}</p>` +
    `<p class="utrecht-paragraph"><a class="utrecht-link" href="/moresprudentie">${h(t("web.casesPublicLink"))}</a></p>` +
    `<p><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/casussen/nieuw">${h(t("web.casesNew"))}</a></p>` +
    `<section aria-labelledby="moresprudentie"><h2 class="utrecht-heading-2" id="moresprudentie">${h(t("web.casesSearchLabel"))}</h2>` +
    `<form method="get" action="/casussen" class="case-search" role="search">` +
    field("zoek", t("web.casesSearchLabel"), `<input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="zoek" name="q" maxlength="500" value="${h(options.query)}"${described("zoek", true, false)}>`, t("web.casesSearchHint")) +
    `<p><button type="submit" class="utrecht-button utrecht-button--secondary-action">${h(t("web.casesSearch"))}</button></p></form>` +
    `<p class="utrecht-paragraph" role="status" id="zoek-telling">${h(options.result.total === 0 ? t("web.casesNoHits") : t("web.casesHits", { n: options.result.total }))}</p>` +
    (hits ? `<ol class="case-hits">${hits}</ol>` : "") +
    `</section>` +
    `<section aria-labelledby="lopend"><h2 class="utrecht-heading-2" id="lopend">${h(t("web.casesOpenTitle"))}</h2>` +
    (rows
      ? `<div class="utrecht-table-container" tabindex="0" role="region" aria-label="${h(t("web.casesOpenTitle"))}"><table class="utrecht-table utrecht-table--html-table"><caption class="utrecht-table__caption visually-hidden">${h(t("web.casesOpenTitle"))}</caption>` +
        `<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">${h(t("web.casesColTitle"))}</th><th class="utrecht-table__header-cell" scope="col">${h(t("web.casesColStatus"))}</th><th class="utrecht-table__header-cell" scope="col">${h(t("web.casesColDate"))}</th></tr></thead>` +
        `<tbody class="utrecht-table__body">${rows}</tbody></table></div>`
      : `<p class="utrecht-paragraph">${h(t("web.casesOpenEmpty"))}</p>`) +
    `</section>`;
  return layout(ctx, t("web.casesTitle"), body);
}

/** What the visitor typed into the case form, to show again after an error. */
export interface CaseFormValues {
  readonly title?: string;
  readonly question?: string;
  readonly context?: string;
  readonly values?: string;
  readonly confidentiality?: string;
}

/** The form to submit a case. */
export function newCasePage(ctx: PageContext, options: { errors?: readonly FormError[]; values?: CaseFormValues } = {}): string {
  const t = textsFor(ctx.lang);
  const errors = options.errors ?? [];
  const v = options.values ?? {};
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const chosen = v.confidentiality ?? "internal";
  const radios = (["internal", "confidential", "public"] as const)
    .map(
      (c) =>
        `<div class="utrecht-form-field utrecht-form-field--radio"><input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="vertrouwelijk-${c}" name="confidentiality" value="${c}"${c === chosen ? " checked" : ""}>` +
        `<label class="utrecht-form-label utrecht-form-label--radio" for="vertrouwelijk-${c}">${h(t(`web.caseConfidentiality.${c}`))}</label></div>`,
    )
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.caseNewTitle"))}</h1>${errorSummary(t, errors)}<p class="utrecht-paragraph">${h(t("web.caseNewIntro"))}</p>` +
    `<form method="post" action="/casussen" enctype="multipart/form-data" class="utrecht-form case-form"><input type="hidden" name="csrf" value="${h(ctx.csrf)}">` +
    field("titel", t("web.caseFieldTitle"), `<input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="titel" name="title" maxlength="300" required value="${h(v.title ?? "")}"${described("titel", false, !!err("titel"))}>`, undefined, err("titel")) +
    field("vraag", t("web.caseFieldQuestion"), `<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="vraag" name="question" rows="5" maxlength="5000" required${described("vraag", false, !!err("vraag"))}>${h(v.question ?? "")}</textarea>`, undefined, err("vraag")) +
    field("achtergrond", t("web.caseFieldContext"), `<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="achtergrond" name="context" rows="4" maxlength="10000">${h(v.context ?? "")}</textarea>`) +
    field("waarden", t("web.caseFieldValues"), `<input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="waarden" name="values" maxlength="300" value="${h(v.values ?? "")}"${described("waarden", true, false)}>`, t("web.caseFieldValuesHint")) +
    `<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${h(t("web.caseFieldConfidentiality"))}</legend>${radios}</fieldset>` +
    `<p><button type="submit" class="utrecht-button utrecht-button--primary-action">${h(t("web.caseSubmit"))}</button></p></form>`;
  return layout(ctx, t("web.caseNewTitle"), body);
}

/** One case: question, way through the statuses, reflections, checks citing it, and its forms. */
export function casePage(
  ctx: PageContext,
  c: Case,
  options: {
    citing: readonly CitingCheck[];
    /** Statuses this visitor may move the case to now. */
    nextSteps: readonly CaseStatus[];
    /** Whether this visitor is the handling commission (may give a reflection). */
    commission: boolean;
    errors?: readonly FormError[];
  },
): string {
  const t = textsFor(ctx.lang);
  const errors = options.errors ?? [];
  const dl = (items: ReadonlyArray<readonly [string, string]>) =>
    `<dl class="utrecht-data-list case-facts">${items
      .filter(([, v]) => v !== "")
      .map(
        ([k, v]) =>
          `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${h(k)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${h(v)}</dd></div>`,
      )
      .join("")}</dl>`;
  const steps = c.events
    .map(
      (e) =>
        `<li><strong>${h(t(`web.caseStatuses.${e.to}`))}</strong> <span class="case-step__by">${h(t("web.caseStepBy", { who: e.actor, when: formatDateTime(e.at, ctx.lang) }))}</span>` +
        (e.reason ? `<br><span class="case-step__reason">${h(e.reason)}</span>` : "") +
        `</li>`,
    )
    .join("");
  const reflections = (c.reflections ?? [])
    .map(
      (r, i) =>
        `<article class="reflection" aria-labelledby="reflectie-${i + 1}"><h3 class="utrecht-heading-3" id="reflectie-${i + 1}"><time datetime="${h(r.givenDate)}">${h(r.givenDate)}</time> — ${h(t("web.caseAuthors"))} ${h(r.authors.map((a) => a.name).join(", "))}</h3>` +
        `<p class="utrecht-paragraph">${h(r.text)}</p>` +
        (r.valuesWeighed.length > 0
          ? `<h4 class="utrecht-heading-4">${h(t("web.caseWeighed"))}</h4><ul class="utrecht-unordered-list">${r.valuesWeighed.map((w) => `<li><strong>${h(w.value)}</strong>: ${h(w.consideration)}</li>`).join("")}</ul>`
          : "") +
        `<p class="utrecht-paragraph"><strong>${h(t("web.caseAdvice"))}:</strong> ${h(r.advice)}</p></article>`,
    )
    .join("");
  const citing = options.citing
    .map((x) => `<li><a class="utrecht-link" href="/toetsen/${encodeURIComponent(x.checkId)}">${h(x.checkId)}</a>: ${h(x.requirements.join(", "))}</li>`)
    .join("");
  const base = `/casussen/${encodeURIComponent(c.id)}`;
  const nextForm =
    options.nextSteps.length === 0
      ? ""
      : `<section aria-labelledby="volgende-stap"><h2 class="utrecht-heading-2" id="volgende-stap">${h(t("web.caseNextTitle"))}</h2>` +
        `<form method="post" action="${base}/stap" enctype="multipart/form-data" class="utrecht-form"><input type="hidden" name="csrf" value="${h(ctx.csrf)}">` +
        field(
          "stap",
          t("web.caseNextLabel"),
          `<select class="utrecht-select utrecht-select--html-select" id="stap" name="to">${options.nextSteps.map((s) => `<option value="${s}">${h(t(`web.caseStatuses.${s}`))}</option>`).join("")}</select>`,
        ) +
        field("reden", t("web.caseNextReason"), `<input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="reden" name="reason" maxlength="2000"${described("reden", false, !!errors.find((e) => e.field === "reden"))}>`) +
        `<p><button type="submit" class="utrecht-button utrecht-button--secondary-action">${h(t("web.caseNextSubmit"))}</button></p></form></section>`;
  const canReflect = c.status === "in-analysis" || c.status === "reflection-given";
  const reflectForm = !options.commission
    ? ""
    : `<section aria-labelledby="reflectie-geven"><h2 class="utrecht-heading-2" id="reflectie-geven">${h(t("web.caseReflectTitle"))}</h2>` +
      (canReflect
        ? `<form method="post" action="${base}/reflectie" enctype="multipart/form-data" class="utrecht-form"><input type="hidden" name="csrf" value="${h(ctx.csrf)}">` +
          field("auteurs", t("web.caseReflectAuthors"), `<input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="auteurs" name="authors" maxlength="500" required>`) +
          field("reflectie", t("web.caseReflectText"), `<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="reflectie" name="text" rows="6" maxlength="20000" required></textarea>`) +
          field("waarde", t("web.caseReflectValue"), `<input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="waarde" name="value" maxlength="100" required>`) +
          field("afweging", t("web.caseReflectConsideration"), `<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="afweging" name="consideration" rows="3" maxlength="5000" required></textarea>`) +
          field("advies", t("web.caseReflectAdvice"), `<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="advies" name="advice" rows="3" maxlength="5000" required></textarea>`) +
          `<p><button type="submit" class="utrecht-button utrecht-button--primary-action">${h(t("web.caseReflectSubmit"))}</button></p></form>`
        : `<p class="utrecht-paragraph">${h(t("web.caseReflectNotYet"))}</p>`) +
      `</section>`;
  const body =
    `<h1 class="utrecht-heading-1">${h(c.title)}</h1>${errorSummary(t, errors)}` +
    dl([
      [t("web.casesColStatus"), t(`web.caseStatuses.${c.status}`)],
      [t("web.caseFrom"), c.requester.organisation.name],
      [t("web.caseTo"), c.to?.name ?? ""],
      [t("web.caseFieldConfidentiality"), t(`web.caseConfidentiality.${c.confidentiality}`)],
      [t("web.caseValues"), c.tags.values.join(", ")],
    ]) +
    `<h2 class="utrecht-heading-2">${h(t("web.caseQuestion"))}</h2><p class="utrecht-paragraph">${h(c.question)}</p>` +
    (c.context ? `<h2 class="utrecht-heading-2">${h(t("web.caseContext"))}</h2><p class="utrecht-paragraph">${h(c.context)}</p>` : "") +
    `<section aria-labelledby="reflecties"><h2 class="utrecht-heading-2" id="reflecties">${h(t("web.caseReflections"))}</h2>${reflections || `<p class="utrecht-paragraph">${h(t("web.caseNoReflections"))}</p>`}</section>` +
    `<section aria-labelledby="weg"><h2 class="utrecht-heading-2" id="weg">${h(t("web.caseSteps"))}</h2><p class="utrecht-paragraph">${h(t("web.caseStepsIntro"))}</p><ol class="case-steps">${steps}</ol></section>` +
    `<section aria-labelledby="aanhalingen"><h2 class="utrecht-heading-2" id="aanhalingen">${h(t("web.caseCiting"))}</h2>${citing ? `<ul class="utrecht-unordered-list">${citing}</ul>` : `<p class="utrecht-paragraph">${h(t("web.caseCitingNone"))}</p>`}</section>` +
    nextForm +
    reflectForm;
  return layout(ctx, c.title, body);
}
