// The classifier on what a text describes but does not buy (test/paraphrases/scope.yaml, written by
// a helper who never saw the classifier): options not ordered, the supplier's own tools, parts
// removed by a change, systems of other parties and plans for later, with controls where the same
// things are bought. Every kind may miss at most one of its fragments.
import { readFileSync } from "node:fs";
import type { ClassificationTag } from "@ethiek/schemas";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { doc } from "../test/helpers.js";
import { classify } from "./index.js";

interface Fragment {
  kind: string;
  lang: "nl" | "en";
  tag: ClassificationTag;
  text: string;
  why: string;
}
const data = parse(readFileSync(new URL("../test/paraphrases/scope.yaml", import.meta.url), "utf8")) as { notBought: Fragment[]; bought: Fragment[] };
const holds = (f: Fragment) => classify([doc(f.text)]).find((c) => c.tag === f.tag)!.holds;
const byKind = (list: Fragment[]): Array<[string, Fragment[]]> => {
  const groups = new Map<string, Fragment[]>();
  for (const f of list) groups.set(f.kind, [...(groups.get(f.kind) ?? []), f]);
  return [...groups];
};

describe("parts a tender describes but does not buy", () => {
  it.each(byKind(data.notBought))("%s: the tag does not hold (at most one miss)", (_kind, fragments) => {
    expect(fragments.length).toBeGreaterThanOrEqual(6);
    const wrong = fragments.filter(holds);
    expect(wrong.length, `tag set for:\n${wrong.map((f) => `${f.tag}: ${f.text}`).join("\n")}`).toBeLessThanOrEqual(1);
  });
  it.each(byKind(data.bought))("control %s: the tag holds (at most one miss)", (_kind, fragments) => {
    expect(fragments.length).toBeGreaterThanOrEqual(4);
    const missed = fragments.filter((f) => !holds(f));
    expect(missed.length, `tag not set for:\n${missed.map((f) => `${f.tag}: ${f.text}`).join("\n")}`).toBeLessThanOrEqual(1);
  });
});
