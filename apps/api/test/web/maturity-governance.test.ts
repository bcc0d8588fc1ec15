// The maturity and governance pages of the web page through HTTP (fastify.inject), on SQLite and
// PostgreSQL, in keys mode: every chart and diagram on the page is checked against the /v1 API's
// own answers (scores, action plan, chart SVGs, route progress, CSV), and every page against the
// API's access rules (another organisation sees nothing; a commission's ethics role sees the
// routes, not the assessments, of the organisations it serves).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { applyEvent, createRoute } from "@ethiek/governance";
import type { GovernanceModel, MaturityActionPlan, MaturityAssessment, RoutePlan, RouteResource } from "@ethiek/schemas";
import { bearer, createTenants, databases, startApp, type Tenants, signIn } from "../harness.js";

const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&");

/** The part of a page from an element's id to the end of the first table after it. */
function tableAfter(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `#${id} on the page`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf("</table>", start));
}

/** The cells of a chart table: `series|dimension` → text. */
function tableCells(section: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const row of section.matchAll(/<tr class="utrecht-table__row" data-dimension="([^"]+)">(.*?)<\/tr>/g)) {
    for (const cell of (row[2] as string).matchAll(/data-series="([^"]+)">([^<]*)<\/td>/g)) cells.set(`${cell[1]}|${row[1]}`, unescape(cell[2] as string));
  }
  return cells;
}

/** The drawn levels of a radar SVG: `series|dimension` → data-level. */
function radarLevels(svg: string): Map<string, string> {
  const levels = new Map<string, string>();
  for (const group of svg.matchAll(/<g data-series="(\w+)">([\s\S]*?)<\/g>/g)) {
    for (const c of (group[2] as string).matchAll(/<circle [^>]*data-dimension="([^"]+)" data-level="([^"]*)"/g)) levels.set(`${group[1]}|${c[1]}`, c[2] as string);
  }
  return levels;
}

/** The drawn levels of a timeline SVG: `punt-j|dimension` → data-level. */
function timelineLevels(svg: string): Map<string, string> {
  const levels = new Map<string, string>();
  for (const group of svg.matchAll(/<g data-dimension="([^"]+)">([\s\S]*?)<\/g>/g)) {
    for (const r of (group[2] as string).matchAll(/data-point="(\d+)" data-level="([^"]*)"/g)) levels.set(`punt-${r[1]}|${group[1]}`, r[2] as string);
  }
  return levels;
}

/** The inline SVG of a chart on the page. */
function inlineSvg(html: string, chart: "radar" | "timeline"): string {
  const start = html.lastIndexOf("<svg ", html.indexOf(`data-chart="${chart}"`));
  expect(start, `${chart} chart on the page`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf("</svg>", start) + "</svg>".length);
}

