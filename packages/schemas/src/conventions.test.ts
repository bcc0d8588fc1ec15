// Naming rules every schema must follow: the schemas become the API's OpenAPI document, which must
// pass the Dutch API Design Rules linter.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@ethiek-test/support";

const dir = resolve(repoRoot, "schemas");
const files = readdirSync(dir).filter((f) => f.endsWith(".schema.json"));

type Node = Record<string, unknown>;

function walk(node: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`, visit));
  else if (node !== null && typeof node === "object") {
    visit(node as Node, path);
    for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, visit);
  }
}

function problemsOf(file: string): string[] {
  const schema = JSON.parse(readFileSync(resolve(dir, file), "utf8")) as Node;
  const problems: string[] = [];
  if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema") problems.push("$schema must be 2020-12");
  if (schema.$id !== `https://schemas.ethiek.nl/v1/${file}`) problems.push(`$id must be https://schemas.ethiek.nl/v1/${file}`);
  for (const name of Object.keys((schema.$defs as Node | undefined) ?? {})) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) problems.push(`$defs/${name}: definitions are PascalCase`);
  }
  walk(schema, "", (node, path) => {
    const properties = node.properties as Record<string, Node> | undefined;
    if (properties && typeof properties === "object" && !path.endsWith("/properties")) {
      for (const [name, prop] of Object.entries(properties)) {
        const where = `${path}/properties/${name}`;
        if (!/^[a-z][a-zA-Z0-9]*$/.test(name)) problems.push(`${where}: properties are camelCase`);
        if (prop.format === "date-time" && !name.endsWith("At") && name !== "at") problems.push(`${where}: a date-time is named …At`);
        if (name.endsWith("Date") && prop.format !== "date") problems.push(`${where}: …Date is only for format: date`);
        if (name.endsWith("At") && prop.format !== "date-time") problems.push(`${where}: …At must be a date-time`);
      }
    }
    if (Array.isArray(node.enum) && !path.includes("/properties/language")) {
      for (const token of node.enum) {
        if (typeof token === "string" && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(token)) {
          problems.push(`${path}: enum token '${token}' must be kebab-case`);
        }
      }
    }
  });
  return problems;
}

describe("schema naming conventions", () => {
  it("finds the schema files", () => {
    expect(files).toEqual(expect.arrayContaining(["tender.schema.json", "check-report.schema.json", "document.schema.json"]));
  });
  it.each(files)("%s follows the naming rules", (file) => {
    expect(problemsOf(file)).toEqual([]);
  });
});
