import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "@ethiek/schemas";
import { formatHtml, matchesFilter, renderReportHtml } from "./html.js";
import { hostileQuote, makeReport, prohibitedReport, requirements } from "./report.fixture.js";

describe("formatHtml", () => {
  const page = formatHtml([makeReport(), prohibitedReport()], { lang: "nl", requirements });

  it("is a self-contained page in the chosen language: no scripts, no external resources", () => {
    expect(page.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")).toBe(true);
    expect(page).not.toMatch(/<script|<link|src=|@import/i);
    expect(page).toContain("<style>");
    expect(page).toContain('<main class="ethiek-report">');
    expect(page).toContain("<h1>Controle van de aanbesteding</h1>");
  });

  it("wraps exactly the report view of renderReportHtml, so the CLI and the web page show the same report", () => {
    const report = makeReport();
    const single = formatHtml([report], { lang: "nl", requirements });
    expect(single).toContain(`\n${renderReportHtml(report, { lang: "nl", requirements })}\n`);
    expect(single).toContain("<h1>Verkeerslichten &lt;ivri&gt; (GLD-2026-011)</h1>");
  });

  it("gives each of several tenders its own titled section with ids that do not collide", () => {
    expect(page).toContain('<section aria-labelledby="tender-1">\n<h2 id="tender-1">');
    expect(page).toContain('<section aria-labelledby="tender-2">\n<h2 id="tender-2">');
    expect(page).toContain('id="t1-samenvatting"');
    expect(page).toContain('id="t2-eis-logging"');
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("escapes all document and report text", () => {
    expect(page).not.toContain(hostileQuote);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; bewaart");
    expect(page).toContain("Verkeerslichten &lt;ivri&gt;");
  });

  it("shows the prohibited practice as an alert with its evidence", () => {
    expect(page).toContain("Let op: de tekst beschrijft een verboden AI-toepassing");
    expect(page).toContain("<p>Het systeem herkent emoties van medewerkers.</p>");
  });

  it("writes English labels when asked", () => {
    const en = formatHtml([makeReport()], { lang: "en", requirements });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<title>Tender check");
    expect(en).toContain("We found nothing about this requirement in the documents.");
    // The report itself is Dutch: its text is marked so for screen readers.
    expect(en).toContain('<p class="utrecht-paragraph" lang="nl">Logs worden 30 dagen bewaard');
  });

  it("lists only http(s) source URLs when there is no explanation page to link to", () => {
    const report = makeReport();
    const evil = [{ ...requirements[1]!, sources: [{ framework: "X", reference: "y", url: "javascript:alert(1)" }] }];
    expect(formatHtml([report], { lang: "nl", requirements: evil })).not.toContain("javascript:");
    expect(formatHtml([report], { lang: "nl", requirements })).toContain('<a href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj">');
  });
});

describe("renderReportHtml", () => {
  const report = makeReport();
  const view = renderReportHtml(report, { lang: "nl", requirements, explanationHref: (id) => `/eisen/${id}?x="1"` });

  it("starts with a summary: verdict, met/partly/missing counts, classification with reasons", () => {
    expect(view.startsWith('<section aria-labelledby="samenvatting" class="report-summary"><h2 class="utrecht-heading-2" id="samenvatting">Samenvatting</h2>')).toBe(true);
    expect(view).toContain("<strong>Oordeel: Voldoet niet.</strong>");
    expect(view).toMatch(/count--satisfied"><dt[^>]*>Voldaan<\/dt><dd[^>]*>\d+<\/dd>/);
    expect(view).toContain("Bijlage III punt 2.");
    expect(view).toMatch(/<time datetime="2026-11-28T10:00:00Z">28 november 2026 (om )?11:00<\/time>/);
  });

  it("puts errors first (missing before partial), folds what is met, with data attributes for filtering", () => {
    const groups = [...view.matchAll(/id="groep-([a-z-]+)-(error|warning|info)"/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(groups).toEqual(["missing/error", "partial/error", "missing/warning", "satisfied/error", "waived/info", "not-applicable/error"]);
    expect(view).toContain('id="eis-logging" data-status="partial" data-severity="error"');
    expect(view).toMatch(/<details class="report-fold" data-fold="satisfied"><summary class="report-fold__summary">Voldaan: 1 eis<\/summary><section class="requirement-group"/);
    // A filter that asks for the met requirements opens their fold; a print view does not fold.
    const asked = renderReportHtml(report, { lang: "nl", filter: { statuses: new Set(["satisfied"]), severities: new Set() } });
    expect(asked).toContain('data-fold="satisfied" open>');
    expect(renderReportHtml(report, { lang: "nl", fold: false })).not.toContain("report-fold");
  });

  it("says once per group that nothing was found, not in every requirement", () => {
    const dpiaGroup = view.slice(view.indexOf('id="groep-missing-error"'), view.indexOf("</section>", view.indexOf('id="groep-missing-error"')));
    expect(dpiaGroup).toContain('<p class="utrecht-paragraph group-note">Over deze eis vonden we niets in de documenten.</p>');
    expect(dpiaGroup).not.toContain("We vonden hierover niets");
  });

  it("shows the decisive passage first with its place, section and reason in words; the others folded", () => {
    const r = makeReport();
    r.results[0]!.reason = "retention-too-short";
    r.results[0]!.evidence = [
      { document: "tenders/bijlage.pdf", page: 8, line: 2, quote: "Audit mag.", headingPath: ["6.3 Audit en openheid"], reason: "no-retention-period" },
      { document: "tenders/bijlage.pdf", page: 6, line: 3, quote: "Logs drie maanden bewaard.", headingPath: ["4. Eisen", "4.3 Techniek"], reason: "retention-too-short", note: "De genoemde termijn (3 maanden) is korter dan de vereiste 6 maanden." },
    ];
    const html = renderReportHtml(r, { lang: "nl" });
    const logging = html.slice(html.indexOf('id="eis-logging"'), html.indexOf("</article>", html.indexOf('id="eis-logging"')));
    expect(logging).toContain("Deze passage bepaalde de uitkomst");
    expect(logging.indexOf("Logs drie maanden bewaard.")).toBeLessThan(logging.indexOf("Audit mag."));
    expect(logging).toContain('<span class="evidence__doc">tenders/bijlage.pdf</span>, <span class="evidence__loc">p. 6, r. 3 — 4.3 Techniek</span>');
    expect(logging).toContain("<strong>Waarom:</strong> 3 maanden; minimaal 6 maanden vereist");
    expect(logging).toMatch(/<details class="evidence-more"><summary>Ook gevonden: 1 passage<\/summary>.*Audit mag\..*p\. 8, r\. 2 — 6\.3 Audit en openheid/);
  });

  it("draws the counts by severity and result as an accessible chart, and lists the AI Act dates", () => {
    expect(view).toMatch(/<svg [^>]*role="img" aria-labelledby="grafiek-titel grafiek-tekst">/);
    expect(view).toContain('<desc id="grafiek-tekst">Aantal eisen per ernst: fout 1 ontbreekt, 1 gedeeltelijk, 1 voldaan; waarschuwing 1 ontbreekt, 0 gedeeltelijk, 0 voldaan.</desc>');
    const r = makeReport();
    r.results.push({ requirement: "compliance-dates", status: "satisfied", reason: "obligation", severity: "info", evidence: [], message: "Verplicht. Verboden praktijken (art. 5): vanaf 2025-02-02." });
    expect(renderReportHtml(r, { lang: "nl" })).toContain('<li><time datetime="2025-02-02">2 februari 2025</time>: <span>Verboden praktijken (art. 5)</span></li>');
  });

  it("shows evidence with its place, why it matters, what to add and an escaped explanation link", () => {
    const logging = view.slice(view.indexOf('id="eis-logging"'), view.indexOf("</article>", view.indexOf('id="eis-logging"')));
    expect(logging).toContain('<span class="evidence__doc">tenders/ivri bestek.md</span>, <span class="evidence__loc">r. 12</span>');
    expect(logging).toContain("<strong>Waarom:</strong> alleen een wens");
    expect(logging).toContain("<strong>Waarom dit ertoe doet:</strong> Met logs kan de provincie");
    expect(logging).toContain("<strong>Wat u toevoegt:</strong> <span>Verplicht een bewaartermijn van minstens zes maanden.</span>");
    expect(logging).toContain('href="/eisen/logging?x=&quot;1&quot;"');
  });

  it("hides what the filter leaves out, and places the page's own markup in its slots", () => {
    const filtered = renderReportHtml(report, {
      lang: "nl",
      filter: { statuses: new Set(["missing"]), severities: new Set() },
      slots: { afterSummary: "<!--A-->", beforeGroups: "<!--B-->" },
    });
    expect(filtered).toContain('id="eis-logging" data-status="partial" data-severity="error" data-reason="wish" hidden');
    expect(filtered).toMatch(/id="eis-dpia" data-status="missing" data-severity="error" data-reason="no-mention">/);
    expect(filtered).toContain("</section><!--A--><section aria-labelledby=\"eisen\"");
    expect(filtered).toContain('id="eisen">Eisen</h2><!--B-->');
  });

  it("never lets arbitrary quote text create markup", () => {
    fc.assert(
      fc.property(fc.string(), (quote) => {
        const r = makeReport();
        r.results[0]!.evidence[0]!.quote = quote;
        const fragment = renderReportHtml(r, { lang: "en" });
        const open = '<blockquote class="utrecht-blockquote" lang="nl"><p>';
        const start = fragment.indexOf(open) + open.length;
        const inner = fragment.slice(start, fragment.indexOf("</p></blockquote>", start));
        expect(inner).toBe(escapeHtml(quote));
        expect(inner).not.toMatch(/[<>"]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("matchesFilter", () => {
  it("lets everything through an empty filter and only the chosen statuses and severities otherwise", () => {
    const none = { statuses: new Set<never>(), severities: new Set<never>() };
    expect(matchesFilter({ status: "satisfied", severity: "info" }, none)).toBe(true);
    expect(matchesFilter({ status: "satisfied", severity: "info" }, { statuses: new Set(["missing"]), severities: new Set() })).toBe(false);
    expect(matchesFilter({ status: "missing", severity: "info" }, { statuses: new Set(["missing"]), severities: new Set(["error"]) })).toBe(false);
  });
});
