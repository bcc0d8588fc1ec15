import { describe, expect, it } from "vitest";
import { builtinRulesets, evaluateCondition, resolveRuleset } from "@ethiek/procurement";
import { validateClauseLibrary, type ClassificationTag } from "@ethiek/schemas";
import { ethiekClauses } from "./library/ethiek.js";
import { placeholdersIn } from "./text.js";

const recommended = resolveRuleset("ethiek:recommended");
if (!recommended.ok) throw new Error("ethiek:recommended does not resolve");
const requirements = recommended.value.requirements;

const tags: ClassificationTag[] = ["algorithmic", "ai", "high-risk", "prohibited", "personal-data", "decisions-about-people", "generative", "impactful"];

/** Every combination of tags, with the Annex III points that matter for conditions. */
function* contexts() {
  for (let mask = 0; mask < 1 << tags.length; mask++) {
    const set = new Set(tags.filter((_, i) => mask & (1 << i)));
    for (const annexArea of set.has("high-risk") ? ["2", "5a"] : [null]) yield { tags: set, annexArea, mentions: () => false };
  }
}

describe("the clause library ethiek:clauses", () => {
  it("validates against schemas/clause-library.schema.json", () => {
    const r = validateClauseLibrary(ethiekClauses);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([]);
  });

  it("has at least one clause with sources, in Dutch and English, for every requirement of every built-in ruleset", () => {
    const ids = new Set(builtinRulesets.flatMap((r) => (r.requirements ?? []).map((q) => q.id)));
    expect(ids.size).toBe(45);
    for (const id of ids) {
      const mine = ethiekClauses.clauses.filter((c) => c.requirement === id);
      expect(mine.length, id).toBeGreaterThan(0);
      for (const c of mine) {
        expect(c.text.nl.length, `${c.id} nl`).toBeGreaterThan(40);
        expect(c.text.en.length, `${c.id} en`).toBeGreaterThan(40);
        expect(c.sources.length, c.id).toBeGreaterThan(0);
      }
    }
  });

  it("has a fitting clause for every requirement in every classification where the requirement applies", () => {
    const gaps = new Set<string>();
    for (const ctx of contexts()) {
      for (const r of requirements) {
        if (!r.applies.every((a) => evaluateCondition(a, ctx))) continue;
        const fitting = ethiekClauses.clauses.filter((c) => c.requirement === r.definition.id && evaluateCondition(c.when, ctx));
        if (fitting.length === 0) gaps.add(`${r.definition.id} for ${[...ctx.tags].join("+")}`);
      }
    }
    expect([...gaps]).toEqual([]);
  });

  it("gives exactly one risk-classification variant per classification", () => {
    for (const ctx of contexts()) {
      const fitting = ethiekClauses.clauses.filter((c) => c.requirement === "risk-classification" && evaluateCondition(c.when, ctx));
      expect(fitting.length, [...ctx.tags].join("+")).toBe(1);
    }
  });

  it("uses the same placeholders in both languages and only declared parameters", () => {
    const declared = new Set(ethiekClauses.parameters.map((p) => p.id));
    for (const c of ethiekClauses.clauses) {
      expect([...new Set(placeholdersIn(c.text.nl))].sort(), c.id).toEqual([...new Set(placeholdersIn(c.text.en))].sort());
      for (const p of placeholdersIn(c.text.nl)) if (p.startsWith("param:")) expect(declared.has(p.slice(6)), `${c.id}: ${p}`).toBe(true);
    }
  });

  it("names the parties only through placeholders, so a ruleset can rename them", () => {
    for (const c of ethiekClauses.clauses) {
      expect(c.text.nl, c.id).not.toMatch(/\b(Opdrachtnemer|Opdrachtgever|Leverancier)\b/);
      expect(c.text.en, c.id).not.toMatch(/\b(the Supplier|the Contracting Authority)\b/);
    }
  });

  it("writes binding clauses: no wishes, recommendations or example lists", () => {
    for (const c of ethiekClauses.clauses) {
      expect(c.text.nl, c.id).not.toMatch(/\b(wens|bij voorkeur|bijvoorbeeld|wordt aanbevolen|zou|kan eventueel|nader te bepalen)\b/i);
      expect(c.text.en, c.id).not.toMatch(/\b(should|could|preferably|for example|is recommended|to be agreed)\b/i);
    }
  });
});
