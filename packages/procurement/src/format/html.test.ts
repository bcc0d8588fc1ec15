import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, formatHtml, matchesFilter, renderReportHtml } from "./html.js";
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
    expect(en).toContain("We found nothing about this in the documents.");
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

  it("groups requirements by status, then severity, missing first, with data attributes for filtering", () => {
    const groups = [...view.matchAll(/id="groep-([a-z-]+)-(error|warning|info)"/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(groups[0]).toMatch(/^missing\//);
    expect(groups.indexOf(groups.find((g) => g.startsWith("partial"))!)).toBeGreaterThan(groups.lastIndexOf(groups.filter((g) => g.startsWith("missing")).at(-1)!));
    expect(view).toContain('id="eis-logging" data-status="partial" data-severity="error"');
  });

  it("shows evidence with document and line, why it matters, what to add and an escaped explanation link", () => {
    const logging = view.slice(view.indexOf('id="eis-logging"'), view.indexOf("</article>", view.indexOf('id="eis-logging"')));
    expect(logging).toContain('<span class="evidence__doc">tenders/ivri bestek.md</span>, <span class="evidence__loc">regel 12</span>');
    expect(logging).toContain("<strong>Waarom dit ertoe doet:</strong> Met logs kan de provincie");
    expect(logging).toContain("<strong>Wat u toevoegt:</strong> <span>Verplicht een bewaartermijn van minstens zes maanden.</span>");
    expect(logging).toContain('href="/eisen/logging?x=&quot;1&quot;"');
    expect(view).toContain("We vonden hierover niets in de documenten.");
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
