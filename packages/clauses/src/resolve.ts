// The clause set in force for a ruleset: the library, with the `annex` settings of every ruleset in
// the ruleset's `extends` chain applied in order (party names, parameter values, own clauses).
// Problems the schema cannot express are returned as issues with stable codes.
import type { AnnexSettings, Clause, ClauseLibrary, ClauseParameter, Result, RuleText } from "@ethiek/schemas";
import { validateClauseLibrary } from "@ethiek/schemas";
import type { ResolvedRuleset } from "@ethiek/procurement";
import { ethiekClauses } from "./library/ethiek.js";
import { placeholdersIn, unknownPlaceholder } from "./text.js";

/** A problem with the clause library or with a ruleset's annex settings. */
export interface ClauseIssue {
  readonly code:
    | "CLAUSE_LIBRARY_INVALID"
    | "CLAUSE_DUPLICATE"
    | "CLAUSE_PLACEHOLDER_UNKNOWN"
    | "CLAUSE_REQUIREMENT_UNKNOWN"
    | "CLAUSE_REMOVE_UNKNOWN"
    | "CLAUSE_PARAMETER_UNKNOWN"
    | "CLAUSE_PARAMETER_OUT_OF_RANGE";
  readonly message: string;
  /** The library or ruleset the problem is in. */
  readonly source: string;
  /** JSON pointer inside it, when known. */
  readonly pointer?: string;
}

/** A parameter with the value in force and who set it. */
export interface ResolvedParameter extends ClauseParameter {
  readonly value: number;
  /** The library (default) or the ruleset that set the value. */
  readonly setBy: string;
}

/** A clause with the library or ruleset that defined it. */
export interface ResolvedClause extends Clause {
  readonly definedBy: string;
}

/** The clauses, parties and parameters in force for one ruleset. */
export interface ClauseSet {
  readonly library: { readonly name: string; readonly version: string };
  readonly ruleset: string;
  readonly parties: { readonly supplier: RuleText; readonly buyer: RuleText };
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
  readonly clauses: readonly ResolvedClause[];
}

/** The clause set in force, or every problem with the library or the annex settings. */
export type ClauseSetResult = Result<ClauseSet, ClauseIssue>;

/** The party names when no ruleset renames them. */
export const defaultParties = {
  supplier: { nl: "Opdrachtnemer", en: "the Supplier" },
  buyer: { nl: "Opdrachtgever", en: "the Contracting Authority" },
} as const;

/**
 * Resolves the clause set for a resolved ruleset (from `resolveRuleset` of @ethiek/procurement):
 * the library's clauses, replaced, added to or removed by each ruleset's `annex` settings, with the
 * parameter values and party names they set. Every problem is reported at once.
 *
 * @example
 * const r = resolveRuleset("ethiek:recommended");
 * if (r.ok) { const set = resolveClauses(r.value); if (set.ok) console.log(set.value.clauses.length); }
 */
