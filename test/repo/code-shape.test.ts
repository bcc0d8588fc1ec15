// The code-shape check (scripts/check-code-shape.mjs) on a small repository made for the test: it
// must catch a file that is too long, a package with too few comments and an entry function
// without a doc comment or example, and count comment lines the way docs/architecture.md says.
// The check of the repository itself is the script's own run in the root task `check:repo`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countLines, measure } from "../../scripts/check-code-shape.mjs";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository with the given files (path → text), beside the real tsconfig.base.json. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ethiek-shape-"));
  made.push(root);
  const all = { "tsconfig.base.json": '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "strict": true } }', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("countLines", () => {
  it("counts whole-line comments only, and no // inside a string or template", () => {
    const text = ['// why', "/**", " * doc", " */", 'const url = "http://x"; // trailing', "const t = `", "// in a template", "`;", ""].join("\n");
    expect(countLines(text, "a.ts")).toEqual({ lines: 8, nonBlank: 8, comments: 4 });
  });
});

describe("the code-shape check", () => {
  it("reports a long file, a package under 10 % comments and entry functions without docs or examples", () => {
    const long = Array.from({ length: 401 }, (_, i) => `export const v${i} = ${i};`).join("\n") + "\n";
    const root = repository({
      "packages/demo/package.json": '{ "name": "@demo/demo" }',
      "packages/demo/src/index.ts": 'export { undocumented, noExample } from "./api.js";\n',
      "packages/demo/src/api.ts": "export function undocumented(): number {\n  return 1;\n}\n\n/** Says why, but shows no use. */\nexport const noExample = (): number => 2;\n",
      "packages/demo/src/long.ts": long,
    });
    const { problems, perWorkspace } = measure(root, { data: [], owed: [], noExample: [] });
    expect(perWorkspace).toEqual([expect.objectContaining({ workspace: "@demo/demo", files: 3 })]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^packages\/demo\/src\/long\.ts: 401 lines; at most 400/),
        expect.stringMatching(/^@demo\/demo: \d+\.\d % comment lines/),
        expect.stringMatching(/^@demo\/demo: undocumented \(packages\/demo\/src\/api\.ts\) is exported by the entry without a doc comment/),
        expect.stringMatching(/^@demo\/demo: noExample \(packages\/demo\/src\/api\.ts\) is exported by the entry without an @example/),
      ]),
    );
  });

  it("lets data files and owed files through, and says when an owed file no longer needs to be", () => {
    const long = Array.from({ length: 500 }, (_, i) => `export const v${i} = ${i};`).join("\n") + "\n";
    const root = repository({
      "packages/demo/package.json": '{ "name": "@demo/demo" }',
      "packages/demo/src/index.ts": "// Nothing exported: data only.\nexport {};\n",
      "packages/demo/src/catalogue.ts": long,
      "packages/demo/src/big.test.ts": long,
    });
    const { problems } = measure(root, {
      data: [{ pattern: /^packages\/demo\/src\/catalogue\.ts$/, why: "data" }],
      owed: [
        { path: "packages/demo/src/big.test.ts", why: "split elsewhere" },
        { path: "packages/demo/src/gone.ts", why: "split already" },
      ],
      noExample: [],
    });
    expect(problems).toEqual([expect.stringMatching(/^packages\/demo\/src\/gone\.ts is listed as owed but is no longer over 400 lines/)]);
  });
});
