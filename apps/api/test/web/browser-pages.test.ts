// The web page in a real browser, the other page families: maturity assessments with their
// charts, governance models and routes, cases and reflections, every page family on a 390 px
// phone, and the public moresprudentie for a visitor without a key; axe-core on every page.
// Chromium and axe: browser-harness.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { personNames } from "@ethiek/cases";
import { confidentialCase, openCase, precedents } from "../../../../packages/cases/test/fixtures.js";
import { form, startApp } from "../harness.js";
import { axe, chromiumMissing, images, startBrowserApp, tenders } from "./browser-harness.js";

describe.skipIf(chromiumMissing)("web page families in Chromium", () => {
  let app: FastifyInstance;
  let close: (() => Promise<void>) | undefined;
  let base = "";
  let browser: Browser;
  let page: Page;
  /** The report page of a checked DOCX, for the phone test. */
  let docxReport = "";

  beforeAll(async () => {
    ({ app, close, base, browser, page } = await startBrowserApp());
    // The report of the tender the check suite uploads through the form, checked the same way.
    const res = await app.inject({
      method: "POST",
      url: "/v1/checks",
      payload: form([{ name: "ivri-verkeerslichten.docx", bytes: readFileSync(join(tenders, "ivri-verkeerslichten.docx")), type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }], {
        manifest: JSON.stringify({ title: "Intelligente verkeerslichten Gelderland" }),
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    docxReport = `${base}/toetsen/${(res.json() as { id: string }).id}`;
  });
  afterAll(async () => {
    await close?.();
  });

  it("shows accessible maturity and governance pages (axe: no violations), with charts, diagrams and their tables", async () => {
    const api = async (url: string, payload: object) => {
      const res = await app.inject({ method: "POST", url, payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json() as { id: string };
    };
    const questions = ["kennis-training", "kennis-werkvormen", "verantwoordelijkheden-rollen", "verantwoordelijkheden-opvolging", "processen-toetsing", "processen-register", "inkoop-eisen", "inkoop-samenwerking", "beleid-visie", "beleid-wetgeving"];
    const first = await api("/v1/assessments", { model: { id: "ethiek-provincies" }, title: "Nulmeting", answers: questions.map((question) => ({ question, level: 1 })) });
    const second = await api("/v1/assessments", {
      model: { id: "ethiek-provincies" },
      title: "Meting 2026",
      previousAssessment: first.id,
      target: [{ dimension: "beleid", level: 4 }],
      answers: questions.slice(0, 8).map((question) => ({ question, level: 3 })),
    });
    // A route started long ago, so that the page shows an overdue step (events are append-only:
    // stored directly, as the API stores a new route).
    const item = { kind: "interprovincial-guide", title: "Gids digitale ethiek" };
    const plan = (await app.inject({ method: "POST", url: "/v1/route-plans", payload: { modelId: "ipo", item } })).body;
    const routeId = "11111111-2222-4333-8444-555555555555";
    const then = "2026-01-05T09:00:00.000Z";
    await app.storage.db
      .insertInto("routes")
      .values({ id: routeId, organisation_id: "local", model_id: "ipo", item_kind: item.kind, title: item.title, plan, status: "in-progress", event_count: 1, created_by: "local", created_at: then, updated_at: then })
      .execute();
    await app.storage.db
      .insertInto("route_events")
      .values({ route_id: routeId, seq: 1, type: "started", actor: "local", body_id: null, role: null, step_id: null, outcome: null, to_step_id: null, remarks: null, occurred_at: then })
      .execute();

    await page.goto(`${base}/volwassenheid`);
    expect(await page.locator("h1").textContent()).toBe("Volwassenheid digitale ethiek");
    expect(await axe(page)).toEqual([]);
    await page.click("text=Meting 2026");
    expect(await page.locator("h1").textContent()).toBe("Meting 2026");
    // The inline charts are named by their own title and description.
    for (const chart of ["radar", "timeline"]) {
      const svg = page.locator(`svg[data-chart=${chart}]`);
      expect(await svg.getAttribute("role")).toBe("img");
      const name = await svg.evaluate((el) => (el.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "));
      expect(name.length).toBeGreaterThan(40);
      expect((await svg.boundingBox())?.width).toBeGreaterThan(300);
    }
    expect(await page.locator("#grafiek-radar-tabel td[data-series=previous]").count()).toBe(5);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(images, "maturity.png"), fullPage: true });
    await page.click("a[hreflang=en]");
    expect(await page.locator("#grafiek-radar-title").textContent()).toBe("Level per dimension: now, target and previous assessment");
    expect(await axe(page)).toEqual([]);
    await page.click("a[hreflang=nl]");

    await page.click("nav >> text=Bestuur en routes");
    expect(await page.locator("h1").textContent()).toBe("Bestuursmodellen");
    // Every diagram loads (served by the page, under its CSP) and has a text alternative.
    const diagrams = page.locator(".governance-model img");
    expect(await diagrams.count()).toBeGreaterThan(3);
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>(".governance-model img")).every((img) => img.complete));
    for (const img of await diagrams.all()) {
      expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
      expect(await img.getAttribute("alt")).toMatch(/^Tekening van /);
    }
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(images, "governance.png"), clip: { x: 0, y: 0, width: 1280, height: 1600 } });

    await page.goto(`${base}/bestuur/routes`);
    expect(await axe(page)).toEqual([]);
    await page.click("text=Gids digitale ethiek");
    expect(await page.locator(".overdue").textContent()).toContain("1 stap is te laat.");
    const diagram = page.locator("#tekening ~ figure img, section[aria-labelledby=tekening] img").first();
    await diagram.evaluate((el) => new Promise((done) => ((el as HTMLImageElement).complete ? done(null) : el.addEventListener("load", () => done(null)))));
    expect(await diagram.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    expect(await page.locator("#stappen-tabel tr[data-overdue=true]").count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(images, "route.png"), fullPage: true });
  });

  it("records a case and a reflection, fills in an assessment and sees the chart change (axe: no violations)", { timeout: 90_000 }, async () => {
    await page.goto(`${base}/`);
    await page.click("nav >> text=Casussen");
    expect(await page.locator("h1").textContent()).toBe("Casussen en moresprudentie");
    expect(await axe(page)).toEqual([]);
    await page.click("text=Casus voorleggen");
    expect(await axe(page)).toEqual([]);
    await page.fill("#titel", "Slimme camera's bij de provinciale weg");
    await page.fill("#vraag", "Mogen we camera's gebruiken om verkeersdrukte te tellen, zonder mensen te herkennen?");
    await page.fill("#waarden", "privacy, veiligheid");
    await Promise.all([page.waitForURL(/\/casussen\/casus-/), page.click("button[type=submit]")]);
    for (const step of ["accepted", "in-analysis"]) {
      await page.selectOption("#stap", step);
      await Promise.all([page.waitForNavigation(), page.click("text=Stap vastleggen")]);
    }
    await page.fill("#auteurs", "A. de Vries, B. Jansen");
    await page.fill("#reflectie", "Tellen kan, herkennen niet: leg geen gezichten of kentekens vast.");
    await page.fill("#waarde", "privacy");
    await page.fill("#afweging", "Weggebruikers kunnen niet kiezen of ze gefilmd worden.");
    await page.fill("#advies", "Tel op het apparaat zelf en bewaar geen beelden.");
    await Promise.all([page.waitForNavigation(), page.click("text=Reflectie opslaan")]);
    expect(await page.locator(".reflection").textContent()).toContain("Tel op het apparaat zelf");
    expect(await page.locator(".case-facts").textContent()).toContain("reflectie gegeven");
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(images, "case.png"), fullPage: true });

    // An assessment filled in on the page follows the latest one: the chart over time gains a bar.
    await page.goto(`${base}/volwassenheid`);
    await page.click("text=Nieuwe meting invullen");
    expect(await axe(page)).toEqual([]);
    await page.fill("#meting-titel", "Meting na de cursus");
    for (const q of ["kennis-training", "kennis-werkvormen", "beleid-visie"]) await page.check(`#vraag-${q}-4`);
    await Promise.all([page.waitForURL(/\/volwassenheid\/[0-9a-f-]{36}$/), page.click("text=Meting opslaan")]);
    expect(await page.locator("h1").textContent()).toBe("Meting na de cursus");
    const bars = await page.locator('svg[data-chart=timeline] g[data-dimension="kennis-en-vaardigheden"] rect[data-point]').count();
    expect(bars).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg[data-chart=timeline] g[data-dimension="kennis-en-vaardigheden"] rect[data-point]').last().getAttribute("data-level")).toBe("4");
    expect(await axe(page)).toEqual([]);
  });

  it("fits a 390 px phone on every page family: no sideways scrolling, a wrapping menu, no axe violations", { timeout: 90_000 }, async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nl-NL" });
    try {
      const p = await phone.newPage();
      const routes = await app.inject({ method: "GET", url: "/bestuur/routes" });
      const route = /href="(\/bestuur\/routes\/[^"]+)"/.exec(routes.body)?.[1];
      const assessments = await app.inject({ method: "GET", url: "/volwassenheid" });
      const assessment = /href="(\/volwassenheid\/[0-9a-f-]{36})"/.exec(assessments.body)?.[1];
      const cases = await app.inject({ method: "GET", url: "/casussen" });
      const caseUrl = /href="(\/casussen\/casus-[^"]+)"/.exec(cases.body)?.[1];
      const pages: Array<[string, string | undefined]> = [
        ["upload", "/"],
        ["report", new URL(docxReport).pathname],
        ["list", "/toetsen"],
        ["requirement", "/eisen/logging"],
        ["maturity", assessment],
        ["governance", "/bestuur"],
        ["route", route],
        ["cases", "/casussen"],
        ["case", caseUrl],
      ];
      for (const [name, path] of pages) {
        expect(path, name).toBeDefined();
        await p.goto(`${base}${path}`);
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        // The menu stays inside the screen.
        const nav = await p.locator(".site-nav").boundingBox();
        expect((nav?.x ?? 0) + (nav?.width ?? 0), name).toBeLessThanOrEqual(390);
        expect(await axe(p), name).toEqual([]);
        await p.screenshot({ path: join(images, `${name}-390.png`), ...(name === "report" ? { clip: { x: 0, y: 0, width: 390, height: 2400 }, fullPage: true } : { fullPage: false }) });
      }
    } finally {
      await phone.close();
    }
  });
  it("shows the public moresprudentie to a visitor without a key, at 1280 and 390 px (axe: no violations)", { timeout: 90_000 }, async () => {
    // Keys mode, as a member of the public meets it: no key, no session.
    const keyed = await startApp("sqlite");
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nl-NL" });
    try {
      for (const c of [...precedents, confidentialCase, openCase]) {
        await keyed.app.storage.db
          .insertInto("cases")
          .values({ id: c.id, organisation_id: "elders", commission_id: "elders", status: c.status, confidentiality: c.confidentiality, title: c.title, event_count: c.events.length, document: JSON.stringify(c), created_by: "test", created_at: c.createdAt, updated_at: c.createdAt })
          .execute();
      }
      await keyed.app.listen({ port: 0, host: "127.0.0.1" });
      const address = keyed.app.server.address();
      const keyedBase = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
      const names = [...precedents, confidentialCase, openCase].flatMap(personNames);
      const p = await visitor.newPage();
      // From the sign-in page, where a visitor without a key lands, through the menu.
      await p.goto(`${keyedBase}/`);
      expect(p.url()).toContain("/aanmelden");
      await p.click("nav >> text=Moresprudentie");
      expect(await p.locator("h1").textContent()).toBe("Openbare moresprudentie");
      expect(await p.locator("#zoek-telling").textContent()).toBe(`${precedents.length} afgesloten casussen gevonden.`);
      expect(await axe(p)).toEqual([]);
      await p.fill("#zoek", "drones natuurgebied");
      await Promise.all([p.waitForURL(/q=drones/), p.click("button[type=submit]")]);
      expect(await p.locator(".case-hit mark").count()).toBeGreaterThan(0);
      expect(await axe(p)).toEqual([]);
      await p.screenshot({ path: join(images, "public-cases.png"), fullPage: true });
      await p.click(".case-hit a >> nth=0");
      await p.waitForURL(/\/moresprudentie\/ov-2025-002$/);
      expect(await p.locator("h1").textContent()).toBe("Drones boven natuurgebieden");
      const text = (await p.locator("main").textContent()) ?? "";
      expect(text).toContain("Deze reflectie is een advies. Het is niet bindend.");
      for (const name of names) expect(text).not.toContain(name);
      expect(await axe(p)).toEqual([]);
      await p.screenshot({ path: join(images, "public-case.png"), fullPage: true });
      // A hidden case gives the not-found page, which is accessible too.
      const hidden = await p.goto(`${keyedBase}/moresprudentie/${confidentialCase.id}`);
      expect(hidden?.status()).toBe(404);
      expect(await axe(p)).toEqual([]);

      const small = await phone.newPage();
      for (const [name, path] of [["public-cases", "/moresprudentie?q=camera"], ["public-case", "/moresprudentie/dkf-2024-001"]] as const) {
        await small.goto(`${keyedBase}${path}`);
        const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        const nav = await small.locator(".site-nav").boundingBox();
        expect((nav?.x ?? 0) + (nav?.width ?? 0), name).toBeLessThanOrEqual(390);
        expect(await axe(small), name).toEqual([]);
        await small.screenshot({ path: join(images, `${name}-390.png`), fullPage: false });
      }
    } finally {
      await visitor.close();
      await phone.close();
      await keyed.close();
    }
  });
});
