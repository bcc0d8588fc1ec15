// The maturity pages of the web page: the organisation's assessments, and one assessment with its
// charts, scores per dimension (self-assessed beside measured), unanswered questions and action
// plan. The charts are the SVGs of @ethiek/maturity, inlined (they carry no script or style, so
// the page's Content-Security-Policy holds), each followed by the same figures as a table.
import { radarChart, radarSeries, textIn, timelineChart, type ChartSeries, type RadarInput, type TimelinePoint } from "@ethiek/maturity";
import { escapeHtml as h, type MaturityActionPlan, type MaturityAssessment, type MaturityModel, type MaturityScores } from "@ethiek/schemas";
import { formatDateTime, textsFor, type Texts } from "./i18n.js";
import { errorSummary, layout, type FormError, type PageContext } from "./render.js";
import { table } from "./table.js";

/** One row of the list of assessments. */
export interface AssessmentListItem {
  readonly id: string;
  readonly title?: string;
  readonly modelName: string;
  readonly createdAt: string;
  readonly level: number | null;
  readonly maxLevel: number;
  readonly answered: number;
  readonly questions: number;
}

/** Everything the assessment page shows; built from the same helpers as the /v1 routes. */
export interface AssessmentView {
  readonly id: string;
  readonly assessment: MaturityAssessment;
  readonly model: MaturityModel;
  readonly scores: MaturityScores;
  readonly radar: RadarInput;
  readonly timeline: readonly TimelinePoint[];
  readonly plan: MaturityActionPlan;
}

const levelText = (t: Texts, level: number | null | undefined, max: number) => (level === null || level === undefined ? t("web.noLevel") : t("web.levelOf", { level, max }));

/** The title of an assessment: its own, or the date it was made. */
export function assessmentName(assessment: { title?: string; createdAt: string }, lang: "nl" | "en"): string {
  return assessment.title ?? formatDateTime(assessment.createdAt, lang);
}

/** The organisation's assessments, newest first. */
export function maturityListPage(ctx: PageContext, items: readonly AssessmentListItem[]): string {
  const t = textsFor(ctx.lang);
  const rows = items
    .map(
      (a) =>
        `<tr class="utrecht-table__row"><td class="utrecht-table__cell"><time datetime="${h(a.createdAt)}">${h(formatDateTime(a.createdAt, ctx.lang))}</time></td>` +
        `<td class="utrecht-table__cell"><a class="utrecht-link" href="/volwassenheid/${encodeURIComponent(a.id)}">${h(a.title ?? t("web.untitled"))}</a></td>` +
        `<td class="utrecht-table__cell">${h(a.modelName)}</td>` +
        `<td class="utrecht-table__cell">${h(levelText(t, a.level, a.maxLevel))}</td>` +
        `<td class="utrecht-table__cell">${h(t("web.answeredOf", { answered: a.answered, total: a.questions }))}</td></tr>`,
    )
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.maturityTitle"))}</h1><p class="utrecht-paragraph">${h(t("web.maturityIntro"))}</p>` +
    `<p><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/volwassenheid/nieuw">${h(t("web.maturityNew"))}</a></p>` +
    (items.length === 0
      ? `<p class="utrecht-paragraph">${h(t("web.maturityEmpty"))}</p>`
      : table(t("web.maturityTitle"), [t("web.colDate"), t("web.colAssessment"), t("web.colModel"), t("web.colLevel"), t("web.colAnswered")], rows, "checks-table", true));
  return layout(ctx, t("web.maturityTitle"), body);
}

