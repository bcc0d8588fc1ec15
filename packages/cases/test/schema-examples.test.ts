import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateCase } from "@ethiek/schemas";
import { repoRoot } from "@ethiek-test/support";
import { describe, expect, it } from "vitest";
import { confidentialCase, openCase, precedents } from "./fixtures.js";

const example = (name: string): unknown => JSON.parse(readFileSync(resolve(repoRoot, "schemas/examples", name), "utf8"));

describe("case.schema.json examples", () => {
  it("accepts the example case with every analysis method, a reflection and a decision", () => {
    const r = validateCase(example("case.example.json"));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it("accepts every case of the hand-written test set", () => {
    for (const c of [...precedents, confidentialCase, openCase]) expect(validateCase(c).ok).toBe(true);
  });

  it("lists every problem of the counter-example in words, each with its pointer", () => {
    const r = validateCase(example("invalid/case.bad-status-and-reflection.json"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPointer = new Map(r.errors.map((e) => [e.pointer, e.message]));
    expect(byPointer.get("/question")).toBe("`/question`: required property missing");
    expect(byPointer.get("/status")).toMatch(/^`\/status`: must be one of submitted, accepted, declined, .*; found 'open'$/);
    expect(byPointer.get("/confidentiality")).toBe("`/confidentiality`: must be one of public, internal, confidential; found 'geheim'");
    expect(byPointer.get("/id")).toMatch(/must be text matching/);
    expect(byPointer.get("/tags/values/0")).toMatch(/found 'Privacy Rights'/);
    expect(byPointer.get("/requester/organisation/name")).toMatch(/at least 1 character/);
    expect(byPointer.get("/reflections/0/binding")).toMatch(/false/);
    expect(byPointer.get("/reflections/0/givenDate")).toMatch(/date/);
    expect(byPointer.get("/reflections/0/authors")).toMatch(/at least 1/);
    expect(byPointer.get("/decision/followsAdvice")).toMatch(/one of yes, partly, no; found 'maybe'/);
    expect(byPointer.get("/decision/reviewDate")).toMatch(/date/);
    expect(byPointer.get("/events/0/at")).toMatch(/date and time/);
    expect(r.errors.some((e) => e.pointer.startsWith("/analyses/0"))).toBe(true);
  });
});
