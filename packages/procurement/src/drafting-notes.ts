// A draft that says how it marks its own notes: "Text in [square brackets] consists of drafting
// notes or open points … and does not form part of the Agreement", "Tekst tussen [vierkante
// haken] is toelichting voor de opstellers". What such a draft puts between brackets binds no one;
// a short bracketed blank ("[CONTRACTOR]", "[naam]") inside a clause is only a blank to fill in.
import type { Document } from "@ethiek/schemas";

/** The sentence that names the bracket convention. */
const BRACKETS_NAMED = /\b(square brackets|vierkante haken|brackets|haken|\[\s*\])/i;
/** …and says what bracketed text is: notes, comments, open points, not part of the text that binds. */
const NOTES_NAMED =
  /\b(drafting notes?|notes?|comments?|open points?|not part|do(es)? not form part|will be removed|removed before|toelichting|opmerkingen?|open punten|aantekeningen|notities|geen (deel|onderdeel)|worden verwijderd|wordt verwijderd|niet bindend|not binding)\b/i;
/** How many segments from the start the convention is looked for. */
const CONVENTION_REACH = 30;
/** A bracketed span shorter than this is a blank to fill in, not a note. */
const NOTE_MIN_LENGTH = 30;

/** Only a clause number before the opening bracket: "Artikel 9. [", "4.2 [", "Clause 7 [". */
const CLAUSE_NUMBER_BEFORE_NOTE = /^\s*(?:(?:artikel|article|clause|art\.)\s+)?\d+(?:\.\d+)*[.)]?\s*(?=\[)/i;

const cache = new WeakMap<Document, boolean>();

/** Whether the document declares, near its start, that its bracketed text is notes. */
function declaresBracketNotes(doc: Document): boolean {
  let out = cache.get(doc);
  if (out === undefined) {
    out = doc.segments.slice(0, CONVENTION_REACH).some((s) => BRACKETS_NAMED.test(s.text) && NOTES_NAMED.test(s.text));
    cache.set(doc, out);
  }
  return out;
}

/** True when the passage starts inside a bracketed note of a document that declares its brackets notes. */
export function inDeclaredDraftingNote(doc: Document, segmentText: string, passage: string): boolean {
  if (!segmentText.includes("[") || !declaresBracketNotes(doc)) return false;
  let at = segmentText.indexOf(passage);
  if (at < 0) return false;
  // "Artikel 9. [De leverancier meldt …]": a clause number before the note is not text outside it.
  const numbered = CLAUSE_NUMBER_BEFORE_NOTE.exec(passage);
  if (numbered) at += numbered[0].length;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < segmentText.length; i++) {
    const c = segmentText[i];
    if (c === "[") {
      if (depth++ === 0) open = i;
    } else if (c === "]" && depth > 0 && --depth === 0) {
      if (open <= at && at < i && i - open >= NOTE_MIN_LENGTH) return true;
      if (open > at) return false;
    }
  }
  // A note left open to the end of the segment.
  return depth > 0 && open <= at && segmentText.length - open >= NOTE_MIN_LENGTH;
}
