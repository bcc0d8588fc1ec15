// Meta-tests on the catalogue: every requirement of GUIDELINES.md with its id, default severity
// and applies condition; valid ruleset data; texts, sources and test cases for each.
import { validateRuleset } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { builtinRulesets, listRequirements, resolveRuleset } from "./index.js";
import { requirements } from "./catalogue/recommended.js";
import { cases } from "../test/requirement-cases.js";

// id → [default severity, applies] as in the catalogue table of GUIDELINES.md.
const catalogue: Record<string, [string, string]> = {
  "purpose-and-scope": ["error", "algorithmic"],
  "risk-classification": ["error", "ai"],
  "no-prohibited-practices": ["error", "ai"],
  "provider-role": ["warning", "ai"],
  "ai-contract-clauses": ["error", "ai"],
  "risk-management": ["error|warning", "ai"],
  "data-governance": ["error|warning", "ai"],
  "technical-documentation": ["error", "ai"],
  logging: ["error|warning", "ai"],
  "transparency-to-buyer": ["warning", "ai"],
  "human-oversight": ["error", "ai"],
  "accuracy-robustness-security": ["warning", "ai"],
  "quality-management": ["error", "high-risk"],
  "conformity-assessment": ["error", "high-risk"],
  "eu-database-registration": ["error", "high-risk"],
  "fundamental-rights-assessment": ["error", "high-risk"],
  "incidents-and-corrective-action": ["warning", "ai"],
  "individual-explanation": ["error", "decisions-about-people"],
  "buyer-data-rights": ["error", "algorithmic"],
  "third-party-data-and-ip": ["warning", "ai"],
  "exit-and-handover": ["warning", "algorithmic"],
  "audit-right": ["error", "algorithmic"],
  "algorithm-register": ["error|warning", "algorithmic"],
  "ai-interaction-transparency": ["error", "generative"],
  "ai-literacy": ["warning", "ai"],
  dpia: ["error", "personal-data"],
  "processor-agreement": ["error", "personal-data"],
  "purpose-limitation-and-retention": ["warning", "personal-data"],
  "no-solely-automated-decisions": ["error", "decisions-about-people"],
  "special-category-data": ["error|warning", "personal-data"],
  "non-discrimination": ["error", "decisions-about-people"],
  "human-rights-impact-assessment": ["warning", "impactful"],
  "information-security": ["error", "algorithmic"],
  "supply-chain-transparency": ["warning", "ai"],
  "requirements-in-award-and-contract": ["warning", "algorithmic"],
  "evidence-in-evaluation": ["warning", "ai"],
  "ethics-review": ["info", "impactful|high-risk"],
  "monitoring-after-go-live": ["warning", "ai"],
  "records-and-openness": ["info", "algorithmic"],
  "complaints-and-appeal": ["warning", "decisions-about-people"],
  "generative-ai-safeguards": ["error", "generative"],
  sustainability: ["info", "ai"],
  accessibility: ["warning", "high-risk"],
  "compliance-dates": ["info", "high-risk"],
  "general-terms": ["info", "algorithmic"],
};

const tagsOf = (c: unknown): string[] => {
  if (!c || typeof c !== "object") return [];
  const o = c as Record<string, unknown>;
  if (typeof o.tag === "string") return [o.tag];
  if (Array.isArray(o.all)) return o.all.flatMap((x) => tagsOf(x));
  if (Array.isArray(o.any)) return o.any.flatMap((x) => tagsOf(x));
  return [];
};

describe("the catalogue", () => {
  it("has exactly the 45 requirements of GUIDELINES.md, in its order", () => {
    expect(requirements.map((r) => r.id)).toEqual(Object.keys(catalogue));
  });

  it.each(requirements.map((r) => [r.id, r] as const))("%s has the catalogue's severity, applies condition, texts and sources", (id, r) => {
    const [severity, applies] = catalogue[id]!;
    const sev = typeof r.severity === "string" ? r.severity : `${r.severity.then}|${typeof r.severity.else === "string" ? r.severity.else : "?"}`;
    expect(sev).toBe(severity);
    expect(tagsOf(r.applies).join("|")).toBe(applies);
    for (const text of [r.title, r.explanation, r.remediation]) {
      expect(text.nl.length).toBeGreaterThan(3);
      expect(text.en.length).toBeGreaterThan(3);
      expect(text.nl).not.toBe(text.en);
    }
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it("cites Algoritmekader requirements and measures by URN", () => {
    const refs = requirements.flatMap((r) => r.sources).filter((s) => s.framework === "Algoritmekader").map((s) => s.reference);
    expect(refs).toContain("urn:nl:ak:ver:aia-07");
    for (const ref of refs.filter((x) => x.startsWith("urn:"))) expect(ref).toMatch(/^urn:nl:ak:(ver|mtr):[a-z]+-\d\d$/);
  });

  it("keeps FRIA off for Annex III area 2", () => {
    const fria = requirements.find((r) => r.id === "fundamental-rights-assessment")!;
    expect(fria.applies).toEqual({ all: [{ tag: "high-risk" }, { not: { annexIII: "2" } }] });
  });

  it("has valid and invalid test passages for every requirement", () => {
    for (const r of requirements) {
      expect(cases[r.id]?.valid.length ?? 0, r.id).toBeGreaterThan(0);
      expect(cases[r.id]?.invalid.length ?? 0, r.id).toBeGreaterThan(0);
    }
  });

  it("validates every built-in ruleset against the ruleset schema", () => {
    for (const r of builtinRulesets) expect(validateRuleset(r).ok, r.name).toBe(true);
    expect(builtinRulesets.map((r) => r.name)).toEqual(["ethiek:recommended", "ethiek:high-risk-strict"]);
  });

  it("documents every requirement for SARIF and `ethiek rules` in both languages", () => {
    for (const lang of ["nl", "en"] as const) {
      const docs = listRequirements("ethiek:recommended", lang);
      expect(docs).toHaveLength(45);
      for (const d of docs) {
        expect(d.explanation && d.remediation && d.applies && d.helpUri).toBeTruthy();
        expect(d.sources.length).toBeGreaterThan(0);
      }
    }
    const logging = listRequirements("ethiek:recommended", "nl").find((d) => d.id === "logging")!;
    expect(logging.severityRule).toBe("fout als hoog-risico-AI, anders waarschuwing");
    expect(listRequirements("ethiek:recommended", "en").find((d) => d.id === "fundamental-rights-assessment")!.applies).toBe(
      "high-risk AI and not Annex III point 2",
    );
  });

  it("makes high-risk-strict raise warnings to errors", () => {
    const strict = resolveRuleset("ethiek:high-risk-strict");
    expect(strict.ok).toBe(true);
    if (!strict.ok) return;
    expect(strict.value.requirements).toHaveLength(45);
    expect(strict.value.requirements.find((r) => r.definition.id === "monitoring-after-go-live")!.severity).toBe("error");
    expect(strict.value.extends).toEqual(["ethiek:recommended"]);
  });
});
