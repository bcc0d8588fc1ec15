import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir } from "@ethiek-test/support";
import { run, tempDir } from "../../test/helpers.js";

describe("ethiek rules (in process)", () => {
  it("documents one requirement with severity rule, applicability, why, fix and sources", async () => {
    const result = await run(["rules", "dpia"], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^DPIA.*\(dpia\)\n/);
    for (const heading of ["Ernst:", "Geldt voor:", "Waarom:", "Wat toe te voegen:", "Bronnen:"]) expect(result.stdout).toContain(heading);
    expect(result.stdout).toContain("GDPR art. 35");
  });

  it("writes Markdown documentation of every requirement", async () => {
    const result = await run(["rules", "--format", "markdown", "--lang", "en"], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^## /gm)?.length).toBe(45);
    expect(result.stdout).toContain("**What to add:**");
  });

  it("uses the ruleset and language of the config", async () => {
    const dir = tempDir({ "ethiek.config.json": JSON.stringify({ ruleset: "ethiek:high-risk-strict", lang: "en" }) });
    const result = await run(["rules", "--format", "json"], dir);
    const docs = JSON.parse(result.stdout) as { id: string; title: string }[];
    expect(docs.find((d) => d.id === "logging")?.title).toMatch(/log/i);
    expect(result.stdout).not.toContain("Automatische logging");
  });
});

describe("ethiek classify (in process)", () => {
  it("shows each tag with its source, reasons and passages", async () => {
    const result = await run(["classify", join(corpusDir, "tenders/zaaksysteem-zonder-ai.md")], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ algoritme/);
    expect(result.stdout).toMatch(/· AI-systeem/);
    expect(result.stdout).toMatch(/zaaksysteem-zonder-ai\.md:\d+ “/);
  });

  it("exits 2 without paths", async () => {
    expect((await run(["classify"], tempDir())).code).toBe(2);
  });
});
