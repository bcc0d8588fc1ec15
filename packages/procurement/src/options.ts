// Items a tender marks as options ("(D15) Optie — Kwaliteitsmonitoring. …", "Optional: …") when
// the tender says elsewhere that options are priced but not ordered ("Een optie is een prijsvraag:
// … de gemeente neemt haar niet af", "Options may be called off later"). What such an item asks
// binds nobody until the buyer orders it, and what it describes is not bought.
import type { Document, Segment } from "@ethiek/schemas";

/** An item that opens with an option marker, after an item number: "(D15) Optie —", "3.4 Option:", "[Optioneel]". */
const OPTION_MARK = /^[\s#*_>[(]*(?:[\p{L}]{0,4}[-.]?\d+(?:\.\d+)*[.)\]]?\s*|\(\p{L}{0,4}[-.]?\d+(?:\.\d+)*\)\s*)?[[(]?(?:optie|option|optioneel|optional)\b\s*[\])]?\s*(?:[—–:.-]|$)/iu;
/** The word option in any form: options in general, or the marker of one item. */
const OPTIONS = /\b(opties?|options?|optioneel|optionele|optional)\b/i;
/** Buying an option: ordering, calling off, taking up or exercising it. */
export const BUYS_OPTION =
  /\b(orders?|ordered|call(s|ed)? off|take[sn]? up|took up|exercis(e|es|ed)|purchas(e|es|ed)|procured?|award(s|ed)?|activat(e|es|ed)|afgenomen|afneemt|neemt|nemen|besteld|bestelt|bestellen|gegund|gelicht|licht|lichten|uitgeoefend|ingeroepen|geactiveerd|opgedragen)\b/i;
/** A negation word, for sentences read without the scan. */
const NEGATION = /\b(niet|geen|not|no|never|nooit)\b/i;
/** A sentence that does not buy an option: a buying verb and a negation ("does not order Option C", "neemt haar niet af"). */
export const declinesOption = (text: string) => NEGATION.test(text) && BUYS_OPTION.test(text);
/** Ordering later at the buyer's discretion: "kan de opties afnemen", "may call off an option". */
const MAY_ORDER = /\b(kan|kunnen|mag|may|can)\b[^.;]{0,60}\b(afnemen|afroepen|bestellen|gunnen|lichten|order|call off|take up|exercise)\b/i;
/** Ordering options after all: "De gemeente neemt de opties D15 en D20 af", "Options 2 and 3 are ordered". */
const ORDERS = /\b(neemt|nemen)\b[^.;]{0,40}\baf\b|\b(are|is|have been|has been|worden|wordt|zijn) (ordered|called off|exercised|afgenomen|besteld|gegund|gelicht)\b/i;

const cache = new WeakMap<readonly Document[], boolean>();

/** Whether the tender says that its options are not ordered (now), and nowhere that they are. */
export function optionsNotOrdered(documents: readonly Document[]): boolean {
  let out = cache.get(documents);
  if (out === undefined) {
    let declined = false;
    let ordered = false;
    for (const doc of documents) {
      for (const seg of doc.segments) {
        if (!OPTIONS.test(seg.text) || OPTION_MARK.test(seg.text)) continue;
        for (const sentence of seg.text.split(/(?<=[.!?])\s+/)) {
          if (!OPTIONS.test(sentence)) continue;
          if (declinesOption(sentence) || MAY_ORDER.test(sentence)) declined = true;
          else if (ORDERS.test(sentence)) ordered = true;
        }
      }
    }
    out = declined && !ordered;
    cache.set(documents, out);
  }
  return out;
}

/** Where an item starts inside a paragraph: "(D15) ", "D-15 ", "3.4 " after a sentence end. */
const ITEM_START = /(?:^|[.;:!?]\s+)(\(?\p{L}{0,4}[-.]?\d+(?:\.\d+)*[).]?\s)/gu;

/**
 * Whether a passage stands in an item marked as an option (by its own text, the item it stands in
 * within a paragraph of items, or its heading) that the tender does not order.
 */
export function inUnorderedOption(seg: Segment, passage: string, documents: readonly Document[]): boolean {
  const heading = seg.headingPath[seg.headingPath.length - 1] ?? "";
  if (!OPTIONS.test(seg.text) && !OPTIONS.test(heading)) return false;
  if (!OPTION_MARK.test(passage) && !OPTION_MARK.test(itemOf(seg.text, passage)) && !OPTION_MARK.test(heading)) return false;
  return optionsNotOrdered(documents);
}

/** The text of the item of a paragraph in which the passage stands (the whole paragraph when it has no numbered items). */
function itemOf(text: string, passage: string): string {
  const at = text.indexOf(passage);
  if (at < 0) return text;
  let start = 0;
  for (const m of text.matchAll(ITEM_START)) {
    const begin = m.index + m[0].length - m[1]!.length;
    if (begin > at) break;
    start = begin;
  }
  return text.slice(start);
}
