import pc from "picocolors";
import type { RulesOptions } from "../args.js";
import type { LoadedConfig } from "../config.js";
import type { RequirementDoc } from "@ethiek/procurement";
import { loadProcurement } from "../engine.js";
import { CliError, exitCodes } from "../errors.js";
import { closest } from "../config-schema.js";
import { type Io, useColor } from "../io.js";
import { loadRuleset } from "../ruleset.js";

const severityWords = {
  nl: { error: "fout", warning: "waarschuwing", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

const words = {
  nl: { applies: "Geldt voor", severity: "Ernst", why: "Waarom", fix: "Wat toe te voegen", sources: "Bronnen", requirements: "eisen" },
  en: { applies: "Applies to", severity: "Severity", why: "Why", fix: "What to add", sources: "Sources", requirements: "requirements" },
} as const;

/** `ethiek rules [id]`: the requirements of the active ruleset, or one in full. */
export async function runRules(options: RulesOptions, config: LoadedConfig, io: Io): Promise<number> {
  const lang = options.lang ?? config.values.lang ?? "nl";
  const procurement = await loadProcurement();
  const ruleset = await loadRuleset(procurement, options.ruleset ?? config.values.ruleset, options.ruleset !== undefined ? io.cwd : config.dir);
  const all = procurement.listRequirements(ruleset.resolved, lang);
  let selected: readonly RequirementDoc[] = all;
  if (options.id !== undefined) {
    const one = all.find((r) => r.id === options.id);
    if (!one) {
      const guess = closest(options.id, all.map((r) => r.id));
      throw new CliError("USAGE", `the active ruleset has no requirement "${options.id}"`, {
        hint: guess ? `Did you mean ${guess}? Run \`ethiek rules\` for the list.` : "Run `ethiek rules` for the list.",
      });
    }
    selected = [one];
  }
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(options.id === undefined ? selected : selected[0], null, 2)}\n`);
    return exitCodes.ok;
  }
  const w = words[lang];
  if (options.format === "markdown") {
    const out = selected.map((r) =>
      [
        `## ${r.title} (\`${r.id}\`)`,
        "",
        `- **${w.severity}:** ${r.severityRule}`,
        `- **${w.applies}:** ${r.applies}`,
        "",
        r.explanation ? `**${w.why}:** ${r.explanation}\n` : "",
        r.remediation ? `**${w.fix}:** ${r.remediation}\n` : "",
        `**${w.sources}:** ${(r.sources ?? []).map((s) => (s.url ? `[${s.framework} ${s.reference}](${s.url})` : `${s.framework} ${s.reference}`)).join("; ")}`,
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
    io.stdout.write(`${p.bold(`${all.length} ${w.requirements}`)}\n`);
    for (const r of all) {
      io.stdout.write(`  ${r.id.padEnd(width)}  ${p.dim(severityWords[lang][r.severity].padEnd(12))}  ${r.title}\n`);
    }
    io.stdout.write(p.dim(`\n${lang === "nl" ? "Meer over één eis" : "More about one requirement"}: ethiek rules <id>\n`));
    return exitCodes.ok;
  }
  const r = selected[0]!;
  const lines = [
    p.bold(`${r.title}`) + p.dim(`  (${r.id})`),
    "",
    `${p.bold(`${w.severity}:`)} ${r.severityRule}`,
    `${p.bold(`${w.applies}:`)} ${r.applies}`,
    "",
    ...(r.explanation ? [p.bold(`${w.why}:`), `  ${r.explanation}`, ""] : []),
    ...(r.remediation ? [p.bold(`${w.fix}:`), `  ${r.remediation}`, ""] : []),
    p.bold(`${w.sources}:`),
    ...(r.sources ?? []).map((s) => `  - ${s.framework} ${s.reference}${s.url ? p.dim(`  ${s.url}`) : ""}`),
    ...(r.helpUri ? ["", p.dim(r.helpUri)] : []),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  return exitCodes.ok;
}
