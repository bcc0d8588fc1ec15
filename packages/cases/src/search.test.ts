import { validatePrecedentSearchResult } from "@ethiek/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { confidentialCase, makeCase, openCase, precedents } from "../test/fixtures.js";
import { PrecedentIndex, highlightHtml, snippets } from "./search.js";

const index = PrecedentIndex.build([...precedents, openCase]);
const top = (query: string) => index.search(query).hits[0]?.caseId;

describe("moresprudentie search: relevance on the hand-written set", () => {
  it.each([
    ["gezichtsherkenning op het plein", "dkf-2024-001"],
    ["cameras that recognise faces", "dkf-2024-001"],
    ["drone vluchten boven de natuur", "ov-2025-002"],
    ["risicoprofilering en discriminatie bij subsidies", "pzh-2025-003"],
    ["generatieve AI chatbot voor inwoners", "dkf-2025-004"],
    ["chatbot answering residents", "dkf-2025-004"],
    ["bodemdata van boeren delen", "dkf-2023-005"],
    ["fietsers tellen met wifi", "pzh-2024-006"],
    ["bridge maintenance sensors", "ipo-2025-007"],
    ["digitale tweeling en participatie", "ov-2024-008"],
  ])("puts the right precedent first for %j", (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it("finds inflected forms through Dutch and English stemming", () => {
    expect(top("natuurgebied")).toBe("ov-2025-002"); // text has "natuurgebieden"
    expect(top("algoritmes")).toBe("pzh-2025-003"); // text has "algoritme"
    expect(top("predicted failure")).toBe("ipo-2025-007"); // text has "predicts failures"
    expect(top("coöperatie boer")).toBe("dkf-2023-005"); // diacritics and singular/plural
  });

  it("searches only closed cases", () => {
    expect(index.size).toBe(precedents.length);
    expect(index.search("tram").total).toBe(0);
  });

  it("returns a result that validates against precedent.schema.json", () => {
    const r = index.search("privacy camera");
    expect(validatePrecedentSearchResult(r).ok).toBe(true);
  });
});

describe("facets and filters", () => {
  it("counts values, technologies, domains, commissions and years over all matches", () => {
    const r = index.search("");
    expect(r.total).toBe(precedents.length);
    expect(r.facets.values.find((f) => f.value === "privacy")?.count).toBe(4);
    expect(r.facets.commissions.find((f) => f.value === "Data-ethyk Kommisje Fryslân")?.count).toBe(3);
    expect(r.facets.years).toEqual([
      { value: "2025", count: 4 },
      { value: "2024", count: 3 },
      { value: "2023", count: 1 },
    ]);
  });

  it("narrows by facet: any value within a facet, all facets together", () => {
    const r = index.search("", { filters: { values: ["privacy"], years: [2024] } });
    expect(r.hits.map((h) => h.caseId).sort()).toEqual(["dkf-2024-001", "pzh-2024-006"]);
    const r2 = index.search("privacy", { filters: { commissions: ["Ethiek-adviseurs Zuid-Holland"] } });
    expect(r2.hits.map((h) => h.caseId)).toEqual(["pzh-2024-006"]);
    expect(index.search("", { filters: { policyDomains: ["landbouw", "mobiliteit"] } }).total).toBe(2);
    expect(index.search("", { filters: { technologies: ["onbekend"] } }).total).toBe(0);
  });

  it("pages through hits without changing the total", () => {
    const all = index.search("privacy", { limit: 100 });
    const page2 = index.search("privacy", { limit: 2, offset: 2 });
    expect(page2.total).toBe(all.total);
    expect(page2.hits.map((h) => h.caseId)).toEqual(all.hits.slice(2, 4).map((h) => h.caseId));
  });

  it("hides cases the caller may not see", () => {
    const withSecret = PrecedentIndex.build([...precedents, confidentialCase]);
    expect(withSecret.search("kentekencamera").hits[0]?.caseId).toBe("dkf-2025-009");
    const outsider = withSecret.search("kentekencamera", { canSee: (c) => c.confidentiality !== "confidential" });
    expect(outsider.hits.map((h) => h.caseId)).not.toContain("dkf-2025-009");
    expect(outsider.facets.policyDomains.map((f) => f.value)).not.toContain("waterveiligheid");
  });
});

describe("snippets", () => {
  it("highlight the matching words, also in other inflections", () => {
    const hit = index.search("camera gezichtsherkenning").hits[0]!;
    const s = hit.snippets[0]!;
    const marked = s.highlights.map((h) => s.text.slice(h.start, h.end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(["camera's", "gezichtsherkenning"]));
    expect(highlightHtml(s)).toContain("<mark>gezichtsherkenning</mark>");
  });

  it("escape everything that is not a highlight", () => {
    expect(highlightHtml({ field: "question", text: "a <b> camera & \"x\"", highlights: [{ start: 6, end: 12 }] })).toBe(
      "a &lt;b&gt; <mark>camera</mark> &amp; &quot;x&quot;",
    );
  });

  it("keep highlights inside the fragment for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom("camera", "privacy", "data", "x"), { maxLength: 3 }), (text, words) => {
        const c = makeCase({ ...fixtureSpec, question: text || "leeg" });
        for (const s of snippets(c, words)) {
          for (const h of s.highlights) {
            expect(h.start).toBeGreaterThanOrEqual(0);
            expect(h.end).toBeLessThanOrEqual(s.text.length);
            expect(h.end).toBeGreaterThan(h.start);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

const fixtureSpec = {
  id: "x",
  title: "t",
  question: "q",
  context: "",
  technology: "t",
  commission: "c",
  organisation: "o",
  year: 2025,
  values: [],
  technologies: [],
  policyDomains: [],
  reflection: "r",
  advice: "a",
  decision: "d",
};

describe("similar cases", () => {
  it("finds the precedent for a new case about the same technology and values", () => {
    const hits = index.similar(openCase, { limit: 3 });
    expect(hits[0]?.caseId).toBe("dkf-2024-001");
    expect(hits.map((h) => h.caseId)).not.toContain(openCase.id);
  });

  it("finds an English precedent for a Dutch-tagged new case about bridges", () => {
    const bridge = makeCase({
      ...fixtureSpec,
      id: "new-1",
      title: "Sensoren op sluizen en bruggen",
      question: "Can a model rank locks and bridges for maintenance using vibration sensors?",
      technologies: ["sensoren", "machine-learning"],
      policyDomains: ["infrastructuur"],
      status: "submitted",
    });
    expect(index.similar(bridge)[0]?.caseId).toBe("ipo-2025-007");
  });

  it("never returns the case itself", () => {
    for (const c of precedents) expect(index.similar(c).map((h) => h.caseId)).not.toContain(c.id);
  });
});
