// The API's schemas (check, problem, waiver-request, audit-event, api-key, health,
// requirement-info): their examples validate, their counter-examples fail with readable messages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { validators, type SchemaName } from "@ethiek/schemas";

const read = (path: string): unknown => JSON.parse(readFileSync(join(repoRoot, "schemas/examples", path), "utf8"));
const messages = (name: SchemaName, path: string) => {
  const result = validators[name](read(path));
  return result.ok ? [] : result.errors.map((e) => e.message);
};

describe("API schema examples", () => {
  it.each(["check", "problem", "waiver-request", "audit-event", "api-key", "health", "requirement-info"] as const)("%s example is valid", (name) => {
    expect(messages(name, `${name}.example.json`)).toEqual([]);
  });

  it("a waiver request with bad values names every problem", () => {
    expect(messages("waiver-request", "invalid/waiver-request.bad-values.json")).toEqual(
      expect.arrayContaining([
        "`/extra`: unknown property 'extra'",
        "`/requirement`: must be text matching ^[a-z0-9]+(-[a-z0-9]+)*$; found 'Logging'",
        "`/reason`: must be at least 1 character(s) long; found ''",
        "`/status`: must be one of pending, approved, rejected; found 'open'",
        "`/requestedAt`: must be a date and time (RFC 3339, e.g. 2026-05-01T09:30:00Z); found 'gisteren'",
      ]),
    );
  });

  it("a problem needs an integer status, an instance, and a reason per invalid parameter", () => {
    expect(messages("problem", "invalid/problem.wrong-types.json")).toEqual(
      expect.arrayContaining([
        "`/instance`: required property missing",
        "`/status`: must be an integer; found string '404'",
        "`/invalidParams/0/reason`: required property missing",
      ]),
    );
  });

  it("a check without a report, with a bad hash and a bad status change, fails on each", () => {
    expect(messages("check", "invalid/check.missing-report.json")).toEqual(
      expect.arrayContaining([
        "`/report`: required property missing",
        "`/createdAt`: must be a date and time (RFC 3339, e.g. 2026-05-01T09:30:00Z); found '2026-11-28'",
        "`/documents/0/sha256`: must be text matching ^[0-9a-f]{64}$; found 'XYZ'",
        "`/documents/0/size`: must be >= 0; found -1",
        "`/documents/0/stored`: must be a boolean; found string 'nee'",
      ]),
    );
  });
});
