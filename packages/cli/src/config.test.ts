import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test/helpers.js";
import { closest, validateConfig } from "./config-schema.js";
import { findConfig, loadConfig } from "./config.js";
import { CliError, msg } from "./errors.js";

describe("findConfig", () => {
  it("finds the nearest config upward from the working folder", () => {
    const dir = tempDir({ "ethiek.config.yaml": "lang: en\n", "a/b/c/x.md": "# x" });
    expect(findConfig(join(dir, "a/b/c"))).toBe(join(dir, "ethiek.config.yaml"));
  });

  it("prefers JSON over YAML in the same folder", () => {
    const dir = tempDir({ "ethiek.config.yaml": "lang: en\n", "ethiek.config.json": "{}" });
    expect(findConfig(dir)).toBe(join(dir, "ethiek.config.json"));
  });
});

describe("loadConfig", () => {
  it("loads a YAML config and remembers its folder for relative paths", async () => {
    const dir = tempDir({ "ethiek.config.yaml": "lang: en\nfailOn: warning\npaths: [tenders]\n", "sub/x.md": "x" });
    const config = await loadConfig(join(dir, "sub"), undefined);
    expect(config).toEqual({ file: join(dir, "ethiek.config.yaml"), dir, values: { lang: "en", failOn: "warning", paths: ["tenders"] } });
  });

  it("names the file, the key and the fix for every problem at once", async () => {
    const dir = tempDir({
      "ethiek.config.json": JSON.stringify({ failOn: "errors", lang: 3, ruleSet: "x", waivers: [{ requirement: "logging", reason: "r" }] }),
    });
    const error = await loadConfig(dir, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    const e = error as CliError;
    expect(e.code).toBe("CONFIG_INVALID");
    expect(e.message).toBe(`${join(dir, "ethiek.config.json")}: the config has 5 problems`);
    expect(e.detailsIn("en")).toEqual(
      expect.arrayContaining([
        'failOn: must be one of error, warning, never; found "errors" — fix: set "failOn" to one of: error, warning, never.',
        "lang: must be one of nl, en; found 3 — fix: set \"lang\" to one of: nl, en.",
        'ruleSet: unknown key ruleSet — fix: did you mean "ruleset"? Rename or remove it.',
        'waivers[0].approvedBy: is required — fix: add "waivers[0].approvedBy".',
        'waivers[0].case: is required — fix: add "waivers[0].case".',
      ]),
    );
    // The same problems in Dutch, which is what a person sees by default.
    expect(e.detailsIn("nl")).toEqual(
      expect.arrayContaining([
        'failOn: moet een van error, warning, never zijn; gevonden: "errors" — oplossing: zet "failOn" op een van: error, warning, never.',
        'ruleSet: onbekende sleutel ruleSet — oplossing: bedoelt u "ruleset"? Hernoem of verwijder deze.',
        'waivers[0].approvedBy: ontbreekt — oplossing: voeg "waivers[0].approvedBy" toe.',
      ]),
    );
  });

  it("reports a YAML syntax error with the file name", async () => {
    const dir = tempDir({ "ethiek.config.yml": "lang: [en\n" });
    await expect(loadConfig(dir, undefined)).rejects.toMatchObject({ code: "CONFIG_PARSE", message: expect.stringContaining("ethiek.config.yml: not valid YAML") });
  });

  it("fails clearly when --config names a file that does not exist", async () => {
    const dir = tempDir();
    await expect(loadConfig(dir, "nope.json")).rejects.toMatchObject({ code: "CONFIG_NOT_FOUND", hint: "Check the path given to --config." });
  });

  it("gives an empty config when there is none", async () => {
    // The temp folder sits under the OS temp dir, which has no ethiek config above it.
    const dir = tempDir();
    expect((await loadConfig(dir, undefined)).values).toEqual({});
  });
});

describe("validateConfig", () => {
  it("accepts the full documented shape", () => {
    const result = validateConfig({
      ruleset: "ethiek:recommended",
      lang: "nl",
      failOn: "never",
      paths: ["a"],
      ignore: ["**/x"],
      perFile: true,
      baseline: "b.json",
      outputs: [{ format: "sarif", output: "x.sarif" }, { format: "stylish" }],
      waivers: [{ requirement: "sustainability", reason: "r", approvedBy: "a", case: "C-1", approvedAt: "2026-01-01T00:00:00Z" }],
    });
    expect(result.ok).toBe(true);
  });
});

describe("closest", () => {
  it("suggests a near key and nothing for a far one", () => {
    expect(closest("failon", ["failOn", "lang"])).toBe("failOn");
    expect(closest("colour", ["failOn", "lang"])).toBeUndefined();
  });
});

describe("validateConfig on any input", () => {
  it("never throws, and every problem has a key, a message and a fix", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("ruleset", "lang", "failOn", "paths", "waivers", "outputs", "perFile", "x"), fc.anything())), (data) => {
        const result = validateConfig(data);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(typeof issue.key).toBe("string");
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.fix.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
