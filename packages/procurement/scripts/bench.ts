// npm run bench: checks a generated 1,000-page tender (~3 MB) with the full recommended ruleset.
// Reports median time after compile, peak memory, growth with text (1x/4x/16x) and with 10x
// requirements, and textlint running equivalent term rules (one rule per requirement) on the
// same text. Print only; record the figures in docs/benchmarks.md.
import { performance } from "node:perf_hooks";
import type { Document, EvidencePattern, Ruleset } from "@ethiek/schemas";
import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import { check } from "../src/index.js";
import { generate } from "./bench-gen.js";
import { recommended } from "../src/catalogue/recommended.js";

const textOf = (d: Document) => d.segments.map((s) => s.text).join("\n\n");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(fn: () => void, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

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

/** textlint with one term rule per requirement: the same vocabulary, matched with regular expressions. */
function textlintRules() {
  const toRegex = (term: string) =>
    term
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? "*" : `\\${c}`)).replace(/^\*/, "\\p{L}*").replace(/\*$/, "\\p{L}*"))
      .join("[^\\p{L}\\p{N}]+");
  return recommended.requirements!.map((r) => {
    const terms = [...new Set(r.patterns.flatMap((p) => p.all.flat()))];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(toRegex).join("|")})(?![\\p{L}\\p{N}])`, "giu");
    return {
      ruleId: r.id,
      rule: (context: any) => ({
        [context.Syntax.Str](node: any) {
          const text: string = context.getSource(node);
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          let n = 0;
          while ((m = re.exec(text)) !== null && n < 50) {
            n++;
            context.report(node, new context.RuleError(`term ${m[0]}`, { index: m.index }));
          }
        },
      }),
    };
  });
}

async function main() {
  const base = generate(Number(process.env.BENCH_PAGES ?? 1000));
  const text = textOf(base);
  console.log(`generated: ${base.pageCount} pages, ${(text.length / 1e6).toFixed(2)} MB of text, ${base.segments.length} segments`);

  const t0 = performance.now();
  check([base]);
  const first = performance.now() - t0;
  const med = time(() => check([base]), 7);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`recommended ruleset: first run (compile + check) ${first.toFixed(0)} ms; median after compile ${med.toFixed(0)} ms (7 runs); peak RSS ${peakMb.toFixed(0)} MB`);

  const sizes = [250, 1000, 4000];
  const times: number[] = [];
  for (const pages of sizes) {
    const d = generate(pages);
    check([d]);
    times.push(time(() => check([d]), 5));
  }
  console.log(`text growth: ${sizes.map((p, i) => `${p} pages ${times[i]!.toFixed(0)} ms`).join(", ")}; ratios 4x → ${(times[1]! / times[0]!).toFixed(2)}, 16x → ${(times[2]! / times[0]!).toFixed(2)}`);

  const ten = syntheticRuleset();
  check([base], { ruleset: ten });
  const tenMed = time(() => check([base], { ruleset: ten }), 7);
  console.log(`requirements 45 → 450: median ${med.toFixed(0)} ms → ${tenMed.toFixed(0)} ms (ratio ${(tenMed / med).toFixed(2)})`);

  // The peer: textlint with the same vocabulary as regular-expression term rules. It needs
  // tens of minutes for the full text, so it runs on a slice (BENCH_TEXTLINT_PAGES, default 100
  // pages) and is compared with ethiek on that same slice.
  const peerPages = Number(process.env.BENCH_TEXTLINT_PAGES ?? 100);
  const peerDoc = generate(peerPages);
  const peerText = textOf(peerDoc);
  check([peerDoc]);
  const peerEthiek = time(() => check([peerDoc]), 7);
  const kernel = new TextlintKernel();
  const rules = textlintRules();
  const options = { ext: ".txt", plugins: [{ pluginId: "text", plugin: (textPlugin as any).default ?? textPlugin }], rules };
  const tl: number[] = [];
  let messages = 0;
  // textlint needs minutes for the full text, so one run unless BENCH_TEXTLINT_RUNS says more.
  const textlintRuns = Number(process.env.BENCH_TEXTLINT_RUNS ?? 1);
  for (let i = 0; i < textlintRuns; i++) {
    const t = performance.now();
    const result = await kernel.lintText(peerText, options as any);
    tl.push(performance.now() - t);
    messages = result.messages.length;
  }
  if (tl.length > 0) {
    const tlMed = median(tl);
    console.log(
      `peer on ${peerPages} pages: ethiek median ${peerEthiek.toFixed(1)} ms; textlint 15 (${rules.length} term rules, text plugin) median ${tlMed.toFixed(0)} ms (${textlintRuns} run(s), ${messages} matches); ethiek is ${(tlMed / peerEthiek).toFixed(0)}x faster`,
    );
  }
  const pass = med < 200 && peakMb < 200 && tenMed / med < 1.5 && times[2]! / times[0]! < 16 * 1.5;
  console.log(`bar (<200 ms median, <200 MB peak, linear, <1.5x for 10x requirements): ${pass ? "MET" : "NOT MET"}`);
}

await main();
