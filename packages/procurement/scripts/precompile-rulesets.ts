// Prints the default ruleset compiled, as JSON: ruleset name → the JSON text of its
// CompiledSnapshot. The build (tsup.config.ts) runs this on the sources it bundles and puts the
// result into src/precompiled.ts of the bundle, so a check need not compile it at start-up.
// Other rulesets (ethiek:high-risk-strict, a province's own) are compiled on first use: each
// snapshot adds some 600 kB to the package.
import { compileTerms } from "../src/scan-compile.js";
import { snapshotOf } from "../src/scan-snapshot.js";
import { resolveRuleset } from "../src/rulesets.js";

const out: Record<string, string> = {};
for (const name of ["ethiek:recommended"]) {
  const resolved = resolveRuleset(name);
  if (!resolved.ok) throw new Error(`built-in ruleset ${name} does not resolve: ${resolved.errors.map((e) => e.message).join("; ")}`);
  out[name] = JSON.stringify(snapshotOf(compileTerms(resolved.value)));
}
process.stdout.write(JSON.stringify(out));
