import { describe, expect, it } from "vitest";
import { validateTender } from "@ethiek/schemas";
import { manifestFromForm, parseFilter, safeReturnPath } from "./forms.js";
import { matchesFilter } from "./render.js";

describe("manifestFromForm", () => {
  it("states nothing when the officer stated nothing", () => {
    expect(manifestFromForm({ ai: "onbekend", persoonsgegevens: "onbekend", bijlageIII: "" }, "nl", "a.pdf")).toBeUndefined();
  });

  it("turns answers into declarations that override the text, with a valid manifest", () => {
    const manifest = manifestFromForm({ title: " Werving ", ai: "ja", persoonsgegevens: "nee", bijlageIII: "4" }, "nl", "a.pdf");
    expect(manifest).toEqual({
      title: "Werving",
      declarations: [
        { tag: "ai", holds: true, reason: "Opgegeven in het webformulier." },
        { tag: "personal-data", holds: false, reason: "Opgegeven in het webformulier." },
        { tag: "high-risk", holds: true, detail: "4", reason: "Opgegeven in het webformulier." },
      ],
    });
    expect(validateTender(manifest).ok).toBe(true);
  });

  it("declares 'not high-risk' for the no answer, ignores unknown areas, and names the tender after its documents", () => {
    expect(manifestFromForm({ bijlageIII: "nee" }, "en", "a.pdf, b.docx")).toEqual({
      title: "a.pdf, b.docx",
      declarations: [{ tag: "high-risk", holds: false, reason: "Stated in the web form." }],
    });
    expect(manifestFromForm({ bijlageIII: "9z" }, "nl", "a.pdf")).toBeUndefined();
  });
});

describe("parseFilter", () => {
  it("keeps known statuses and severities, single or repeated, and drops the rest", () => {
    const filter = parseFilter({ status: ["missing", "bogus", "partial"], severity: "error" });
    expect([...filter.statuses]).toEqual(["missing", "partial"]);
    expect([...filter.severities]).toEqual(["error"]);
  });

  it("lets everything through when nothing is chosen", () => {
    const filter = parseFilter({});
    expect(matchesFilter({ status: "satisfied", severity: "info" }, filter)).toBe(true);
    expect(matchesFilter({ status: "satisfied", severity: "info" }, parseFilter({ status: "missing" }))).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it("only returns to a path on this site", () => {
    expect(safeReturnPath("/toetsen?pagina=2")).toBe("/toetsen?pagina=2");
    for (const bad of [undefined, "", "https://evil.example", "//evil.example", "/\\evil.example", "toetsen"]) expect(safeReturnPath(bad)).toBe("/");
  });
});
