// The HTML report (the same renderer as the web page) checked with axe-core in Debian's Chromium.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { extract } from "@ethiek/documents";
import { check, listRequirements } from "@ethiek/procurement";
import { formatHtml } from "@ethiek/reports";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { corpusDir } from "@ethiek-test/support";

const chromiumPath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chromiumPath) console.warn("[skip] HTML accessibility: Chromium not found; install Debian `chromium` or set CHROMIUM_PATH.");

async function reportOf(name: string, lang: "nl" | "en") {
  const bytes = readFileSync(join(corpusDir, "tenders", name));
  const result = await extract(bytes, { name });
  if (!result.ok) throw new Error(result.error.message);
  return check([result.document], { language: lang });
}

describe.skipIf(!chromiumPath)("HTML report accessibility (axe-core, WCAG 2.1 AA)", () => {
  it("has no axe violations in Dutch and English, with hostile text in the documents", async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const nl = await reportOf("cv-screening-werving.md", "nl");
    const en = await reportOf("subsidy-fraud-detection.md", "en");
    // Document text that tries to inject markup must stay text.
    nl.results[0]!.evidence.push({ document: "x.md", page: null, line: 1, quote: '<img src=x onerror="alert(1)"><b>vet</b>' });
    const browser = await chromium.launch({ executablePath: chromiumPath!, args: ["--no-sandbox"] });
    const audit = async (html: string) => {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      await page.close();
      return violations;
    };
    try {
      // Control: the audit does find problems where there are some.
      expect(await audit('<html><body><img src="data:,"><p style="color:#ccc;background:#fff">x</p></body></html>')).toEqual(
        expect.arrayContaining([expect.stringMatching(/^image-alt/), expect.stringMatching(/^html-has-lang/)]),
      );
      for (const [report, lang] of [[nl, "nl"], [en, "en"]] as const) {
        expect(await audit(formatHtml([report], { lang, requirements: listRequirements("ethiek:recommended", lang) }))).toEqual([]);
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.setContent(formatHtml([report], { lang }));
        expect(dialogs).toEqual([]);
        expect(await page.locator("img").count()).toBe(0);
        expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
