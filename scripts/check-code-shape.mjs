#!/usr/bin/env node
// The shape of the code, measured on every `npm test` (the root task `check:repo`): no file over
// 400 lines, at least 10 % comment lines in the shipped code of every workspace, and a doc comment
// with an `@example` on every function a package's entry exports. Data
// (catalogues, rulesets, clause libraries, governance and maturity models) and generated code are
// listed below with the reason, and count for neither the size nor the density.
// How the figures are counted: docs/architecture.md, "The shape of the code".
//
//   node scripts/check-code-shape.mjs           # prints the figures per workspace, fails on a breach
//   node scripts/check-code-shape.mjs --json    # the same figures as JSON
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

/** The longest a file may be, in lines. */
export const MAX_LINES = 400;
/** The least share of comment lines among the non-blank lines of a workspace's shipped code. */
export const MIN_DENSITY = 0.1;

/**
 * Files that are data or generated, by path from the repository root. They are exempt from the
 * size limit and left out of the density (their lines and their comments alike): a catalogue
 * grows with what it holds, and generated code is checked by its generator's drift test.
 */
export const DATA = [
  { pattern: /^packages\/schemas\/src\/generated\//, why: "generated from schemas/ (types, ajv standalone validators)" },
  { pattern: /^packages\/procurement\/src\/catalogue\/(recommended|high-risk-strict|vocabulary|classification|milestones|source-patterns)\.ts$/, why: "the requirement catalogue, rulesets, vocabulary and classification patterns" },
  { pattern: /^packages\/clauses\/src\/library\/ethiek\.ts$/, why: "the model clause library" },
  { pattern: /^packages\/messages\/src\/catalogue\/(cli|web|web-public|report)\.ts$/, why: "the message catalogue: every text a person reads, Dutch and English" },
  { pattern: /^packages\/governance\/src\/models\/(datafryslan|ipo|overijssel|tender|zuid-holland)\.ts$/, why: "governance models of provinces, IPO and a data cooperative" },
  { pattern: /^packages\/maturity\/src\/models\/provinces\.ts$/, why: "the provincial maturity model" },
];

/**
 * Files over the size limit that are not split here because they are being changed elsewhere at
 * the same time; each entry says why and is reported on every run, so the debt stays visible.
 * Remove an entry once its file is split: the check then holds it to the limit.
 */
export const OWED = [];

const CODE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const DECLARATION = /\.d\.(ts|mts|cts)$/;
const TEST = /\.(test|property\.test|fixture)\.(ts|mts|js|mjs)$/;
const SKIP_DIRS = new Set(["node_modules", "dist", "reports", "coverage", ".turbo"]);

/** Every code file under `dir`, as paths from `root` with forward slashes. */
function codeFiles(root, dir, skip = () => false) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const rel = relative(root, path).split(sep).join("/");
      if (skip(rel)) continue;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(path);
      } else if (CODE.test(entry.name) && !DECLARATION.test(entry.name)) out.push(rel);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/**
 * Counts the non-blank lines of a source text and those that hold only comment (JSDoc, `//` and
 * block comments; a line with code and a trailing comment counts as code, as cloc counts it).
 * Comments are found with TypeScript's own parser, so a `//` inside a string or a template is
 * not taken for one.
 */
