import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { validateDocument } from "@ethiek/schemas";

const example = (name: string): unknown => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

describe("document.schema.json examples", () => {
  it("accepts the example PDF document with a cell that continues over a page break", () => {
    expect(validateDocument(example("document.example.json")).ok).toBe(true);
  });

  it("names every problem of a bad page break", () => {
    const result = validateDocument(example("invalid/document.bad-page-break.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.pointer)).toEqual(
      expect.arrayContaining(["/segments/0/endPage", "/segments/0/pageBreaks/0/offset", "/segments/0/pageBreaks/0/page"]),
    );
  });
});
