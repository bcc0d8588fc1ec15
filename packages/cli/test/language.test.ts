// No English on a Dutch screen of the CLI: the help of every command, a terminal (stylish) report
// and an error, in Dutch, checked with the catalogue's own word list and English texts. Quoted
// tender text (between quotation marks) and code (option values, ruleset names, file names) are
// stripped first: a person types or reads those as they are.
import { englishIn, withoutCode } from "@ethiek/messages";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./helpers.js";

/** The visible words of terminal output: no colour codes, quoted passages, paths or code. */
function screenText(output: string): string {
  return withoutCode(
    output
      .replace(/\u001b\[[0-9;]*m/g, "")
      .replace(/[„“"‘'][^„“"”‘’'\n]*[”"’']/g, " ")
      .replace(/\S+\.(?:md|pdf|docx|json|ya?ml|sarif|html|jsonl)\b/g, " ")
      .replace(/https?:\/\/\S+/g, " "),
  );
}

/** The text of Markdown or HTML: no style sheet, code, quoted passages (blockquotes) or markup. */
function visible(output: string): string {
  return output
    .replace(/<(style|code|blockquote)\b[^]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/^\s*>.*$/gm, " ");
}

const commands = ["check", "rules", "clauses", "classify", "init", "maturity", "cases"];

describe("no English on a Dutch CLI screen", () => {
  it("shows Dutch help for the overview and every command", async () => {
    const dir = tempDir();
    const hits: string[] = [];
    for (const argv of [["--help"], ...commands.map((c) => [c, "--help"])]) {
      const result = await run(argv, dir, { LANG: "nl_NL.UTF-8" });
      expect(result.code).toBe(0);
      hits.push(...englishIn(screenText(result.stdout)).map((hit) => `${argv.join(" ")}: ${hit}`));
    }
    expect(hits).toEqual([]);
  });

  it("shows Dutch status lines for ethiek init", async () => {
    const dir = tempDir();
    const result = await run(["init", "--ci", "gitlab"], dir, { LANG: "nl_NL.UTF-8" });
    expect(result.code).toBe(0);
    expect(englishIn(screenText(result.stdout))).toEqual([]);
    expect(result.stdout).toContain("geschreven");
  });

  it("shows a Dutch terminal report and Dutch errors", async () => {
    const tender = "# Bestek\n\nDe provincie koopt een AI-systeem dat aanvragen voor subsidies beoordeelt en een risicoscore geeft.\n\nDe leverancier bewaart de logs drie maanden.\n";
    const dir = tempDir({ "bestek.md": tender });
    const report = await run(["check", "bestek.md", "--fail-on", "never", "--lang", "nl"], dir);
    expect(report.stdout).toMatch(/fout|waarschuwing/);
    const errors = await Promise.all([
      run(["check", "--colour"], dir),
      run(["check", "nope.md"], dir),
      run(["rules", "loging"], dir),
      run(["check", "bestek.md", "--fail-on", "sometimes"], dir),
    ]);
    expect(errors.map((e) => e.code)).toEqual([2, 2, 2, 2]);
    const hits = [report.stdout, ...errors.map((e) => e.stderr)].flatMap((output) => englishIn(screenText(output)));
    expect(hits).toEqual([]);
  });

  it("writes Dutch Markdown and HTML reports", async () => {
    const tender = "# Bestek\n\nDe provincie koopt een AI-systeem dat aanvragen voor subsidies beoordeelt en een risicoscore geeft.\n\nDe leverancier bewaart de logs drie maanden.\n";
    const dir = tempDir({ "bestek.md": tender });
    const hits: string[] = [];
    for (const format of ["markdown", "html"]) {
      const result = await run(["check", "bestek.md", "--fail-on", "never", "--lang", "nl", "--format", format], dir);
      expect(result.code, format).toBe(0);
      expect(result.stdout).toMatch(/[Oo]ntbreekt/);
      hits.push(...englishIn(screenText(visible(result.stdout))).map((hit) => `${format}: ${hit}`));
    }
    expect(hits).toEqual([]);
  });

  it("catches English on a Dutch screen (the check itself works)", () => {
    expect(englishIn(screenText("Ernst: error als hoog-risico-AI, anders warning"))).not.toEqual([]);
    expect(englishIn(screenText('Gevonden: "the supplier shall keep logs" (bestek.md r. 4)'))).toEqual([]);
  });
});