export function countLines(text, fileName = "file.ts") {
  const kind = /\.(js|mjs|cjs)$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const inComment = new Uint8Array(text.length);
  const seen = new Set();
  const mark = (ranges) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      inComment.fill(1, r.pos, r.end);
    }
  };
  const visit = (node) => {
    mark(ts.getLeadingCommentRanges(text, node.pos));
    mark(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Comments after the last token (at the end of the file) hang on the end-of-file token.
  mark(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  let lines = 0;
  let nonBlank = 0;
  let comments = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    if (i > start || i < text.length) lines++;
    let code = false;
    let comment = false;
    for (let j = start; j < i; j++) {
      if (/\s/.test(text[j])) continue;
      if (inComment[j]) comment = true;
      else {
        code = true;
        break;
      }
    }
    if (code || comment) nonBlank++;
    if (comment && !code) comments++;
    start = i + 1;
  }
  return { lines, nonBlank, comments };
}

/** The workspaces of the repository: `packages/*` and `apps/*` with a package.json. */
function workspaces(root) {
  const out = [];
  for (const group of ["packages", "apps"]) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const pkg = join(dir, name, "package.json");
      if (existsSync(pkg)) out.push({ dir: `${group}/${name}`, name: JSON.parse(readFileSync(pkg, "utf8")).name });
    }
  }
  return out;
}

/** Whether a declaration is a function: a function declaration, or a const holding one. */
function isFunction(decl) {
  if (ts.isFunctionDeclaration(decl)) return true;
  if (!ts.isVariableDeclaration(decl)) return false;
  const init = decl.initializer;
  if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return true;
  return decl.type !== undefined && ts.isFunctionTypeNode(decl.type);
}

/** The JSDoc blocks that document a declaration (for a const, those of its statement). */
function jsDocOf(decl) {
  return ts.getJSDocCommentsAndTags(decl).filter((d) => ts.isJSDoc(d));
}

/**
 * The functions each package's entry (`src/index.ts`) exports that are declared in the package
 * itself, each with whether it has a doc comment and an `@example`. Re-exports of another
 * package's functions are documented there.
 */
export function entryFunctions(root, list = workspaces(root).filter((w) => w.dir.startsWith("packages/"))) {
  const base = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile).config ?? {};
  const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions ?? {}, root);
  const entries = list.map((w) => ({ ...w, entry: join(root, w.dir, "src/index.ts") })).filter((w) => existsSync(w.entry));
  const program = ts.createProgram(
    entries.map((w) => w.entry),
    { ...options, noEmit: true, skipLibCheck: true, types: [] },
  );
  const checker = program.getTypeChecker();
  const out = [];
  for (const w of entries) {
    const file = program.getSourceFile(w.entry);
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!moduleSymbol) continue;
    const own = join(root, w.dir) + sep;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = (symbol.declarations ?? []).filter((d) => resolve(d.getSourceFile().fileName).startsWith(own) && isFunction(d));
      if (decls.length === 0) continue;
      const docs = decls.flatMap(jsDocOf);
      const path = relative(root, decls[0].getSourceFile().fileName).split(sep).join("/");
      out.push({
        workspace: w.name,
        name: exported.name,
        path,
        documented: docs.some((d) => (typeof d.comment === "string" ? d.comment.trim() !== "" : (d.comment?.length ?? 0) > 0) || (d.tags?.length ?? 0) > 0),
        example: docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === "example")),
      });
    }
  }
  return out;
}

/**
 * Measures the repository at `root`: per workspace the lines and comment lines of its shipped
 * code (`src/`, tests and data left out), every file over the size limit, and the entries'
 * functions with their doc comments and examples.
 */
