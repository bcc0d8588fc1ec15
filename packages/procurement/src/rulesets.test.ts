// Resolving rulesets: inheritance, overrides, schema problems and the documented examples.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@ethiek-test/support";
import { validateRuleset, type Ruleset } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { resolveRuleset } from "./index.js";

const province = JSON.parse(readFileSync(join(repoRoot, "docs/examples/ruleset-provincie-voorbeeld.json"), "utf8")) as Ruleset;

describe("resolveRuleset", () => {
  it("reports an unknown parent, a cycle and an override of an unknown requirement with codes", () => {
    const unknown = resolveRuleset({ name: "a", version: "1", extends: ["ethiek:missing"] });
    expect(!unknown.ok && unknown.errors[0]!.code).toBe("RULESET_EXTENDS_UNKNOWN");
    const cycle = resolveRuleset("x:a", [
      { name: "x:a", version: "1", extends: ["x:b"] },
      { name: "x:b", version: "1", extends: ["x:a"] },
    ]);
    expect(!cycle.ok && cycle.errors.map((e) => e.code)).toContain("RULESET_EXTENDS_CYCLE");
    const override = resolveRuleset({ name: "a", version: "1", extends: ["ethiek:recommended"], overrides: [{ requirement: "no-such-rule", off: true }] });
    expect(!override.ok && override.errors[0]).toMatchObject({ code: "RULESET_OVERRIDE_UNKNOWN_REQUIREMENT", pointer: "/overrides/0/requirement" });
  });

  it("refuses a not-contradicted check without the wording that contradicts", () => {
    const ruleset: Ruleset = {
      name: "provincie-test",
      version: "1",
      extends: ["ethiek:recommended"],
      requirements: [
        {
          id: "eigen-openbaarheid",
          title: { nl: "Openbaarheid", en: "Openness" },
          explanation: { nl: "Uitleg", en: "Explanation" },
          remediation: { nl: "Herstel", en: "Remedy" },
          sources: [{ framework: "Woo", reference: "art. 3.1" }],
          severity: "info",
          checks: [{ kind: "not-contradicted" }],
          patterns: [{ all: [["woo"], ["documentatie"]] }],
        },
      ],
    };
    const r = resolveRuleset(ruleset);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.code} ${e.pointer ?? ""} ${e.message}`).join("\n")).toMatch(/RULESET_INVALID .*checks\/0.*patterns/);
  });

  it("reports schema problems of a ruleset in words", () => {
    const bad = JSON.parse(readFileSync(join(repoRoot, "schemas/examples/invalid/ruleset.bad-condition-and-severity.json"), "utf8"));
    const r = resolveRuleset(bad);
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.errors.map((e) => e.message).join("\n") : "";
    expect(messages).toMatch(/\/name/);
    expect(messages).toMatch(/\/requirements\/0\/title\/en/);
  });

  it("accepts the documented province example and the schema example", () => {
    expect(validateRuleset(province).ok).toBe(true);
    const example = JSON.parse(readFileSync(join(repoRoot, "schemas/examples/ruleset.example.json"), "utf8"));
    expect(resolveRuleset(example).ok).toBe(true);
  });

  it("switches a requirement off and tightens applies", () => {
    const r = resolveRuleset(province);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.requirements.find((x) => x.definition.id === "compliance-dates")!.off).toBe(true);
    expect(r.value.requirements.find((x) => x.definition.id === "accessibility")!.applies).toHaveLength(2);
  });
});
