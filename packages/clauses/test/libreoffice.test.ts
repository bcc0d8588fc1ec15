// A new user's path: the annex for cv-screening-werving.md as DOCX opens in LibreOffice, which
// converts it to PDF; our own PDF reader then finds the title, the numbered clauses and the sources.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "@ethiek/documents";
import { check } from "@ethiek/procurement";
import { annexFor } from "../src/index.js";
import { annexToDocx } from "../src/docx.js";
import { corpusDir, read } from "./loop.js";

const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!soffice) console.warn("[skip] DOCX annex in LibreOffice: soffice not found; install it with `apt-get install -y libreoffice-writer-nogui`.");

describe.skipIf(!soffice)("the DOCX annex in LibreOffice", () => {
  it("converts to PDF with the title, group headings, numbered clauses and sources", { timeout: 400_000 }, async () => {
    const tender = await read("cv-screening-werving.md", readFileSync(join(corpusDir, "cv-screening-werving.md")));
    // LibreOffice's first start (a fresh profile) takes minutes on a loaded CI machine; hence the timeouts.
    const annex = annexFor(check([tender]));
    if (!annex.ok) throw new Error("annex failed");
    const dir = mkdtempSync(join(tmpdir(), "ethiek-annex-"));
    writeFileSync(join(dir, "bijlage-ai.docx"), await annexToDocx(annex.value));
    // A private profile: a LibreOffice the user has open does not block the conversion.
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "bijlage-ai.docx")], { stdio: "ignore", timeout: 360_000 });
    expect(existsSync(join(dir, "bijlage-ai.pdf"))).toBe(true);
    const pdf = await extract(readFileSync(join(dir, "bijlage-ai.pdf")), { name: "bijlage-ai.pdf" });
    if (!pdf.ok) throw new Error(pdf.error.message);
    const texts = pdf.document.segments.map((s) => s.text);
    expect(texts[0]).toBe("Aanvullende eisen voor algoritmen en AI");
    expect(texts).toContain("1 Eisen");
    expect(texts).toContain("2 Contractbepalingen");
    expect(texts.some((t) => /^1\.1 \S/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes("Bronnen: AI-verordening art."))).toBe(true);
    expect(pdf.document.pageCount).toBeGreaterThan(3);
  });
});
