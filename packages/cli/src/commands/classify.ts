import { format } from "@ethiek/messages";
import pc from "picocolors";
import type { ClassificationResult } from "@ethiek/schemas";
import type { ClassifyOptions } from "../args.js";
import { type LoadedConfig, fromConfig } from "../config.js";
import { loadDocuments, loadProcurement } from "../engine.js";
import { CliError, exitCodes, msg } from "../errors.js";
import { resolveTenders } from "../inputs.js";
import { type Io, useColor } from "../io.js";
import { loadTenders } from "../load.js";

/** `ethiek classify`: only the classification of each tender, with reasons and passages. */
export async function runClassify(options: ClassifyOptions, config: LoadedConfig, io: Io): Promise<number> {
  const lang = options.lang ?? config.values.lang ?? "nl";
  const paths = options.paths.length > 0 ? options.paths : (config.values.paths ?? []).map((p) => fromConfig(config, p));
  if (paths.length === 0) throw new CliError("USAGE", msg("cli.error.classifyNeedsPaths"), { hint: msg("cli.hint.classifyExample") });
  const [documents, procurement] = await Promise.all([loadDocuments(), loadProcurement()]);
  const tenders = await resolveTenders(paths, {
    cwd: io.cwd,
    perFile: options.perFile || config.values.perFile === true,
    extensions: documents.supportedExtensions.map((e) => e.toLowerCase()),
    ignore: config.values.ignore ?? [],
    ignoreBase: config.dir,
    exclude: new Set(),
  });
  const loaded = await loadTenders(tenders, documents, io, { lang, showProgress: !options.quiet });
  const results: { tender: string; classification: ClassificationResult[] }[] = [];
  for (const t of loaded) {
    const classification = procurement.classify(t.documents, { ...(t.manifest ? { manifest: t.manifest } : {}), language: lang });
    results.push({ tender: t.input.label, classification });
  }
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
    return exitCodes.ok;
  }
  const { tagLabel, oneLine } = await import("@ethiek/reports");
  const p = pc.createColors(useColor(io.stdout, io.env, options.noColor));
  const out: string[] = [];
  for (const r of results) {
    out.push(p.underline(p.bold(oneLine(r.tender))));
    for (const c of r.classification) {
      const mark = c.holds ? (c.tag === "prohibited" ? p.red("✖") : p.green("✔")) : p.dim("·");
      const source = c.source ? p.dim(` (${format(lang, `report.tagSource.${c.source}`)})`) : "";
      out.push(`  ${mark} ${(c.holds ? p.bold : p.dim)(tagLabel(c.tag, lang, c.detail))}${source}`);
      for (const reason of c.reasons) out.push(`      ${oneLine(reason)}`);
      for (const e of c.evidence ?? []) {
        out.push(p.dim(`      ${oneLine(e.document)}${e.page === null ? "" : ` p.${e.page}`}:${e.line} “${clip(oneLine(e.quote), 140)}”`));
      }
    }
    out.push("");
  }
  io.stdout.write(`${out.join("\n")}`);
  return exitCodes.ok;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