export function measure(root, { data = DATA, owed = OWED, noExample = NO_EXAMPLE, maxLines = MAX_LINES, minDensity = MIN_DENSITY } = {}) {
  const isData = (rel) => data.some((d) => d.pattern.test(rel));
  const owedPaths = new Map(owed.map((o) => [o.path, o.why]));
  const problems = [];
  const oversized = [];
  const perWorkspace = [];
  const files = [...codeFiles(root, join(root, "scripts")), ...codeFiles(root, join(root, "test"), (rel) => rel.startsWith("test/repo/fixtures/"))];
  const list = workspaces(root);
  for (const w of list) {
    const all = codeFiles(root, join(root, w.dir));
    files.push(...all);
    let nonBlank = 0;
    let comments = 0;
    let count = 0;
    for (const rel of all) {
      if (!rel.startsWith(`${w.dir}/src/`) || TEST.test(rel) || isData(rel)) continue;
      const c = countLines(readFileSync(join(root, rel), "utf8"), rel);
      nonBlank += c.nonBlank;
      comments += c.comments;
      count++;
    }
    const density = nonBlank === 0 ? 1 : comments / nonBlank;
    perWorkspace.push({ workspace: w.name, dir: w.dir, files: count, nonBlank, comments, density });
    if (density < minDensity) {
      problems.push(`${w.name}: ${(density * 100).toFixed(1)} % comment lines in ${w.dir}/src (${comments} of ${nonBlank} non-blank lines); at least ${minDensity * 100} % — say why the code is as it is`);
    }
  }
  for (const rel of files) {
    if (isData(rel)) continue;
    const lines = readFileSync(join(root, rel), "utf8").split("\n").length - 1;
    if (lines <= maxLines) continue;
    const why = owedPaths.get(rel);
    oversized.push({ path: rel, lines, owed: why ?? null });
    if (!why) problems.push(`${rel}: ${lines} lines; at most ${maxLines} (split it by what the parts do)`);
  }
  for (const o of owed) {
    if (!oversized.some((f) => f.path === o.path)) problems.push(`${o.path} is listed as owed but is no longer over ${maxLines} lines: take it off OWED in scripts/check-code-shape.mjs`);
  }
  const functions = entryFunctions(root, list.filter((w) => w.dir.startsWith("packages/")));
  const excused = (f) => noExample.some((n) => n.workspace === f.workspace && n.name === f.name);
  for (const f of functions) {
    if (!f.documented) problems.push(`${f.workspace}: ${f.name} (${f.path}) is exported by the entry without a doc comment`);
    else if (!f.example && !excused(f)) problems.push(`${f.workspace}: ${f.name} (${f.path}) is exported by the entry without an @example in its doc comment`);
  }
  for (const n of noExample) {
    const f = functions.find((g) => g.workspace === n.workspace && g.name === n.name);
    if (list.some((w) => w.name === n.workspace) && (!f || f.example)) {
      problems.push(`${n.workspace}: ${n.name} is listed in NO_EXAMPLE but ${f ? "has an @example now" : "is no longer exported"}: take it off the list in scripts/check-code-shape.mjs`);
    }
  }
  return { perWorkspace, oversized, functions, problems };
}

/**
 * Entry functions that may lack an `@example` for now, each with the reason. Every other function
 * a package's entry exports needs a doc comment with an example (../shared/design/STYLE.md:
 * "JSDoc with an @example on every public function").
 */
export const NO_EXAMPLE = [
  { workspace: "@ethiek/procurement", name: "guessLanguage", why: "in check.ts, under active change on main" },
];

/** The figures as a table, one row per workspace. */
function table(result) {
  const rows = result.perWorkspace.map((w) => [w.workspace, String(w.files), String(w.nonBlank), String(w.comments), `${(w.density * 100).toFixed(1)} %`]);
  const head = ["workspace", "files", "non-blank", "comment", "density"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), ...rows.map(line)].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
  const result = measure(root);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ ...result, functions: undefined }, null, 2));
  } else {
    console.log(`code shape: shipped code (src/, without tests and data) per workspace; at least ${MIN_DENSITY * 100} % comment lines, files at most ${MAX_LINES} lines`);
    console.log(table(result));
    const undocumented = result.functions.filter((f) => !f.documented).length;
    const examples = result.functions.filter((f) => f.example).length;
    console.log(`entry functions: ${result.functions.length}, ${result.functions.length - undocumented} with a doc comment, ${examples} with an @example`);
    for (const f of result.oversized.filter((o) => o.owed)) console.log(`owed: ${f.path} has ${f.lines} lines (${f.owed})`);
  }
  if (result.problems.length > 0) {
    console.error(`\ncode shape: ${result.problems.length} problem(s)\n${result.problems.map((p) => `- ${p}`).join("\n")}`);
    process.exit(1);
  }
}
