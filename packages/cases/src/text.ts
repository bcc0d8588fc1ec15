/// <reference path="./snowball-stemmers.d.ts" />
import snowball from "snowball-stemmers";

const dutch = snowball.newStemmer("dutch");
const english = snowball.newStemmer("english");

// Function words of Dutch and English that carry no meaning for search.
const STOP = new Set(
  (
    "de het een en of van in op te aan met voor door over bij naar om uit als dat die dit deze is zijn was " +
    "werd wordt worden er ook niet geen wel maar dan nog al hoe wat wie waar wanneer welke kan kunnen moet " +
    "moeten mag mogen zou zouden we wij u jij je ze zij hij haar hun ons onze mijn tot toe zo heel meer " +
    "the a an and or of in on to at with for by about from as that this these those is are was were be " +
    "been being it its not no but than can could should would may might must we you they he she our their " +
    "what which who how when where do does did has have had into"
  ).split(" "),
);

/** A word in a text with its place, for highlighting. */
export interface Token {
  /** Lower-case, without diacritics. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Dutch plurals like camera's and auto's are one word: the apostrophe and its tail are part of the
// highlighted range but not of the search term.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Lower case without diacritics: "Coöperatie" → "cooperatie".
 *
 * @example
 * fold("Coöperatie") // "cooperatie"
 */
export function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/**
 * Splits a text into words with their character offsets, leaving out stop words.
 *
 * @example
 * tokenize("De camera's op het plein").map((t) => t.word); // ["camera", "plein"]
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]).replace(/['’].*$/u, "");
    if (STOP.has(word)) continue;
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const cache = new Map<string, readonly string[]>();

/**
 * The search terms of one word: its Dutch and its English Snowball stem (one term when they agree).
 * Cases mix both languages, and a stem in the wrong language is harmless: it only matches words
 * that stem the same way.
 *
 * @example
 * stems("algoritmes"); // ["algoritm"]
 */
export function stems(word: string): readonly string[] {
  let hit = cache.get(word);
  if (hit === undefined) {
    const nl = dutch.stem(word);
    const en = english.stem(word);
    hit = nl === en ? [nl] : [nl, en];
    if (cache.size > 200_000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}
