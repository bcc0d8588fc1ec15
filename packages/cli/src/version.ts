import { readFileSync } from "node:fs";

/**
 * The version of @ethiek/cli, from its package.json.
 *
 * @example
 * version() // "0.1.0"
 */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
