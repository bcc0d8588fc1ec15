import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusDir } from "@ethiek-test/support";
import { validateDocument } from "@ethiek/schemas";
import { errorCodes, extract, supportedExtensions, type ExtractResult } from "../src/index.js";
import { docx, odt, textPdf, wp } from "./make.js";

/** A result is either a schema-valid document or an error with a known code and both messages. */
function wellTyped(result: ExtractResult): boolean {
  if (result.ok) return validateDocument(result.document).ok;
  return errorCodes.includes(result.error.code) && result.error.message.length > 0 && result.error.messageEn.length > 0;
}

const names = fc.constantFrom(...supportedExtensions.map((e) => `bestand${e}`), "zonder-extensie", "foto.png");

/** Flips bytes, cuts the tail or splices random bytes in. */
const mutate = (base: Uint8Array) =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }).map((flips) => {
      const copy = base.slice();
      for (const [i, b] of flips) copy[i] = b;
      return copy;
    }),
    fc.nat({ max: base.length - 1 }).map((n) => base.slice(0, n)),
    fc.tuple(fc.nat({ max: base.length }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => {
      const out = new Uint8Array(base.length + extra.length);
      out.set(base.subarray(0, at));
      out.set(extra, at);
      out.set(base.subarray(at), at + extra.length);
      return out;
    }),
  );

describe("extract never throws and returns only typed results", () => {
  it("for random bytes under any supported name", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), names, async (bytes, name) => {
        const result = await extract(bytes, { name });
        expect(wellTyped(result)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("for random text under text-format names", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 500, unit: "binary" }), fc.constantFrom("a.md", "a.txt", "a.html", "a.json", "a.xml"), async (text, name) => {
        expect(wellTyped(await extract(new TextEncoder().encode(text), { name }))).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  const markdown = new Uint8Array(readFileSync(join(corpusDir, "tenders", "fietstelling-camera.md")));
  const docxBytes = docx([wp("3 Eisen", "Heading1"), wp("De Opdrachtnemer logt alles.")].join(""));
  const odtBytes = odt("<text:h text:outline-level='1'>3 Eisen</text:h><text:p>Tekst</text:p>");
  const pdfBytes = textPdf([["3 Eisen", "De Opdrachtnemer logt alles.", "Tweede regel van de alinea."]]);
  // A real LibreOffice PDF: compressed streams, embedded subset fonts, a cross-reference stream.
  const corpusPdf = new Uint8Array(readFileSync(join(corpusDir, "tenders", "fietstelling-camera.pdf")));

  for (const [name, base, runs] of [
    ["mutated Markdown", markdown, 60],
    ["mutated DOCX", docxBytes, 60],
    ["mutated ODT", odtBytes, 60],
    ["mutated PDF", pdfBytes, 20],
    ["mutated corpus PDF", corpusPdf, 10],
  ] as const) {
    it(`for ${name}`, async () => {
      const file = name.includes("PDF") ? "x.pdf" : name.includes("DOCX") ? "x.docx" : name.includes("ODT") ? "x.odt" : "x.md";
      await fc.assert(
        fc.asyncProperty(mutate(base), async (bytes) => {
          expect(wellTyped(await extract(bytes, { name: file }))).toBe(true);
        }),
        { numRuns: runs },
      );
    }, 60_000);
  }
});