/** A series' cells in a chart table: the level, or "no answer". */
function seriesTable(t: Texts, model: MaturityModel, caption: string, columns: readonly { key: string; label: string; levelAt: (i: number) => number | null }[], lang: "nl" | "en", id: string): string {
  const rows = model.dimensions
    .map(
      (d, i) =>
        `<tr class="utrecht-table__row" data-dimension="${h(d.id)}"><th class="utrecht-table__header-cell" scope="row">${h(textIn(d.name, lang))}</th>` +
        columns.map((c) => `<td class="utrecht-table__cell utrecht-table__cell--numeric-data" data-series="${h(c.key)}">${h(String(c.levelAt(i) ?? t("web.noAnswer")))}</td>`).join("") +
        `</tr>`,
    )
    .join("");
  return `<div id="${id}">${table(caption, [t("web.colDimension"), ...columns.map((c) => c.label)], rows, "chart-table")}</div>`;
}

/**
 * One chart with its figures: the inlined SVG (its `<title>` and `<desc>` name every value) in a
 * figure, then the same values as a table for those who cannot see or read the chart.
 */
function chartFigure(svg: string, caption: string, tableHtml: string, id: string): string {
  return `<figure class="chart" id="${id}"><div class="chart__image">${svg}</div><figcaption class="chart__caption">${h(caption)}</figcaption></figure>${tableHtml}`;
}

