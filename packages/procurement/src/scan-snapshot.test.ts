// The compiled ruleset the build ships: a snapshot must restore to exactly what compiling gives,
// and must never be used for a ruleset it was not taken from.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { corpusDir, repoRoot } from "@ethiek-test/support";
import type { Ruleset } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { isShippedRuleset, resolveRuleset, type ResolvedRuleset } from "./rulesets.js";
import { compile } from "./compile-cache.js";
import { compileTerms } from "./scan-compile.js";
import { restoreCompiled, snapshotOf, type CompiledSnapshot } from "./scan-snapshot.js";
import { fold, tokenize } from "./text.js";

const resolve = (...args: Parameters<typeof resolveRuleset>): ResolvedRuleset => {
  const result = resolveRuleset(...args);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.value;
};
const throughJson = (snapshot: CompiledSnapshot): CompiledSnapshot => JSON.parse(JSON.stringify(snapshot)) as CompiledSnapshot;
const province = JSON.parse(readFileSync(join(repoRoot, "docs/examples/ruleset-provincie-voorbeeld.json"), "utf8")) as Ruleset;

describe("a compiled ruleset as a snapshot", () => {
  const ruleset = resolve("ethiek:recommended");
  const compiled = compileTerms(ruleset);
  const restored = restoreCompiled(ruleset, throughJson(snapshotOf(compiled)));

  it("restores, through JSON, to the same index and tables as compiling", () => {
    expect(restored).toBeDefined();
    const { index, ...tables } = restored!;
    const { index: compiledIndex, ...compiledTables } = compiled;
    expect(index.exportState()).toEqual(compiledIndex.exportState());
    expect(tables).toEqual(compiledTables);
  });

  it("finds the same terms at the same places in every shared tender", () => {
    const tenders = join(corpusDir, "tenders");
    for (const name of readdirSync(tenders).filter((f) => f.endsWith(".md"))) {
      const tokens = tokenize(fold(readFileSync(join(tenders, name), "utf8")));
      const hits = (c: typeof compiled) => {
        const out: number[] = [];
        c.index.scan(tokens, (term, at) => out.push(term, at));
        return out;
      };
      const expected = hits(compiled);
      expect(expected.length, name).toBeGreaterThan(100);
      expect(hits(restored!), name).toEqual(expected);
    }
  });

  it("is not restored for another version, other requirements or another format", () => {
    const snapshot = throughJson(snapshotOf(compiled));
    const other = (change: Partial<CompiledSnapshot["ruleset"]>): CompiledSnapshot => ({ ...snapshot, ruleset: { ...snapshot.ruleset, ...change } });
    expect(restoreCompiled(ruleset, other({ version: "0.0.0-elsewhere" }))).toBeUndefined();
    expect(restoreCompiled(ruleset, other({ requirements: snapshot.ruleset.requirements.slice(1) }))).toBeUndefined();
    expect(restoreCompiled(ruleset, { ...snapshot, format: snapshot.format + 1 })).toBeUndefined();
    expect(restoreCompiled(resolve("ethiek:high-risk-strict"), snapshot)).toBeUndefined();
  });
});

describe("which rulesets the build's snapshot may stand for", () => {
  it("is a built-in ruleset resolved by its name alone", () => {
    expect(isShippedRuleset(resolve("ethiek:recommended"))).toBe(true);
    expect(isShippedRuleset(resolve("ethiek:high-risk-strict"))).toBe(true);
  });

  it("is never a ruleset given as an object or resolved with other rulesets, which may change the built-in one", () => {
    expect(isShippedRuleset(resolve(province))).toBe(false);
    expect(isShippedRuleset(resolve("ethiek:recommended", [province]))).toBe(false);
    const shadow: Ruleset = { name: "ethiek:recommended", version: "9.9.9", requirements: [] };
    expect(isShippedRuleset(resolve("ethiek:recommended", [shadow]))).toBe(false);
  });

  it("compiles a ruleset once and gives the same compiled form after", () => {
    const ruleset = resolve(province);
    expect(compile(ruleset)).toBe(compile(ruleset));
    expect(compile(ruleset).index.size).toBeGreaterThanOrEqual(compileTerms(resolve("ethiek:recommended")).index.size);
  });
});
