// How a term of a ruleset is written: its words, each with a leading or trailing `*` for a
// suffix, prefix or infix match, or a gap ("leidt ... af") between a first word and a phrase.
import { fold, tokenize } from "./text.js";

/** How one word of a term matches a token. */
export const Kind = { Exact: 0, Prefix: 1, Suffix: 2, Infix: 3 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** One word, a gap, then one or more words that must stand together ("maken ... deel uit"). */
export const GAPPED = /^(\S+)\s+\.\.\.\s+(\S+(?:\s+\S+)*)$/;

/** Parses a term into its words; each word keeps its leading/trailing `*`. */
export function parseTerm(term: string): Array<{ word: string; kind: Kind }> {
  const out: Array<{ word: string; kind: Kind }> = [];
  for (const raw of term.trim().split(/\s+/)) {
    const lead = raw.startsWith("*");
    const trail = raw.endsWith("*") && raw.length > 1;
    const pieces = tokenize(fold(raw.replace(/^\*|\*$/g, "")));
    pieces.forEach((word, i) => {
      const first = i === 0;
      const last = i === pieces.length - 1;
      const l = lead && first;
      const t = trail && last;
      out.push({ word, kind: l && t ? Kind.Infix : l ? Kind.Suffix : t ? Kind.Prefix : Kind.Exact });
    });
  }
  return out;
}