/** The page of one assessment. */
export function assessmentPage(ctx: PageContext, view: AssessmentView): string {
  const t = textsFor(ctx.lang);
  const lang = ctx.lang;
  const { model, scores, assessment, plan } = view;
  const max = model.levels.length;
  const name = assessmentName(assessment, lang);
  const dimName = (id: string) => textIn(model.dimensions.find((d) => d.id === id)?.name, lang) || id;
  const base = `/volwassenheid/${encodeURIComponent(view.id)}`;

  // Charts: the same series the SVG draws, so chart and table never disagree.
  const labels: Record<ChartSeries["id"], string> = { current: t("web.seriesNow"), target: t("web.seriesTarget"), previous: t("web.seriesPrevious") };
  const series = radarSeries(model, view.radar, lang).map((s) => ({ ...s, label: labels[s.id] }));
  const radarSvg = radarChart(model, view.radar, { language: lang, idPrefix: "grafiek-radar", title: t("web.radarTitle") });
  const radarTable = seriesTable(
    t,
    model,
    `${t("web.chartAsTable")}: ${t("web.radarTitle")}`,
    series.map((s) => ({ key: s.id, label: s.label, levelAt: (i: number) => s.levels[i] ?? null })),
    lang,
    "grafiek-radar-tabel",
  );
  const timelineSvg = timelineChart(model, view.timeline, { language: lang, idPrefix: "grafiek-tijd", title: t("web.timelineTitle") });
  const timelineTable = seriesTable(
    t,
    model,
    `${t("web.chartAsTable")}: ${t("web.timelineTitle")}`,
    view.timeline.map((p, j) => ({
      key: `punt-${j}`,
      label: p.label,
      levelAt: (i: number) => p.scores.dimensions.find((s) => s.dimension === model.dimensions[i]!.id)?.level ?? null,
    })),
    lang,
    "grafiek-tijd-tabel",
  );

  const scoreRows = scores.dimensions
    .map((d) => {
      const measured = d.measured === undefined ? t("web.notMeasured") : `${t("web.levelOf", { level: d.measured.level, max })} (${t(`web.agreement.${d.measured.agreement}`)})`;
      return (
        `<tr class="utrecht-table__row" data-dimension="${h(d.dimension)}"><th class="utrecht-table__header-cell" scope="row">${h(dimName(d.dimension))}</th>` +
        `<td class="utrecht-table__cell" data-source="self-assessed">${h(levelText(t, d.level, max))}${d.provisional && d.level !== null ? ` <span class="note">(${h(t("web.provisional"))})</span>` : ""}</td>` +
        `<td class="utrecht-table__cell utrecht-table__cell--numeric-data">${d.mean === null ? "–" : h(d.mean.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 }))}</td>` +
        `<td class="utrecht-table__cell">${h(t("web.answeredOf", { answered: d.answered, total: d.questions }))}</td>` +
        `<td class="utrecht-table__cell" data-source="measured">${h(measured)}</td></tr>`
      );
    })
    .join("");
  const method = textIn(scores.method.description, lang);

  const unanswered = scores.unanswered
    .map((id) => {
      const q = model.questions.find((x) => x.id === id);
      return `<li data-question="${h(id)}"><strong>${h(dimName(q?.dimension ?? ""))}</strong>: ${h(textIn(q?.text, lang) || id)}</li>`;
    })
    .join("");

  const gaps = plan.dimensions
    .map((g) => {
      const now = levelText(t, g.level, max);
      const head = `<h3 class="utrecht-heading-3">${h(dimName(g.dimension))}</h3>`;
      if (g.distance === 0) return `<section class="plan-dimension" data-dimension="${h(g.dimension)}" data-distance="0">${head}<p class="utrecht-paragraph">${h(t("web.targetReached", { now }))}</p></section>`;
      const needs =
        g.requirements.length > 0 && g.nextLevel !== undefined
          ? `<h4 class="utrecht-heading-4">${h(t("web.nextLevelNeeds", { level: g.nextLevel }))}</h4><ul class="utrecht-unordered-list">${g.requirements.map((r) => `<li>${h(textIn(r.statement, lang))}</li>`).join("")}</ul>`
          : "";
      const actions =
        g.actions.length > 0
          ? `<h4 class="utrecht-heading-4">${h(t("web.actionsLabel"))}</h4><ul class="utrecht-unordered-list">${g.actions
              .map((a) => `<li>${h(textIn(a.text, lang))}${a.result ? ` <span class="note">${h(t("web.actionResult"))}: ${h(textIn(a.result, lang))}</span>` : ""}</li>`)
              .join("")}</ul>`
          : "";
      return (
        `<section class="plan-dimension" data-dimension="${h(g.dimension)}" data-distance="${g.distance}">${head}` +
        `<p class="utrecht-paragraph">${h(t("web.gap", { now, target: g.targetLevel, distance: g.distance }))}</p>${needs}${actions}</section>`
      );
    })
    .join("");

  const body =
    `<h1 class="utrecht-heading-1">${h(name)}</h1>` +
    `<p class="utrecht-paragraph lead">${h(t("web.assessmentIntro"))}</p>` +
    `<dl class="meta"><div class="utrecht-data-list__item"><dt>${h(t("web.colModel"))}</dt><dd>${h(textIn(model.name, lang))}</dd></div>` +
    `<div class="utrecht-data-list__item"><dt>${h(t("web.overallLevel"))}</dt><dd>${h(levelText(t, scores.overall.level, max))}</dd></div>` +
    `<div class="utrecht-data-list__item"><dt>${h(t("web.colAnswered"))}</dt><dd>${h(t("web.answeredOf", { answered: scores.overall.answered, total: scores.overall.questions }))}</dd></div></dl>` +
    `<section aria-labelledby="grafieken"><h2 class="utrecht-heading-2" id="grafieken">${h(t("web.chartsTitle"))}</h2>` +
    chartFigure(radarSvg, t("web.radarTitle"), radarTable, "grafiek-radar-figuur") +
    chartFigure(timelineSvg, t("web.timelineTitle"), timelineTable, "grafiek-tijd-figuur") +
    `</section>` +
    `<section aria-labelledby="scores"><h2 class="utrecht-heading-2" id="scores">${h(t("web.scoresTitle"))}</h2><p class="utrecht-paragraph">${h(t("web.scoresIntro"))}</p>` +
    `<div id="scores-tabel">${table(t("web.scoresTitle"), [t("web.colDimension"), t("web.colSelf"), t("web.colMean"), t("web.colAnswered"), t("web.colMeasured")], scoreRows, "scores-table", true)}</div>` +
    (method ? `<details class="method"><summary>${h(t("web.methodTitle"))}</summary><p class="utrecht-paragraph">${h(method)}</p></details>` : "") +
    `</section>` +
    `<section aria-labelledby="open-vragen"><h2 class="utrecht-heading-2" id="open-vragen">${h(t("web.unansweredTitle"))}</h2>` +
    (scores.unanswered.length === 0
      ? `<p class="utrecht-paragraph">${h(t("web.unansweredNone"))}</p>`
      : `<p class="utrecht-paragraph">${h(t("web.unansweredIntro"))}</p><ul class="utrecht-unordered-list unanswered">${unanswered}</ul>`) +
    `</section>` +
    `<section aria-labelledby="actieplan"><h2 class="utrecht-heading-2" id="actieplan">${h(t("web.planTitle"))}</h2>` +
    `<p class="utrecht-paragraph">${h(plan.targetSource === "assessment" ? t("web.planFromTarget") : t("web.planNextLevel"))} ${h(t("web.totalDistance", { n: plan.totalDistance }))}</p>${gaps}</section>` +
    `<section aria-labelledby="downloaden" class="report-actions"><h2 class="utrecht-heading-2" id="downloaden">${h(t("web.downloadsTitle"))}</h2><ul class="action-list">` +
    `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/meting.csv" download>${h(t("web.downloadCsv"))}</a></li>` +
    `<li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${base}/meting.csv?scheiding=puntkomma" download>${h(t("web.downloadCsvSemicolon"))}</a></li>` +
    `</ul></section>`;
  return layout(ctx, name, body);
}

