import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Ruleset } from "@ethiek/schemas";
import type { ResolvedRuleset } from "@ethiek/procurement";
import type { ProcurementApi } from "./engine.js";
import { CliError, msg } from "./errors.js";

/** The ruleset used when neither --ruleset nor the config names one. */
export const defaultRuleset = "ethiek:recommended";

/** A ruleset as the command line named it (for `check`) and resolved (for `listRequirements`). */
export interface ActiveRuleset {
  readonly input: string | Ruleset;
  readonly resolved: ResolvedRuleset;
}

/** True when a --ruleset value names a file rather than a built-in ruleset. */
export function isRulesetFile(value: string): boolean {
  return /\.(json|ya?ml)$/i.test(value) || value.startsWith(".") || value.includes("/") || value.includes("\\");
}

/**
 * Resolves --ruleset (or the config's `ruleset`): a built-in name, or a JSON/YAML file relative to
 * `baseDir`, through the engine's `resolveRuleset`, so `extends` and overrides are applied and
 * every problem is reported before any document is read.
 */
export async function loadRuleset(procurement: ProcurementApi, value: string | undefined, baseDir: string): Promise<ActiveRuleset> {
  const name = value ?? defaultRuleset;
  const known = procurement.builtinRulesets.map((r) => r.name);
  if (!isRulesetFile(name)) {
    const result = procurement.resolveRuleset(name);
    if (result.ok) return { input: name, resolved: result.value };
    throw new CliError("RULESET_NOT_FOUND", msg("cli.error.unknownRuleset", { name }), {
      hint: msg("cli.hint.rulesetNames", { known: known.join(", ") }),
    });
  }
  const file = resolve(baseDir, name);
  const yaml = /\.ya?ml$/i.test(file);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new CliError("RULESET_NOT_FOUND", msg("cli.error.rulesetUnreadable", { file }), {
      hint: msg("cli.hint.rulesetPath", { known: known.join(", ") }),
      cause,
    });
  }
  let data: unknown;
  try {
    data = yaml ? (await import("yaml")).parse(text) : JSON.parse(text);
  } catch (cause) {
    throw new CliError("RULESET_INVALID", msg("cli.error.rulesetSyntax", { file, syntax: yaml ? "YAML" : "JSON" }), {
      hint: msg("cli.hint.rulesetSyntax"),
      cause,
    });
  }
  // resolveRuleset validates the object against schemas/ruleset.schema.json before using it.
  const result = procurement.resolveRuleset(data as Ruleset);
  if (result.ok) return { input: data as Ruleset, resolved: result.value };
  throw new CliError("RULESET_INVALID", msg("cli.error.rulesetInvalid", { file, n: result.errors.length }), {
    details: result.errors.map((e) => e.message),
    hint: msg("cli.hint.rulesetSchema"),
  });
}
