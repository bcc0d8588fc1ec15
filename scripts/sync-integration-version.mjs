#!/usr/bin/env node
// After `changeset version`: writes the new version of @ethiek/cli into the shipped GitHub action
// and GitLab component (their default `version` input and the tag in their usage comments), so
// that the integrations at tag v<version> run the CLI of that same release. A test in
// packages/cli (test/integrations.test.ts) fails when they differ.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(resolve(root, "packages/cli/package.json"), "utf8"));
const files = ["integrations/github/action.yml", "integrations/gitlab/ethiek.gitlab-ci.yml"];
for (const file of files) {
  const path = resolve(root, file);
  const before = readFileSync(path, "utf8");
  const after = before
    // the default of the `version` input: the line after `description: Version of @ethiek/cli...`
    .replace(/(description: Version of @ethiek\/cli[^\n]*\n\s*(?:required: false\n\s*)?default: )"[^"]*"/, `$1"${version}"`)
    .replace(/(ethiek\/ethiek\/(?:v|integrations\/github@v))\d+\.\d+\.\d+[^/\s]*/g, `$1${version}`)
    .replace(/(ethiek\/ethiek@)\d+\.\d+\.\d+[^\s)]*/g, `$1${version}`);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`${file}: @ethiek/cli ${version}`);
  }
}

// publiccode.yml names the release that the release workflow tags v<version>, with its date.
const publiccode = resolve(root, "publiccode.yml");
const before = readFileSync(publiccode, "utf8");
const date = new Date().toISOString().slice(0, 10);
const stamp = `softwareVersion: "${version}"\nreleaseDate: "${date}"\n`;
const after = /^softwareVersion: .*\nreleaseDate: .*\n/m.test(before)
  ? before.replace(/^softwareVersion: .*\nreleaseDate: .*\n/m, stamp)
  : before.replace(/^(landingURL: .*\n)(?:#.*\n)*/m, `$1${stamp}`);
if (after !== before) {
  writeFileSync(publiccode, after);
  console.log(`publiccode.yml: ${version} of ${date}`);
}
