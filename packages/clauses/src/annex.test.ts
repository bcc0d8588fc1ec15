import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { check } from "@ethiek/procurement";
import { extract } from "@ethiek/documents";
import type { ClassificationTag, Document, Ruleset, Tender } from "@ethiek/schemas";
import { annexFor } from "./annex-for.js";
import { annexToDocx } from "./docx.js";
import { annexToHtml } from "./format/html.js";
import { annexToMarkdown } from "./format/markdown.js";

async function md(text: string, name = "bestek.md"): Promise<Document> {
  const r = await extract(new TextEncoder().encode(text), { name });
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

const all: ClassificationTag[] = ["algorithmic", "ai", "high-risk", "prohibited", "personal-data", "decisions-about-people", "generative", "impactful"];
function declaring(tags: ClassificationTag[], area = "4a"): Tender {
  return { title: "Wervingsplatform", declarations: all.map((tag) => ({ tag, holds: tags.includes(tag), ...(tag === "high-risk" && tags.includes(tag) ? { detail: area } : {}) })) };
}

const tender = `# Offerteaanvraag wervingsplatform

## Eisen

Opdrachtnemer levert een platform dat sollicitanten met machine learning rangschikt.

De logs van het systeem worden 30 dagen bewaard.
`;

async function report(tags: ClassificationTag[], language: "nl" | "en" = "nl") {
  return check([await md(tender)], { manifest: declaring(tags), language, now: new Date("2026-12-05T09:00:00Z") });
}

describe("buildAnnex", () => {
  it("groups the clauses as a tender is, numbers them and says what must change for a partial result", async () => {
    const r = annexFor(await report(["algorithmic", "ai", "high-risk", "personal-data", "decisions-about-people", "impactful"]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const annex = r.value;
    expect(annex.title).toBe("Aanvullende eisen voor algoritmen en AI");
    expect(annex.sections.map((s) => s.heading)).toEqual(["Eisen", "Contractbepalingen", "Gunningscriterium"]);
    expect(annex.sections[0]!.items[0]!.number).toBe("1.1");
    const logging = annex.sections.flatMap((s) => s.items).find((i) => i.requirement === "logging")!;
    expect(logging.status).toBe("partial");
    expect(logging.reason).toBe("retention-too-short");
    expect(logging.change).toContain("ten minste 6 maanden");
    expect(logging.paragraphs.join(" ")).toContain("Opdrachtnemer bewaart de logs ten minste 6 maanden.");
    expect(logging.note).toContain("te kort");
    expect(logging.sourceLine).toContain("AI-verordening art. 12");
    expect(annex.uncovered).toEqual([]);
  });

  it("picks the variant that fits the classification", async () => {
    const high = annexFor(await report(["algorithmic", "ai", "high-risk"]));
    const light = annexFor(await report(["algorithmic", "ai"]));
    if (!high.ok || !light.ok) throw new Error("annex failed");
    const ids = (a: typeof high.value) => a.sections.flatMap((s) => s.items).map((i) => i.clause);
    expect(ids(high.value)).toContain("ai-contract-clauses-high-risk");
    expect(ids(high.value)).toContain("risk-classification-high-risk");
    expect(ids(light.value)).toContain("ai-contract-clauses-light");
    expect(ids(light.value)).not.toContain("ai-contract-clauses-high-risk");
    const hrText = high.value.sections.flatMap((s) => s.items).find((i) => i.clause === "risk-classification-high-risk")!.paragraphs[0];
    expect(hrText).toContain("bijlage III, punt 4a");
  });

  it("lists a warranty against prohibited practices as a change to the text when the tender describes one", async () => {
    const r = annexFor(await report(["algorithmic", "ai", "high-risk", "prohibited"]));
    if (!r.ok) throw new Error("annex failed");
    expect(r.value.addresses).not.toContain("no-prohibited-practices");
    const edit = r.value.edits.find((e) => e.requirement === "no-prohibited-practices");
    expect(edit?.note).toContain("artikel 5 van de AI-verordening verbiedt");
    expect(annexToMarkdown(r.value)).toMatch(/^## Aanpassingen in de bestaande stukken$/m);
    // The risk class clause still records the prohibited class.
    expect(r.value.sections.flatMap((s) => s.items).map((i) => i.clause)).toContain("risk-classification-prohibited");
  });

  it("writes English with the English party names", async () => {
    const r = annexFor(await report(["algorithmic", "ai"], "en"));
    if (!r.ok) throw new Error("annex failed");
    expect(r.value.title).toBe("Additional requirements for algorithms and AI");
    expect(r.value.sections.flatMap((s) => s.items).find((i) => i.requirement === "logging")!.paragraphs.join(" ")).toContain("The Supplier shall retain the logs for at least 6 months.");
  });

  it("uses a province's party names and parameters", async () => {
    const ruleset = { name: "gelderland:ai", version: "1", extends: ["ethiek:recommended"], annex: { parties: { supplier: { nl: "Leverancier", en: "the Contractor" } }, parameters: { "log-retention-months": 12 } } };
    const r = annexFor(await report(["algorithmic", "ai"]), { ruleset });
    if (!r.ok) throw new Error("annex failed");
    const text = r.value.sections.flatMap((s) => s.items).flatMap((i) => i.paragraphs).join("\n");
    expect(text).toContain("Leverancier bewaart de logs ten minste 12 maanden.");
    expect(text).not.toContain("Opdrachtnemer");
  });

  it("uses the example province ruleset's own clauses, and names an own requirement without a clause as a gap", async () => {
    const example = JSON.parse(readFileSync(join(process.env.ETHIEK_REPO_ROOT!, "docs/examples/ruleset-provincie-voorbeeld.json"), "utf8")) as Ruleset;
    const tags: ClassificationTag[] = ["algorithmic", "ai", "personal-data"];
    const withClauses = annexFor(check([await md(tender)], { ruleset: example, manifest: declaring(tags) }), { ruleset: example });
    if (!withClauses.ok) throw new Error(withClauses.errors.map((e) => e.message).join("; "));
    const items = withClauses.value.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.clause)).toEqual(expect.arrayContaining(["open-source-code", "hosting-in-nederland"]));
    expect(items.find((i) => i.requirement === "logging")!.paragraphs.join(" ")).toContain("ten minste 12 maanden");
    expect(withClauses.value.uncovered).toEqual([]);
    const { annex: _own, ...bare } = example;
    const without = annexFor(check([await md(tender)], { ruleset: bare, manifest: declaring(tags) }), { ruleset: bare });
    if (!without.ok) throw new Error("annex failed");
    expect(without.value.gaps).toContainEqual({ requirement: "hosting-in-nederland", requirementTitle: "Hosting in Nederland", remediation: "Eis dat alle gegevens in Nederland worden opgeslagen en verwerkt." });
    expect(annexToMarkdown(without.value)).toContain("## Eisen zonder modelbepaling");
  });

  it("returns the ruleset's problems instead of an annex", async () => {
    const ruleset = { name: "gelderland:ai", version: "1", extends: ["ethiek:recommended"], annex: { parameters: { "bewaartermijn-logs": 12 } } };
    const r = annexFor(await report(["algorithmic", "ai"]), { ruleset });
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(["CLAUSE_PARAMETER_UNKNOWN"]);
  });

  it("names the annex after personal data when the tender has no algorithm, so the title does not describe one", async () => {
    const r = annexFor(await report(["personal-data"]));
    if (!r.ok) throw new Error("annex failed");
    expect(r.value.addresses).toContain("dpia");
    expect(r.value.title).toBe("Aanvullende eisen voor de verwerking van persoonsgegevens");
  });

  it("has nothing to add for a tender that meets everything that applies", async () => {
    const r = annexFor(check([await md("# Kantoormeubilair\n\nOpdrachtnemer levert 40 bureaus.")], { now: new Date("2026-12-05T09:00:00Z") }));
    if (!r.ok) throw new Error("annex failed");
    expect(r.value.sections).toEqual([]);
    expect(r.value.addresses).toEqual([]);
  });
});

describe("annex formats", () => {
  it("writes Markdown with headings, numbered clauses, notes and sources", async () => {
    const r = annexFor(await report(["algorithmic", "ai", "high-risk"]));
    if (!r.ok) throw new Error("annex failed");
    const text = annexToMarkdown(r.value);
    expect(text).toMatch(/^# Aanvullende eisen voor algoritmen en AI$/m);
    expect(text).toMatch(/^## 1 Eisen$/m);
    expect(text).toMatch(/^### 1\.1 /m);
    expect(text).toContain("*Bronnen:* ");
    expect(text).toContain("*Toelichting:* ");
  });

  it("writes HTML with a copy button per clause and escapes every text", async () => {
    const r = annexFor(await report(["algorithmic", "ai"]));
    if (!r.ok) throw new Error("annex failed");
    const annex = { ...r.value, subtitle: "Bijlage bij: <script>alert(1)</script>" };
    const html = annexToHtml(annex, { nonce: "abc" });
    const clauses = annex.sections.flatMap((s) => s.items).length;
    expect(html.match(/<button type="button" class="copy"/g)?.length).toBe(clauses);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<script nonce="abc">');
    expect(annexToHtml(annex, { copyButtons: false })).not.toContain("<script");
  });

  it("writes a DOCX whose document has the title, a heading per group and per clause, and the sources", async () => {
    const r = annexFor(await report(["algorithmic", "ai", "high-risk"]));
    if (!r.ok) throw new Error("annex failed");
    const bytes = await annexToDocx(r.value);
    const files = unzipSync(bytes);
    const xml = strFromU8(files["word/document.xml"]!);
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain("Aanvullende eisen voor algoritmen en AI");
    expect(xml).toContain("1.1 ");
    expect(xml).toContain("Bronnen: ");
    // And our own reader gets the same clauses back.
    const back = await extract(bytes, { name: "bijlage.docx" });
    expect(back.ok && back.document.segments.some((s) => s.kind === "heading" && s.text.startsWith("1.1 "))).toBe(true);
  });
});
