// Modular terms: clauses of a module that the order declares not applicable bind nothing and say
// nothing about the system bought.
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { check, classify } from "./index.js";
import { excludedModules } from "./modules.js";

const terms = [
  "# Inkoopvoorwaarden Algoritmen",
  "## Artikel 2 Toepasselijkheid",
  "2.1 Module A is altijd van toepassing. Indien het Product generatieve AI bevat, is tevens Module D van toepassing.",
  "## Module A — Alle producten",
  "A.1 De Leverancier meldt ieder incident met het Product binnen 24 uur aan de Provincie en herstelt het.",
  "## Module D — Generatieve AI",
  "D.1 De Leverancier markeert alle gegenereerde tekst als door AI gegenereerd en laat de chatbot zich bij ieder gesprek als AI kenbaar maken.",
].join("\n\n");
const order = (modules: string) => `# Bestelling\n\n## 3 Modules\n\n3.1 Op deze Bestelling is Module A van toepassing. ${modules}\n`;

describe("modular terms", () => {
  it("reads which modules an order declares not applicable, also in a list with descriptions", () => {
    expect([...excludedModules([doc(order("De Modules C (hoog-risico-AI-systemen), D (generatieve AI) en E (besluiten over personen) zijn niet van toepassing."))])]).toEqual(["C", "D", "E"]);
    expect([...excludedModules([doc(order("Module D does not apply."))])]).toEqual(["D"]);
  });

  it("does not take a module out on a condition, or when it is declared applicable", () => {
    expect(excludedModules([doc(order("Indien het Product geen AI bevat, is Module B niet van toepassing."))]).size).toBe(0);
    expect(excludedModules([doc(order("Module D is van toepassing."))]).size).toBe(0);
  });

  it("reports a clause of an excluded module as module-not-applicable, and keeps the applicable modules binding", () => {
    const report = check([doc(terms), doc(order("Module D is niet van toepassing."))], { manifest: declaring(everything) });
    const transparency = report.results.find((r) => r.requirement === "ai-interaction-transparency")!;
    expect(transparency.status).toBe("partial");
    expect(transparency.reason).toBe("module-not-applicable");
    expect(report.results.find((r) => r.requirement === "incidents-and-corrective-action")!.status).toBe("satisfied");
  });

  it("takes no classification evidence from an excluded module or from a sentence about which module applies", () => {
    const tags = (docs: string[]) => classify(docs.map((d) => doc(d)), { language: "nl" }).filter((c) => c.holds).map((c) => c.tag);
    expect(tags([terms, order("Module D is niet van toepassing.")])).not.toContain("generative");
    expect(tags([terms, order("Module D is van toepassing.")])).toContain("generative");
  });
});
