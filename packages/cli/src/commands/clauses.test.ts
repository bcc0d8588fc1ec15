import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir } from "@ethiek-test/support";
import { run, tempDir } from "../../test/helpers.js";

const cv = join(corpusDir, "tenders/cv-screening-werving.md");

describe("ethiek clauses (in process)", () => {
  it("writes the annex as Markdown to stdout, with a summary on stderr", async () => {
    const result = await run(["clauses", cv], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Aanvullende eisen voor algoritmen en AI$/m);
    expect(result.stdout).toMatch(/^## 1 Eisen$/m);
    expect(result.stdout).toMatch(/^## 2 Contractbepalingen$/m);
    expect(result.stdout).toContain("Opdrachtnemer bewaart de logs ten minste 6 maanden.");
    expect(result.stderr).toMatch(/bijlage met \d+ bepalingen voor \d+ eisen/);
  });

  it("writes DOCX and HTML to the file --output names, the format following its extension", async () => {
    const dir = tempDir();
    expect((await run(["clauses", cv, "--output", "bijlage.docx"], dir)).code).toBe(0);
    const docx = readFileSync(join(dir, "bijlage.docx"));
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    expect((await run(["clauses", cv, "-o", "bijlage.html", "--lang", "en"], dir)).code).toBe(0);
    const html = readFileSync(join(dir, "bijlage.html"), "utf8");
    expect(html).toContain("<h1>Additional requirements for algorithms and AI</h1>");
    expect(html).toContain('class="copy"');
  });

  it("builds the annex from a saved report", async () => {
    const dir = tempDir();
    await run(["check", cv, "--format", "json", "--output", "rapport.json"], dir);
    const result = await run(["clauses", "--report", "rapport.json", "--no-notes"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("### 1.1 ");
    expect(result.stdout).not.toContain("*Toelichting:*");
  });

  it("uses the party names and parameters of a province's ruleset", async () => {
    const ruleset = { name: "zeeland:ai", version: "1", extends: ["ethiek:recommended"], annex: { parties: { supplier: { nl: "Leverancier", en: "the Contractor" } }, parameters: { "log-retention-months": 12 } } };
    const dir = tempDir({ "zeeland.json": JSON.stringify(ruleset) });
    const result = await run(["clauses", cv, "--ruleset", "zeeland.json"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Leverancier bewaart de logs ten minste 12 maanden.");
  });

  it("exits 2 with a clear message on an unknown parameter", async () => {
    const ruleset = { name: "zeeland:ai", version: "1", extends: ["ethiek:recommended"], annex: { parameters: { "log-retention": 12 } } };
    const dir = tempDir({ "zeeland.json": JSON.stringify(ruleset) });
    const result = await run(["clauses", cv, "--ruleset", "zeeland.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("[CLAUSE_PARAMETER_UNKNOWN]");
    expect(result.stderr).toContain("'log-retention'");
    expect(result.stderr).toContain("did you mean 'log-retention-months'?");
  });

  it("exits 2 for DOCX without --output, for two tenders, and for a file that is not a report", async () => {
    const dir = tempDir({ "a/x.md": "# A", "b/y.md": "# B", "not-a-report.json": "{\"hello\": 1}" });
    expect((await run(["clauses", cv, "--format", "docx"], dir)).stderr).toContain("Voeg toe: --output bijlage-ai.docx");
    expect((await run(["clauses", "a", "b"], dir)).stderr).toContain("de bijlage is voor één aanbesteding");
    const bad = await run(["clauses", "--report", "not-a-report.json"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("is geen toetsrapport");
  });
});

describe("ethiek rules shows the model clauses", () => {
  it("lists the clauses of a requirement with their variant and parameters", async () => {
    const result = await run(["rules", "ai-contract-clauses"], tempDir());
    expect(result.stdout).toContain("Modelbepalingen (ethiek clauses):");
    expect(result.stdout).toContain("(ai-contract-clauses-high-risk; contractbepaling; geldt voor: hoog-risico-AI)");
    expect(result.stdout).toContain("(ai-contract-clauses-light; contractbepaling; geldt voor: niet hoog-risico-AI)");
  });

  it("shows a province's own and replaced clauses and its parameter values", async () => {
    const ruleset = {
      name: "zeeland:ai",
      version: "1",
      extends: ["ethiek:recommended"],
      annex: {
        parameters: { "log-retention-months": 12 },
        clauses: [{ id: "zeeland-logging", requirement: "logging", kind: "requirement", title: { nl: "Logboek", en: "Log book" }, text: { nl: "{supplier} bewaart de logs {param:log-retention-months}.", en: "{supplier} shall keep the logs for {param:log-retention-months}." }, sources: [{ framework: "Provincie Zeeland", reference: "AI-beleid 2026" }] }],
      },
    };
    const dir = tempDir({ "zeeland.json": JSON.stringify(ruleset) });
    const one = await run(["rules", "logging", "--ruleset", "zeeland.json"], dir);
    expect(one.stdout).toContain("eigen bepaling van zeeland:ai");
    expect(one.stdout).toContain("Opdrachtnemer bewaart de logs 12 maanden.");
    expect(one.stdout).toContain("log-retention-months = 12 maanden (zeeland:ai)");
    const list = await run(["rules", "--ruleset", "zeeland.json"], dir);
    expect(list.stdout).toContain("1 eigen modelbepaling van zeeland:ai");
    const json = JSON.parse((await run(["rules", "logging", "--ruleset", "zeeland.json", "--format", "json"], dir)).stdout) as { clauses: { id: string; definedBy: string }[] };
    expect(json.clauses.map((c) => c.id)).toEqual(["logging", "zeeland-logging"]);
  });
});
