// The package boundaries of docs/architecture.md (and ../shared/design/ARCHITECTURE.md) as rules
// that dependency-cruiser checks on every `npm test` (test/repo/boundaries.test.ts). Paths are
// relative to the repository root; workspace packages resolve to their `src/` through the
// `@ethiek/source` export condition, as in the tests, so an import of `@ethiek/x` is seen as an
// edge to `packages/x/src/index.ts`.
//
//   npx depcruise packages apps scripts test   # the same check, with dependency-cruiser's report

/** The pure packages: no I/O, they run in Node and in a browser. */
const core = "(schemas|messages|procurement|reports|clauses|cases|maturity|governance)";

// Tests, fixtures, scripts and benchmarks of a package may read files and start servers; the
// rules about I/O are about what the package ships.
const notShipped = ["\\.test\\.ts$", "\\.fixture\\.ts$", "/(test|scripts|bench|fixtures)/"];

/** An npm package by name: resolved inside a node_modules folder, or left unresolved. */
const npm = (names) => `(^|/node_modules/)(${names.join("|")})(/|$)`;

const http = ["fastify", "@fastify/[^/]+", "undici", "axios", "got", "node-fetch", "ky", "ws"];
const databases = ["kysely", "better-sqlite3", "pg", "pg-[^/]+", "postgres", "mysql2?", "sqlite3"];
const terminal = ["picocolors", "chalk", "kleur", "colorette", "ansi-colors", "ora", "ink", "prompts", "inquirer", "enquirer", "@clack/[^/]+", "cli-table3", "boxen", "commander", "yargs"];
const files = ["tinyglobby", "fast-glob", "globby", "fs-extra", "graceful-fs", "chokidar"];
/** Node's modules for files, network, processes and the terminal. */
const nodeIo = "^(node:)?(fs|fs/promises|http|https|http2|net|tls|dgram|dns|child_process|cluster|readline|readline/promises|tty|worker_threads|sqlite)$";

/**
 * Which workspace package the shipped code of each may import: the arrows of the picture in
 * docs/architecture.md. A new arrow is a change of the architecture: draw it there first.
 */
const uses = {
  schemas: [],
  messages: [],
  procurement: ["messages", "schemas"],
  reports: ["messages", "schemas"],
  clauses: ["procurement", "schemas"],
  cases: ["governance", "schemas"],
  maturity: ["schemas"],
  governance: ["schemas"],
  documents: ["schemas"],
  zgw: ["cases", "schemas"],
  cli: ["documents", "procurement", "reports", "clauses", "maturity", "zgw", "messages", "schemas"],
};

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  // Whatever is not allowed here is a violation named "not-in-allowed".
  allowed: [
    { comment: "Anything outside the workspaces: npm packages and Node's own modules (the forbidden rules below narrow these).", from: {}, to: { pathNot: "^(packages|apps)/" } },
    { comment: "A workspace's own files.", from: { path: "^(packages|apps)/([^/]+)/" }, to: { path: "^$1/$2/" } },
    { comment: "Tests, fixtures, scripts and benchmarks may use any package (a test reads a report back, a script builds data).", from: { path: notShipped }, to: {} },
    { comment: "The repository's own scripts and shared test helpers.", from: { path: "^(scripts|test)/" }, to: {} },
    { comment: "The apps are the outermost edge: they may use every package.", from: { path: "^apps/" }, to: { path: "^packages/" } },
    ...Object.entries(uses)
      .filter(([, targets]) => targets.length > 0)
      .map(([name, targets]) => ({
        comment: `@ethiek/${name} uses ${targets.map((t) => `@ethiek/${t}`).join(", ")} (docs/architecture.md).`,
        from: { path: `^packages/${name}/` },
        to: { path: `^packages/(${targets.join("|")})/` },
      })),
  ],
  allowedSeverity: "error",
  forbidden: [
    {
      name: "core-no-node-builtins",
      comment:
        "A core package runs in Node and in a browser: it imports no Node.js built-in module (files, HTTP, terminal, processes, crypto). Do the I/O at an edge (documents, cli, apps/api) and pass the data in.",
      severity: "error",
      from: { path: `^packages/${core}/`, pathNot: notShipped },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-no-io-libraries",
      comment:
        "A core package imports no HTTP, database, terminal or file-system library. Those belong to the edges (cli, apps/api, documents); a core package takes and returns values.",
      severity: "error",
      from: { path: `^packages/${core}/`, pathNot: notShipped },
      to: { path: npm([...http, ...databases, ...terminal, ...files]) },
    },
    {
      name: "core-not-to-edges",
      comment: "A core package never imports an edge: not @ethiek/documents, @ethiek/cli, @ethiek/zgw or an app.",
      severity: "error",
      from: { path: `^packages/${core}/`, pathNot: notShipped },
      to: { path: "^(packages/(documents|cli|zgw)|apps)/" },
    },
    {
      name: "zgw-no-io-but-fetch",
      comment:
        "@ethiek/zgw talks to a case system through the platform's fetch (injectable, so it runs in a browser too); it imports no HTTP server or client library, database, terminal or file system.",
      severity: "error",
      from: { path: "^packages/zgw/", pathNot: notShipped },
      to: { path: [npm([...http, ...databases, ...terminal, ...files]), nodeIo] },
    },
    {
      name: "contract-depends-on-nothing-of-ours",
      comment: "@ethiek/schemas is the contract every package depends on; it imports no other workspace package, so it can never be part of a circle.",
      severity: "error",
      from: { path: "^packages/schemas/" },
      to: { path: "^(packages|apps)/", pathNot: "^packages/schemas/" },
    },
    {
      name: "cli-needs-no-server",
      comment: "The ethiek command works without the service: it imports neither the API nor an HTTP server library.",
      severity: "error",
      from: { path: "^packages/cli/" },
      to: { path: ["^apps/", npm(["fastify", "@fastify/[^/]+"]), "^(node:)?(http|https|http2)$"] },
    },
    {
      name: "packages-not-to-apps",
      comment: "Published packages never import an app: apps are private and not installed beside them.",
      severity: "error",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "shipped-code-declares-its-dependencies",
      comment:
        "Shipped code imports only packages its own package.json lists under dependencies (a devDependency, or one that only the hoisted root node_modules holds, is missing for whoever installs the package).",
      severity: "error",
      from: { path: "^(packages|apps)/[^/]+/src/", pathNot: notShipped },
      // Type-only imports leave nothing behind in the built JavaScript.
      to: { dependencyTypes: ["npm-dev", "npm-no-pkg", "npm-unknown"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      comment: "No import circle anywhere, type-only imports included: a circle makes the order of evaluation, and the reading, depend on where one starts.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-unresolvable",
      comment: "Every import resolves; an import the check cannot follow is an edge it cannot judge.",
      severity: "error",
      // A benchmark measures the built package (`../dist/index.js`), which a fresh clone has not
      // built yet when this check runs; that edge is the package to itself.
      from: {},
      to: { couldNotResolve: true, pathNot: "^\\.\\./dist/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Build output, test results and the fixture of the boundary test. Only the workspaces' own
    // folders: a pattern like "dist/" would also hide every npm package that ships a dist folder.
    exclude: { path: ["^(packages|apps)/[^/]+/(dist|reports|coverage)/", "^test/repo/fixtures/", "\\.d\\.mts$"] },
    // Type-only imports count: a circle of types is still a circle for whoever reads the code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["@ethiek/source", "import", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
