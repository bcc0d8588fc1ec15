// End-to-end: spawns the BUILT command (`node packages/cli/bin/ethiek.js`) as users and CI do.
// The turbo `test` task of this package builds it and its dependencies first.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { validateCheckReport, type CheckReport } from "@ethiek/schemas";
import Ajv4 from "ajv-draft-04";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { conformanceMissing, conformancePath, corpusDir, repoRoot } from "@ethiek-test/support";
import { tempDir } from "./helpers.js";

const bin = resolve(repoRoot, "packages/cli/bin/ethiek.js");
const tenders = join(corpusDir, "tenders");
const example = resolve(repoRoot, "examples/tender-voorbeeld");

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

async function ethiek(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Spawned> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

function reportsOf(stdout: string): CheckReport[] {
  const data: unknown = JSON.parse(stdout);
  const list = Array.isArray(data) ? data : [data];
  for (const report of list) {
    const result = validateCheckReport(report);
    expect(result.ok ? [] : result.errors).toEqual([]);
  }
  return list as CheckReport[];
}

describe("ethiek check (built CLI)", () => {
  it("passes the example tender folder of this repository (the project's own CI check)", async () => {
    const result = await ethiek(["check", "examples/tender-voorbeeld"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Herkenning van invasieve exoten op luchtfoto's (PV-INK-2026-031)");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("writes a valid CheckReport as JSON for a Markdown tender, and exits 1 on its error findings", async () => {
    const result = await ethiek(["check", join(tenders, "cv-screening-werving.md"), "--format", "json"]);
    expect(result.code).toBe(1);
    const [report] = reportsOf(result.stdout);
    expect(report?.documents[0]).toMatchObject({ name: "fixtures/corpus/tenders/cv-screening-werving.md", format: "markdown" });
    expect(report?.summary.verdict).toBe("fail");
  });

  it("exits 0 on the same tender with --fail-on never", async () => {
    const result = await ethiek(["check", join(tenders, "cv-screening-werving.md"), "--fail-on", "never", "-q"]);
    expect(result.code).toBe(0);
  });

  it("reads DOCX and PDF, with pages for PDF evidence, one report per tender with --per-file", async () => {
    const result = await ethiek(
      ["check", join(tenders, "ivri-verkeerslichten.docx"), join(tenders, "ivri-verkeerslichten.pdf"), "--per-file", "--format", "json", "--fail-on", "never"],
    );
    expect(result.code).toBe(0);
    const reports = reportsOf(result.stdout);
    expect(reports.map((r) => r.documents[0]?.format)).toEqual(["docx", "pdf"]);
    const pdfEvidence = reports[1]!.results.flatMap((r) => r.evidence);
    expect(pdfEvidence.length).toBeGreaterThan(0);
    expect(pdfEvidence.every((e) => typeof e.page === "number" && e.page >= 1)).toBe(true);
  });

  it("writes several formats in one run, paired in order, and only one to stdout", async () => {
    const dir = tempDir();
    const result = await ethiek([
      "check", join(tenders, "chatbot-publieksvragen.md"),
      "-f", "junit", "-o", join(dir, "junit.xml"),
      "-f", "gitlab", "-o", join(dir, "out/gl.json"),
      "-f", "html", "-o", join(dir, "report.html"),
      "-f", "markdown", "-o", join(dir, "comment.md"),
      "-f", "json",
    ]);
    expect([0, 1]).toContain(result.code);
    const [report] = reportsOf(result.stdout);

    const xml = readFileSync(join(dir, "junit.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const junit = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml);
    const suite = junit.testsuites.testsuite[0];
    const prohibited = report!.classification.some((c) => c.tag === "prohibited" && c.holds) ? 1 : 0;
    expect(suite.testcase).toHaveLength(report!.results.length + prohibited);
    expect(Number(suite["@_failures"])).toBe(report!.summary.partial + report!.summary.missing + prohibited);

    const gitlab = JSON.parse(readFileSync(join(dir, "out/gl.json"), "utf8")) as { fingerprint: string; location: { path: string } }[];
    expect(gitlab).toHaveLength(report!.summary.partial + report!.summary.missing + prohibited);
    expect(new Set(gitlab.map((i) => i.fingerprint)).size).toBe(gitlab.length);
    expect(gitlab.every((i) => i.location.path === "fixtures/corpus/tenders/chatbot-publieksvragen.md")).toBe(true);

    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).not.toContain("<script");
    expect(readFileSync(join(dir, "comment.md"), "utf8")).toMatch(/^### ethiek: controle van de aanbesteding/);
  });

  describe.skipIf(conformanceMissing("SARIF and OCDS end-to-end"))("with the conformance material", () => {
    it("writes SARIF 2.1.0 that validates against the OASIS schema, with rules and locations", async () => {
      const dir = tempDir();
      const file = join(dir, "ethiek.sarif");
      const result = await ethiek(["check", join(tenders, "subsidy-fraud-detection.md"), "--format", "sarif", "--output", file, "--lang", "en"]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      const sarif = JSON.parse(readFileSync(file, "utf8"));
      const ajv = new Ajv4({ allErrors: true, strict: false, validateFormats: false });
      const validate = ajv.compile(JSON.parse(readFileSync(conformancePath("sarif", "sarif-schema-2.1.0.json"), "utf8")));
      expect(validate(sarif) ? [] : validate.errors).toEqual([]);
      const run = sarif.runs[0];
      expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(40);
      const failing = run.results.filter((r: { kind: string }) => r.kind === "fail");
      expect(failing.length).toBeGreaterThan(0);
      for (const r of run.results) {
        expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe("fixtures/corpus/tenders/subsidy-fraud-detection.md");
        expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
        expect(r.partialFingerprints["ethiekFinding/v1"]).toMatch(/^[0-9a-f]{16}$/);
      }
    });

    it("writes code-scanning SARIF with findings only, still valid against the OASIS schema", async () => {
      const dir = tempDir();
      const file = join(dir, "gh.sarif");
      const result = await ethiek(["check", join(tenders, "cv-screening-werving.md"), "-f", "sarif", "-o", file, "--sarif-code-scanning", "-f", "json"]);
      expect(result.code).toBe(1);
      const [report] = reportsOf(result.stdout);
      const sarif = JSON.parse(readFileSync(file, "utf8"));
      const ajv = new Ajv4({ allErrors: true, strict: false, validateFormats: false });
      const validate = ajv.compile(JSON.parse(readFileSync(conformancePath("sarif", "sarif-schema-2.1.0.json"), "utf8")));
      expect(validate(sarif) ? [] : validate.errors).toEqual([]);
      const results = sarif.runs[0].results as { kind: string; level: string }[];
      expect(results).toHaveLength(report!.summary.partial + report!.summary.missing + report!.summary.waived);
      expect(results.every((r) => r.kind === "fail" && r.level !== "none")).toBe(true);
    });

    it("checks an OCDS release as a tender document", async () => {
      const ocds = conformancePath("ocds", "examples", "ocds-1.1-fictional-tender-release.json");
      const result = await ethiek(["check", ocds, "--format", "json", "--fail-on", "never"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const [report] = reportsOf(result.stdout);
      expect(report?.documents[0]?.format).toBe("ocds");
    });
  });

  it("checks a requirements list saved from Excel as CSV, quoting the row that satisfies", async () => {
    const dir = tempDir({
      "eisenlijst.csv": [
        "nr;soort;eis",
        "0;Info;Het systeem rangschikt aanvragen met machine learning.",
        '1;Eis;"De leverancier legt elke uitkomst van het model automatisch vast; de logbestanden worden twaalf maanden bewaard."',
        "2;Wens;De leverancier levert een modelkaart.",
      ].join("\r\n"),
    });
    const result = await ethiek(["check", join(dir, "eisenlijst.csv"), "--format", "json", "--fail-on", "never"]);
    expect(result.stderr).toBe("");
    const [report] = reportsOf(result.stdout);
    expect(report?.documents[0]?.format).toBe("text");
    const logging = report?.results.find((r) => r.requirement === "logging");
    expect(logging?.evidence[0]?.quote).toContain("twaalf maanden");
  });

  it("reports only new findings against a baseline", async () => {
    const dir = tempDir();
    const source = readFileSync(join(tenders, "grondwater-voorspelling.md"), "utf8");
    writeFileSync(join(dir, "bestek.md"), source);
    const update = await ethiek(["check", "bestek.md", "--update-baseline"], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stderr).toMatch(/\d+ bevindingen? naar de baseline .*ethiek-baseline\.json geschreven/);
    // The same text with a line added on top: every passage moves, no finding is new.
    writeFileSync(join(dir, "bestek.md"), `Voorblad\n\n${source}`);
    const again = await ethiek(["check", "bestek.md", "--baseline", "ethiek-baseline.json"], { cwd: dir });
    expect(again.stderr).toMatch(/bekende bevindingen? verborgen door de baseline/);
    expect(again.code).toBe(0);
  });

  it("exits 2 on unreadable input and lists every bad file, without a stack trace", async () => {
    const dir = tempDir({ "kapot.pdf": "%PDF-1.7 this is not really a pdf", "leeg.md": "" , "goed.md": "# Bestek\n\nOpdrachtnemer levert software." });
    const result = await ethiek(["check", "kapot.pdf", "leeg.md", "goed.md"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("2 bestanden waren niet te gebruiken [INPUT_UNREADABLE]");
    expect(result.stderr).toContain("kapot.pdf: [CORRUPT_FILE]");
    expect(result.stderr).toContain("leeg.md: [EMPTY_FILE]");
    noStack(result.stderr);
  });

  it("exits 2 on an unsupported file and on a missing path", async () => {
    const dir = tempDir({ "bestek.rtf": "{\\rtf1 x}" });
    const unsupported = await ethiek(["check", "bestek.rtf", "--lang", "en"], { cwd: dir });
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toContain("bestek.rtf: [UNSUPPORTED_FORMAT]");
    const missing = await ethiek(["check", "nope.md"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("ethiek: nope.md: dit bestand of deze map bestaat niet [INPUT_NOT_FOUND]\n  Controleer het pad; het gaat uit van de huidige map.\n");
  });

  it("exits 2 on an invalid manifest, naming the field", async () => {
    const dir = tempDir({ "t/bestek.md": "# Bestek\n\nOpdrachtnemer levert software.", "t/tender.json": '{"title": "", "procurementMethod": "openbaar"}' });
    const result = await ethiek(["check", "t"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("t/tender.json: [MANIFEST_INVALID] does not match schemas/tender.schema.json");
    expect(result.stderr).toContain("`/procurementMethod`: must be one of open, selective, limited, direct; found 'openbaar'");
    noStack(result.stderr);
  });

  it("exits 2 on an invalid config found upward, naming the file, key and fix", async () => {
    const dir = tempDir({ "ethiek.config.yaml": "failOn: errors\nlang: de\n", "sub/bestek.md": "# x" });
    const result = await ethiek(["check", "bestek.md"], { cwd: join(dir, "sub") });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, "ethiek.config.yaml")}: de config heeft 2 problemen [CONFIG_INVALID]`);
    // Dutch by default since the problem lines come from the message catalogue.
    expect(result.stderr).toContain('lang: moet een van nl, en zijn; gevonden: "de" — oplossing: zet "lang" op een van: nl, en.');
    noStack(result.stderr);
  });

  it("exits 2 on an unknown ruleset, listing the built-in ones", async () => {
    const result = await ethiek(["check", join(tenders, "cv-screening-werving.md"), "--ruleset", "ethiek:strikt"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('onbekende regelset "ethiek:strikt" [RULESET_NOT_FOUND]');
    expect(result.stderr).toContain("ethiek:recommended");
  });
});

describe("ethiek rules, classify and the bin shim (built CLI)", () => {
  it("lists the requirements of the active ruleset and documents one in full", async () => {
    const list = await ethiek(["rules"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^\d+ eisen\n/);
    expect(list.stdout).toContain("  logging ");
    const one = await ethiek(["rules", "logging", "--lang", "en", "--format", "json"]);
    expect(one.code).toBe(0);
    const doc = JSON.parse(one.stdout);
    expect(doc).toMatchObject({ id: "logging", title: expect.any(String), remediation: expect.any(String) });
    expect(doc.sources.length).toBeGreaterThan(0);
    const typo = await ethiek(["rules", "loging"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Bedoelt u logging?");
  });

  it("writes the annex of model clauses as DOCX, and the tender with it meets what the annex addresses", async () => {
    const dir = tempDir();
    const out = join(dir, "bijlage-ai.docx");
    const made = await ethiek(["clauses", join(tenders, "cv-screening-werving.md"), "--output", out]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/bijlage met \d+ bepalingen voor \d+ eisen geschreven naar/);
    const again = await ethiek(["check", join(tenders, "cv-screening-werving.md"), out, "--format", "json", "--fail-on", "never"]);
    const report = JSON.parse(again.stdout) as { results: { requirement: string; status: string }[] };
    expect(report.results.filter((r) => r.status === "missing" || r.status === "partial")).toEqual([]);
  });

  it("classifies a tender with reasons", async () => {
    const result = await ethiek(["classify", join(tenders, "ivri-verkeerslichten.md"), "--format", "json"]);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout) as { classification: { tag: string; holds: boolean; reasons: string[] }[] };
    const ai = answer.classification.find((c) => c.tag === "ai");
    expect(ai?.holds).toBe(true);
    expect(ai?.reasons.length).toBeGreaterThan(0);
  });

  it("the committed shim says how to build when dist is missing", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "bin"));
    copyFileSync(bin, join(dir, "bin/ethiek.js"));
    writeFileSync(join(dir, "package.json"), '{"type":"module"}');
    const result = (await promisify(execFile)(process.execPath, [join(dir, "bin/ethiek.js"), "--version"]).catch((e: Spawned) => e)) as Spawned;
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Run `npm run build`");
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});
