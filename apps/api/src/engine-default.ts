import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "@ethiek/documents";
import { builtinRulesets, check, checkerVersion, listRequirements as procurementRequirements, resolveRuleset, type ResolvedRuleset } from "@ethiek/procurement";
import { formatHtml, formatSarif } from "@ethiek/reports";
import { formatIssues, validateRuleset, type RequirementInfo, type Ruleset } from "@ethiek/schemas";
import { buildAnnex, annexToHtml, annexToMarkdown, resolveClauses, type ClauseSet } from "@ethiek/clauses";
import type { Engine, InstalledRuleset } from "./engine.js";

export type EngineResult = { ok: true; value: Engine } | { ok: false; error: string };

/**
 * Binds the real packages: `@ethiek/documents` reads files, `@ethiek/procurement` checks them,
 * `@ethiek/reports` renders SARIF and HTML. Rulesets are the built-in ones plus every
 * `*.json` ruleset an admin placed in `<dataDir>/rulesets/` (validated at start-up; an invalid file
 * stops the start with its problems listed).
 *
 * @example
 * const engine = await createEngine({ dataDir: "./data" });
 * if (!engine.ok) throw new Error(engine.error);
 */
export async function createEngine(options: { dataDir: string }): Promise<EngineResult> {
  const builtin = builtinRulesets;
  const installed: { definition: Ruleset; source: "builtin" | "installed" }[] = builtin.map((definition) => ({ definition, source: "builtin" }));
  const dir = join(options.dataDir, "rulesets");
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    files = [];
  }
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      return { ok: false, error: `ruleset ${join(dir, file)} is not valid JSON: ${(error as Error).message}` };
    }
    const result = validateRuleset(parsed);
    if (!result.ok) return { ok: false, error: `ruleset ${join(dir, file)} is invalid:\n${formatIssues(result.errors)}` };
    installed.push({ definition: result.value, source: "installed" });
  }
  const extra = installed.filter((r) => r.source === "installed").map((r) => r.definition);
  const builtinNames = new Set(builtin.map((r) => r.name));
  const resolved = new Map<string, ResolvedRuleset>();
  for (const r of installed) {
    const result = resolveRuleset(r.definition, extra);
    if (!result.ok) return { ok: false, error: `ruleset ${r.definition.name} cannot be used:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}` };
    resolved.set(r.definition.name, result.value);
  }
  // The model clauses of every ruleset, checked at start-up: an unknown parameter stops the start.
  const clauseSets = new Map<string, ClauseSet>();
  for (const [name, ruleset] of resolved) {
    const set = resolveClauses(ruleset);
    if (!set.ok) return { ok: false, error: `ruleset ${name}: its annex settings cannot be used:\n${set.errors.map((e) => `- [${e.code}] ${e.message}`).join("\n")}` };
    clauseSets.set(name, set.value);
  }
  const rulesets: InstalledRuleset[] = installed.map(({ definition, source }) => ({
    name: definition.name,
    version: definition.version,
    description: definition.description?.nl ?? "",
    extends: definition.extends ?? [],
    definition,
    source,
  }));
  const requirementsCache = new Map<string, readonly RequirementInfo[]>();
  const listRequirements = (name: string, language: "nl" | "en"): readonly RequirementInfo[] => {
    const key = `${name}\u0000${language}`;
    let list = requirementsCache.get(key);
    if (list === undefined) {
      const ruleset = resolved.get(name);
      list = ruleset === undefined ? [] : procurementRequirements(ruleset, language).map((doc) => ({ ...doc, sources: doc.sources.map((x) => ({ ...x })) }));
      requirementsCache.set(key, list);
    }
    return list;
  };
  const defaultRuleset = rulesets.find((r) => r.name === "ethiek:recommended")?.name ?? rulesets[0]?.name ?? "";
  return {
    ok: true,
    value: {
      checkerVersion,
      defaultRuleset,
      extract: (bytes, opts) =>
        extract(bytes, { name: opts.name, ...(opts.mediaType ? { mediaType: opts.mediaType } : {}), limits: opts.limits }).then((r) =>
          r.ok ? { ok: true as const, document: r.document } : { ok: false as const, error: r.error },
        ),
      rulesets: () => rulesets,
      check: (documents, opts) => {
        // Built-in rulesets go by name (the engine caches their compiled patterns); an installed
        // one goes as its definition, with the other installed rulesets it may extend.
        const definition = installed.find((r) => r.definition.name === opts.ruleset)?.definition;
        const own = definition === undefined || builtinNames.has(opts.ruleset);
        const needsExtra = !own && (definition?.extends ?? []).some((n) => !builtinNames.has(n));
        return check(documents, {
          ruleset: own || definition === undefined ? opts.ruleset : definition,
          ...(needsExtra ? { rulesets: extra } : {}),
          ...(opts.manifest !== undefined ? { manifest: opts.manifest } : {}),
          waivers: opts.waivers,
          language: opts.language,
        });
      },
      listRequirements,
      formatSarif: (report, language) => formatSarif([report], { requirements: listRequirements(report.ruleset.name, language), lang: language }),
      formatHtml: (report, language) => formatHtml([report], { requirements: listRequirements(report.ruleset.name, language), lang: language }),
      annex: async (report, opts) => {
        const set = clauseSets.get(report.ruleset.name);
        const ruleset = resolved.get(report.ruleset.name);
        if (set === undefined || ruleset === undefined) return { ok: false, detail: `De regelset ${report.ruleset.name} van deze toets is niet meer op de server geïnstalleerd.` };
        const annex = buildAnnex(report, {
          clauses: set,
          language: opts.language,
          requirements: procurementRequirements(ruleset, opts.language),
          ...(opts.notes !== undefined ? { notes: opts.notes } : {}),
        });
        const clauses = annex.sections.reduce((n, s) => n + s.items.length, 0);
        if (opts.format === "markdown") return { ok: true, body: annexToMarkdown(annex), clauses };
        if (opts.format === "html") {
          const html = opts.fragment ? annexToHtml(annex, {
                fragment: true,
                hiddenButtons: true,
                headingLevel: 2,
                classes: { headings: ["utrecht-heading-2", "utrecht-heading-3", "utrecht-heading-4"], paragraph: "utrecht-paragraph", button: "utrecht-button utrecht-button--secondary-action" },
              }) : annexToHtml(annex, opts.nonce ? { nonce: opts.nonce } : {});
          return { ok: true, body: html, clauses };
        }
        const { annexToDocx } = await import("@ethiek/clauses/docx");
        return { ok: true, body: await annexToDocx(annex), clauses };
      },
    },
  };
}
