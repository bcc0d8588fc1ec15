// Retention periods in a passage: the numbers and units (in words, figures and the abbreviations
// of table cells) that stand near a word for keeping or deleting, in months.
import { fold, tokenize } from "./text.js";

const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, eén: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6, zeven: 7, seven: 7,
  acht: 8, eight: 8, negen: 9, nine: 9, tien: 10, ten: 10, elf: 11, eleven: 11, twaalf: 12, twelve: 12, achttien: 18, eighteen: 18,
  dertien: 13, thirteen: 13, veertien: 14, fourteen: 14, vijftien: 15, fifteen: 15, zestien: 16, sixteen: 16, zeventien: 17, seventeen: 17,
  negentien: 19, nineteen: 19, vierentwintig: 24, zesendertig: 36, veertig: 40, forty: 40, achtenveertig: 48, vijftig: 50, fifty: 50,
  twintig: 20, twenty: 20, dertig: 30, thirty: 30, zestig: 60, sixty: 60, negentig: 90, ninety: 90, honderdtachtig: 180,
};
const UNIT_MONTHS: Array<[RegExp, number]> = [
  // With the abbreviations of table cells ("bewaren min. 12 mnd").
  [/^(dag|dagen|day|days|werkdag|werkdagen|kalenderdagen|dgn)$/, 1 / 30],
  [/^(week|weken|weeks|wk|wkn|wks)$/, 7 / 30],
  [/^(maand|maanden|month|months|mnd|mnden|mth|mths|mo|mos)$/, 1],
  [/^(jaar|jaren|year|years|jr|yr|yrs)$/, 12],
];
const RETENTION = /^(bewaar\w*|bewaren|bewaard|bewaring|retention|retained|retain|retains|kept|keep|keeps|stored|store|stores|verwijder\w*|deleted|deletes|delete|erased|erase|erases|erasure|gewist|wist|wissen|opgeslagen|vernietigd)$/;

/** Durations (in months) that stand near a retention word. */
export function retentionDurations(text: string): number[] {
  const tokens = tokenize(fold(text));
  const out: number[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const n = /^\d+$/.test(tokens[i]!) ? Number(tokens[i]) : NUMBER_WORDS[tokens[i]!];
    if (n === undefined) continue;
    const unit = UNIT_MONTHS.find(([re]) => re.test(tokens[i + 1]!));
    if (!unit) continue;
    const near = tokens.slice(Math.max(0, i - 10), i + 10).some((t) => RETENTION.test(t));
    // "drie maanden in plaats van twaalf maanden": the period after "in plaats van" is the old one.
    const replaced = (tokens[i - 1] === "van" && tokens[i - 2] === "plaats" && tokens[i - 3] === "in") || (tokens[i - 1] === "of" && tokens[i - 2] === "instead");
    if (near && !replaced) out.push(n * unit[1]);
  }
  return out;
}
