// "No English string on a Dutch screen": a check that tests run on the visible text of a Dutch
// screen (web page, CLI help, terminal report). A word list, not a dictionary, plus every English
// text of the catalogue that has no Dutch counterpart with the same words.
import { catalogue, type MessageKey } from "./catalogue/index.js";

/**
 * English words that Dutch B1 text does not use (matched case-insensitively, as whole words).
 * Loan words that Dutch does use (AI, logging, audit, info, online) are left out on purpose.
 */
export const englishOnlyWords: readonly string[] = [
  "the", "and", "error", "errors", "warning", "warnings", "high-risk", "requirement", "requirements",
  "satisfied", "missing", "partial", "partly met", "should", "must", "which", "please", "choose",
  "submit", "search", "assessment", "reflection", "waived", "not applicable", "not found", "severity",
  "sign out", "usage", "options", "examples", "no such file", "cannot read",
];

const wordPattern = new RegExp(`\\b(?:${englishOnlyWords.map((w) => w.replace(/[-\s]/g, (c) => (c === "-" ? "\\-" : "\\s+"))).join("|")})\\b`, "gi");

/** The literal parts of an ICU message: placeholders and plural/select blocks removed. */
function literalParts(message: string): string[] {
  let depth = 0;
  let text = "";
  for (const ch of message) {
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else text += depth === 0 ? ch : "";
    if (depth > 0 && ch === "{") text += "\n";
  }
  return text.split(/\n|[.:;!?]\s/).map((part) => part.trim());
}

let phrases: string[] | undefined;
/** English phrases of the catalogue (two words or more) that no Dutch text contains. */
function englishPhrases(): string[] {
  if (phrases) return phrases;
  const dutch = Object.values(catalogue.nl).join("\n");
  const found = new Set<string>();
  for (const key of Object.keys(catalogue.en) as MessageKey[]) {
    if (catalogue.en[key] === catalogue.nl[key]) continue;
    for (const part of literalParts(catalogue.en[key])) {
      if (part.length >= 8 && /\s/.test(part) && /[a-z]/.test(part) && !dutch.includes(part)) found.add(part);
    }
  }
  phrases = [...found];
  return phrases;
}

/**
 * The English on a Dutch screen: words of {@link englishOnlyWords} and English texts of the
 * catalogue, each with a little context. Give it the visible text only: strip markup, code and
 * quoted tender text first.
 *
 * @example
 * englishIn("Ernst: error als hoog-risico-AI") // ['"error" in "Ernst: error als hoog-risico-AI"']
 * englishIn("Ernst: fout") // []
 */
export function englishIn(text: string): string[] {
  const hits: string[] = [];
  const context = (at: number, length: number) => text.slice(Math.max(0, at - 30), at + length + 30).replace(/\s+/g, " ").trim();
  for (const match of text.matchAll(wordPattern)) hits.push(`"${match[0]}" in "${context(match.index, match[0].length)}"`);
  for (const phrase of englishPhrases()) {
    const at = text.indexOf(phrase);
    if (at >= 0) hits.push(`"${phrase}" in "${context(at, phrase.length)}"`);
  }
  return hits;
}

/**
 * Names that are English words but proper Dutch names of instruments (the IAMA's own name) or of
 * tools (the ODI's model): they stand on Dutch screens as they are.
 */
const properNames = ["Impact Assessment Mensenrechten en Algoritmes", "ODI Data Ethics Maturity Model"];

/**
 * A screen's text without what is code, not language: ruleset names (`ethiek:high-risk-strict`),
 * requirement ids in brackets (`(purpose-and-scope)`), stable error codes (`[USAGE]`), option
 * values listed as `a | b | c`, `--option value` pairs, `code in backticks`, ICU syntax, and the
 * {@link properNames}. These stay as they are on every screen because a person types or looks
 * them up as they are.
 *
 * @example
 * withoutCode("--fail-on <niveau> error | warning | never") // "  "
 */
export function withoutCode(text: string): string {
  return properNames
    .reduce((rest, name) => rest.replaceAll(name, " "), text)
    .replace(/`[^`\n]*`/g, " ")
    .replace(/\([a-z0-9]+(?:-[a-z0-9]+)+\)|\[[A-Z][A-Z0-9_]+\]/g, " ")
    .replace(/\{\s*\w+\s*,\s*(?:plural|select)\s*,|\{\w+\}/g, " ")
    .replace(/\bethiek:[\w-]+/g, " ")
    .replace(/[\w.-]+(?:\s*\|\s*[\w.-]+)+/g, " ")
    .replace(/--[\w-]+(?:[ =](?!-)[^\s|]+)?/g, " ");
}
