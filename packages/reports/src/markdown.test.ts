import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, formatMarkdown } from "./markdown.js";
import { makeReport, prohibitedReport, requirements } from "./report.fixture.js";

describe("formatMarkdown", () => {
  const text = formatMarkdown([makeReport(), prohibitedReport()], { requirements });

  it("starts with a summary table with a row per tender", () => {
    expect(text).toContain("| Aanbesteding | Oordeel | Fouten | Waarschuwingen | Info | Voldaan |");
    expect(text).toContain("| Verkeerslichten &lt;ivri&gt; (GLD-2026-011) | voldoet niet | 2 | 1 | 0 | 1 |");
  });

  it("lists findings with quote, location and fix inside details", () => {
    expect(text).toContain("<details>");
    expect(text).toContain("- 🔴 **Logging en bewaartermijn** `logging` — fout, gedeeltelijk");
    expect(text).toContain("  > — tenders/ivri bestek.md, regel 12: te korte bewaartermijn");
    expect(text).toContain("  - **Oplossing:** Plan een DPIA voor het gebruik.");
  });

  it("never lets document text open an HTML element or break a table", () => {
    expect(text).not.toContain("<script>");
    expect(text).toContain("\\| \\*alles\\*");
  });
});

describe("escapeMarkdown", () => {
  it("escapes what would start a heading, list or numbered list", () => {
    expect(escapeMarkdown("# Kop")).toBe("\\# Kop");
    expect(escapeMarkdown("5.2 DPIA")).toBe("5\\.2 DPIA");
    expect(escapeMarkdown("- punt")).toBe("\\- punt");
    expect(escapeMarkdown("[link](javascript:x)")).toBe("\\[link\\](javascript:x)");
  });

  it("leaves no raw angle brackets, pipes or backticks for any input", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const out = escapeMarkdown(input);
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(/(^|[^\\])[|`]/);
      }),
    );
  });
});
