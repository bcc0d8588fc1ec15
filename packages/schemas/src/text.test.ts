import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml, kebabId } from "./text.js";

describe("escapeHtml", () => {
  it("writes the five markup characters as references, the apostrophe as &#39;", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  });

  it("leaves no markup character and no bare ampersand in any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      }),
    );
  });
});

describe("escapeXml", () => {
  it("writes the apostrophe as &apos; and drops characters XML 1.0 cannot hold", () => {
    expect(escapeXml(`it's <b>\u0007\u001b`)).toBe("it&apos;s &lt;b&gt;");
    expect(escapeXml("a\ud800b")).toBe("a\ufffdb");
  });

  it("leaves no markup characters and no invalid XML characters in any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = escapeXml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
    );
  });
});

describe("kebabId", () => {
  it("makes ids from names people type and from error codes", () => {
    expect(kebabId("Ruimtelijke ordening ")).toBe("ruimtelijke-ordening");
    expect(kebabId("PDF_ENCRYPTED")).toBe("pdf-encrypted");
    expect(kebabId("Privé & veilig")).toBe("prive-veilig");
    expect(kebabId("  --  ")).toBe("");
  });

  it("always gives an id the schemas accept, or nothing", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const id = kebabId(text);
        expect(id === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)).toBe(true);
      }),
    );
  });
});
