// The built-in rulesets as the build compiled them: ruleset name → its CompiledSnapshot as JSON
// text, parsed only when that ruleset is used. The build (tsup.config.ts) fills this module in;
// run from source it stays empty and every ruleset is compiled on first use.

/** Ruleset name → the JSON of its compiled snapshot (see scan-snapshot.ts). */
export const precompiledRulesets: Readonly<Record<string, string>> = {};
