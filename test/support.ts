// Helpers shared by the test suites of every workspace.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

/** Labelled tender corpus, copied into the repository so every clone can run it. */
export const corpusDir = resolve(repoRoot, "fixtures/corpus");

/**
 * The third-party conformance material (`ETHIEK_CONFORMANCE_DIR`, default `../shared/conformance`
 * beside the repository). Returns the folder, or null when it is absent.
 */
export function conformanceDir(): string | null {
  const dir = process.env.ETHIEK_CONFORMANCE_DIR ?? resolve(repoRoot, "../shared/conformance");
  return existsSync(dir) ? dir : null;
}

/**
 * For `describe.skipIf(...)`: true when the conformance folder is absent, after printing why.
 * This is the only kind of skip the project allows.
 */
export function conformanceMissing(what: string): boolean {
  if (conformanceDir() !== null) return false;
  console.warn(
    `[skip] ${what}: conformance material not found; set ETHIEK_CONFORMANCE_DIR or place ../shared/conformance beside the repository.`,
  );
  return true;
}

/** Path of a file in the conformance folder; only call when conformanceDir() is not null. */
export function conformancePath(...parts: string[]): string {
  const dir = conformanceDir();
  if (dir === null) throw new Error("conformance material is absent");
  return resolve(dir, ...parts);
}
