// Text normalisation shared by the term compiler and the scanner, so that a pattern word and a
// document word are folded the same way (case, accents, punctuation).

const COMBINING = /[\u0300-\u036f]/g;

/** Lower-cases and removes accents: "Geïdentificeerd" → "geidentificeerd". */
export function fold(text: string): string {
  // NFD is costly on long text; only pay for it when a non-ASCII character is present.
  // eslint-disable-next-line no-control-regex
  const lower = text.toLowerCase();
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize("NFD").replace(COMBINING, "") : lower;
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The field separator of table rows and records ("Antwoordtype: geen | Eis: …"), kept as a token. */
const FIELD_SEPARATOR = 124; // "|"

/**
 * Splits folded text into tokens of letters and digits. A field separator "|" is a token of its
 * own, so no term spans two cells of a row ("geen | Eis" is not "geen eis").
 */
export function tokenize(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isWordChar(c)) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) {
        out.push(folded.slice(start, i));
        start = -1;
      }
      if (c === FIELD_SEPARATOR) out.push("|");
    }
  }
  if (start >= 0) out.push(folded.slice(start));
  return out;
}

/** The number of tokens {@link tokenize} makes of `folded`, without making them. */
export function countTokens(folded: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) count++;
      inWord = true;
    } else {
      inWord = false;
      if (c === FIELD_SEPARATOR) count++;
    }
  }
  return count;
}

/**
 * Splits a segment's text into sentences. A sentence ends at . ! or ? followed by a space and an
 * upper-case letter or quote, which keeps "art. 5", "bijv. de" and "o.a. het" together. Writes
 * [start, end) offsets into a flat reusable array (start, end, start, end, …), so a scan of a long
 * tender makes no array per sentence. Returns the number of values written.
 */
export function sentenceBounds(text: string, out: number[]): number {
  let count = 0;
  let start = 0;
  const n = text.length;
  // Only ". ", "! " and "? " can end a sentence: the regular expression finds them faster than a
  // loop over every character.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    if (i + 2 >= n) continue;
    // A numbered clause that follows on the same line ("… Opdrachtnemer. 3.2 Artikel 5 …") starts a sentence too.
    if (!SENTENCE_START.test(text[i + 2]!) && !CLAUSE_NUMBER_START.test(text.slice(i + 2, i + 14))) continue;
    // Abbreviations such as "mr. A.C." or "nr. E-01": a single short lower-case word before the dot.
    if (code === 46 && ABBREVIATION.test(text.slice(Math.max(start, i - 4), i))) continue;
    // A lead-in label ("DPIA. Misschien moeten we …", "10.13 Generative functions. The …") belongs
    // to the sentence after it.
    // A short sentence of its own that drops a requirement ("Eis E-04 vervalt.") is no label.
    if (i + 1 - start <= 40 && text.slice(start, i).split(" ").length <= 4 && !DROPPED.test(text.slice(start, i))) continue;
    out[count++] = start;
    out[count++] = i + 1;
    start = i + 2;
  }
  if (start < n) {
    out[count++] = start;
    out[count++] = n;
  }
  out.length = count;
  return count;
}

const SENTENCE_END = /[.!?] /g;
/** The verbs that drop a requirement: "Eis E-04 vervalt", "R-12 is withdrawn". */
export const DROPPED_VERB = String.raw`(?:vervalt|vervallen|komt te vervallen|wordt geschrapt|geschrapt|ingetrokken|is withdrawn|are withdrawn|is deleted|are deleted)`;
const DROPPED = new RegExp(String.raw`\b${DROPPED_VERB}$`, "i");
const SENTENCE_START = /[A-ZÀ-Þ"“'(]/;
const CLAUSE_NUMBER_START = /^\d{1,2}(\.\d{1,2})+\.?\s+[A-ZÀ-Þ]/;
const ABBREVIATION = /(^|\s)(mr|dr|drs|ir|ing|nr|art|bijv|o\.a|e\.a|resp|jo|i\.e|e\.g|vs|no|prof|[A-Z])$/i;

/** A clause number at the start of a passage: "7.2 ", "D.3 ", "KO-4 ". */
const CLAUSE_NUMBER = /^\W*([A-Z]{1,4}[-.]?)?\d+(\.\d+)*\.?\s+/;
/** The tokens of the clause number that opens a text ("D.3 Het is …" gives 2), so that positions can be counted from the sentence's own start. */
export function clauseNumberTokens(text: string): number {
  const m = CLAUSE_NUMBER.exec(text);
  return m ? countTokens(fold(m[0])) : 0;
}

/** Collapses whitespace. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
