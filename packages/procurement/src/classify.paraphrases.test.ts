// The classifier on descriptions written by someone who never saw its vocabulary
// (test/paraphrases/classification.yaml): every Annex III point and art. 5 practice described in
// ordinary tender language, Dutch and English, with near misses and negated mentions. Each point
// must recognise at least three of its six descriptions; no near miss may be read as the point it
// imitates; a negated mention never sets its tag. docs/quality.md reports the overall figures.
import { readFileSync } from "node:fs";
import type { ClassificationResult, ClassificationTag } from "@ethiek/schemas";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { doc } from "../test/helpers.js";
import { classify } from "./index.js";

interface Item {
  lang: "nl" | "en";
  text: string;
  title?: string;
  is?: string | null;
  tag?: ClassificationTag;
}
interface Point {
  positive: Item[];
  nearMiss: Item[];
}
const data = parse(readFileSync(new URL("../test/paraphrases/classification.yaml", import.meta.url), "utf8")) as {
  annexIII: Record<string, Point>;
  art5: Record<string, Point>;
  algorithmic: { positive: Item[]; negative: Item[] };
  ai: { positive: Item[]; negative: Item[] };
  negated: Item[];
};

const tagsOf = (item: Item): ClassificationResult[] =>
  classify([doc(`# Opdracht\n\n${item.title ? `${item.title}. ` : ""}${item.text}\n`)], { language: item.lang });
const tag = (results: ClassificationResult[], name: ClassificationTag) => results.find((r) => r.tag === name)!;

/** The point a high-risk result names covers the labelled point: "6" covers "6a", "5a" covers "5a". */
const coversPoint = (detail: string | null | undefined, point: string) => !!detail && (point === detail || point.startsWith(detail));

describe.each(Object.entries(data.annexIII))("Annex III point %s described in other words", (point, entry) => {
  it("is recognised in at least three of its descriptions", () => {
    const missed = entry.positive.filter((item) => {
      const hr = tag(tagsOf(item), "high-risk");
      return !(hr.holds && coversPoint(hr.detail, point));
    });
    expect(entry.positive.length - missed.length, `not recognised:\n${missed.map((m) => m.text).join("\n")}`).toBeGreaterThanOrEqual(3);
  });
  it.each(entry.nearMiss)("does not read a near miss as point " + point + ": $text", (item) => {
    const hr = tag(tagsOf(item), "high-risk");
    expect(hr.holds && hr.detail === point).toBe(false);
  });
});

describe.each(Object.entries(data.art5))("art. 5(1)(%s) described in other words", (practice, entry) => {
  it("is recognised as prohibited in at least three of its descriptions", () => {
    const missed = entry.positive.filter((item) => !tag(tagsOf(item), "prohibited").holds);
    expect(entry.positive.length - missed.length, `not recognised:\n${missed.map((m) => m.text).join("\n")}`).toBeGreaterThanOrEqual(3);
  });
  it.each(entry.nearMiss.filter((item) => !(item.is ?? "").startsWith("art5")))("does not read a near miss as prohibited: $text", (item) => {
    expect(tag(tagsOf(item), "prohibited").holds).toBe(false);
  });
});

describe.each(["algorithmic", "ai"] as const)("the %s tag on register-style descriptions", (name) => {
  it("holds for at least four in five systems that are", () => {
    const missed = data[name].positive.filter((item) => !tag(tagsOf(item), name).holds);
    expect(missed.length, `not recognised:\n${missed.map((m) => m.text).join("\n")}`).toBeLessThanOrEqual(Math.floor(data[name].positive.length / 5));
  });
  it("does not hold for at least four in five systems that are not", () => {
    const wrong = data[name].negative.filter((item) => tag(tagsOf(item), name).holds);
    expect(wrong.length, `wrongly recognised:\n${wrong.map((m) => m.text).join("\n")}`).toBeLessThanOrEqual(Math.floor(data[name].negative.length / 5));
  });
});

describe("a practice or technique mentioned only to exclude it", () => {
  it.each(data.negated)("does not set $tag: $text", (item) => {
    expect(tag(tagsOf(item), item.tag!).holds).toBe(false);
  });
});
