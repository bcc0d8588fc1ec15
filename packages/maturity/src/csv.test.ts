import { describe, expect, it } from "vitest";
import { assess, measurement, scored } from "../test/helpers.js";
import { assessmentToCsv, csvField } from "./csv.js";
import { provincialModel } from "./models/index.js";

function parseCsv(text: string, sep = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

describe("assessmentToCsv", () => {
  const assessment = assess(provincialModel, { "kennis-training": 3, "inkoop-eisen": 2 }, { measurements: [measurement("tenders-checked-share", 0.6, "2026-06-30")] });
  assessment.answers[0]!.comment = '=HYPERLINK("http://evil"), zei "iemand"';
  assessment.answers[0]!.evidence = [{ url: "https://a.example/1" }, { url: "https://a.example/2" }];
  const scores = scored(provincialModel, assessment);

  it("writes a row per question (unanswered included), per dimension, per measured figure and overall", () => {
    const rows = parseCsv(assessmentToCsv(provincialModel, assessment, scores));
    expect(rows[0]).toEqual(["soort", "aspect", "vraag", "tekst", "niveau", "niveaunaam", "gemiddelde", "waarde", "bron", "beantwoord_door", "beantwoord_op", "bewijs", "toelichting"]);
    expect(rows.filter((r) => r[0] === "antwoord")).toHaveLength(2);
    expect(rows.filter((r) => r[0] === "niet-beantwoord")).toHaveLength(8);
    expect(rows[1]?.slice(0, 6)).toEqual(["antwoord", "kennis-en-vaardigheden", "kennis-training", "Hoe leren medewerkers over digitale ethiek?", "3", "Vastgelegd"]);
    expect(rows[1]?.[11]).toBe("https://a.example/1 https://a.example/2");
    expect(rows.find((r) => r[0] === "aspect" && r[1] === "inkoop-en-ethiek")?.slice(4, 9)).toEqual(["2", "Herhaalbaar", "2", "", "zelfbeoordeling"]);
    expect(rows.find((r) => r[0] === "gemeten")?.slice(3, 9)).toEqual(["tenders-checked-share", "3", "Vastgelegd", "", "0.6", "gemeten"]);
    expect(rows.at(-1)?.slice(0, 5)).toEqual(["totaal", "", "", "Volwassenheidsmodel digitale ethiek voor provincies", "2"]);
    expect(rows.every((r) => r.length === 13)).toBe(true);
  });

  it("defuses formulas and quotes separators and quotes", () => {
    const rows = parseCsv(assessmentToCsv(provincialModel, assessment, scores));
    expect(rows[1]?.[12]).toBe(`'=HYPERLINK("http://evil"), zei "iemand"`);
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField(null)).toBe("");
  });

  it("writes English headers and texts, and a semicolon variant for Dutch spreadsheets", () => {
    const en = parseCsv(assessmentToCsv(provincialModel, assessment, scores, { language: "en" }));
    expect(en[0]?.[0]).toBe("record");
    expect(en[1]?.slice(3, 6)).toEqual(["How do staff learn about digital ethics?", "3", "Defined"]);
    const semi = assessmentToCsv(provincialModel, assessment, scores, { separator: ";" });
    expect(parseCsv(semi, ";")[0]).toHaveLength(13);
    expect(semi.endsWith("\r\n")).toBe(true);
  });
});
