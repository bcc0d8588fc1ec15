// End-to-end: `ethiek maturity import` as users run it, spawning the BUILT command. The turbo
// `test` task builds the package and its dependencies first.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { validateMaturityModel, type MaturityModel } from "@ethiek/schemas";
import { beforeAll, describe, expect, it } from "vitest";
import { conformanceMissing, conformancePath, repoRoot } from "@ethiek-test/support";
import { tempDir } from "./helpers.js";

const bin = resolve(repoRoot, "packages/cli/bin/ethiek.js");

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

async function ethiek(args: string[], cwd: string = repoRoot): Promise<Spawned> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

function validModel(data: unknown): MaturityModel {
  const result = validateMaturityModel(data);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return data as MaturityModel;
}

describe.skipIf(conformanceMissing("ODI maturity model import"))("ethiek maturity import with the real ODI 2024 file", () => {
  let odiFile: string;
  beforeAll(() => {
    odiFile = conformancePath("odi", "odi-data-ethics-maturity-model-2024.json");
  });

  it("writes a valid ethiek model with 6 dimensions, 5 levels and 19 questions to stdout, and a summary to stderr", async () => {
    const result = await ethiek(["maturity", "import", odiFile]);
    expect(result.code).toBe(0);
    const model = validModel(JSON.parse(result.stdout));
    expect(model.dimensions).toHaveLength(6);
    expect(model.levels).toHaveLength(5);
    expect(model.questions).toHaveLength(19);
    expect(model.attribution?.licence).toBe("CC-BY-SA-4.0");
    expect(model.attribution?.source).toBe("The Open Data Institute");
    // Without --lang or a locale the summary is Dutch, like every other status line.
    expect(result.stderr).toContain("6 dimensies, 5 niveaus, 19 vragen");
    expect(result.stderr).toContain("Vermeld deze bron als u het model deelt.");
    expect(result.stderr).toContain("CC-BY-SA-4.0");
    expect(result.stderr).toContain("The Open Data Institute");
  });

  it("writes the model to --output (creating folders) and keeps stdout empty", async () => {
    const dir = tempDir();
    const result = await ethiek(["maturity", "import", odiFile, "--output", "models/odi.json", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const path = join(dir, "models/odi.json");
    expect(existsSync(path)).toBe(true);
    const model = validModel(JSON.parse(readFileSync(path, "utf8")));
    expect(model.questions).toHaveLength(19);
    expect(result.stderr).toContain("Model written to models/odi.json");
  });
});

describe("ethiek maturity import with bad input", () => {
  it("exits 2 and lists every problem of a broken ODI file with its JSON pointer, without a stack trace", async () => {
    const broken = {
      title: "Broken model",
      levels: ["Initial", "Repeatable"],
      dimensions: [
        { name: "Skills", activities: [{ title: "Skills", questions: [{ statements: [{ text: "x", associatedLevel: 7 }] }] }] },
        { activities: [] },
      ],
    };
    const dir = tempDir({ "broken.json": JSON.stringify(broken) });
    const result = await ethiek(["maturity", "import", "broken.json", "-o", "out.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
    expect(result.stderr).toContain("broken.json is geen bruikbaar bestand van het ODI-volwassenheidsmodel");
    expect(result.stderr).toContain("[MATURITY_IMPORT_INVALID]");
    expect(result.stderr).toContain("/dimensions/0/activities/0/questions/0/text");
    expect(result.stderr).toContain("/dimensions/0/activities/0/questions/0/statements/0/associatedLevel");
    expect(result.stderr).toContain("must be a whole number from 1 to 2");
    expect(result.stderr).toContain("/dimensions/1/name");
    expect(result.stderr).toMatch(/Herstel de velden op de JSON pointers/);
    noStack(result.stderr);
  });

  it("exits 2 and lists each problem of the converted model when the file's structure is fine but its content is not", async () => {
    // Each question needs one statement per level; here the second level has none.
    const incomplete = {
      title: "Incomplete model",
      levels: ["Initial", "Repeatable"],
      dimensions: [{ name: "Skills", activities: [{ title: "Skills", questions: [{ text: "Do staff know?", statements: [{ text: "No", associatedLevel: 1 }] }] }] }],
    };
    const dir = tempDir({ "odi.json": JSON.stringify(incomplete) });
    const result = await ethiek(["maturity", "import", "odi.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("(converted model)");
    expect(result.stderr).toContain("[STATEMENT_LEVEL_MISSING]");
    noStack(result.stderr);
  });

  it("exits 2 for a file that is not JSON, naming the file and the syntax problem", async () => {
    const dir = tempDir({ "odi.json": "{ \"title\": " });
    const result = await ethiek(["maturity", "import", "odi.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("odi.json is geen geldige JSON");
    noStack(result.stderr);
  });

  it("exits 2 for a JSON array, which is no ODI model", async () => {
    const dir = tempDir({ "odi.json": "[]" });
    const result = await ethiek(["maturity", "import", "odi.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("found an array");
  });

  it("exits 2 for a missing file with INPUT_NOT_FOUND", async () => {
    const result = await ethiek(["maturity", "import", "does-not-exist.json"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does-not-exist.json is niet te lezen: dit bestand bestaat niet");
    expect(result.stderr).toContain("[INPUT_NOT_FOUND]");
    noStack(result.stderr);
  });

  it("exits 2 with a usage error for a missing file argument or an unknown action", async () => {
    const noFile = await ethiek(["maturity", "import"]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("maturity import heeft het ODI-bestand nodig");
    const unknown = await ethiek(["maturity", "export", "x.json"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('onbekende actie voor maturity: "export"');
  });

  it("prints its help with --help and is listed in the overview", async () => {
    const help = await ethiek(["maturity", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("ethiek maturity import <odi.json>");
    expect(help.stdout).toContain("--output");
    const overview = await ethiek(["--help"]);
    expect(overview.stdout).toContain("maturity import");
  });
});
