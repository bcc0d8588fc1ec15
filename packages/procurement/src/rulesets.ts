// Ruleset resolution: schema validation, `extends` chains, overrides, and semantic checks that the
// schema cannot express (unknown parents, cycles, overrides of unknown requirements).
import {
  validateRuleset,
  type AiActMilestone,
  type AnnexSettings,
  type AnnexPoint,
  type ProhibitedPractice,
  type RequirementDefinition,
  type RuleCondition,
  type RuleSeveritySpec,
  type Result,
  type Ruleset,
} from "@ethiek/schemas";
import { highRiskStrict } from "./catalogue/high-risk-strict.js";
import { recommended } from "./catalogue/recommended.js";
import { flattenVocabulary, mergeVocabulary, type ResolvedVocabulary, type VocabularyData } from "./vocabulary.js";

/** A problem with a ruleset, with a stable code. */
export interface RulesetIssue {
  readonly code:
    | "RULESET_INVALID"
    | "RULESET_UNKNOWN"
    | "RULESET_EXTENDS_UNKNOWN"
    | "RULESET_EXTENDS_CYCLE"
    | "RULESET_OVERRIDE_UNKNOWN_REQUIREMENT"
    | "RULESET_DUPLICATE_REQUIREMENT";
  readonly message: string;
  /** The ruleset the problem is in. */
  readonly ruleset: string;
  /** JSON pointer inside that ruleset, when known. */
  readonly pointer?: string;
}

/** A requirement as the ruleset in force defines it. */
export interface ResolvedRequirement {
  readonly definition: RequirementDefinition;
  readonly severity: RuleSeveritySpec;
  /** All conditions that must hold (the definition's and every tightening override's). */
  readonly applies: readonly RuleCondition[];
  /** Switched off by an override: not checked and not reported. */
  readonly off: boolean;
  /** The ruleset that defined it. */
  readonly definedBy: string;
}

/** A ruleset with its `extends` chain and overrides applied. */
export interface ResolvedRuleset {
  readonly name: string;
  readonly version: string;
  readonly extends: readonly string[];
  readonly requirements: readonly ResolvedRequirement[];
  readonly milestones: readonly AiActMilestone[];
  /** The engine's vocabulary with the groups of every ruleset in the chain added. */
  readonly vocabulary: ResolvedVocabulary;
  /** The groups behind {@link vocabulary}, with their sources (for `ethiek rules` and audits). */
  readonly vocabularyGroups: VocabularyData;
  /** Annex III points and art. 5 practices as the chain defines them. */
  readonly classification: { readonly annexIII: readonly AnnexPoint[]; readonly prohibited: readonly ProhibitedPractice[] };
  /**
   * The `annex` settings (model clauses: party names, parameters, own clauses) of every ruleset in
   * the chain, parents first; @ethiek/clauses applies them in this order.
   */
  readonly annex: readonly { readonly ruleset: string; readonly settings: AnnexSettings }[];
}

/** Later definitions of a point add their patterns to it; title, source and context follow the latest. */
function mergeByKey<T extends { patterns: unknown[] }>(base: readonly T[], next: readonly T[] | undefined, key: (x: T) => string): T[] {
  const out = new Map(base.map((x) => [key(x), x] as const));
  for (const item of next ?? []) {
    const known = out.get(key(item));
    out.set(key(item), known ? { ...known, ...item, patterns: [...known.patterns, ...item.patterns] } : item);
  }
  return [...out.values()];
}

/** The rulesets shipped with the package. */
export const builtinRulesets: readonly Ruleset[] = Object.freeze([recommended, highRiskStrict]);

/** The resolved ruleset, or every problem with it. */
export type ResolveResult = Result<ResolvedRuleset, RulesetIssue>;

/**
 * Validates a ruleset (by name of a built-in, or as an object) and applies its `extends` chain and
 * overrides. `extra` rulesets may be named in `extends`, and may shadow built-ins of the same name.
 *
 * @example
 * const r = resolveRuleset({ name: "gelderland:ai", version: "1", extends: ["ethiek:recommended"],
 *   overrides: [{ requirement: "sustainability", severity: "warning" }] });
 * if (r.ok) console.log(r.value.requirements.length); // 45
 */
