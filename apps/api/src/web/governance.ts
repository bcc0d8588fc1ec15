// The governance pages of the web page: the governance models with their diagrams, the
// organisation's routes, and one route with its progress, current and overdue steps and history.
// The diagrams are the SVGs of @ethiek/governance, shown with <img> from the page's own routes
// (they carry a <style> element, which the page's CSP would block inline); every diagram is
// followed by the same information as text or a table, and by its Mermaid source.
import { modelToMermaid, routeToMermaid } from "@ethiek/governance";
import { escapeHtml as h, type GovernanceModel, type Route, type RouteProgress, type RouteStatus } from "@ethiek/schemas";
import { formatDateTime, textsFor, type Lang, type Texts } from "./i18n.js";
import { layout, type PageContext } from "./render.js";
import { cell, table } from "./table.js";

/** One row of the list of routes. */
export interface RouteListItem {
  readonly id: string;
  readonly title: string;
  readonly routeName: string;
  readonly status: RouteStatus;
  readonly createdAt: string;
}

/** Everything the route page shows. */
export interface RouteView {
  readonly id: string;
  readonly route: Route;
  readonly progress: RouteProgress;
  /** The model's name, when the model still exists. */
  readonly modelName?: string;
}

/** The Mermaid source of a diagram, folded away: for those who keep diagrams as text. */
const mermaid = (t: Texts, text: string) =>
  `<details class="mermaid-source"><summary>${h(t("web.mermaidTitle"))}</summary><pre class="code"><code>${h(text)}</code></pre></details>`;

/** A diagram served by the page itself, with a text alternative and a link to the full size. */
function diagram(src: string, alt: string, lang: Lang): string {
  const open = textsFor(lang)("web.diagramOpen");
  return `<figure class="diagram"><img src="${h(src)}" alt="${h(alt)}"><figcaption><a class="utrecht-link" href="${h(src)}">${h(open)}</a></figcaption></figure>`;
}

/** The governance models, each with its diagram, its bodies and routes as text, and its Mermaid source. */
export function governancePage(ctx: PageContext, models: readonly GovernanceModel[]): string {
  const t = textsFor(ctx.lang);
  const lang = ctx.lang;
  const sections = models
    .map((model) => {
      const id = `model-${model.id}`;
      const name = model.name[lang];
      const bodies = model.bodies
        .map((b) => {
          const notes = [b.mandate.binding ? t("web.binding") : t("web.advisory"), b.formalPosition ? "" : t("web.noFormalPosition"), b.provenance.source === "assumed" ? t("web.assumed") : ""].filter(Boolean).join(", ");
          return (
            `<tr class="utrecht-table__row" data-body="${h(b.id)}"><th class="utrecht-table__header-cell" scope="row">${h(b.name[lang])}${b.abbreviation ? ` (${h(b.abbreviation)})` : ""}</th>` +
            cell(h(t(`web.bodyLevels.${b.level}`))) +
            cell(`${h(b.mandate.description[lang])} <span class="note">(${h(notes)})</span>`) +
            `</tr>`
          );
        })
        .join("");
      const bodyName = (bodyId: string) => model.bodies.find((b) => b.id === bodyId)?.name[lang] ?? bodyId;
      const routes = model.routes
        .map(
          (r) =>
            `<li><strong>${h(r.name[lang])}</strong>: <ol class="route-steps">${r.steps
              .map((s) => `<li>${h(s.name[lang])} — ${h(s.bodies.map(bodyName).join(", "))}</li>`)
              .join("")}</ol></li>`,
        )
        .join("");
      return (
        `<section class="governance-model" aria-labelledby="${h(id)}" data-model="${h(model.id)}">` +
        `<h2 class="utrecht-heading-2" id="${h(id)}">${h(name)}</h2>` +
        `<p class="utrecht-paragraph">${h(model.description ? model.description[lang] : model.organisation)}</p>` +
        `<p class="utrecht-paragraph model-publisher">${h(model.publishedBy ? t("web.modelPublishedBy", { name: model.publishedBy.name }) : t("web.modelShipped"))}</p>` +
        diagram(`/bestuur/modellen/${encodeURIComponent(model.id)}/tekening.svg?lang=${lang}`, t("web.modelDiagramAlt", { name }), lang) +
        `<details class="model-text"><summary>${h(t("web.modelAsText"))}</summary>` +
        table(name, [t("web.colBody"), t("web.colLevel"), t("web.colMandate")], bodies, "bodies-table") +
        (routes ? `<h3 class="utrecht-heading-3">${h(t("web.routeTemplates"))}</h3><ul class="utrecht-unordered-list">${routes}</ul>` : "") +
        `</details>` +
        mermaid(t, modelToMermaid(model, lang)) +
        `</section>`
      );
    })
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.governanceTitle"))}</h1><p class="utrecht-paragraph">${h(t("web.governanceIntro"))}</p>` +
    `<p class="utrecht-paragraph"><a class="utrecht-link" href="/bestuur/routes">${h(t("web.routesLink"))}</a></p>` +
    sections;
  return layout(ctx, t("web.governanceTitle"), body);
}