/**
 * The form to fill in an assessment: per dimension its questions, each with the statements of the
 * levels to choose from (or "don't know"). A plain form; the answers become a new assessment that
 * follows the organisation's latest one, so the chart over time shows the change.
 */
export function newAssessmentPage(ctx: PageContext, model: MaturityModel, options: { errors?: readonly FormError[] } = {}): string {
  const t = textsFor(ctx.lang);
  const lang = ctx.lang;
  const dimensions = model.dimensions
    .map((d) => {
      const questions = model.questions
        .filter((q) => q.dimension === d.id)
        .map((q) => {
          const name = `vraag-${q.id}`;
          const options = [
            `<div class="utrecht-form-field utrecht-form-field--radio"><input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="${h(name)}-0" name="${h(name)}" value="" checked>` +
              `<label class="utrecht-form-label utrecht-form-label--radio" for="${h(name)}-0">${h(t("web.maturityLevelUnknown"))}</label></div>`,
            ...q.statements.map(
              (st) =>
                `<div class="utrecht-form-field utrecht-form-field--radio"><input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="${h(name)}-${st.level}" name="${h(name)}" value="${st.level}">` +
                `<label class="utrecht-form-label utrecht-form-label--radio" for="${h(name)}-${st.level}"><strong>${st.level}</strong> — ${h(textIn(st.text, lang))}</label></div>`,
            ),
          ].join("");
          return `<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset question"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${h(textIn(q.text, lang))}</legend>${options}</fieldset>`;
        })
        .join("");
      return `<section aria-labelledby="dim-${h(d.id)}"><h2 class="utrecht-heading-2" id="dim-${h(d.id)}">${h(textIn(d.name, lang))}</h2>${questions}</section>`;
    })
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.maturityNewTitle"))}</h1>${errorSummary(t, options.errors ?? [])}<p class="utrecht-paragraph">${h(t("web.maturityNewIntro"))}</p>` +
    `<form method="post" action="/volwassenheid/nieuw" enctype="multipart/form-data" class="utrecht-form assessment-form"><input type="hidden" name="csrf" value="${h(ctx.csrf)}"><input type="hidden" name="model" value="${h(model.id)}">` +
    `<div class="utrecht-form-field"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="meting-titel">${h(t("web.maturityFieldTitle"))}</label></p>` +
    `<p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="meting-titel" name="title" maxlength="200" required></p></div>` +
    dimensions +
    `<p><button type="submit" class="utrecht-button utrecht-button--primary-action">${h(t("web.maturitySubmit"))}</button></p></form>`;
  return layout(ctx, t("web.maturityNewTitle"), body);
}
