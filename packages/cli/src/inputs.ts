import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, relative, resolve, sep } from "node:path";
import { CliError, msg } from "./errors.js";

/** One tender to check: its document files and its manifest, if any. */
export interface TenderInput {
  /** How the tender is named in messages: the folder, or the files. */
  readonly label: string;
  /** Absolute paths of the documents. */
  readonly files: readonly string[];
  /** Absolute path of tender.json, when there is one. */
  readonly manifest: string | null;
}

export interface ResolveOptions {
  readonly cwd: string;
  readonly perFile: boolean;
  /** Lower-case extensions with the dot, e.g. ".pdf". */
  readonly extensions: readonly string[];
  /** Glob patterns of files to leave out, relative to `ignoreBase` (the config's folder). */
  readonly ignore: readonly string[];
  /** The folder `ignore` patterns are relative to; default `cwd`. */
  readonly ignoreBase?: string;
  /** Absolute paths never to read as documents (this run's own outputs, the baseline). */
  readonly exclude: ReadonlySet<string>;
}

/** The manifest file name beside tender documents. */
export const manifestName = "tender.json";

const globChars = /[*?[\]{}]/;
const skipDirs = new Set(["node_modules", ".git", "dist", "coverage"]);

/** A path as documents are named in reports: relative to cwd, with forward slashes. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return (rel === "" || rel.startsWith("..") ? file : rel).split(sep).join("/");
}

/**
 * Groups the paths of the command line into tenders: the files named together (and the files that
 * globs match) form one tender, each folder is one tender, and with `perFile` every document is
 * its own tender (sharing the manifest of its group).
 *
 * @example
 * await resolveTenders(["bestek.md", "bijlage.pdf", "tenders/b/"], options) // two tenders
 */
export async function resolveTenders(paths: readonly string[], options: ResolveOptions): Promise<TenderInput[]> {
  const loose: string[] = [];
  const folders: TenderInput[] = [];
  let looseManifest: string | null = null;
  const ignored = await ignoredFiles(options);
  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    const info = await stat(absolute).catch(() => null);
    if (info === null && globChars.test(path)) {
      const { glob } = await import("tinyglobby");
      const matches = await glob(path, {
        cwd: options.cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ["**/node_modules/**", "**/.git/**"],
      });
      if (matches.length === 0) {
        throw new CliError("INPUT_NOT_FOUND", msg("cli.error.noMatch", { path }), { hint: msg("cli.hint.quotePattern") });
      }
      for (const match of matches.sort()) {
        if (basename(match) === manifestName) looseManifest = resolve(match);
        else if (!options.exclude.has(resolve(match)) && !ignored.has(resolve(match))) loose.push(resolve(match));
      }
      continue;
    }
    if (info === null) {
      throw new CliError("INPUT_NOT_FOUND", msg("cli.error.noSuchPath", { path }), { hint: msg("cli.hint.checkPath") });
    }
    if (info.isDirectory()) {
      const { files, manifest } = await walk(absolute, options, ignored);
      if (files.length === 0) {
        throw new CliError("NO_INPUT", msg("cli.error.emptyFolder", { path }), {
          hint: msg("cli.hint.supported", { extensions: options.extensions.join(" ") }),
        });
      }
      folders.push({ label: displayPath(options.cwd, absolute) || ".", files, manifest });
    } else if (basename(absolute) === manifestName) {
      looseManifest = absolute;
    } else {
      loose.push(absolute);
    }
  }
  const tenders: TenderInput[] = [];
  if (loose.length > 0) tenders.push({ label: loose.map((f) => displayPath(options.cwd, f)).join(", "), files: loose, manifest: looseManifest });
  else if (looseManifest !== null && folders.length === 0) {
    throw new CliError("NO_INPUT", msg("cli.error.onlyManifest", { file: displayPath(options.cwd, looseManifest) }), {
      hint: msg("cli.hint.nameFolder"),
    });
  }
  tenders.push(...folders);
  if (tenders.length === 0) {
    throw new CliError("NO_INPUT", msg("cli.error.nothingLeft", { paths: paths.join(" ") }), {
      hint: msg("cli.hint.checkIgnore"),
    });
  }
  if (!options.perFile) return tenders;
  return tenders.flatMap((t) => t.files.map((file) => ({ label: displayPath(options.cwd, file), files: [file], manifest: t.manifest })));
}

async function ignoredFiles(options: ResolveOptions): Promise<ReadonlySet<string>> {
  if (options.ignore.length === 0) return new Set();
  const { glob } = await import("tinyglobby");
  const cwd = options.ignoreBase ?? options.cwd;
  return new Set((await glob([...options.ignore], { cwd, absolute: true, onlyFiles: true, dot: true })).map((f) => resolve(f)));
}

async function walk(dir: string, options: ResolveOptions, ignored: ReadonlySet<string>): Promise<{ files: string[]; manifest: string | null }> {
  const files: string[] = [];
  let manifest: string | null = null;
  const visit = async (folder: string, depth: number): Promise<void> => {
    // A folder this user may not read (EACCES on /proc, a locked share) holds no tender we can
    // check: skip it as `find` does, instead of stopping the whole run with an internal error.
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
    if (entries === null) return;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = resolve(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skipDirs.has(entry.name) && depth < 20) await visit(full, depth + 1);
        continue;
      }
      if (!entry.isFile() || options.exclude.has(full) || ignored.has(full)) continue;
      if (entry.name === manifestName && depth === 0) {
        manifest = full;
        continue;
      }
      const ext = extname(entry.name).toLowerCase();
      if (!options.extensions.includes(ext)) continue;
      // In a folder, JSON and XML files count only when they are OCDS or eForms; a folder may hold
      // other JSON (configs, this tool's own reports) that are no tender documents.
      if ((ext === ".json" || ext === ".xml") && !(await looksLikeTenderData(full, ext))) continue;
      files.push(full);
    }
  };
  await visit(dir, 0);
  return { files, manifest };
}

async function looksLikeTenderData(file: string, ext: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => null);
  if (bytes === null) return false;
  const head = bytes.subarray(0, 64 * 1024).toString("utf8");
  if (ext === ".json") return /"ocid"\s*:|"releases"\s*:/.test(head);
  return /<(\w+:)?(ContractNotice|PriorInformationNotice|ContractAwardNotice)\b/.test(head);
}
