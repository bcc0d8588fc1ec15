import { validatePublicCaseExport } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { confidentialCase, makeCase, openCase, precedents } from "../test/fixtures.js";
import { bookletHtml, bookletMarkdown, escapeMarkdown, exportPublic, personNames, publicPrecedentIndex, scrubber, toPublicCase } from "./export.js";
import { PrecedentIndex } from "./search.js";

const generatedAt = "2026-11-28T12:00:00Z";
const internal = makeCase({ ...baseSpec(), id: "int-1", title: "Interne casus", confidentiality: "internal", reflection: "INTERN-GEHEIM" });
const all = [...precedents, confidentialCase, openCase, internal];

function baseSpec() {
  return {
    id: "x",
    title: "t",
    question: "Vraag van Marieke Visser over camera's.",
    context: "Bel Marieke op 06-12345678 of mail m.visser@fryslan.frl. Mevrouw Visser weet ervan.",
    technology: "camera",
    commission: "Data-ethyk Kommisje Fryslân",
    organisation: "Provincie Fryslân",
    year: 2025,
    values: ["privacy"],
    technologies: [],
    policyDomains: [],
    reflection: "Anna Jansen en Van der Meer vonden dat de heer Kees van der Meer gelijk had.",
    advice: "Doe het niet, zegt A. Jansen.",
    decision: "Gedeputeerde Staten volgen Jansen.",
    contact: "Marieke Visser",
  };
}

describe("the public export (moresprudentie)", () => {
  const data = exportPublic(all, { generatedAt });
  const json = JSON.stringify(data);

  it("holds only closed public cases and validates against case-export.schema.json", () => {
    expect(data.cases.map((c) => c.id).sort()).toEqual(precedents.map((c) => c.id).sort());
    expect(validatePublicCaseExport(data).ok).toBe(true);
  });

  it("leaks no confidential or internal case text", () => {
    for (const secret of ["GEHEIM-ONDERZOEK-TEKST", "kentekencamera", "Harlingen", "Wetterskip", "INTERN-GEHEIM", "tram"]) {
      expect(json).not.toContain(secret);
    }
    expect(bookletHtml(data)).not.toContain("GEHEIM");
    expect(bookletMarkdown(data)).not.toContain("GEHEIM");
  });

  it("leaks no name of a person anywhere", () => {
    for (const c of all) {
      for (const name of personNames(c)) {
        expect(json).not.toContain(name);
        // A surname may be an ordinary word too ("boer"), so parts are looked for as capitalised words.
        for (const part of name.split(" ").filter((p) => p.length > 3)) expect(json).not.toMatch(new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, "u"));
      }
    }
    expect(json).not.toMatch(/@example\.nl|user-\d/);
  });

  it("shares internal cases with members only when asked, and confidential cases never", () => {
    const members = exportPublic(all, { generatedAt, audience: "members" });
    expect(members.cases.map((c) => c.id)).toContain("int-1");
    expect(members.cases.map((c) => c.id)).not.toContain(confidentialCase.id);
    expect(toPublicCase(confidentialCase, { generatedAt, audience: "members" })).toBeNull();
  });

  it("scrubs names, initials-with-surname, e-mail addresses and phone numbers from free text", () => {
    const c = makeCase({ ...baseSpec(), id: "names-1" });
    const p = toPublicCase(c, { generatedAt })!;
    const text = JSON.stringify(p);
    for (const leak of ["Marieke", "Visser", "Jansen", "Meer", "06-12345678", "m.visser@", "Kees"]) expect(text).not.toContain(leak);
    expect(p.context).toBe("Bel [naam] op [telefoon] of mail [e-mail]. Mevrouw [naam] weet ervan.");
    expect(p.reflections[0]!.text).toBe("[naam] en [naam] vonden dat de heer [naam] gelijk had.");
    // Organisations and bodies are not people.
    expect(p.organisation).toBe("Provincie Fryslân");
    expect(p.decision?.decidedBy).toBe("Gedeputeerde Staten");
  });

  it("leaves ordinary words that equal a surname alone when they are not capitalised", () => {
    expect(scrubber(["Pieter de Boer", "Kees van der Meer"])("De boer wil meer. Van der Meer en De Boer niet.")).toBe(
      "De boer wil meer. [naam] en [naam] niet.",
    );
  });

  it("removes extra names given by the caller", () => {
    expect(scrubber(["Dr. Sietske Bosma"])("Volgens Sietske Bosma en dr. Bosma.")).toBe("Volgens [naam] en dr. [naam].");
  });

  it("lists the tender checks that cite a case", () => {
    const d = exportPublic(precedents, { generatedAt, citations: new Map([["pzh-2025-003", ["check-42"]]]) });
    expect(d.cases.find((c) => c.id === "pzh-2025-003")?.citedByChecks).toEqual(["check-42"]);
  });
});

