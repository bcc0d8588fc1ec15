// The 62 real provincial entries of the national algorithm register (title and purpose): every
// one describes an algorithm in use, so `algorithmic` must hold on nearly all of them, and none of
// them describes a prohibited practice.
import { readFileSync } from "node:fs";
import { conformanceMissing, conformancePath } from "@ethiek-test/support";
import { describe, expect, it } from "vitest";
import { doc } from "../test/helpers.js";
import { classify } from "./index.js";

describe.skipIf(conformanceMissing("national algorithm register entries"))("the provincial entries of the algorithm register", () => {
  const entries = (): Array<{ title: string; doel: string }> =>
    (JSON.parse(readFileSync(conformancePath("algoritmeregister", "provincies-2026-08-08.json"), "utf8")) as { algoritmes: Array<{ title: string; doel: string }> }).algoritmes;
  const tagsOf = (e: { title: string; doel: string }) => classify([doc(`# ${e.title}\n\n${e.doel}\n`)], { language: "nl" });

  it("are read as algorithmic on at least 56 of 62 entries", () => {
    const all = entries();
    expect(all).toHaveLength(62);
    const missed = all.filter((e) => !tagsOf(e).find((t) => t.tag === "algorithmic")!.holds).map((e) => e.title);
    expect(all.length - missed.length, `not read as algorithmic: ${missed.join("; ")}`).toBeGreaterThanOrEqual(56);
  });

  it("never describe a prohibited practice", () => {
    const prohibited = entries().filter((e) => tagsOf(e).find((t) => t.tag === "prohibited")!.holds).map((e) => e.title);
    expect(prohibited).toEqual([]);
  });
});
