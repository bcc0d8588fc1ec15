// Issue 18: a mutation fuzz run of every reader. `npm test` runs a short smoke (FUZZ_RUNS unset:
// 40 inputs per reader); `npm run fuzz` at the root runs 10,000 per reader. Property: extract
// never throws, never hangs past its limits, and returns a schema-valid document or an error
// with a known code and both messages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusDir } from "@ethiek-test/support";
import { validateDocument } from "@ethiek/schemas";
import { errorCodes, extract, type ExtractResult } from "../src/index.js";
import { docx, odt, textPdf, wp } from "./make.js";

const allRuns = Number(process.env.FUZZ_RUNS ?? 40);
// The smoke run in `npm test` is reproducible (a fixed seed); `npm run fuzz` draws a new one and
// prints it with any counterexample, so FUZZ_SEED=<seed> replays it.
const fuzzSeed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS === undefined ? 18 : undefined;
const limits = { timeoutMs: 5000, maxPages: 200, maxBytes: 10 * 1024 * 1024 };

function wellTyped(result: ExtractResult): boolean {
  if (result.ok) return validateDocument(result.document).ok;
  return errorCodes.includes(result.error.code) && result.error.message.length > 0 && result.error.messageEn.length > 0;
}

/** Flips bytes, cuts the tail, splices random bytes in, or duplicates a slice. */
const mutate = (base: Uint8Array) =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 32 }).map((flips) => {
      const copy = base.slice();
      for (const [i, b] of flips) copy[i] = b;
      return copy;
    }),
    fc.nat({ max: base.length - 1 }).map((n) => base.slice(0, n)),
    fc.tuple(fc.nat({ max: base.length }), fc.uint8Array({ minLength: 1, maxLength: 256 })).map(([at, extra]) => {
      const out = new Uint8Array(base.length + extra.length);
      out.set(base.subarray(0, at));
      out.set(extra, at);
      out.set(base.subarray(at), at + extra.length);
      return out;
    }),
    fc.tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 512 }), fc.integer({ min: 1, max: 8 })).map(([at, len, times]) => {
      const slice = base.subarray(at, Math.min(base.length, at + len));
      const parts = [base.subarray(0, at), ...Array.from({ length: times }, () => slice), base.subarray(at)];
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let o = 0;
      for (const p of parts) (out.set(p, o), (o += p.length));
      return out;
    }),
  );

const text = (s: string) => new TextEncoder().encode(s);
const corpus = (name: string) => new Uint8Array(readFileSync(join(corpusDir, "tenders", name)));

/** One seed per reader, under the name that selects it. */
const readers: readonly (readonly [reader: string, file: string, seed: Uint8Array])[] = [
  ["Markdown", "x.md", corpus("fietstelling-camera.md")],
  ["text", "x.txt", text("3 Eisen\n\nDe Opdrachtnemer logt alles.\n\t- punt één\n")],
  ["HTML", "x.html", text("<!doctype html><html><head><title>T</title></head><body><h1>3 Eisen</h1><p>De Opdrachtnemer <b>logt</b> alles.</p><table><tr><td>a</td></tr></table></body></html>")],
  ["DOCX", "x.docx", docx([wp("3 Eisen", "Heading1"), wp("De Opdrachtnemer logt alles.")].join(""))],
  ["corpus DOCX", "x.docx", corpus("fietstelling-camera.docx")],
  ["ODT", "x.odt", odt("<text:h text:outline-level='1'>3 Eisen</text:h><text:p>Tekst</text:p>")],
  ["PDF", "x.pdf", textPdf([["3 Eisen", "De Opdrachtnemer logt alles.", "Tweede regel van de alinea."]])],
  ["corpus PDF", "x.pdf", corpus("fietstelling-camera.pdf")],
  [
    "OCDS JSON",
    "x.json",
    text(JSON.stringify({ uri: "u", version: "1.1", releases: [{ ocid: "ocds-x-1", id: "1", date: "2026-01-01T00:00:00Z", tag: ["tender"], tender: { id: "t", title: "Camera's", description: "De Opdrachtnemer logt alles.", items: [{ id: "1", description: "camera" }] } }] })),
  ],
  [
    "eForms XML",
    "x.xml",
    text(
      '<?xml version="1.0"?><ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"><cbc:ID>1</cbc:ID><cac:ProcurementProject><cbc:Name languageID="NLD">Camera\'s</cbc:Name><cbc:Description languageID="NLD">De Opdrachtnemer logt alles.</cbc:Description></cac:ProcurementProject></ContractNotice>',
    ),
  ],
];

describe("fuzzing every reader", () => {
  for (const [reader, file, seed] of readers) {
    // PDF.js takes 0.3–0.7 s per mutated PDF on this machine: the smoke run keeps them few.
    const runs = reader.includes("PDF") && process.env.FUZZ_RUNS === undefined ? 6 : allRuns;
    it(`never throws and answers only typed results for mutated ${reader} (${runs} inputs)`, async () => {
      let crashes = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: mutate(seed) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }) }), async (bytes) => {
          let result: ExtractResult;
          try {
            result = await extract(bytes, { name: file, limits });
          } catch (error) {
            crashes++;
            throw error;
          }
          expect(wellTyped(result), JSON.stringify(result.ok ? validateDocument(result.document) : result.error).slice(0, 2000)).toBe(true);
        }),
        { numRuns: runs, ...(fuzzSeed !== undefined ? { seed: fuzzSeed } : {}) },
      );
      expect(crashes).toBe(0);
    }, Math.max(60_000, runs * 200));
  }
});

describe("what the fuzz run found", () => {
  it("locates a table cell without a <tr> before it in the first row, not row -1", async () => {
    const result = await extract(text("<table>\u0001tr><td>a</td></tr></table>"), { name: "x.html" });
    expect(result.ok && validateDocument(result.document).ok).toBe(true);
    if (result.ok) expect(result.document.segments.find((s) => s.table !== undefined)?.table?.row).toBe(0);
  });
});
