import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateCheckReport } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { formatJson } from "./json.js";
import { makeReport } from "./report.fixture.js";

describe("formatJson", () => {
  it("writes one report as one object that validates against the CheckReport schema", () => {
    const example = JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples/check-report.example.json"), "utf8"));
    const parsed: unknown = JSON.parse(formatJson([example]));
    expect(validateCheckReport(parsed).ok).toBe(true);
    expect(parsed).toEqual(example);
  });

  it("writes several reports as an array of valid reports", () => {
    const parsed: unknown = JSON.parse(formatJson([makeReport(), makeReport({ tender: { id: "B" } })]));
    expect(Array.isArray(parsed)).toBe(true);
    for (const report of parsed as unknown[]) expect(validateCheckReport(report)).toMatchObject({ ok: true });
  });
});
