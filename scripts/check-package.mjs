#!/usr/bin/env node
// Publishing checks for the package in the current folder, run by its `lint` script after publint
// and attw: the tarball holds LICENSE (the EUPL asks for a copy with every distribution) and no
// tests; publishing asks for npm provenance; `engines` is the packages' floor; and every dependency on
// another workspace package asks for that package's current version with a caret range.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
// The Node.js floor of the published packages. Developing the repository takes 22.18 (the root
// package.json: tsup 9 asks for it); the packages themselves run from 22.13 on.
const runtimeFloor = ">=22.13";
const problems = [];

if (!existsSync(join(dir, "LICENSE"))) problems.push("LICENSE is missing (copy the repository's LICENSE)");
else if (readFileSync(join(dir, "LICENSE"), "utf8") !== readFileSync(join(root, "LICENSE"), "utf8")) problems.push("LICENSE differs from the repository's LICENSE");

const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
const files = packed.files.map((f) => f.path);
if (!files.includes("LICENSE")) problems.push("the tarball has no LICENSE");
const tests = files.filter((f) => /\.test\.[cm]?[jt]s$/.test(f));
if (tests.length > 0) problems.push(`the tarball holds tests: ${tests.join(", ")}`);

if (pkg.publishConfig?.provenance !== true) problems.push('publishConfig.provenance must be true');
if (pkg.publishConfig?.access !== "public") problems.push('publishConfig.access must be "public"');
if (pkg.engines?.node !== runtimeFloor) problems.push(`engines.node is ${JSON.stringify(pkg.engines?.node)}; the packages' floor is ${runtimeFloor}`);

const versions = new Map();
for (const group of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, group))) {
    const path = join(root, group, name, "package.json");
    if (existsSync(path)) {
      const p = JSON.parse(readFileSync(path, "utf8"));
      versions.set(p.name, p.version);
    }
  }
}
for (const section of ["dependencies", "devDependencies", "peerDependencies"]) {
  for (const [name, range] of Object.entries(pkg[section] ?? {})) {
    if (!versions.has(name)) continue;
    const want = `^${versions.get(name)}`;
    if (range !== want) problems.push(`${section}.${name} is ${JSON.stringify(range)}; internal ranges are ${want}`);
  }
}

if (problems.length > 0) {
  console.error(`${pkg.name}: ${problems.length} publishing problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`${pkg.name}: tarball of ${files.length} files with LICENSE, provenance on, engines ${pkg.engines.node}, internal ranges consistent`);
