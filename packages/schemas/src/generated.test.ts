import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
// The generator is plain JS so that it runs before anything is built.
import { generate } from "../scripts/generate.mjs";

const packageDir = resolve(import.meta.dirname, "..");

describe("generated types and validators", () => {
  it("match what the schemas generate now (run `npm run generate -w @ethiek/schemas` on drift)", { timeout: 120_000 }, async () => {
    const files: Map<string, string> = await generate();
    expect(files.size).toBeGreaterThan(3);
    for (const [relative, content] of files) {
      const committed = await readFile(resolve(packageDir, relative), "utf8").catch(() => "<missing>");
      expect(committed, `${relative} is out of date`).toBe(content);
    }
  });
});
