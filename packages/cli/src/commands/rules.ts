import pc from "picocolors";
import { translator } from "@ethiek/messages";
import type { RulesOptions } from "../args.js";
import type { LoadedConfig } from "../config.js";
import type { RequirementDoc } from "@ethiek/procurement";
import { loadClauses, loadProcurement, resolveClauseSet } from "../engine.js";
import { CliError, exitCodes, msg } from "../errors.js";
import { closest } from "../config-schema.js";
import { type Io, useColor } from "../io.js";
import { loadRuleset } from "../ruleset.js";

/** A requirement's model clauses as `ethiek rules` shows them. */
export interface ClauseDoc {
  id: string;
  kind: "requirement" | "contract-clause" | "award-criterion";
  title: string;
  /** When the variant applies, in words. */
  when: string;
  /** The library or the ruleset that defined it. */
  definedBy: string;
  /** The text with the ruleset's party names and parameter values filled in. */
  text: string;
  parameters: { id: string; value: number; unit: string; text: string; setBy: string }[];
}

/** `ethiek rules [id]`: the requirements of the active ruleset, or one in full. */
export async function runRules(options: RulesOptions, config: LoadedConfig, io: Io): Promise<number> {
  const lang = options.lang ?? config.values.lang ?? "nl";
  const procurement = await loadProcurement();
  const ruleset = await loadRuleset(procurement, options.ruleset ?? config.values.ruleset, options.ruleset !== undefined ? io.cwd : config.dir);
  const all = procurement.listRequirements(ruleset.resolved, lang);
  const clauses = await clauseDocs(ruleset.resolved, lang, procurement.describeCondition);
  let selected: readonly RequirementDoc[] = all;
  if (options.id !== undefined) {
    const one = all.find((r) => r.id === options.id);
    if (!one) {
      const guess = closest(options.id, all.map((r) => r.id));
      throw new CliError("USAGE", msg("cli.error.noRequirement", { id: options.id }), {
        hint: guess ? msg("cli.hint.didYouMean", { guess }) : msg("cli.hint.rulesList"),
      });
    }
    selected = [one];
  }
  if (options.format === "json") {
    const withClauses = selected.map((r) => ({ ...r, clauses: clauses.byRequirement.get(r.id) ?? [] }));
    io.stdout.write(`${JSON.stringify(options.id === undefined ? withClauses : withClauses[0], null, 2)}\n`);
    return exitCodes.ok;
  }
  const t = translator(lang);
  if (options.format === "markdown") {
    const out = selected.map((r) =>
      [
        `## ${r.title} (\`${r.id}\`)`,
        "",
        `- **${t("cli.rules.severity")}:** ${r.severityRule}`,
        `- **${t("cli.rules.applies")}:** ${r.applies}`,
        "",
        r.explanation ? `**${t("cli.rules.why")}:** ${r.explanation}\n` : "",
        r.remediation ? `**${t("cli.rules.fix")}:** ${r.remediation}\n` : "",
        `**${t("cli.rules.sources")}:** ${(r.sources ?? []).map((s) => (s.url ? `[${s.framework} ${s.reference}](${s.url})` : `${s.framework} ${s.reference}`)).join("; ")}`,
        "",
        `**${t("cli.rules.clauses")}:**`,
        "",
        ...(clauses.byRequirement.get(r.id) ?? []).map(
          (c) => `- ${c.title} (\`${c.id}\`, ${t(`cli.rules.kinds.${c.kind}`)}, ${c.when}${c.definedBy !== clauses.library ? `, ${t("cli.rules.own")} ${c.definedBy}` : ""}): ${c.text.replace(/\n+/g, " ")}`,
        ),
        "",
      ].join("\n"),
    );
    io.stdout.write(out.join("\n"));
    return exitCodes.ok;
  }
  const color = useColor(io.stdout, io.env, options.noColor);
  const p = pc.createColors(color);
  if (options.id === undefined) {
    const width = Math.max(...all.map((r) => r.id.length));
    io.stdout.write(`${p.bold(`${all.length} ${t("cli.rules.requirements")}`)}\n`);
    for (const r of all) {
      io.stdout.write(`  ${r.id.padEnd(width)}  ${p.dim(t(`report.severity.${r.severity}`).padEnd(12))}  ${r.title}\n`);
    }
    if (clauses.own > 0) io.stdout.write(`\n${t("cli.rules.ownCount", { n: clauses.own, name: ruleset.resolved.name })}\n`);
    io.stdout.write(p.dim(`\n${t("cli.rules.more")}\n`));
    return exitCodes.ok;
  }
  const r = selected[0]!;
  const lines = [
    p.bold(`${r.title}`) + p.dim(`  (${r.id})`),
    "",
    `${p.bold(`${t("cli.rules.severity")}:`)} ${r.severityRule}`,
    `${p.bold(`${t("cli.rules.applies")}:`)} ${r.applies}`,
    "",
    ...(r.explanation ? [p.bold(`${t("cli.rules.why")}:`), `  ${r.explanation}`, ""] : []),
    ...(r.remediation ? [p.bold(`${t("cli.rules.fix")}:`), `  ${r.remediation}`, ""] : []),
    p.bold(`${t("cli.rules.sources")}:`),
    ...(r.sources ?? []).map((s) => `  - ${s.framework} ${s.reference}${s.url ? p.dim(`  ${s.url}`) : ""}`),
    "",
    p.bold(`${t("cli.rules.clauses")}:`),
    ...(clauses.byRequirement.get(r.id) ?? []).flatMap((c) => [
      `  - ${p.bold(c.title)}  ${p.dim(`(${c.id}; ${t(`cli.rules.kinds.${c.kind}`)}; ${t("cli.rules.applies").toLowerCase()}: ${c.when}${c.definedBy !== clauses.library ? `; ${t("cli.rules.own")} ${c.definedBy}` : ""})`)}`,
      ...c.text.split(/\n\s*\n/).map((para) => `    ${para}`),
      ...(c.parameters.length > 0 ? [p.dim(`    ${t("cli.rules.parameters")}: ${c.parameters.map((q) => `${q.id} = ${q.text} (${q.setBy})`).join(", ")}`)] : []),
    ]),
    ...(r.helpUri ? ["", p.dim(r.helpUri)] : []),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  return exitCodes.ok;
}

/** The clauses in force for the ruleset, per requirement, with parties and parameters filled in. */
async function clauseDocs(
  resolved: Parameters<Awaited<ReturnType<typeof loadClauses>>["resolveClauses"]>[0],
  lang: "nl" | "en",
  describe: (c: Parameters<typeof import("@ethiek/procurement").describeCondition>[0], l: "nl" | "en") => string,
): Promise<{ byRequirement: Map<string, ClauseDoc[]>; own: number; library: string }> {
  const api = await loadClauses();
  const v = resolveClauseSet(api, resolved);
  const ctx = {
    language: lang,
    supplier: v.parties.supplier[lang],
    buyer: v.parties.buyer[lang],
    parameters: v.parameters,
    annexPoint: lang === "nl" ? "[punt]" : "[point]",
    prohibitedPoint: lang === "nl" ? "[punt]" : "[point]",
  };
  const byRequirement = new Map<string, ClauseDoc[]>();
  let own = 0;
  for (const c of v.clauses) {
    if (c.definedBy !== v.library.name) own += 1;
    const used = api.placeholdersIn(c.text[lang]).filter((n) => n.startsWith("param:")).map((n) => v.parameters.get(n.slice(6))!);
    const doc: ClauseDoc = {
      id: c.id,
      kind: c.kind,
      title: c.title[lang],
      when: describe(c.when, lang),
      definedBy: c.definedBy,
      text: api.fill(c.text[lang], ctx),
      parameters: [...new Map(used.map((q) => [q.id, { id: q.id, value: q.value, unit: q.unit, text: api.formatValue(q.value, q.unit, lang), setBy: q.setBy }])).values()],
    };
    byRequirement.set(c.requirement, [...(byRequirement.get(c.requirement) ?? []), doc]);
  }
  return { byRequirement, own, library: v.library.name };
}
