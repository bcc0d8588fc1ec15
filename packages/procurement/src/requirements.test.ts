// Runs the RuleTester-style table of test/requirement-cases.ts through check(): every valid case
// is satisfied with its expected reason code, every invalid case fails with its own (never "no
// mention": a case that matches no pattern proves nothing about the traps), and near-miss wording
// is not read as the requirement at all.
import type { RequirementResult } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { declaring, doc, everything } from "../test/helpers.js";
import { cases } from "../test/requirement-cases.js";
import { check } from "./index.js";

function resultOf(requirement: string, text: string, table: "Eis" | "Wens", heading = "4 Eisen"): RequirementResult {
  const body = text.includes(" | ") ? `| ID | ${table} |\n|---|---|\n| ${text} |` : text;
  const report = check([doc(`# Aanbesteding\n\n## ${heading}\n\n${body}\n`)], { manifest: declaring(everything) });
  return report.results.find((r) => r.requirement === requirement)!;
}

describe.each(Object.entries(cases))("requirement %s", (id, { valid, invalid, noMatch }) => {
  it.each(valid)("is satisfied ($reason) by: $text", ({ text, reason, heading }) => {
    const result = resultOf(id, text, "Eis", heading);
    expect([result.status, result.reason]).toEqual(["satisfied", reason]);
  });
  it.each(invalid)("is not satisfied ($reason) by: $text", ({ text, reason, heading }) => {
    expect(reason).not.toBe("no-mention");
    const result = resultOf(id, text, "Wens", heading);
    expect(result.status).toBe(reason === "negated" ? "missing" : "partial");
    expect(result.reason).toBe(reason);
    // The passage that decided it is quoted, with the same code.
    expect(result.evidence[0]?.reason).toBe(reason);
  });
  it.each(noMatch ?? [])("does not read near-miss wording as this requirement: %s", (text) => {
    const result = resultOf(id, text, "Eis");
    expect([result.status, result.reason]).toEqual(["missing", "no-mention"]);
  });
});

describe("every result", () => {
  it("carries a reason code that fits its status", () => {
    const report = check([doc("# Aanbesteding\n\nOpdrachtnemer levert een AI-systeem dat subsidieaanvragen met machine learning beoordeelt.\n")]);
    const allowed: Record<RequirementResult["status"], readonly string[]> = {
      satisfied: ["obligation", "by-reference", "excluded-as-required"],
      partial: ["wish", "question-only", "non-binding", "deferred", "placeholder", "heading-only", "definition", "withdrawn", "module-not-applicable", "wrong-party", "wrong-scope", "retention-too-short", "no-retention-period", "risk-class-inconsistent", "annex-not-attached"],
      missing: ["negated", "no-mention"],
      "not-applicable": ["tag-not-applicable"],
      waived: ["waived"],
    };
    for (const r of report.results) expect(allowed[r.status]).toContain(r.reason);
  });
});

describe("an e-mail thread", () => {
  it("does not read an earlier message quoted under a reply as what the thread settles", () => {
    const thread = [
      "Van: inkoop@provincie.nl",
      "Onderwerp: overeenkomst",
      "Wij houden vast aan de afspraken in de concept-overeenkomst.",
      "---------- Oorspronkelijk bericht ----------",
      "Van: verkoop@leverancier.nl Verzonden: dinsdag 11 maart 2025",
      "> Leverancier stelt binnen drie maanden een exitplan op voor de overdracht van gegevens en modellen bij het einde van de overeenkomst.",
    ].join("\n\n");
    const report = check([doc(thread, "thread.txt")], { manifest: declaring(everything) });
    const exit = report.results.find((r) => r.requirement === "exit-and-handover")!;
    expect(exit.status).not.toBe("satisfied");
    expect(exit.evidence[0]?.reason).toBe("non-binding");
  });

  it("still reads a Markdown blockquote without an e-mail header as the tender's own text", () => {
    const text = "## Artikel 11\n\nArtikel 11 komt te luiden:\n\n> Leverancier stelt binnen drie maanden een exitplan op voor de overdracht van gegevens en modellen bij het einde van de overeenkomst.";
    const report = check([doc(`# Wijziging\n\n${text}\n`)], { manifest: declaring(everything) });
    expect(report.results.find((r) => r.requirement === "exit-and-handover")!.status).toBe("satisfied");
  });
});
