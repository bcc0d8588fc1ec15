// The web page and `ethiek check --format html` must show one report view (issue 5: "the same
// renderer as the web page's report"). Both are built here from one real check.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Check, CheckReport } from "@ethiek/schemas";
import { extract } from "@ethiek/documents";
import { check, listRequirements } from "@ethiek/procurement";
import { formatHtml, renderReportHtml } from "@ethiek/reports";
import { corpusDir } from "@ethiek-test/support";
import { reportPage, requirementHref, type PageContext } from "./render.js";

async function reportOf(name: string, language: "nl" | "en"): Promise<CheckReport> {
  const bytes = readFileSync(join(corpusDir, "tenders", name));
  const result = await extract(bytes, { name });
  if (!result.ok) throw new Error(result.error.message);
  // Hostile document text must stay text on both sides.
  const report = check([result.document], { language });
  report.results[0]!.evidence.push({ document: name, page: 2, line: 7, quote: '<script>alert("x")</script>' });
  return report;
}

function pageOf(report: CheckReport, lang: "nl" | "en"): string {
  const ctx: PageContext = { lang, url: "/toetsen/c1", csrf: "token", signedIn: null, localMode: true, assets: { nlds: "/a.css", css: "/b.css", js: "/c.js" } };
  const stored = { id: "c1", report } as unknown as Check;
  return reportPage(ctx, stored, {
    requirements: listRequirements(report.ruleset.name, lang),
    filter: { statuses: new Set(), severities: new Set() },
    printView: false,
    selfUrl: "http://localhost/toetsen/c1",
  });
}

/** The page's own additions in the view's slots: share buttons, filter form and count line. */
function withoutPageSlots(page: string): string {
  const start = page.indexOf('<section aria-labelledby="samenvatting"');
  const end = page.lastIndexOf("</section>") + "</section>".length;
  return page
    .slice(start, end)
    .replace(/<section aria-labelledby="delen" class="report-actions">.*?<\/section>/s, "")
    .replace(/<section aria-labelledby="aanvullen" class="report-actions annex-actions">.*?<\/section>/s, "")
    .replace(/<form method="get"[^>]*class="report-filter".*?<\/form>/s, "")
    .replace(/<p class="utrecht-paragraph filter-count"[^>]*>.*?<\/p>/s, "");
}

/** The one part that differs: the page links to its explanation page, a file lists the sources. */
function withoutExplanationPointer(html: string): string {
  return html.replace(/<p class="requirement__more">.*?<\/p>(?=<\/article>)/g, "").replace(/<details>(?:(?!<details>).)*?<\/details>(?=<\/article>)/gs, "");
}

describe("one report renderer for the web page and the CLI's HTML", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`renders the same report view on the page and in formatHtml (${lang})`, async () => {
      const report = await reportOf("cv-screening-werving.md", lang);
      const requirements = listRequirements(report.ruleset.name, lang);
      const page = pageOf(report, lang);
      const pageView = renderReportHtml(report, { lang, requirements, explanationHref: (id) => requirementHref(id, report.ruleset.name) });
      // The page is exactly the shared view plus its own slots.
      expect(withoutPageSlots(page)).toBe(pageView);
      // What `ethiek check --format html` writes (packages/cli render() calls formatHtml the same way).
      const cli = formatHtml([report], { lang, requirements });
      const cliView = renderReportHtml(report, { lang, requirements });
      expect(cli).toContain(`\n${cliView}\n`);
      expect(withoutExplanationPointer(cliView)).toBe(withoutExplanationPointer(pageView));
      // Sanity: the shared view is the full report, and hostile text is inert on both sides.
      expect(pageView).toContain('data-status="missing"');
      expect(pageView).toContain('class="report-summary"');
      for (const html of [page, cli]) {
        expect(html).not.toContain('<script>alert("x")</script>');
        expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
      }
    });
  }
});
