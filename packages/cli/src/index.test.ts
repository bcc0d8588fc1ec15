import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "../test/helpers.js";
import { validateConfig } from "./config-schema.js";
import { CliError, toCliError } from "./errors.js";

describe("ethiek (in process)", () => {
  it("prints the overview with --help and per command with <command> --help, in Dutch unless told otherwise", async () => {
    const dir = tempDir();
    const overview = await run(["--help"], dir);
    expect(overview).toMatchObject({ code: 0, stderr: "" });
    expect(overview.stdout).toContain("check <paden…>");
    for (const command of ["check", "rules", "classify", "init"]) {
      const help = await run([command, "--help"], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Gebruik\\n  ethiek ${command}`));
      expect((await run([command, "--help", "--lang", "en"], dir)).stdout).toMatch(new RegExp(`^Usage\\n  ethiek ${command}`));
    }
  });

  it("takes the language from --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else Dutch", async () => {
    const dir = tempDir();
    expect((await run(["--help"], dir, { LANG: "en_GB.UTF-8" })).stdout).toContain("check <paths…>");
    expect((await run(["--help"], dir, { LANG: "en_GB.UTF-8", LC_ALL: "nl_NL.UTF-8" })).stdout).toContain("check <paden…>");
    expect((await run(["--help"], dir, { LANG: "C.UTF-8" })).stdout).toContain("check <paden…>");
    expect((await run(["--help", "--lang", "nl"], dir, { LANG: "en_US.UTF-8" })).stdout).toContain("check <paden…>");
    const fromConfig = await run(["check"], tempDir({ "ethiek.config.json": '{ "lang": "en" }' }), { LANG: "nl_NL.UTF-8" });
    expect(fromConfig.stderr).toContain("name the files or folders to check [USAGE]");
  });

  it("prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await run(["--version"], tempDir())).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("exits 2 on a usage error with a message and a hint, and no stack trace", async () => {
    const result = await run(["check", "--colour"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethiek: onbekende optie --colour [USAGE]\n  Zie `ethiek --help` voor de opdrachten en opties.\n");
    const english = await run(["check", "--colour", "--lang", "en"], tempDir());
    expect(english.stderr).toBe("ethiek: unknown option --colour [USAGE]\n  Run `ethiek --help` for the commands and options.\n");
  });

  it("exits 2 when check has nothing to check", async () => {
    const result = await run(["check"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("noem de bestanden of mappen die u wilt toetsen [USAGE]");
  });

  it("exits 2 on an invalid config, listing file, key and fix", async () => {
    const dir = tempDir({ "ethiek.config.json": '{ "failOn": "always" }' });
    const result = await run(["check", "x.md"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, "ethiek.config.json")}: de config heeft 1 probleem [CONFIG_INVALID]`);
    expect(result.stderr).toContain('  - failOn: moet een van error, warning, never zijn; gevonden: "always" — oplossing: zet "failOn" op een van: error, warning, never.');
    const english = await run(["check", "x.md", "--lang", "en"], dir);
    expect(english.stderr).toContain('  - failOn: must be one of error, warning, never; found "always" — fix: set "failOn" to one of: error, warning, never.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the stack of the cause only with --debug", async () => {
    const dir = tempDir();
    const plain = await run(["check", "x.md", "--config", "missing.yaml"], dir);
    const debug = await run(["check", "x.md", "--config", "missing.yaml", "--debug"], dir);
    expect(plain.code).toBe(2);
    expect(plain.stderr).not.toContain("caused by");
    expect(debug.code).toBe(2);
    expect(debug.stderr).toContain("caused by: Error: ENOENT");
  });

  it("init writes a commented YAML config that validates, and a GitHub workflow", async () => {
    const dir = tempDir();
    const result = await run(["init", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("wrote ethiek.config.yaml\nwrote .github/workflows/ethiek.yml\n");
    // Dutch when the locale or --lang says nothing else.
    const dutch = await run(["init", "--force"], dir);
    expect(dutch.stdout).toBe("ethiek.config.yaml geschreven\n.github/workflows/ethiek.yml geschreven\n");
    const text = readFileSync(join(dir, "ethiek.config.yaml"), "utf8");
    expect(text).toMatch(/^# ethiek configuration/);
    expect(validateConfig(parse(text))).toMatchObject({ ok: true });
    const workflow = parse(readFileSync(join(dir, ".github/workflows/ethiek.yml"), "utf8"));
    expect(workflow.permissions["security-events"]).toBe("write");
    expect(JSON.stringify(workflow)).toContain("ethiek/ethiek/integrations/github@v");
  });

  it("init refuses to overwrite, and --force overwrites", async () => {
    const dir = tempDir({ "ethiek.config.yaml": "lang: en\n" });
    const refused = await run(["init", "--ci", "none"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("ethiek.config.yaml bestaat al [FILE_EXISTS]");
    expect(readFileSync(join(dir, "ethiek.config.yaml"), "utf8")).toBe("lang: en\n");
    expect((await run(["init", "--ci", "none", "--force"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "ethiek.config.yaml"), "utf8")).toContain("ruleset: ethiek:recommended");
  });

  it("init for GitLab writes an includable job when the project already has a pipeline", async () => {
    const dir = tempDir({ ".gitlab-ci.yml": "stages: [build]\n" });
    const result = await run(["init", "--config-format", "json"], dir);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, "ethiek.config.json"))).toBe(true);
    const job = parse(readFileSync(join(dir, "ethiek.gitlab-ci.yml"), "utf8"));
    expect(job.include[0].remote).toMatch(/\/integrations\/gitlab\/ethiek\.gitlab-ci\.yml$/);
    expect(result.stdout).toContain("- local: ethiek.gitlab-ci.yml");
    expect(readFileSync(join(dir, ".gitlab-ci.yml"), "utf8")).toBe("stages: [build]\n");
  });
});

describe("toCliError", () => {
  it("keeps a CliError, and turns anything else into an INTERNAL error with the cause", () => {
    const own = new CliError("USAGE", "x");
    expect(toCliError(own)).toBe(own);
    const bug = new TypeError("boom");
    expect(toCliError(bug)).toMatchObject({ code: "INTERNAL", message: "unexpected error: boom", cause: bug });
    expect(toCliError("text")).toMatchObject({ code: "INTERNAL", message: "unexpected error: text" });
  });
});

describe("ethiek on any command line", () => {
  it("always exits 0, 1 or 2 and never prints a stack trace without --debug", async () => {
    const fc = (await import("fast-check")).default;
    const dir = tempDir({ "a.md": "# Bestek\n\nOpdrachtnemer levert software." });
    const token = fc.oneof(
      fc.constantFrom("check", "rules", "classify", "--format", "-f", "--output", "-o", "--fail-on", "--lang", "--ruleset", "--per-file", "--baseline", "-q", "--config", "a.md", "json", "sarif", "en", "xx", "--", "-"),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        const result = await run(argv, dir);
        expect([0, 1, 2]).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
        if (result.code === 2) expect(result.stderr).toMatch(/^ethiek: /);
        expect(result.stderr).not.toContain("[INTERNAL]");
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
