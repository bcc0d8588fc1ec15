// The web page in a real browser, the tender check: upload with mouse, keyboard and drag and
// drop, the report with its filters, print view, downloads and annex, English, a hostile
// document, no JavaScript, and axe-core on every page. One browser for the whole file; the
// other page families are in browser-pages.test.ts. Chromium and axe: browser-harness.ts.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createApiKey, ensureOrganisation } from "../../src/auth.js";
import { startApp } from "../harness.js";
import { axe, chromiumMissing, images, startBrowserApp, tenders } from "./browser-harness.js";

describe.skipIf(chromiumMissing)("web page in Chromium", () => {
  let close: (() => Promise<void>) | undefined;
  let base = "";
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dialogs: string[] = [];
  let docxReport = "";

  beforeAll(async () => {
    ({ close, base, browser, context, page, dialogs } = await startBrowserApp());
  });
  afterAll(async () => {
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
    expect(await page.locator("#foutmeldingen li").textContent()).toBe("foto.png kunnen we niet lezen. Kies een PDF, Word (DOCX), ODT, HTML, Markdown, tekst, CSV, OCDS-JSON of eForms-XML.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("foutmeldingen");
    // The heading keeps its words on one line (it was squeezed beside the list before).
    const heading = await page.locator("#foutmeldingen-titel").boundingBox();
    expect(heading?.height ?? 0).toBeLessThan(60);
    expect(await axe(page)).toEqual([]);
  });
});
