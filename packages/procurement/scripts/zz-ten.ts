import { performance } from "node:perf_hooks";
import type { EvidencePattern, Ruleset } from "@ethiek/schemas";
import { check } from "../src/index.js";
import { generate } from "./bench-gen.js";
import { recommended } from "../src/catalogue/recommended.js";
/** 10x requirements: recommended plus 405 synthetic ones with real and made-up words. */
function syntheticRuleset(): Ruleset {
  // Like real requirements: one group of common procurement words, one of specific words that
  // co-occur only now and then (some made up, some in a few generated sentences).
  const common = ["opdrachtnemer", "provincie", "systeem", "gegevens", "levert", "bewaart", "planning", "beheer", "maanden", "training"];
  const specific = ["vergaderingen", "indexering", "mijlpalen", "prijs", "migratie", "locatie", "kwartaal", "verslag"];
  const requirements = Array.from({ length: 405 }, (_, i) => ({
    ...recommended.requirements![i % 45]!,
    id: `synthetic-${i}`,
    patterns: [
      { all: [[common[i % common.length]!, `zq${i}woord*`], [`synthetisch${i}`, `*xq${i}`, specific[i % specific.length]!]] },
    ] as unknown as [EvidencePattern],
  }));
  return { name: "bench:ten-times", version: "1", extends: ["ethiek:recommended"], requirements };
}


const base = generate(1000);
const ten = syntheticRuleset();
check([base], { ruleset: ten });
const ts: number[] = [];
for (let i = 0; i < 9; i++) { const t = performance.now(); check([base], { ruleset: ten }); ts.push(performance.now() - t); }
console.log(ts.map((x) => x.toFixed(0)).join(" "));
