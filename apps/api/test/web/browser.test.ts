// The web page in a real browser: headless Debian Chromium driven by playwright-core (never a
// downloaded browser), with axe-core injected into every page. One browser for the whole file.
// Without Chromium the suite skips with a printed reason (install it with `apt-get install chromium`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { corpusDir, repoRoot } from "@ethiek-test/support";
import { personNames } from "@ethiek/cases";
import { confidentialCase, openCase, precedents } from "../../../../packages/cases/test/fixtures.js";
import { createApiKey, ensureOrganisation } from "../../src/auth.js";
import { startApp } from "../harness.js";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumMissing = !existsSync(executablePath);
if (chromiumMissing) {
  console.warn(`[skip] web browser tests: no Chromium at ${executablePath}; install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}

const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const tenders = join(corpusDir, "tenders");
// The screenshots in docs/images are refreshed on request only (ETHIEK_UPDATE_SCREENSHOTS=1), so that
// an ordinary test run leaves the working tree unchanged; otherwise they go to a temporary folder.
const images = process.env.ETHIEK_UPDATE_SCREENSHOTS === "1" ? join(repoRoot, "docs/images") : mkdtempSync(join(tmpdir(), "ethiek-web-shots-"));

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and returns the violations, readable. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

describe.skipIf(chromiumMissing)("web page in Chromium", () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let base = "";
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let docxReport = "";
  const dialogs: string[] = [];

  beforeAll(async () => {
    ({ app, close } = await startApp("sqlite", { auth: "local" }));
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
    browser = await chromium.launch({ executablePath, args: flags, headless: true });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: "nl-NL" });
    page = await context.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it("shows an accessible upload page (axe: no violations) and keeps a screenshot", async () => {
    await page.goto(`${base}/`);
    expect(await page.locator("h1").textContent()).toBe("Aanbesteding controleren");
    expect(await axe(page)).toEqual([]);
    mkdirSync(images, { recursive: true });
    await page.screenshot({ path: join(images, "upload.png"), fullPage: true });
    expect(statSync(join(images, "upload.png")).size).toBeGreaterThan(10_000);
  });

  it("can be used with the keyboard only: choose a file, answer, submit, with visible focus", async () => {
    await page.goto(`${base}/`);
    // Tab from the top of the page to the file input, checking that focus is always visible.
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== "bestanden" && guard++ < 20) {
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (el === null || el === document.body) return "none";
        const style = getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline, "focus must be visible").not.toMatch(/^none|0px$/);
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("bestanden");
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Space");
    await (await chooser).setFiles(join(tenders, "fietstelling-camera.md"));
    expect(await page.locator("#gekozen").textContent()).toContain("fietstelling-camera.md");
    await page.keyboard.press("Tab"); // title
    await page.keyboard.type("Fietstelling met camera's");
    await page.keyboard.press("Tab"); // AI: "Weet ik niet" radio
    await page.keyboard.press("ArrowDown"); // -> "Ja"
    expect(await page.locator("#ai-ja").isChecked()).toBe(true);
    // Move on to the submit button and press Enter.
    guard = 0;
    while ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("type"))) !== "submit" && guard++ < 20) {
      await page.keyboard.press("Tab");
    }
    await Promise.all([page.waitForURL(/\/toetsen\/[0-9a-f-]{36}$/, { timeout: 30_000 }), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toBe("Fietstelling met camera's");
    expect(await page.locator(".classification li", { hasText: "AI-systeem (" }).first().textContent()).toContain("u gaf dit zelf op");
  });

  it("adds dropped files to the list (drag and drop)", async () => {
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(["# Aanbesteding"], "gesleept.md", { type: "text/markdown" }));
      const zone = document.querySelector("[data-dropzone]") as HTMLElement;
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    expect(await page.locator("#gekozen").textContent()).toContain("gesleept.md");
    expect(await page.evaluate(() => (document.getElementById("bestanden") as HTMLInputElement).files?.length)).toBe(1);
  });

  it("checks a DOCX with progress and shows the expected statuses with paragraph numbers", async () => {
    await page.goto(`${base}/`);
    await page.setInputFiles("#bestanden", join(tenders, "ivri-verkeerslichten.docx"));
    await page.fill("#titel", "Intelligente verkeerslichten Gelderland");
    // Record what the progress region announces while the file is sent and checked.
    const announced: string[] = [];
    await page.exposeFunction("ethiekProgress", (text: string) => announced.push(text));
    await page.evaluate(() => {
      const region = document.getElementById("voortgang-tekst") as HTMLElement;
      const report = (window as unknown as { ethiekProgress(t: string): void }).ethiekProgress;
      new MutationObserver(() => report(region.textContent ?? "")).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await Promise.all([page.waitForURL(/\/toetsen\/[0-9a-f-]{36}$/, { timeout: 30_000 }), page.click("button[type=submit]")]);
    docxReport = page.url();
    expect(announced.some((t) => /^Bestanden worden verstuurd: \d+%$/.test(t))).toBe(true);
    expect(announced).toContain("De documenten worden gelezen en gecontroleerd. Dit kan even duren.");
    // Labels of the corpus (ivri-verkeerslichten-docx.labels.yaml).
    expect(await page.getAttribute("#eis-logging", "data-status")).toBe("satisfied");
    expect(await page.getAttribute("#eis-data-governance", "data-status")).toBe("missing");
    expect(await page.getAttribute("#eis-provider-role", "data-status")).toBe("missing");
    expect(await page.locator("#eis-logging .evidence__loc").first().textContent()).toMatch(/^alinea \d+( — .+)?$/);
    expect(await page.locator("#eis-data-governance").textContent()).toContain("Wat u toevoegt");
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(images, "report.png"), clip: { x: 0, y: 0, width: 1280, height: 2000 }, fullPage: true });
    expect(statSync(join(images, "report.png")).size).toBeGreaterThan(10_000);
  });

  it("checks a PDF and shows the page numbers of the evidence", async () => {
    await page.goto(`${base}/`);
    await page.setInputFiles("#bestanden", join(tenders, "subsidie-risicoscore.pdf"));
    await Promise.all([page.waitForURL(/\/toetsen\/[0-9a-f-]{36}$/, { timeout: 30_000 }), page.click("button[type=submit]")]);
    // Labels of the corpus (subsidie-risicoscore-pdf.labels.yaml).
    expect(await page.getAttribute("#eis-risk-management", "data-status")).toBe("satisfied");
    expect(await page.getAttribute("#eis-data-governance", "data-status")).toBe("satisfied");
    expect(await page.getAttribute("#eis-third-party-data-and-ip", "data-status")).toBe("missing");
    expect(await page.locator("#eis-risk-management .evidence__loc").first().textContent()).toMatch(/^p\. 4, r\. \d+ — \S/);
    expect(await page.locator("#eis-risk-management blockquote").first().textContent()).toContain("risicobeheersysteem");
  });

  it("filters by status and severity at once, and keeps the choice in the address", async () => {
    await page.goto(docxReport);
    for (const status of ["partial", "satisfied", "waived", "not-applicable"]) await page.uncheck(`#f-status-${status}`);
    const visible = await page.locator("article[data-status]:visible").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
    expect(visible.length).toBeGreaterThan(0);
    expect(new Set(visible)).toEqual(new Set(["missing"]));
    await page.uncheck("#f-severity-info");
    const severities = await page.locator("article[data-status]:visible").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.severity));
    expect(severities).not.toContain("info");
    expect(await page.locator("#filter-telling").textContent()).toBe(`${severities.length} van de 45 eisen worden getoond.`);
    expect(page.url()).toContain("status=missing");
    expect(page.url()).toContain("severity=error");
    // The same address without JavaScript gives the same selection (checked by pages.test.ts too).
    expect(await axe(page)).toEqual([]);
  });

  it("prints every requirement, whatever the filter, and makes a PDF of the print view", async () => {
    await page.goto(`${docxReport}?status=missing`);
    const onScreen = await page.locator("article[data-status]:visible").count();
    await page.emulateMedia({ media: "print" });
    try {
      expect(await page.locator("article[data-status]:visible").count()).toBe(45);
      expect(onScreen).toBeLessThan(45);
      expect(await page.locator(".report-filter").isHidden()).toBe(true);
      expect(await page.locator(".site-header").isHidden()).toBe(true);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
    await page.goto(`${docxReport}?weergave=afdruk`);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it("copies the report's link", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    await page.goto(docxReport);
    await page.click("button[data-copy]");
    await page.waitForFunction(() => document.getElementById("kopieer-status")?.textContent !== "");
    expect(await page.locator("#kopieer-status").textContent()).toBe("De link is gekopieerd.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(docxReport);
  });

  it("offers the annex of model clauses: a Word download that LibreOffice opens, and a copy button per clause", { timeout: 400_000 }, async () => {
    // A new user's path: upload cv-screening-werving.md, download the annex, open it, copy a clause.
    await page.goto(`${base}/`);
    await page.setInputFiles("#bestanden", join(tenders, "cv-screening-werving.md"));
    await Promise.all([page.waitForURL(/\/toetsen\/[0-9a-f-]{36}$/, { timeout: 30_000 }), page.click("button[type=submit]")]);
    const report = page.url();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download de bijlage als Word-bestand")]);
    expect(download.suggestedFilename()).toMatch(/^bijlage-ai-[0-9a-f-]{36}\.docx$/);
    const docx = (await download.path()) as string;
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");
    if (spawnSync("soffice", ["--version"]).status === 0) {
      const out = mkdtempSync(join(tmpdir(), "ethiek-annex-pdf-"));
      const converted = spawnSync("soffice", [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "pdf", "--outdir", out, docx], { timeout: 360_000 });
      expect(converted.status).toBe(0);
      expect(readdirSync(out).some((f) => f.endsWith(".pdf"))).toBe(true);
    } else {
      console.warn("[skip] opening the annex in LibreOffice: soffice not found (apt-get install -y libreoffice-writer-nogui).");
    }
    await page.goto(report);
    await page.click("text=Bekijk de modelbepalingen en kopieer ze");
    await page.waitForURL(/\/bijlage$/);
    expect(await page.locator("h1").textContent()).toBe("Modelbepalingen voor deze aanbesteding");
    expect(await page.locator("h2").first().textContent()).toBe("Aanvullende eisen voor algoritmen en AI");
    const buttons = page.locator("button[data-copy-text]");
    expect(await buttons.count()).toBeGreaterThan(30);
    expect(await axe(page)).toEqual([]);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    await buttons.first().click();
    const first = page.locator(".clause").first();
    await page.waitForFunction(() => (document.querySelector(".clause .copy-status")?.textContent ?? "") !== "");
    expect(await first.locator(".copy-status").textContent()).toBe("De bepaling is gekopieerd.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^1\.1 /);
    expect(copied).toContain("Opdrachtgever");
    await page.screenshot({ path: join(images, "annex.png"), clip: { x: 0, y: 0, width: 1280, height: 1600 }, fullPage: true });
  });

  it("downloads the report as SARIF", async () => {
    await page.goto(docxReport);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download als SARIF")]);
    expect(download.suggestedFilename()).toMatch(/\.sarif$/);
    const sarif = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it("switches to English and back", async () => {
    await page.goto(docxReport);
    await page.click("a[hreflang=en]");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("#samenvatting").textContent()).toBe("Summary");
    expect(await axe(page)).toEqual([]);
    await page.goto(`${base}/toetsen`);
    expect(await page.locator("h1").textContent()).toBe("Earlier checks");
    expect(await axe(page)).toEqual([]);
    await page.click("a[hreflang=nl]");
    expect(await page.locator("h1").textContent()).toBe("Eerdere toetsen");
  });

  it("renders a malicious document inert: its <script> shows as text and never runs", async () => {
    await page.goto(`${base}/`);
    await page.setInputFiles("#bestanden", {
      name: "kwaad.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(
        'Aanbesteding\n\nOpdrachtnemer levert een AI-systeem dat aanvragen beoordeelt.\nOpdrachtnemer zorgt voor automatische logging <script>alert("xss");document.title="pwned"</script> <img src=x onerror="alert(1)"> en de Provincie heeft toegang tot de logs.\n',
      ),
    });
    await page.fill("#titel", '<img src=x onerror="alert(2)">');
    await Promise.all([page.waitForURL(/\/toetsen\/[0-9a-f-]{36}$/, { timeout: 30_000 }), page.click("button[type=submit]")]);
    expect(await page.locator("h1").textContent()).toBe('<img src=x onerror="alert(2)">');
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.locator("main script").count()).toBe(0);
    expect(await page.locator("blockquote", { hasText: "<script>" }).count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(await page.title()).not.toContain("pwned");
  });

  it("works without JavaScript: a plain form upload, the report, and filtering with the GET form", async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await plain.newPage();
      await p.goto(`${base}/`);
      // Without the script the drop hint and file list stay hidden; the normal file input remains.
      expect(await p.locator(".chosen-files").isHidden()).toBe(true);
      await p.setInputFiles("#bestanden", join(tenders, "wegonderhoud-planning.md"));
      await Promise.all([p.waitForURL(/\/toetsen\/[0-9a-f-]{36}$/, { timeout: 30_000 }), p.click("button[type=submit]")]);
      expect(await p.locator("#samenvatting").textContent()).toBe("Samenvatting");
      for (const status of ["partial", "satisfied", "waived", "not-applicable"]) await p.uncheck(`#f-status-${status}`);
      await Promise.all([p.waitForURL(/status=missing/), p.click("text=Filter toepassen")]);
      const visible = await p.locator("article[data-status]:visible").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
      expect(visible.length).toBeGreaterThan(0);
      expect(new Set(visible)).toEqual(new Set(["missing"]));
      // An upload without a file shows the error summary, linked to the field.
      await p.goto(`${base}/`);
      await p.evaluate(() => document.getElementById("bestanden")?.removeAttribute("required"));
      await p.click("button[type=submit]");
      expect(await p.locator("#foutmeldingen").textContent()).toContain("Kies ten minste één document.");
      // (axe runs on the same markup in the next test: with JavaScript off, axe itself cannot run.)
    } finally {
      await plain.close();
    }
  });

  it("moves focus to the error summary after a failed upload (with JavaScript)", async () => {
    await page.goto(`${base}/`);
    await page.evaluate(() => document.getElementById("bestanden")?.removeAttribute("required"));
    await page.click("button[type=submit]");
    await page.waitForSelector("#foutmeldingen");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("foutmeldingen");
    expect(await page.locator("#bestanden").getAttribute("aria-invalid")).toBe("true");
    expect(await axe(page)).toEqual([]);
  });

  it("has no axe violations on the list, the requirement explanation, the print view and the sign-in page", async () => {
    for (const url of [`${base}/toetsen`, `${base}/eisen/logging`, `${docxReport}?weergave=afdruk`, `${base}/toetsen/bestaat-niet`]) {
      await page.goto(url);
      expect(await axe(page), url).toEqual([]);
    }
    // The 1280 px screenshots of the page families that have a 390 px one from the phone test.
    for (const [name, url] of [
      ["list", `${base}/toetsen`],
      ["requirement", `${base}/eisen/logging`],
      ["cases", `${base}/casussen`],
    ] as const) {
      await page.goto(url);
      expect(await axe(page), url).toEqual([]);
      await page.screenshot({ path: join(images, `${name}.png`), clip: { x: 0, y: 0, width: 1280, height: 1400 }, fullPage: true });
      expect(statSync(join(images, `${name}.png`)).size, name).toBeGreaterThan(10_000);
    }
    const keyed = await startApp("sqlite");
    try {
      await ensureOrganisation(keyed.app.storage.db, { id: "noord", name: "Provincie Noord" }, "test");
      const { key } = await createApiKey(keyed.app.storage.db, keyed.app.config.keyPepper, { organisation: "noord", roles: ["officer"], label: "web" }, "test");
      await keyed.app.listen({ port: 0, host: "127.0.0.1" });
      const address = keyed.app.server.address();
      const keyedBase = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
      const other = await browser.newContext();
      const p = await other.newPage();
      await p.goto(`${keyedBase}/toetsen`);
      expect(p.url()).toContain("/aanmelden");
      await p.click("button[type=submit]");
      expect(await p.locator("#foutmeldingen").textContent()).toContain("Vul uw API-sleutel in.");
      expect(await axe(p)).toEqual([]);
      await p.fill("#sleutel", key);
      await Promise.all([p.waitForURL(`${keyedBase}/toetsen`), p.click("button[type=submit]")]);
      expect(await p.locator(".site-signout").textContent()).toContain("Provincie Noord");
      expect(await axe(p)).toEqual([]);
      const cookies = await other.cookies();
      expect(cookies.find((c) => c.name === "ethiek_sessie")).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      await other.close();
    } finally {
      await keyed.close();
    }
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

  it("rejects a wrong file type in the browser, before anything is sent, with a readable error summary", async () => {
    await page.goto(`${base}/`);
    let posted = 0;
    page.on("request", (r) => {
      if (r.method() === "POST") posted += 1;
    });
    await page.setInputFiles("#bestanden", { name: "foto.png", mimeType: "image/png", buffer: Buffer.from("not a tender") });
    await page.click("button[type=submit]");
    await page.waitForSelector("#foutmeldingen");
    expect(posted).toBe(0);
    expect(await page.locator("#foutmeldingen li").textContent()).toBe("foto.png kunnen we niet lezen. Kies een PDF, Word (DOCX), ODT, HTML, Markdown, tekst, OCDS-JSON of eForms-XML.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("foutmeldingen");
    // The heading keeps its words on one line (it was squeezed beside the list before).
    const heading = await page.locator("#foutmeldingen-titel").boundingBox();
    expect(heading?.height ?? 0).toBeLessThan(60);
    expect(await axe(page)).toEqual([]);
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
