// What the browser suites share (browser.test.ts, browser-pages.test.ts): headless Debian Chromium
// driven by playwright-core (never a downloaded browser), axe-core to run in every page, and the
// app in local mode listening on a free port. Without Chromium the suites skip with a printed
// reason (install it with `apt-get install chromium`).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { corpusDir, repoRoot } from "@ethiek-test/support";
import { startApp } from "../harness.js";

/** The Chromium of the system (Debian's `chromium`), or CHROMIUM_PATH. */
export const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** True when there is no Chromium to run: the suites skip. */
export const chromiumMissing = !existsSync(executablePath);
if (chromiumMissing) {
  console.warn(`[skip] web browser tests: no Chromium at ${executablePath}; install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}

/** Chromium's flags: headless, and nothing that reaches out to the network by itself. */
export const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** The corpus tenders the suites upload. */
export const tenders = join(corpusDir, "tenders");
// The screenshots in docs/images are refreshed on request only (ETHIEK_UPDATE_SCREENSHOTS=1), so that
// an ordinary test run leaves the working tree unchanged; otherwise they go to a temporary folder.
/** Where screenshots go. */
export const images = process.env.ETHIEK_UPDATE_SCREENSHOTS === "1" ? join(repoRoot, "docs/images") : mkdtempSync(join(tmpdir(), "ethiek-web-shots-"));

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and returns the violations, readable. */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** One browser with one page on the app in local mode; dialogs the page opens are dismissed and kept. */
export interface BrowserApp {
  readonly app: FastifyInstance;
  readonly close: () => Promise<void>;
  readonly base: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly dialogs: string[];
}

/** Starts the app in local mode on a free port and a browser with one Dutch page on it. */
export async function startBrowserApp(): Promise<BrowserApp> {
  const { app, close: closeApp } = await startApp("sqlite", { auth: "local" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath, args: flags, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: "nl-NL" });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const close = async () => {
    await browser.close();
    await closeApp();
  };
  return { app, close, base, browser, context, page, dialogs };
}
