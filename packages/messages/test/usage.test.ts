// Every key of the catalogue is used, and every key the code uses exists. The test reads the
// sources of the packages that show texts to people; a key is used when it stands in a string
// literal (`t("web.submit")`), and a template literal (`t(\`report.statuses.${status}\`)`) uses every
// key under its fixed prefix.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue, namespaces } from "../src/index.js";

const root = process.env.ETHIEK_REPO_ROOT ?? join(import.meta.dirname, "../../..");
/** The packages whose sources may use catalogue keys. */
const consumers = ["apps/api/src", "packages/cli/src", "packages/procurement/src", "packages/reports/src"];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$|\.fixture\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const keyPattern = new RegExp(`["'\`]((?:${namespaces.join("|")})\\.[A-Za-z0-9_.-]+?)(["'\`]|\\$\\{)`, "g");
const exact = new Set<string>();
const prefixes = new Set<string>();
for (const file of consumers.flatMap(sources)) {
  for (const match of readFileSync(file, "utf8").matchAll(keyPattern)) {
    if (match[2] === "${") prefixes.add(match[1]!);
    else exact.add(match[1]!);
  }
}
const keys = Object.keys(catalogue.nl);

describe("use of the catalogue", () => {
  it("finds keys in the consuming packages", () => {
    expect(exact.size).toBeGreaterThan(100);
    expect(prefixes.size).toBeGreaterThan(5);
  });

  it("has no key that no package uses", () => {
    const unused = keys.filter((key) => !exact.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it("has every key the packages use", () => {
    const missing = [...exact].filter((key) => !Object.hasOwn(catalogue.nl, key));
    const emptyPrefixes = [...prefixes].filter((prefix) => !keys.some((key) => key.startsWith(prefix)));
    expect({ missing, emptyPrefixes }).toEqual({ missing: [], emptyPrefixes: [] });
  });
});