/** The routes of the organisation (and, for a commission's ethics role, of those it serves). */
export function routeListPage(ctx: PageContext, items: readonly RouteListItem[]): string {
  const t = textsFor(ctx.lang);
  const rows = items
    .map(
      (r) =>
        `<tr class="utrecht-table__row">` +
        cell(`<time datetime="${h(r.createdAt)}">${h(formatDateTime(r.createdAt, ctx.lang))}</time>`) +
        cell(`<a class="utrecht-link" href="/bestuur/routes/${encodeURIComponent(r.id)}">${h(r.title)}</a>`) +
        cell(h(r.routeName)) +
        cell(`<span class="badge badge--route-${h(r.status)}">${h(t(`web.routeStatuses.${r.status}`))}</span>`) +
        `</tr>`,
    )
    .join("");
  const body =
    `<h1 class="utrecht-heading-1">${h(t("web.routesTitle"))}</h1><p class="utrecht-paragraph">${h(t("web.routesIntro"))}</p>` +
    (items.length === 0 ? `<p class="utrecht-paragraph">${h(t("web.routesEmpty"))}</p>` : table(t("web.routesTitle"), [t("web.colStarted"), t("web.colItem"), t("web.colRoute"), t("web.colStatus")], rows, "checks-table", true));
  return layout(ctx, t("web.routesTitle"), body);
}

