import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, formatHtml, renderReportHtml } from "./html.js";
import { hostileQuote, makeReport, prohibitedReport, requirements } from "./report.fixture.js";

describe("formatHtml", () => {
  const page = formatHtml([makeReport(), prohibitedReport()], { lang: "nl", requirements });

  it("is a self-contained page in the chosen language: no scripts, no external resources", () => {
    expect(page.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")).toBe(true);
    expect(page).not.toMatch(/<script|<link|src=|@import/i);
    expect(page).toContain("<style>");
    expect(page).toContain("<main>");
    expect(page).toContain("<h1>Controle van de aanbesteding</h1>");
  });

  it("escapes all document and report text", () => {
    expect(page).not.toContain(hostileQuote);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; bewaart");
    expect(page).toContain("Verkeerslichten &lt;ivri&gt;");
  });

  it("is accessible: labelled sections, captioned tables with scoped headers, status in words", () => {
    expect(page).toContain('<section aria-labelledby="tender-1">\n<h2 id="tender-1">');
    expect(page).toContain("<caption>Alle eisen</caption>");
    expect(page).toContain('<th scope="col">Eis</th>');
    expect(page).toContain('<th scope="col">Geldt</th>');
    expect(page).toMatch(/<time datetime="2026-11-28T10:00:00Z">28 november 2026 (om )?10:00 UTC<\/time>/);
    expect(page).toContain('<span aria-hidden="true">✖</span> ontbreekt');
    // Report text carries the report's own language for screen readers.
    expect(page).toContain('<article class="finding sev-error" lang="nl">');
  });

  it("writes English labels when asked", () => {
    const en = formatHtml([makeReport()], { lang: "en", requirements });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>Tender check</h1>");
    expect(en).toContain("not found in the documents");
  });

  it("links only http(s) source URLs", () => {
    const report = makeReport();
    const evil = [{ ...requirements[0]!, id: "dpia", sources: [{ framework: "X", reference: "y", url: "javascript:alert(1)" }] }];
    const html = formatHtml([report], { lang: "nl", requirements: evil });
    expect(html).not.toContain("javascript:");
    expect(formatHtml([report], { lang: "nl", requirements })).toContain('<a href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj">');
  });
});

describe("renderReportHtml", () => {
  it("returns a fragment for embedding, with headings from the level asked for", () => {
    const fragment = renderReportHtml([makeReport()], { lang: "nl", headingLevel: 3 });
    expect(fragment.startsWith('<div class="ethiek-report">')).toBe(true);
    expect(fragment).not.toContain("<html");
    expect(fragment).toContain('<h3 id="tender-1">');
    expect(fragment).toContain("<h4>Bevindingen</h4>");
  });

  it("never lets arbitrary quote text create markup", () => {
    fc.assert(
      fc.property(fc.string(), (quote) => {
        const report = makeReport();
        report.results[0]!.evidence[0]!.quote = quote;
        const fragment = renderReportHtml([report], { lang: "en" });
        const start = fragment.indexOf("<blockquote>") + "<blockquote>".length;
        const inner = fragment.slice(start, fragment.indexOf("</blockquote>", start));
        expect(inner).toBe(escapeHtml(quote));
        expect(inner).not.toMatch(/[<>"]/);
      }),
      { numRuns: 200 },
    );
  });
});