export function resolveClauses(ruleset: ResolvedRuleset, library: ClauseLibrary = ethiekClauses): ClauseSetResult {
  const errors: ClauseIssue[] = [];
  const valid = validateClauseLibrary(library);
  if (!valid.ok) {
    const name = typeof (library as { name?: unknown }).name === "string" ? library.name : "(unnamed library)";
    return { ok: false, errors: valid.errors.map((e) => ({ code: "CLAUSE_LIBRARY_INVALID", message: `clause library ${name}: ${e.message}`, source: name, pointer: e.pointer })) };
  }
  const requirementIds = new Set(ruleset.requirements.map((r) => r.definition.id));
  const parameterIds = new Set(library.parameters.map((p) => p.id));
  const parameters = new Map<string, ResolvedParameter>(library.parameters.map((p) => [p.id, { ...p, value: p.default, setBy: library.name }]));
  const clauses = new Map<string, ResolvedClause>();

  const checkClause = (c: Clause, source: string, pointer: string) => {
    if (!requirementIds.has(c.requirement)) {
      errors.push({
        code: "CLAUSE_REQUIREMENT_UNKNOWN",
        message: `${source}: clause '${c.id}' is for requirement '${c.requirement}', which ruleset ${ruleset.name} does not have${hint(c.requirement, requirementIds)}`,
        source,
        pointer: `${pointer}/requirement`,
      });
    }
    for (const lang of ["nl", "en"] as const) {
      for (const [field, text] of [["text", c.text[lang]], ["title", c.title[lang]], ...(c.partial ?? []).map((p, i) => [`partial/${i}/text`, p.text[lang]] as const)] as const) {
        for (const name of placeholdersIn(text)) {
          const problem = unknownPlaceholder(name, parameterIds);
          if (problem) {
            errors.push({
              code: name.startsWith("param:") ? "CLAUSE_PARAMETER_UNKNOWN" : "CLAUSE_PLACEHOLDER_UNKNOWN",
              message: `${source}: clause '${c.id}' (${field}, ${lang}) uses an ${problem}${name.startsWith("param:") ? hint(name.slice(6), parameterIds) : "; use {supplier}, {buyer}, {annex-point}, {prohibited-point} or {param:<id>}"}`,
              source,
              pointer: `${pointer}/${field}/${lang}`,
            });
          }
        }
      }
    }
  };

  library.clauses.forEach((c, i) => {
    if (clauses.has(c.id)) errors.push({ code: "CLAUSE_DUPLICATE", message: `${library.name}: clause '${c.id}' is defined twice`, source: library.name, pointer: `/clauses/${i}/id` });
    checkClause(c, library.name, `/clauses/${i}`);
    clauses.set(c.id, { ...c, definedBy: library.name });
  });

  let parties: { supplier: RuleText; buyer: RuleText } = { supplier: { ...defaultParties.supplier }, buyer: { ...defaultParties.buyer } };
  for (const { ruleset: name, settings } of ruleset.annex) {
    applySettings(name, settings);
  }

  function applySettings(name: string, settings: AnnexSettings) {
    if (settings.parties?.supplier) parties = { ...parties, supplier: settings.parties.supplier };
    if (settings.parties?.buyer) parties = { ...parties, buyer: settings.parties.buyer };
    for (const [id, value] of Object.entries(settings.parameters ?? {}) as [string, number][]) {
      const known = parameters.get(id);
      if (!known) {
        errors.push({
          code: "CLAUSE_PARAMETER_UNKNOWN",
          message: `ruleset ${name}: annex.parameters sets '${id}', which the clause library does not know${hint(id, parameterIds)}; known parameters: ${[...parameterIds].join(", ")}`,
          source: name,
          pointer: `/annex/parameters/${id}`,
        });
        continue;
      }
      const floor = Math.max(known.minimum ?? 0, minimumFromRequirement(ruleset, known.atLeastRequirement) ?? 0);
      if (value < floor || (known.maximum !== undefined && value > known.maximum)) {
        const why =
          known.atLeastRequirement && floor === minimumFromRequirement(ruleset, known.atLeastRequirement) && value < floor
            ? ` (requirement ${known.atLeastRequirement} asks for at least ${floor})`
            : "";
        errors.push({
          code: "CLAUSE_PARAMETER_OUT_OF_RANGE",
          message: `ruleset ${name}: annex.parameters.${id} is ${value}; it must be at least ${floor}${known.maximum !== undefined ? ` and at most ${known.maximum}` : ""} (${known.unit})${why}`,
          source: name,
          pointer: `/annex/parameters/${id}`,
        });
        continue;
      }
      parameters.set(id, { ...known, value, setBy: name });
    }
    (settings.remove ?? []).forEach((id, i) => {
      if (!clauses.delete(id)) {
        errors.push({ code: "CLAUSE_REMOVE_UNKNOWN", message: `ruleset ${name}: annex.remove names clause '${id}', which does not exist${hint(id, new Set(clauses.keys()))}`, source: name, pointer: `/annex/remove/${i}` });
      }
    });
    (settings.clauses ?? []).forEach((c, i) => {
      checkClause(c, `ruleset ${name}`, `/annex/clauses/${i}`);
      clauses.set(c.id, { ...c, definedBy: name });
    });
  }

  // A parameter value below what its requirement now asks (a ruleset that raised the minimum).
  for (const p of parameters.values()) {
    const floor = minimumFromRequirement(ruleset, p.atLeastRequirement);
    if (floor !== undefined && p.value < floor && p.setBy === library.name) parameters.set(p.id, { ...p, value: floor });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { library: { name: library.name, version: library.version }, ruleset: ruleset.name, parties, parameters, clauses: [...clauses.values()] },
  };
}

/** The months a requirement's minimum-duration check asks for in this ruleset. */
function minimumFromRequirement(ruleset: ResolvedRuleset, requirement: string | undefined): number | undefined {
  if (requirement === undefined) return undefined;
  const req = ruleset.requirements.find((r) => r.definition.id === requirement);
  const check = req?.definition.checks?.find((c) => c.kind === "minimum-duration");
  return check?.months;
}

/** "; did you mean x?" for the closest known name, or "". */
function hint(name: string, known: ReadonlySet<string>): string {
  const prefixed = name.length >= 4 ? [...known].find((k) => k.startsWith(name) || name.startsWith(k)) : undefined;
  if (prefixed !== undefined) return `; did you mean '${prefixed}'?`;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean '${best}'?` : "";
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