export function resolveRuleset(ruleset: string | Ruleset, extra: readonly Ruleset[] = []): ResolveResult {
  const errors: RulesetIssue[] = [];
  const byName = new Map<string, Ruleset>();
  for (const r of builtinRulesets) byName.set(r.name, r);
  for (const r of extra) {
    const valid = validateRuleset(r);
    if (!valid.ok) {
      const name = typeof (r as { name?: unknown }).name === "string" ? (r as { name: string }).name : "(unnamed)";
      for (const e of valid.errors) errors.push({ code: "RULESET_INVALID", message: `ruleset ${name}: ${e.message}`, ruleset: name, pointer: e.pointer });
      continue;
    }
    byName.set(r.name, r);
  }
  let root: Ruleset | undefined;
  if (typeof ruleset === "string") {
    root = byName.get(ruleset);
    if (!root) {
      return {
        ok: false,
        errors: [
          ...errors,
          {
            code: "RULESET_UNKNOWN",
            message: `unknown ruleset '${ruleset}'; known: ${[...byName.keys()].join(", ")}`,
            ruleset,
          },
        ],
      };
    }
  } else {
    const valid = validateRuleset(ruleset);
    if (!valid.ok) {
      const name = typeof (ruleset as { name?: unknown }).name === "string" ? (ruleset as { name: string }).name : "(unnamed)";
      for (const e of valid.errors) errors.push({ code: "RULESET_INVALID", message: `ruleset ${name}: ${e.message}`, ruleset: name, pointer: e.pointer });
      return { ok: false, errors };
    }
    root = ruleset;
  }
  if (errors.length > 0) return { ok: false, errors };

  const resolved = new Map<string, ResolvedRuleset>();
  const visiting: string[] = [];
  const resolveOne = (r: Ruleset): ResolvedRuleset | undefined => {
    const done = resolved.get(r.name);
    if (done && r === byName.get(r.name)) return done;
    if (visiting.includes(r.name)) {
      errors.push({
        code: "RULESET_EXTENDS_CYCLE",
        message: `ruleset ${r.name}: 'extends' forms a cycle (${[...visiting, r.name].join(" → ")})`,
        ruleset: r.name,
        pointer: "/extends",
      });
      return undefined;
    }
    visiting.push(r.name);
    const reqs = new Map<string, ResolvedRequirement>();
    let milestones = new Map<string, AiActMilestone>();
    let vocabularyGroups: VocabularyData = {};
    let annexIII: AnnexPoint[] = [];
    let prohibited: ProhibitedPractice[] = [];
    let annex: { ruleset: string; settings: AnnexSettings }[] = [];
    const chain: string[] = [];
    (r.extends ?? []).forEach((parentName, i) => {
      const parent = byName.get(parentName);
      if (!parent) {
        errors.push({
          code: "RULESET_EXTENDS_UNKNOWN",
          message: `ruleset ${r.name}: extends unknown ruleset '${parentName}'; pass it in 'rulesets' or use one of ${[...byName.keys()].join(", ")}`,
          ruleset: r.name,
          pointer: `/extends/${i}`,
        });
        return;
      }
      const p = resolveOne(parent);
      if (!p) return;
      chain.push(parentName, ...p.extends.filter((n) => !chain.includes(n)));
      for (const req of p.requirements) reqs.set(req.definition.id, req);
      milestones = new Map([...milestones, ...p.milestones.map((m) => [m.id, m] as const)]);
      vocabularyGroups = mergeVocabulary(vocabularyGroups, p.vocabularyGroups);
      annexIII = mergeByKey(annexIII, p.classification.annexIII, (a) => a.point);
      prohibited = mergeByKey(prohibited, p.classification.prohibited, (a) => a.practice);
      annex = [...annex, ...p.annex.filter((a) => !annex.some((b) => b.ruleset === a.ruleset))];
    });
    if (r.annex) annex = [...annex, { ruleset: r.name, settings: r.annex }];
    vocabularyGroups = mergeVocabulary(vocabularyGroups, r.vocabulary);
    annexIII = mergeByKey(annexIII, r.classification?.annexIII, (a) => a.point);
    prohibited = mergeByKey(prohibited, r.classification?.prohibited, (a) => a.practice);
    const seen = new Set<string>();
    (r.requirements ?? []).forEach((def, i) => {
      if (seen.has(def.id)) {
        errors.push({
          code: "RULESET_DUPLICATE_REQUIREMENT",
          message: `ruleset ${r.name}: requirement '${def.id}' is defined twice`,
          ruleset: r.name,
          pointer: `/requirements/${i}/id`,
        });
      }
      seen.add(def.id);
      reqs.set(def.id, { definition: def, severity: def.severity, applies: def.applies ? [def.applies] : [], off: false, definedBy: r.name });
    });
    (r.overrides ?? []).forEach((o, i) => {
      const current = reqs.get(o.requirement);
      if (!current) {
        errors.push({
          code: "RULESET_OVERRIDE_UNKNOWN_REQUIREMENT",
          message: `ruleset ${r.name}: override of unknown requirement '${o.requirement}'`,
          ruleset: r.name,
          pointer: `/overrides/${i}/requirement`,
        });
        return;
      }
      reqs.set(o.requirement, {
        ...current,
        severity: o.severity ?? current.severity,
        applies: o.applies ? [...current.applies, o.applies] : current.applies,
        off: o.off ?? current.off,
      });
    });
    for (const m of r.milestones ?? []) milestones.set(m.id, m);
    visiting.pop();
    const out: ResolvedRuleset = {
      name: r.name,
      version: r.version,
      extends: chain,
      requirements: [...reqs.values()],
      milestones: [...milestones.values()],
      vocabulary: flattenVocabulary(vocabularyGroups),
      vocabularyGroups,
      classification: { annexIII, prohibited },
      annex,
    };
    if (r === byName.get(r.name)) resolved.set(r.name, out);
    return out;
  };
  const value = resolveOne(root);
  if (!value || errors.length > 0) return { ok: false, errors };
  if (typeof ruleset === "string" && extra.length === 0) shippedAsIs.add(value);
  return { ok: true, value };
}

/** Resolutions of a built-in ruleset by its name, with nothing added (see {@link isShippedRuleset}). */
const shippedAsIs = new WeakSet<ResolvedRuleset>();

/** True when `ruleset` is a built-in ruleset resolved by name with no other ruleset: the build may have compiled it. */
export function isShippedRuleset(ruleset: ResolvedRuleset): boolean {
  return shippedAsIs.has(ruleset);
}

/** Thrown by `check` for a ruleset that does not resolve; carries every issue. */
export class RulesetError extends Error {
  readonly code = "RULESET_INVALID";
  readonly issues: readonly RulesetIssue[];
  constructor(issues: readonly RulesetIssue[]) {
    super(`the ruleset cannot be used: ${issues.map((i) => i.message).join("; ")}`);
    this.name = "RulesetError";
    this.issues = issues;
  }
}
