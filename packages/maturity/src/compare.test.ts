import type { MaturityAssessment } from "@ethiek/schemas";
import { describe, expect, it } from "vitest";
import { assess, scored } from "../test/helpers.js";
import { benchmark, compareAssessments, quantile, type ScoredAssessment } from "./compare.js";
import { provincialModel } from "./models/index.js";

const all = (level: number) => Object.fromEntries(provincialModel.questions.map((q) => [q.id, level]));

function entry(organisation: string, answers: Record<string, number>, extra: Partial<MaturityAssessment> = {}): ScoredAssessment {
  const assessment = assess(provincialModel, answers, { organisation, id: `${organisation}-${extra.createdAt ?? "x"}`, ...extra });
  return { assessment, scores: scored(provincialModel, assessment) };
}

describe("compareAssessments", () => {
  const earlier = entry("Provincie Overijssel", { ...all(2), "beleid-visie": 1 }, { createdAt: "2025-03-01T00:00:00Z" });
  const later = entry("Provincie Overijssel", { ...all(3), "kennis-training": 2 }, { createdAt: "2026-03-01T00:00:00Z" });

  it("shows per dimension how level and mean changed, earlier first in whatever order given", () => {
    const result = compareAssessments(later, earlier);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.from).toBe(earlier.assessment.id);
    expect(result.value.to).toBe(later.assessment.id);
    const byId = Object.fromEntries(result.value.dimensions.map((d) => [d.dimension, d]));
    // Knowledge: 2,2 → 2,3: level stays 2, mean 2 → 2.5.
    expect(byId["kennis-en-vaardigheden"]).toEqual({ dimension: "kennis-en-vaardigheden", fromLevel: 2, toLevel: 2, levelChange: 0, fromMean: 2, toMean: 2.5, meanChange: 0.5 });
    // Policy: 1,2 → 3,3.
    expect(byId["beleid"]).toMatchObject({ fromLevel: 1, toLevel: 3, levelChange: 2, fromMean: 1.5, toMean: 3, meanChange: 1.5 });
    expect(result.value.overall).toMatchObject({ fromLevel: 1, toLevel: 2, levelChange: 1 });
  });

  it("refuses to compare two organisations over time", () => {
    const result = compareAssessments(earlier, entry("Provincie Utrecht", all(3)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe("DIFFERENT_ORGANISATIONS");
  });

  it("gives no change where either side has no level", () => {
    const empty = entry("Provincie Overijssel", {}, { createdAt: "2024-01-01T00:00:00Z" });
    const result = compareAssessments(empty, later);
    expect(result.ok && result.value.overall).toMatchObject({ fromLevel: null, levelChange: null, meanChange: null });
  });
});

describe("benchmark", () => {
  const provinces = ["Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg"].map((p) => `Provincie ${p}`);

  it("refuses fewer than five organisations, saying how many took part", () => {
    const result = benchmark(provinces.slice(0, 4).map((p) => entry(p, all(2))));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: "TOO_FEW_ORGANISATIONS", participants: 4, required: 5 });
    expect(result.errors[0]?.messageNl).toMatch(/minstens 5 organisaties/);
  });

  it("counts organisations, not assessments: five assessments of one province are one participant", () => {
    const many = [1, 2, 3, 4, 5].map((i) => entry("Provincie Drenthe", all(2), { createdAt: `202${i}-01-01T00:00:00Z` }));
    const result = benchmark(many);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.participants).toBe(1);
  });

  it("gives median, quartiles and range per dimension from each organisation's latest assessment", () => {
    // Knowledge levels: 1, 2, 3, 4, 5 and a sixth province whose old 5 is replaced by its latest 2.
    const entries = [
      ...provinces.slice(0, 5).map((p, i) => entry(p, all(i + 1))),
      entry("Provincie Limburg", all(5), { createdAt: "2025-01-01T00:00:00Z" }),
      entry("Provincie Limburg", all(2), { createdAt: "2026-06-01T00:00:00Z" }),
    ];
    const result = benchmark(entries);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.participants).toBe(6);
    // Sorted levels 1, 2, 2, 3, 4, 5: median 2.5; quartiles at positions 1.25 and 3.75 → 2 and 3.75.
    expect(result.value.dimensions[0]).toEqual({ dimension: "kennis-en-vaardigheden", count: 6, median: 2.5, lowerQuartile: 2, upperQuartile: 3.75, minimum: 1, maximum: 5 });
  });

  it("never names an organisation that did not agree to share its name", () => {
    const entries = provinces.slice(0, 5).map((p, i) => entry(p, all(2), { shareInBenchmark: i === 3 }));
    const result = benchmark(entries, { own: "Provincie Drenthe" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.namedParticipants).toEqual(["Provincie Gelderland"]);
    const text = JSON.stringify(result.value);
    for (const p of provinces.filter((p) => p !== "Provincie Gelderland")) expect(text).not.toContain(p);
    expect(result.value.dimensions.every((d) => d.ownLevel === 2)).toBe(true);
  });

  it("gives no figures for a dimension fewer than five organisations answered", () => {
    const entries = provinces.slice(0, 5).map((p, i) => entry(p, i < 4 ? all(3) : { "kennis-training": 3, "kennis-werkvormen": 3 }));
    const result = benchmark(entries);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.dimensions.find((d) => d.dimension === "beleid")).toEqual({ dimension: "beleid", count: 4, median: null, lowerQuartile: null, upperQuartile: null, minimum: null, maximum: null });
    expect(result.value.dimensions[0]?.median).toBe(3);
  });

  it("refuses assessments of different models", () => {
    const entries = provinces.slice(0, 5).map((p) => entry(p, all(2)));
    entries[0] = { ...entries[0]!, scores: { ...entries[0]!.scores, model: { id: "ander-model" } } };
    const result = benchmark(entries);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe("DIFFERENT_MODELS");
  });

  it("interpolates quantiles between neighbours", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([4], 0.25)).toBe(4);
  });
});