/** One route: its progress diagram, current and overdue steps, every step as a table and the history. */
export function routePage(ctx: PageContext, view: RouteView): string {
  const t = textsFor(ctx.lang);
  const lang = ctx.lang;
  const { route, progress } = view;
  const plan = route.plan;
  const title = plan.item.title;
  const when = (iso: string | undefined) => (iso === undefined ? "–" : `<time datetime="${h(iso)}">${h(formatDateTime(iso, lang))}</time>`);
  const stepOf = (stepId: string | undefined) => plan.steps.find((s) => s.stepId === stepId);
  const bodyName = (bodyId: string | undefined) => {
    for (const s of plan.steps) for (const b of s.bodies) if (b.bodyId === bodyId) return b.name[lang];
    return bodyId ?? "";
  };
  const statusOf = (p: RouteProgress["steps"][number]) => (p.overdue ? `${t(`web.stepStatuses.${p.status}`)}, ${t("web.overdue").toLowerCase()}` : t(`web.stepStatuses.${p.status}`));

  const active = progress.steps.filter((s) => s.status === "active");
  const overdue = progress.steps.filter((s) => s.overdue);
  const stepLine = (p: RouteProgress["steps"][number]) => {
    const step = stepOf(p.stepId)!;
    return `<li data-step="${h(p.stepId)}"><strong>${h(step.name[lang])}</strong> — ${h(step.bodies.map((b) => b.name[lang]).join(", "))}${p.dueAt ? ` (${h(t("web.dueAt"))} ${when(p.dueAt)})` : ""}</li>`;
  };

  const stepRows = progress.steps
    .map((p) => {
      const step = stepOf(p.stepId)!;
      const outcomes = p.branches
        .filter((b) => b.outcome !== undefined)
        .map((b) => `${step.bodies.length > 1 ? `${bodyName(b.bodyId)}: ` : ""}${t(`web.outcomes.${b.outcome!}`)}`)
        .join("; ");
      return (
        `<tr class="utrecht-table__row" data-step="${h(p.stepId)}" data-status="${h(p.status)}"${p.overdue ? ` data-overdue="true"` : ""}>` +
        `<th class="utrecht-table__header-cell" scope="row">${h(step.name[lang])}</th>` +
        cell(h(step.bodies.map((b) => b.name[lang]).join(", "))) +
        cell(`<span class="badge badge--step-${p.overdue ? "overdue" : h(p.status)}">${h(statusOf(p))}</span>`) +
        cell(p.dueAt !== undefined ? when(p.dueAt) : "–") +
        cell(h(outcomes || "–")) +
        `</tr>`
      );
    })
    .join("");

  const eventRows = route.events
    .map((e) => {
      const step = stepOf(e.stepId);
      const to = stepOf(e.toStepId);
      const stepText = step ? step.name[lang] + (to ? ` → ${to.name[lang]}` : "") : "–";
      const by = e.actor.bodyId ? `${e.actor.name} (${bodyName(e.actor.bodyId)}${e.actor.role ? `, ${e.actor.role}` : ""})` : e.actor.name;
      return (
        `<tr class="utrecht-table__row" data-seq="${e.seq}" data-type="${h(e.type)}">` +
        cell(when(e.occurredAt)) +
        cell(h(t(`web.eventTypes.${e.type}`))) +
        cell(h(stepText)) +
        cell(h(e.outcome ? t(`web.outcomes.${e.outcome}`) : "–")) +
        cell(h(by)) +
        cell(h(e.remarks ?? "–")) +
        `</tr>`
      );
    })
    .join("");

  const skipped = plan.skipped.map((s) => `<li>${h(s.explanation[lang])}</li>`).join("");

  const body =
    `<h1 class="utrecht-heading-1">${h(title)}</h1><p class="utrecht-paragraph lead">${h(t("web.routeIntro"))}</p>` +
    `<dl class="meta">` +
    `<div class="utrecht-data-list__item"><dt>${h(t("web.colRoute"))}</dt><dd>${h(plan.routeName[lang])}</dd></div>` +
    `<div class="utrecht-data-list__item"><dt>${h(t("web.routeModel"))}</dt><dd>${h(view.modelName ?? plan.modelId)}</dd></div>` +
    `<div class="utrecht-data-list__item"><dt>${h(t("web.colStatus"))}</dt><dd><span class="badge badge--route-${h(progress.status)}" data-route-status="${h(progress.status)}">${h(t(`web.routeStatuses.${progress.status}`))}</span></dd></div>` +
    `<div class="utrecht-data-list__item"><dt>${h(t("web.routeAsOf"))}</dt><dd>${when(progress.asOfAt)}</dd></div></dl>` +
    `<section aria-labelledby="aan-de-beurt"><h2 class="utrecht-heading-2" id="aan-de-beurt">${h(t("web.currentSteps"))}</h2>` +
    (active.length === 0 ? `<p class="utrecht-paragraph">${h(t("web.noCurrentStep"))}</p>` : `<ul class="utrecht-unordered-list current-steps">${active.map(stepLine).join("")}</ul>`) +
    `</section>` +
    `<section aria-labelledby="te-laat"><h2 class="utrecht-heading-2" id="te-laat">${h(t("web.overdueTitle"))}</h2>` +
    (overdue.length === 0
      ? `<p class="utrecht-paragraph">${h(t("web.overdueNone"))}</p>`
      : `<div class="utrecht-alert utrecht-alert--warning overdue"><p class="utrecht-paragraph">${h(t("web.overdueAlert", { n: overdue.length }))}</p><ul class="utrecht-unordered-list overdue-steps">${overdue.map(stepLine).join("")}</ul></div>`) +
    `</section>` +
    `<section aria-labelledby="tekening"><h2 class="utrecht-heading-2" id="tekening">${h(t("web.stepsTitle"))}</h2>` +
    diagram(`/bestuur/routes/${encodeURIComponent(view.id)}/tekening.svg?lang=${lang}`, t("web.routeDiagramAlt", { title }), lang) +
    `<div id="stappen-tabel">${table(t("web.stepsTitle"), [t("web.colStep"), t("web.colBodies"), t("web.colStatus"), t("web.colDue"), t("web.colOutcome")], stepRows, "steps-table", true)}</div>` +
    (skipped ? `<h3 class="utrecht-heading-3">${h(t("web.skippedSteps"))}</h3><ul class="utrecht-unordered-list">${skipped}</ul>` : "") +
    mermaid(t, routeToMermaid(route, { now: progress.asOfAt, language: lang })) +
    `</section>` +
    `<section aria-labelledby="geschiedenis"><h2 class="utrecht-heading-2" id="geschiedenis">${h(t("web.historyTitle"))}</h2>` +
    (route.events.length === 0
      ? `<p class="utrecht-paragraph">${h(t("web.historyEmpty"))}</p>`
      : `<div id="geschiedenis-tabel">${table(t("web.historyTitle"), [t("web.colWhen"), t("web.colEvent"), t("web.colStep"), t("web.colOutcome"), t("web.colBy"), t("web.colRemarks")], eventRows, "history-table", true)}</div>`) +
    `</section>`;
  return layout(ctx, title, body);
}