const MODEL = "ethiek-provincies";
const questions = ["kennis-training", "kennis-werkvormen", "verantwoordelijkheden-rollen", "verantwoordelijkheden-opvolging", "processen-toetsing", "processen-register", "inkoop-eisen", "inkoop-samenwerking", "beleid-visie", "beleid-wetgeving"];

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`maturity and governance pages on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;
    let first: MaturityAssessment;
    let second: MaturityAssessment;
    let zuidAssessment: MaturityAssessment;
    let noordRoute: RouteResource;
    let zuidRoute: RouteResource;
    let withdrawnRoute: RouteResource;
    const sessions = new Map<string, string>();

    const api = (url: string, key: string, payload?: object) =>
      app.inject({ method: payload === undefined ? "GET" : "POST", url, headers: bearer(key), ...(payload === undefined ? {} : { payload }) });

    /** Signs in with a key through the form; the session is kept per key. */
    async function as(key: string): Promise<string> {
      const known = sessions.get(key);
      if (known !== undefined) return known;
      const cookies = await signIn(app, key);
      sessions.set(key, cookies);
      return cookies;
    }
    const page = async (url: string, key: string) => app.inject({ method: "GET", url, headers: { cookie: await as(key) } });

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
      const create = async (key: string, payload: object) => {
        const res = await api("/v1/assessments", key, { model: { id: MODEL }, ...payload });
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as MaturityAssessment;
      };
      first = await create(keys.noord.officer, { title: "Nulmeting 2025", answers: questions.map((question) => ({ question, level: 1 })) });
      // The second leaves policy unanswered (no level: "geen antwoord"), aims higher and has a previous one.
      second = await create(keys.noord.ethics, {
        title: "Meting 2026 <script>x</script>",
        previousAssessment: first.id,
        target: [{ dimension: "beleid", level: 4 }, { dimension: "inkoop-en-ethiek", level: 4 }],
        answers: questions.filter((q) => !q.startsWith("beleid")).map((question) => ({ question, level: question.startsWith("inkoop") ? 2 : 3 })),
      });
      const measured = await api(`/v1/assessments/${second.id}/measurements`, keys.noord.ethics, {
        measurements: [{ metric: "tenders-checked-share", value: 0.9, numerator: 9, denominator: 10, periodStartDate: "2026-01-01", periodEndDate: "2026-06-30", measuredAt: "2026-07-01T00:00:00Z" }],
      });
      expect(measured.statusCode, measured.body).toBe(200);
      zuidAssessment = await create(keys.zuid.officer, { title: "Zuid geheim", answers: [{ question: "beleid-visie", level: 2 }] });

      const route = async (key: string, title: string) => {
        const res = await api("/v1/routes", key, { modelId: "ipo", item: { kind: "interprovincial-guide", title }, start: true });
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as RouteResource;
      };
      // A route started in January (events are append-only, so it is stored as the API stores a
      // new one, with an earlier date): its first step is now past its due date.
      const guide = { kind: "interprovincial-guide", title: "Gids <b>digitale</b> ethiek" };
      const planned = await api("/v1/route-plans", keys.noord.officer, { modelId: "ipo", item: guide });
      expect(planned.statusCode, planned.body).toBe(200);
      const january = "2026-01-05T09:00:00.000Z";
      const started = applyEvent(createRoute(planned.json() as RoutePlan, { id: randomUUID(), createdAt: january }), { type: "started", actor: { name: "test" }, occurredAt: january });
      if (!started.ok) throw new Error(started.errors[0]!.code);
      await app.storage.db
        .insertInto("routes")
        .values({ id: started.value.id, organisation_id: "noord", model_id: "ipo", item_kind: guide.kind, title: guide.title, plan: planned.body, status: "in-progress", event_count: 1, created_by: "test", created_at: january, updated_at: january })
        .execute();
      await app.storage.db
        .insertInto("route_events")
        .values({ route_id: started.value.id, seq: 1, type: "started", actor: "test", body_id: null, role: null, step_id: null, outcome: null, to_step_id: null, remarks: null, occurred_at: january })
        .execute();
      noordRoute = (await api(`/v1/routes/${started.value.id}`, keys.noord.officer)).json() as RouteResource;
      withdrawnRoute = await route(keys.noord.officer, "Ingetrokken stuk");
      const withdrawn = await api(`/v1/routes/${withdrawnRoute.id}/events`, keys.noord.officer, { type: "withdrawn", remarks: "Niet meer nodig <i>echt</i>" });
      expect(withdrawn.statusCode, withdrawn.body).toBe(201);
      zuidRoute = await route(keys.zuid.officer, "Zuid eigen route");
    });
    afterAll(() => close());

    it("links to the new pages from the menu, and sends visitors without a session to sign in", async () => {
      const res = await page("/toetsen", keys.noord.officer);
      expect(res.body).toContain('<a class="utrecht-link" href="/volwassenheid">Volwassenheid</a>');
      expect(res.body).toContain('<a class="utrecht-link" href="/bestuur">Bestuur en routes</a>');
      for (const url of ["/volwassenheid", `/volwassenheid/${second.id}`, `/volwassenheid/${second.id}/meting.csv`, "/bestuur", "/bestuur/routes", `/bestuur/routes/${noordRoute.id}`]) {
        const anonymous = await app.inject({ method: "GET", url });
        expect(anonymous.statusCode, url).toBe(303);
        expect(anonymous.headers.location).toBe(`/aanmelden?terug=${encodeURIComponent(url)}`);
      }
    });

    it("lists only the organisation's own assessments, newest first, with level and answers", async () => {
      const res = await page("/volwassenheid", keys.noord.officer);
      expect(res.statusCode).toBe(200);
      const links = [...res.body.matchAll(/href="\/volwassenheid\/([0-9a-f-]{36})">([^<]*)<\/a>/g)].map((m) => [m[1], unescape(m[2] as string)]);
      expect(links).toEqual([
        [second.id, second.title],
        [first.id, first.title],
      ]);
      expect(res.body).not.toContain("Zuid geheim");
      expect(res.body).not.toContain("<script>x</script>");
      const list = (await api("/v1/assessments", keys.noord.officer)).json() as { items: { id: string; level: number | null; answered: number; questions: number }[] };
      const firstItem = list.items.find((i) => i.id === first.id)!;
      expect(res.body).toContain(`niveau ${firstItem.level} van 5`);
      expect(res.body).toContain(`${firstItem.answered} van ${firstItem.questions} vragen`);
      const zuid = await page("/volwassenheid", keys.zuid.officer);
      expect(zuid.body).toContain("Zuid geheim");
      expect(zuid.body).not.toContain("Nulmeting 2025");
    });

    it("embeds the radar chart with title and description, and its table holds the same levels as the data and the API's chart", async () => {
      const res = await page(`/volwassenheid/${second.id}`, keys.noord.officer);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
      const svg = inlineSvg(res.body, "radar");
      expect(svg).toContain('role="img" aria-labelledby="grafiek-radar-title grafiek-radar-desc"');
      expect(svg).toContain('<title id="grafiek-radar-title">Niveau per aspect: nu, doel en vorige meting</title>');
      const desc = unescape(/<desc id="grafiek-radar-desc">([^<]+)<\/desc>/.exec(svg)?.[1] ?? "");
      expect(desc).toMatch(/^Nu: Kennis & vaardigheden niveau 3 van 5;/);
      expect(desc).toContain("Beleid geen antwoord");
      expect(svg).not.toMatch(/<script|<style|href=/);

      const stored = (await api(`/v1/assessments/${second.id}`, keys.noord.officer)).json() as MaturityAssessment;
      const previous = (await api(`/v1/assessments/${first.id}`, keys.noord.officer)).json() as MaturityAssessment;
      const expected = new Map<string, number | null>();
      for (const d of stored.scores!.dimensions) {
        expected.set(`current|${d.dimension}`, d.level);
        expected.set(`target|${d.dimension}`, stored.target?.find((x) => x.dimension === d.dimension)?.level ?? null);
        expected.set(`previous|${d.dimension}`, previous.scores!.dimensions.find((x) => x.dimension === d.dimension)!.level);
      }
      expect(expected.size).toBe(15);
      const cells = tableCells(tableAfter(res.body, "grafiek-radar-tabel"));
      const drawn = radarLevels(svg);
      const served = radarLevels((await api(`/v1/assessments/${second.id}/chart.svg`, keys.noord.officer)).body);
      expect(cells.size).toBe(expected.size);
      for (const [key, level] of expected) {
        expect(cells.get(key), key).toBe(level === null ? "geen antwoord" : String(level));
        expect(drawn.get(key), key).toBe(level === null ? "" : String(level));
        expect(served.get(key), key).toBe(drawn.get(key));
      }
      expect(tableAfter(res.body, "grafiek-radar-tabel")).toContain('<th class="utrecht-table__header-cell" scope="col">Vorige meting</th>');
    });

    it("embeds the bar chart over time, whose table and bars match each assessment's scores, oldest first", async () => {
      const res = await page(`/volwassenheid/${second.id}`, keys.noord.officer);
      const svg = inlineSvg(res.body, "timeline");
      expect(svg).toContain('aria-labelledby="grafiek-tijd-title grafiek-tijd-desc"');
      expect(svg).toContain('<title id="grafiek-tijd-title">Niveau per aspect over de tijd</title>');
      expect(svg).toMatch(/<desc id="grafiek-tijd-desc">[^<]+<\/desc>/);
      const cells = tableCells(tableAfter(res.body, "grafiek-tijd-tabel"));
      const drawn = timelineLevels(svg);
      const served = timelineLevels((await api(`/v1/assessments/${second.id}/chart.svg?kind=timeline`, keys.noord.officer)).body);
      const points = [first, second];
      let checked = 0;
      for (const [j, a] of points.entries()) {
        const scores = ((await api(`/v1/assessments/${a.id}/score`, keys.noord.officer)).json() as MaturityAssessment["scores"])!;
        for (const d of scores.dimensions) {
          const key = `punt-${j}|${d.dimension}`;
          expect(cells.get(key), key).toBe(d.level === null ? "geen antwoord" : String(d.level));
          expect(drawn.get(key), key).toBe(d.level === null ? "" : String(d.level));
          expect(served.get(key), key).toBe(drawn.get(key));
          checked++;
        }
      }
      expect(checked).toBe(10);
      expect(cells.size).toBe(10);
    });

    it("shows self-assessed and measured scores apart, the unanswered questions and the action plan of the API", async () => {
      const res = await page(`/volwassenheid/${second.id}`, keys.noord.officer);
      const stored = (await api(`/v1/assessments/${second.id}`, keys.noord.officer)).json() as MaturityAssessment;
      const scoresTable = tableAfter(res.body, "scores-tabel");
      expect(scoresTable).toContain(">Zelfbeoordeling</th>");
      expect(scoresTable).toContain(">Gemeten</th>");
      const withMeasure = stored.scores!.dimensions.find((d) => d.measured !== undefined)!;
      expect(withMeasure.dimension).toBe("inkoop-en-ethiek");
      const row = new RegExp(`data-dimension="${withMeasure.dimension}">(.*?)</tr>`).exec(scoresTable)?.[1] ?? "";
      expect(row).toContain(`<td class="utrecht-table__cell" data-source="self-assessed">niveau ${withMeasure.level} van 5`);
      const agreement = { "self-assessed-lower": "zelfbeoordeling is lager dan gemeten", "self-assessed-higher": "zelfbeoordeling is hoger dan gemeten", consistent: "komt overeen met de zelfbeoordeling", "not-self-assessed": "nog niet zelf beoordeeld" }[withMeasure.measured!.agreement];
      expect(row).toContain(`data-source="measured">niveau ${withMeasure.measured!.level} van 5 (${agreement})</td>`);
      for (const d of stored.scores!.dimensions.filter((x) => x.measured === undefined)) {
        expect(new RegExp(`data-dimension="${d.dimension}">.*?data-source="measured">niet gemeten</td>`).test(scoresTable), d.dimension).toBe(true);
      }

      const unanswered = [...res.body.matchAll(/<li data-question="([^"]+)">/g)].map((m) => m[1]);
      expect(unanswered).toEqual(stored.scores!.unanswered);
      expect(unanswered).toEqual(["beleid-visie", "beleid-wetgeving"]);

      const plan = (await api(`/v1/assessments/${second.id}/action-plan`, keys.noord.officer)).json() as MaturityActionPlan;
      const shown = [...res.body.matchAll(/<section class="plan-dimension" data-dimension="([^"]+)" data-distance="(\d+)">/g)].map((m) => [m[1], Number(m[2])]);
      expect(shown).toEqual(plan.dimensions.map((d) => [d.dimension, d.distance]));
      expect(res.body).toContain(`In totaal ${plan.totalDistance} niveaus tot het doel.`);
      expect(res.body).toContain("Het doel per aspect komt uit het doelprofiel van deze meting.");
      for (const action of plan.actions) expect(unescape(res.body)).toContain(action.text.nl!);
      expect(plan.actions.length).toBeGreaterThan(0);
    });

    it("escapes the assessment's title, and switches to English", async () => {
      const nl = await page(`/volwassenheid/${second.id}`, keys.noord.officer);
      expect(nl.body).toContain("<h1 class=\"utrecht-heading-1\">Meting 2026 &lt;script&gt;x&lt;/script&gt;</h1>");
      expect((nl.body.match(/<script/g) ?? []).length).toBe(1);
      const en = await page(`/volwassenheid/${second.id}?lang=en`, keys.noord.officer);
      expect(en.body).toContain('<html lang="en">');
      expect(en.body).toContain('<title id="grafiek-radar-title">Level per dimension: now, target and previous assessment</title>');
      expect(en.body).toContain(">Self-assessed</th>");
      expect(en.body).toContain(">Previous assessment</th>");
      expect(tableCells(tableAfter(en.body, "grafiek-radar-tabel")).get("current|beleid")).toBe("no answer");
    });

    it("downloads the same CSV as the API, with commas or semicolons", async () => {
      const csv = await page(`/volwassenheid/${second.id}/meting.csv`, keys.noord.officer);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
      expect(csv.headers["content-disposition"]).toBe(`attachment; filename="meting-${second.id}.csv"`);
      expect(csv.body).toBe((await api(`/v1/assessments/${second.id}/export.csv`, keys.noord.officer)).body);
      const semicolon = await page(`/volwassenheid/${second.id}/meting.csv?scheiding=puntkomma`, keys.noord.officer);
      expect(semicolon.body).toBe((await api(`/v1/assessments/${second.id}/export.csv?separator=semicolon`, keys.noord.officer)).body);
      expect(semicolon.body.split("\r\n")[0]).toContain(";");
    });

    it("never shows another organisation's assessment, not even to the commission that serves it (as the API)", async () => {
      for (const key of [keys.zuid.officer, keys.zuid.admin, keys.commissie.ethics]) {
        for (const url of [`/volwassenheid/${second.id}`, `/volwassenheid/${second.id}/meting.csv`]) {
          const res = await page(url, key);
          expect(res.statusCode, url).toBe(404);
          expect(res.body).toContain("Niet gevonden");
          expect(res.body).not.toContain("Meting 2026");
        }
        expect((await api(`/v1/assessments/${second.id}`, key)).statusCode).toBe(404);
      }
      expect((await page(`/volwassenheid/${zuidAssessment.id}`, keys.noord.admin)).statusCode).toBe(404);
      expect((await page(`/volwassenheid/${"x".repeat(100)}`, keys.noord.admin)).statusCode).toBe(404);
      expect((await page(`/volwassenheid/${zuidAssessment.id}`, keys.zuid.admin)).statusCode).toBe(200);
    });

    it("shows every governance model with its diagram (the API's SVG), bodies as text and Mermaid source", async () => {
      const res = await page("/bestuur", keys.noord.officer);
      expect(res.statusCode).toBe(200);
      const models = (await app.inject({ method: "GET", url: "/v1/governance-models" })).json().items as GovernanceModel[];
      const shown = [...res.body.matchAll(/<section class="governance-model" aria-labelledby="model-[^"]+" data-model="([^"]+)">/g)].map((m) => m[1]);
      expect(shown).toEqual(models.map((m) => m.id));
      for (const model of models) {
        const start = res.body.indexOf(`data-model="${model.id}"`);
        const section = res.body.slice(start, res.body.indexOf("</section>", start));
        const src = `/bestuur/modellen/${model.id}/tekening.svg?lang=nl`;
        expect(section).toContain(`<img src="${src.replace(/&/g, "&amp;")}" alt="Tekening van ${model.name.nl.replace(/&/g, "&amp;")}.`);
        expect([...section.matchAll(/<tr class="utrecht-table__row" data-body="([^"]+)">/g)].map((m) => m[1])).toEqual(model.bodies.map((b) => b.id));
        expect(section).toMatch(/<pre class="code"><code>flowchart TB\n/);
        const diagram = await page(src, keys.noord.officer);
        expect(diagram.statusCode).toBe(200);
        expect(diagram.headers["content-type"]).toMatch(/^image\/svg\+xml/);
        expect(diagram.body).toBe((await app.inject({ method: "GET", url: `/v1/governance-models/${model.id}/diagram.svg` })).body);
        expect(diagram.body).toContain(`<title>${model.name.nl.replace(/&/g, "&amp;")}</title>`);
      }
      expect((await page("/bestuur/modellen/bestaat-niet/tekening.svg", keys.noord.officer)).statusCode).toBe(404);
      const en = await page("/bestuur/modellen/ipo/tekening.svg?lang=en", keys.noord.officer);
      expect(en.body).toBe((await app.inject({ method: "GET", url: "/v1/governance-models/ipo/diagram.svg?language=en" })).body);
    });

    it("shows a route with its progress diagram, current and overdue steps, and history, as the API has them", async () => {
      const res = await page(`/bestuur/routes/${noordRoute.id}`, keys.noord.officer);
      expect(res.statusCode, res.body).toBe(200);
      const resource = (await api(`/v1/routes/${noordRoute.id}`, keys.noord.officer)).json() as RouteResource;
      expect(res.body).toContain('<h1 class="utrecht-heading-1">Gids &lt;b&gt;digitale&lt;/b&gt; ethiek</h1>');
      expect(res.body).toContain(`data-route-status="${resource.progress.status}">Onderweg</span>`);

      const src = `/bestuur/routes/${noordRoute.id}/tekening.svg?lang=nl`;
      expect(res.body).toContain(`<img src="${src}" alt="Tekening van de route van Gids &lt;b&gt;digitale&lt;/b&gt; ethiek, met de stand van elke stap.`);
      const diagram = await page(src, keys.noord.officer);
      expect(diagram.headers["content-type"]).toMatch(/^image\/svg\+xml/);
      expect(diagram.body).toBe((await api(`/v1/routes/${noordRoute.id}/diagram.svg`, keys.noord.officer)).body);
      expect(diagram.body).toContain("te laat");

      const active = resource.progress.steps.filter((s) => s.status === "active").map((s) => s.stepId);
      const overdue = resource.progress.steps.filter((s) => s.overdue).map((s) => s.stepId);
      expect(active).toEqual(["opstellen"]);
      expect(overdue).toEqual(["opstellen"]);
      const between = (from: string, to: string) => res.body.slice(res.body.indexOf(from), res.body.indexOf(to));
      expect([...between('id="aan-de-beurt"', 'id="te-laat"').matchAll(/<li data-step="([^"]+)">/g)].map((m) => m[1])).toEqual(active);
      const late = between('id="te-laat"', 'id="tekening"');
      expect(late).toContain("1 stap is te laat.");
      expect([...late.matchAll(/<li data-step="([^"]+)">/g)].map((m) => m[1])).toEqual(overdue);

      const stepsTable = tableAfter(res.body, "stappen-tabel");
      const steps = [...stepsTable.matchAll(/<tr class="utrecht-table__row" data-step="([^"]+)" data-status="([^"]+)"( data-overdue="true")?>/g)];
      expect(steps.map((m) => [m[1], m[2], m[3] !== undefined])).toEqual(resource.progress.steps.map((s) => [s.stepId, s.status, s.overdue]));
      expect(stepsTable).toContain(">Aan de beurt, te laat</span>");
      expect(stepsTable).toContain(">Wacht</span>");
      expect(res.body).toMatch(/<pre class="code"><code>flowchart (LR|TB)\n/);

      const history = [...tableAfter(res.body, "geschiedenis-tabel").matchAll(/<tr class="utrecht-table__row" data-seq="(\d+)" data-type="([^"]+)">/g)];
      expect(history.map((m) => [Number(m[1]), m[2]])).toEqual(resource.route.events.map((e) => [e.seq, e.type]));
      expect(tableAfter(res.body, "geschiedenis-tabel")).toContain(">Gestart</td>");
    });

    it("shows a withdrawn route without a current step, with its remarks escaped in the history", async () => {
      const res = await page(`/bestuur/routes/${withdrawnRoute.id}`, keys.noord.ethics);
      expect(res.statusCode, res.body).toBe(200);
      const resource = (await api(`/v1/routes/${withdrawnRoute.id}`, keys.noord.ethics)).json() as RouteResource;
      expect(resource.progress.status).toBe("withdrawn");
      expect(res.body).toContain('data-route-status="withdrawn">Ingetrokken</span>');
      expect(res.body).toContain("Er is geen stap aan de beurt.");
      expect(res.body).toContain("Geen stap is te laat.");
      const history = tableAfter(res.body, "geschiedenis-tabel");
      expect([...history.matchAll(/data-type="([^"]+)"/g)].map((m) => m[1])).toEqual(resource.route.events.map((e) => e.type));
      expect(history).toContain("Niet meer nodig &lt;i&gt;echt&lt;/i&gt;");
      expect(res.body).not.toContain("<i>echt</i>");
      const en = await page(`/bestuur/routes/${withdrawnRoute.id}?lang=en`, keys.noord.ethics);
      expect(en.body).toContain('data-route-status="withdrawn">Withdrawn</span>');
      expect(en.body).toContain("No step is current.");
    });

    it("lists and shows routes only to those the API lets see them: the organisation and its commission's ethics role", async () => {
      const own = await page("/bestuur/routes", keys.noord.admin);
      expect(own.body).toContain(`href="/bestuur/routes/${noordRoute.id}"`);
      expect(own.body).not.toContain(zuidRoute.id);
      const zuid = await page("/bestuur/routes", keys.zuid.officer);
      expect(zuid.body).toContain(`href="/bestuur/routes/${zuidRoute.id}"`);
      expect(zuid.body).not.toContain(noordRoute.id);
      for (const url of [`/bestuur/routes/${noordRoute.id}`, `/bestuur/routes/${noordRoute.id}/tekening.svg`]) {
        expect((await page(url, keys.zuid.officer)).statusCode, url).toBe(404);
        expect((await page(url, keys.zuid.ethics)).statusCode, url).toBe(404);
        expect((await page(url, keys.commissie.ethics)).statusCode, url).toBe(200);
      }
      expect((await api(`/v1/routes/${noordRoute.id}`, keys.zuid.officer)).statusCode).toBe(404);
      expect((await api(`/v1/routes/${noordRoute.id}`, keys.commissie.ethics)).statusCode).toBe(200);
      const commission = await page("/bestuur/routes", keys.commissie.ethics);
      expect(commission.body).toContain(noordRoute.id);
      expect(commission.body).not.toContain(zuidRoute.id);
    });
  });
}
