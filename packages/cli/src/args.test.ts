import { describe, expect, it } from "vitest";
import { pairOutputs, parseCommandLine } from "./args.js";
import { CliError, msg } from "./errors.js";

const outputsOf = (argv: string[]) => {
  const parsed = parseCommandLine(["check", ...argv]);
  if (parsed.command !== "check") throw new Error("not check");
  return parsed.options.outputs;
};

describe("parseCommandLine", () => {
  it("pairs --format and --output in order; a format without output goes to stdout", () => {
    expect(outputsOf(["a.md", "-f", "sarif", "-o", "x.sarif", "--format", "stylish", "--format", "junit", "--output", "j.xml"])).toEqual([
      { format: "sarif", output: "x.sarif" },
      { format: "stylish", output: undefined },
      { format: "junit", output: "j.xml" },
    ]);
  });

  it("refuses two formats that would both go to stdout", () => {
    expect(() => outputsOf(["a.md", "-f", "json", "-f", "sarif"])).toThrow(/only one format can go to stdout/);
  });

  it("refuses an unknown format, naming the allowed ones", () => {
    expect(() => outputsOf(["a.md", "--format", "xml"])).toThrow(
      "--format must be one of stylish | json | sarif | junit | gitlab | html | markdown; got \"xml\"",
    );
  });

  it("reads maturity import with its file and --output, and refuses a missing file, extra files or an unknown action", () => {
    const parsed = parseCommandLine(["maturity", "import", "odi.json", "-o", "model.json"]);
    expect(parsed.command).toBe("maturity");
    if (parsed.command !== "maturity") return;
    expect(parsed.options).toMatchObject({ action: "import", file: "odi.json", output: "model.json" });
    expect(() => parseCommandLine(["maturity", "import"])).toThrow(/needs the ODI file/);
    expect(() => parseCommandLine(["maturity", "import", "a.json", "b.json"])).toThrow(/takes one file; got a.json b.json/);
    expect(() => parseCommandLine(["maturity"])).toThrow(/maturity needs an action/);
    expect(() => parseCommandLine(["maturity", "score", "a.json"])).toThrow(CliError);
    expect(parseCommandLine(["maturity", "--help"])).toMatchObject({ command: "maturity", options: { help: true } });
  });

  it("reads the check options", () => {
    const parsed = parseCommandLine(["check", "t/", "--fail-on", "warning", "--per-file", "--baseline", "b.json", "--lang", "en", "--no-color", "-q"]);
    expect(parsed).toMatchObject({
      command: "check",
      options: { paths: ["t/"], failOn: "warning", perFile: true, baseline: "b.json", lang: "en", noColor: true, quiet: true },
    });
  });

  it("turns an unknown option into a usage error", () => {
    try {
      parseCommandLine(["check", "--colour"]);
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe("ERR_PARSE_ARGS_UNKNOWN_OPTION");
    }
  });

  it("rejects unknown commands and bad enum values as CliError USAGE", () => {
    expect(() => parseCommandLine(["chek"])).toThrow(CliError);
    expect(() => parseCommandLine(["check", "--fail-on", "sometimes"])).toThrow("--fail-on must be one of error | warning | never");
    expect(() => parseCommandLine(["init", "--ci", "jenkins"])).toThrow("--ci must be one of github | gitlab | none");
  });

  it("knows help and version in every spelling", () => {
    expect(parseCommandLine([])).toEqual({ command: "help", topic: undefined });
    expect(parseCommandLine(["help", "rules"])).toEqual({ command: "help", topic: "rules" });
    expect(parseCommandLine(["-v"])).toEqual({ command: "version" });
    expect(parseCommandLine(["rules", "--help"])).toMatchObject({ command: "rules", options: { help: true } });
  });
});

describe("pairOutputs", () => {
  it("lets a lone --output mean stylish to that file", () => {
    expect(pairOutputs([{ kind: "option", name: "output", value: "r.txt" }])).toEqual([{ format: "stylish", output: "r.txt" }]);
  });

  it("rejects an --output with no open --format before it", () => {
    expect(() =>
      pairOutputs([
        { kind: "option", name: "format", value: "json" },
        { kind: "option", name: "output", value: "a.json" },
        { kind: "option", name: "output", value: "b.json" },
      ]),
    ).toThrow(/--output b.json has no --format before it/);
  });
});
