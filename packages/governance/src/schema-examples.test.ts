import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateGovernanceModel, validateRoute } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";
import { loadRoute } from "./route.js";

const example = (name: string): unknown => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

describe("governance schema examples", () => {
  it("accepts the example model and route", () => {
    expect(validateGovernanceModel(example("governance-model.example.json")).ok).toBe(true);
    expect(validateRoute(example("route.example.json")).ok).toBe(true);
    expect(loadRoute(example("route.example.json")).ok).toBe(true);
  });

  it("lists every problem of a broken route at once", () => {
    const result = validateRoute(example("invalid/route.bad-event.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "`/plan/item/kind`: must be text matching ^[a-z0-9]+(-[a-z0-9]+)*$; found 'ethics case'",
        "`/createdAt`: must be a date and time (RFC 3339, e.g. 2026-05-01T09:30:00Z); found '2026-11-02'",
        "`/events/0/seq`: must be >= 1; found 0",
        expect.stringMatching(/^`\/events\/0\/type`: must be one of started, outcome-recorded, .*; found 'approved'$/),
      ]),
    );
  });
});