describe("the search over public cases", () => {
  const named = makeCase({ ...baseSpec(), id: "names-2", title: "Camera's bij Marieke Visser" });
  const cases = [...all, named];
  const index = publicPrecedentIndex(exportPublic(cases, { generatedAt }).cases);
  const text = (query: string) => JSON.stringify(index.search(query, { limit: 100 }));

  it("finds only what the export holds: closed public cases", () => {
    expect(index.size).toBe(precedents.length + 1);
    expect(index.search("", { limit: 100 }).hits.map((h) => h.caseId).sort()).toEqual([...precedents.map((c) => c.id), "names-2"].sort());
    for (const secret of ["kentekencamera", "Harlingen", "tram", "Wetterskip", "toezichtsproef"]) expect(index.search(secret).total, secret).toBe(0);
    expect(text("geheim intern onderzoek")).not.toContain("GEHEIM");
  });

  it("never shows or finds a person's name, in titles or snippets", () => {
    expect(index.search("Marieke").total).toBe(0);
    expect(index.search("Jansen").total).toBe(0);
    const hits = text("camera mail gelijk advies");
    expect(hits).toContain("names-2");
    for (const leak of ["Marieke", "Visser", "Jansen", "Meer", "06-12345678", "m.visser@", "Kees"]) expect(hits).not.toContain(leak);
  });

  it("finds, dates and facets the public cases as the full search does (the analyses aside, which the export leaves out)", () => {
    const full = PrecedentIndex.build(precedents);
    const pub = publicPrecedentIndex(exportPublic(precedents, { generatedAt }).cases);
    for (const query of ["", "drones", "gezichtsherkenning", "risicoscore discriminatie"]) {
      const a = full.search(query, { limit: 20 });
      const b = pub.search(query, { limit: 20 });
      const rows = (r: typeof a) => r.hits.map((h) => [h.caseId, h.year, h.commission, h.values.join()]).sort();
      expect(rows(b), query).toEqual(rows(a));
      expect(b.facets, query).toEqual(a.facets);
    }
  });
});

describe("the booklet", () => {
  const evil = makeCase({
    ...baseSpec(),
    id: "evil-1",
    title: "<script>alert(1)</script> & **vet**",
    question: "[klik](javascript:alert(1)) <img src=x onerror=alert(1)>",
  });
  const data = exportPublic([evil, ...precedents], { generatedAt });

  it("is Dutch, says reflections are not binding, and shows decision and review date", () => {
    const md = bookletMarkdown(data, "Ethische leidraad DataFryslân");
    expect(md).toMatch(/^# Ethische leidraad DataFryslân/);
    expect(md).toContain("niet bindend");
    expect(md).toContain("Het besluit wordt opnieuw bekeken op 10 mei 2025\\.");
    expect(md).toContain("De organisatie volgt het advies voor een deel\\.");
  });

  it("escapes case text in HTML", () => {
    const html = bookletHtml(data);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; **vet**");
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it("escapes case text in Markdown so no link, image or HTML can be injected", () => {
    const md = bookletMarkdown(data);
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("](javascript");
    expect(md).toContain("\\[klik\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x onerror=alert\\(1\\)&gt;");
    expect(escapeMarkdown("# *a* _b_ `c` |d|")).toBe("\\# \\*a\\* \\_b\\_ \\`c\\` \\|d\\|");
  });
});
