// Prints one closing line over the vitest runs of every workspace and of the repository's own
// checks (test/repo, the root task `check:repo`); turbo restores each reports/vitest.json from its
// cache, so the line is true on cached runs too.
// Fails when no test ran at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
let passed = 0;
let failed = 0;
let skipped = 0;
const perWorkspace = [];
const reports = [{ label: "repository (test/repo)", path: join(root, "reports", "vitest.json") }];
for (const group of ["packages", "apps"]) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) reports.push({ label: `${group}/${name}`, path: join(dir, name, "reports", "vitest.json") });
}
for (const { label, path } of reports) {
  if (!existsSync(path)) continue;
  const data = JSON.parse(readFileSync(path, "utf8"));
  passed += data.numPassedTests ?? 0;
  failed += data.numFailedTests ?? 0;
  skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
  perWorkspace.push(`${label}: ${data.numPassedTests ?? 0} passed`);
}
console.log(perWorkspace.join("\n"));
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (passed + failed === 0) {
  console.error("No test ran: a test run with zero tests counts as a failure.");
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
