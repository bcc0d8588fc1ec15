// When a ruleset is compiled: once per resolved ruleset, and not at all for the default ruleset
// of a built package, which ships it compiled (docs/decisions/0057-precompiled-default-ruleset.md).
import { precompiledRulesets } from "./precompiled.js";
import { isShippedRuleset, type ResolvedRuleset } from "./rulesets.js";
import { compileTerms, type CompiledRuleset } from "./scan-compile.js";
import { restoreCompiled, type CompiledSnapshot } from "./scan-snapshot.js";

const cache = new WeakMap<ResolvedRuleset, CompiledRuleset>();

/** The compiled form of a resolved ruleset: restored from the build's snapshot where there is one, else compiled; then cached. */
export function compile(ruleset: ResolvedRuleset): CompiledRuleset {
  const cached = cache.get(ruleset);
  if (cached) return cached;
  const shipped = isShippedRuleset(ruleset) ? precompiledRulesets[ruleset.name] : undefined;
  const restored = shipped === undefined ? undefined : restoreCompiled(ruleset, JSON.parse(shipped) as CompiledSnapshot);
  const compiled = restored ?? compileTerms(ruleset);
  cache.set(ruleset, compiled);
  return compiled;
}
