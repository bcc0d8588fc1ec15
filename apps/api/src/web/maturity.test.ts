// The maturity and governance page renderers on their own: text from models (which organisations
// may add, and which are public) and from visitors stays text, charts get unique ids, and the
// chart tables show exactly the levels that were scored.
import { describe, expect, it } from "vitest";
import type { GovernanceModel, MaturityModel } from "@ethiek/schemas";
import { actionPlan, createAssessment, provincialModel, scoreAssessment } from "@ethiek/maturity";
import { applyEvent, createRoute, ipoModel, planRoute, routeProgress } from "@ethiek/governance";
import { governancePage, routePage } from "./governance.js";
import { assessmentPage } from "./maturity.js";
import type { PageContext } from "./render.js";

const ctx = (lang: "nl" | "en"): PageContext => ({ lang, url: "/x", csrf: "token", signedIn: null, localMode: true, assets: { nlds: "/a.css", css: "/b.css", js: "/c.js" } });
const hostile = '<img src=x onerror="alert(1)">';

function hostileMaturityModel(): MaturityModel {
  const model = structuredClone(provincialModel) as MaturityModel;
  model.dimensions[0]!.name = { nl: `Kennis ${hostile}`, en: `Knowledge ${hostile}` };
  model.questions[0]!.text = { nl: `Vraag ${hostile}`, en: `Question ${hostile}` };
  return model;
}

function view(model: MaturityModel, answers: { question: string; level: number }[]) {
  const created = createAssessment(model, { model: { id: model.id }, title: `Meting ${hostile}`, answers, target: [{ dimension: "beleid", level: 3 }] }, { id: "a1", organisation: "o", createdAt: "2026-11-01T10:00:00Z", answeredBy: "k" });
  if (!created.ok) throw new Error(created.errors[0]!.code);
  const scored = scoreAssessment(model, created.value);
  if (!scored.ok) throw new Error(scored.errors[0]!.code);
  return {
    id: "a1",
    assessment: created.value,
    model,
    scores: scored.value,
    radar: { current: scored.value, target: created.value.target! },
    timeline: [{ label: "2026", scores: scored.value }],
    plan: actionPlan(model, created.value, scored.value),
  };
}

describe("assessmentPage", () => {
  it("escapes model and visitor text in the page, the charts and their tables", () => {
    const html = assessmentPage(ctx("nl"), view(hostileMaturityModel(), [{ question: "beleid-visie", level: 2 }]));
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("Meting &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("Kennis &lt;img src=x");
    expect(html).toContain("Vraag &lt;img src=x");
  });

  it("gives each chart its own ids, and its table the scored levels (no answer where there is none)", () => {
    const v = view(provincialModel, [
      { question: "beleid-visie", level: 2 },
      { question: "beleid-wetgeving", level: 4 },
    ]);
    const html = assessmentPage(ctx("en"), v);
    for (const id of ["grafiek-radar-title", "grafiek-radar-desc", "grafiek-tijd-title", "grafiek-tijd-desc"]) expect(html.split(`id="${id}"`)).toHaveLength(2);
    const policy = v.scores.dimensions.find((d) => d.dimension === "beleid")!;
    expect(policy.level).toBe(2);
    const row = /<tr class="utrecht-table__row" data-dimension="beleid">(.*?)<\/tr>/.exec(html.slice(html.indexOf('id="grafiek-radar-tabel"')))?.[1] ?? "";
    expect(row).toContain('data-series="current">2</td>');
    expect(row).toContain('data-series="target">3</td>');
    const knowledge = /<tr class="utrecht-table__row" data-dimension="kennis-en-vaardigheden">(.*?)<\/tr>/.exec(html.slice(html.indexOf('id="grafiek-radar-tabel"')))?.[1] ?? "";
    expect(knowledge).toContain('data-series="current">no answer</td>');
    expect(html).toContain("The target per dimension comes from this assessment");
  });
});

describe("governance pages", () => {
  it("escapes a model's own texts, also in the Mermaid source", () => {
    const model = structuredClone(ipoModel) as GovernanceModel;
    model.name = { nl: `IPO ${hostile}`, en: `IPO ${hostile}` };
    model.bodies[0]!.name = { nl: `Orgaan ${hostile}`, en: `Body ${hostile}` };
    const html = governancePage(ctx("nl"), [model]);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain('alt="Tekening van IPO &lt;img src=x onerror=&quot;alert(1)&quot;&gt;.');
    expect(html).toContain("Orgaan &lt;img");
    expect(html).toContain('<img src="/bestuur/modellen/ipo/tekening.svg?lang=nl"');
  });

  it("marks a route's current and overdue steps from its progress", () => {
    const planned = planRoute(ipoModel, { kind: "interprovincial-guide", title: `Gids ${hostile}` });
    if (!planned.ok) throw new Error(planned.errors[0]!.code);
    const started = applyEvent(createRoute(planned.value, { id: "r1", createdAt: "2026-01-01T00:00:00Z" }), { type: "started", actor: { name: "k" }, occurredAt: "2026-01-01T00:00:00Z" });
    if (!started.ok) throw new Error(started.errors[0]!.code);
    const onTime = routePage(ctx("nl"), { id: "r1", route: started.value, progress: routeProgress(started.value, "2026-01-02T00:00:00Z") });
    expect(onTime).toContain("Geen stap is te laat.");
    expect(onTime).toMatch(/<ul class="utrecht-unordered-list current-steps"><li data-step="opstellen">/);
    const late = routePage(ctx("en"), { id: "r1", route: started.value, progress: routeProgress(started.value, "2027-01-01T00:00:00Z") });
    expect(late).toContain("1 step is overdue.");
    expect(late).toContain('data-step="opstellen" data-status="active" data-overdue="true"');
    expect(late).not.toContain("<img src=x");
  });
});
