// Parts of a tender that another passage declares informative: "Section B contains the Supplier's
// analysis; it is attached for information only", "Your datasheet VC-400 is attached for
// information only", "Bijlage 4 is ter informatie bijgevoegd en maakt geen deel uit van de
// overeenkomst". What stands in such a part describes; it binds no one.
import type { Document } from "@ethiek/schemas";

/** Words that declare a part informative or not binding. */
const INFORMATIVE =
  /\b(for information(?: purposes)?(?: only)?|for reference only|ter informatie|ter kennisname|informatief|informative|(?:is|are) not binding|niet bindend|does not bind|do not bind|bindt\s+\S+(?:\s+\S+)?\s+niet|binden\s+\S+(?:\s+\S+)?\s+niet|maakt(?:\s+\S+)?\s+geen\s+(?:onderdeel|deel)\s+uit|maken(?:\s+\S+)?\s+geen\s+(?:onderdeel|deel)\s+uit|does not form (?:a )?part|do not form (?:a )?part)\b/i;
/** "Section B", "Sectie 3", "Part II", "Bijlage 4", "Annex C", "Schedule 2". */
const PART_LABEL = /\b(?:section|sectie|part|deel|onderdeel|annex|appendix|schedule|attachment|bijlage)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b(?![.,]\d)/gi;
/** A vendor's own product material named by kind. */
const PRODUCT_MATERIAL = /\b(datasheet|data sheet|brochure|productblad|productsheet|product sheet|factsheet|fact sheet|whitepaper|white paper|specificatieblad|informatieblad)\b/i;
/** A clause that refers back to the part named before it: "…; it is attached for information only". */
const BACK_REFERENCE = /^\W*(it|this|these|they|dit|deze|die|zij|ze|hij)\b/i;
/** A heading that opens a part: "## SECTION B — IMPACT ANALYSIS", "Bijlage 4 Productinformatie". */
const PART_HEADING = /^[\s#*_]*(?:section|sectie|part|deel|onderdeel|annex|appendix|schedule|attachment|bijlage)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b(?![.,]\d)/i;

/** Opens a relative clause: what it says is of the noun just before it, not of a part named earlier. */
const RELATIVE_OPENER = /,\s*(which|that|who|die|dat|welke|wat)\b/i;
/** "…does not form part of", "…maakt geen deel uit van": a part named next is the whole, not the informative part. */
const PART_OF_BEFORE = /\b(?:part|deel|onderdeel)(?:\s+uit)?\s+(?:of|van)\s+(?:the\s+|het\s+|de\s+)?$/i;

/**
 * True when the part label at `at` is what the informative words speak of: not the whole that
 * something "does not form part of", and not a part before a relative clause that carries the
 * words ("Section A contains all binding arrangements and supersedes the quotation, which does
 * not form part of it").
 */
function isSubjectOf(clause: string, at: number, said: RegExpExecArray): boolean {
  if (at > said.index) return !PART_OF_BEFORE.test(clause.slice(0, at));
  return !RELATIVE_OPENER.test(clause.slice(at, said.index));
}

export interface InformativeParts {
  /** Documents that are informative as a whole (a datasheet or an annex named informative elsewhere). */
  readonly documents: ReadonlySet<number>;
  /** Per document, the labels of its parts that are informative ("b", "4"). */
  readonly parts: ReadonlyMap<number, ReadonlySet<string>>;
}

const cache = new WeakMap<readonly Document[], InformativeParts>();

/** The parts of the tender that a passage of it declares informative. */
export function informativeParts(documents: readonly Document[]): InformativeParts {
  const hit = cache.get(documents);
  if (hit) return hit;
  const labels = new Set<string>();
  let material = false;
  for (const doc of documents) {
    for (const seg of doc.segments) {
      if (seg.kind === "heading" || !INFORMATIVE.test(seg.text)) continue;
      for (const sentence of seg.text.split(/(?<=[.!?])\s+/)) {
        const clauses = sentence.split(/;\s+/);
        clauses.forEach((clause, i) => {
          const said = INFORMATIVE.exec(clause);
          if (!said) return;
          let named = [...clause.matchAll(PART_LABEL)].filter((m) => isSubjectOf(clause, m.index, said)).map((m) => m[1]!.toLowerCase());
          if (named.length === 0 && i > 0 && BACK_REFERENCE.test(clause)) named = [...clauses[i - 1]!.matchAll(PART_LABEL)].map((m) => m[1]!.toLowerCase());
          for (const label of named) labels.add(label);
          if (PRODUCT_MATERIAL.test(clause)) material = true;
        });
      }
    }
  }
  const whole = new Set<number>();
  const parts = new Map<number, Set<string>>();
  documents.forEach((doc, d) => {
    const own = PART_HEADING.exec(doc.title ?? "") ?? PART_HEADING.exec(doc.name.replace(/[-_]/g, " "));
    if ((own && labels.has(own[1]!.toLowerCase())) || (material && isProductMaterial(doc))) whole.add(d);
    for (const seg of doc.segments) {
      if (seg.kind !== "heading") continue;
      const m = PART_HEADING.exec(seg.text);
      if (m && labels.has(m[1]!.toLowerCase())) parts.set(d, (parts.get(d) ?? new Set()).add(m[1]!.toLowerCase()));
    }
  });
  const out = { documents: whole, parts };
  cache.set(documents, out);
  return out;
}

/**
 * A vendor's product material by its title, file name or first lines; the document that declares
 * it informative (the order that attaches the datasheet) is not the datasheet itself.
 */
function isProductMaterial(doc: Document): boolean {
  const head = `${doc.title ?? ""} ${doc.name.replace(/[-_.]/g, " ")} ${doc.segments.slice(0, 6).map((s) => s.text).join(" ")}`;
  if (!PRODUCT_MATERIAL.test(head)) return false;
  return !doc.segments.some((s) => s.kind !== "heading" && INFORMATIVE.test(s.text) && PRODUCT_MATERIAL.test(s.text));
}

/** True when the passage stands in a part that the tender declares informative. */
export function inInformativePart(document: number, headingPath: readonly string[], documents: readonly Document[]): boolean {
  const found = informativeParts(documents);
  if (found.documents.has(document)) return true;
  const labels = found.parts.get(document);
  if (!labels) return false;
  return headingPath.some((h) => {
    const m = PART_HEADING.exec(h);
    return m !== null && labels.has(m[1]!.toLowerCase());
  });
}

/** "Met uitzondering van artikel 1 en de artikelen 9 tot en met 13", "Except for clauses 4, 7 and 8", "Save for Articles 9–12". */
const EXCEPT_ARTICLES = /\b(?:met uitzondering van|behoudens|uitgezonderd|behalve|except for|save for|with the exception of|apart from)\s+(?:(?:de|het|the)\s+)?(?:artikel(?:en)?|art\.|articles?|clauses?|bepalingen|paragra(?:af|fen|phs?))\s+\d/i;
/** "… is zij niet juridisch bindend", "… it does not create legally binding obligations". */
const NOT_BINDING = /\b(?:niet (?:juridisch |rechtens )?bindend|geen (?:juridisch )?(?:bindende|afdwingbare)|not (?:legally )?binding|non-binding|no legally binding|(?:does|do|shall) not create (?:any )?legally binding)/i;
/** Numbers that name no article of the list: an annex, a paragraph of an article, a law's article. */
const NOT_AN_ARTICLE = /\b(?:bijlage|annex|appendix|schedule|lid|leden|paragraph|onder|sub)\s+\S+/gi;
/** "9 tot en met 13", "9 t/m 13", "9 to 13", "9–13". */
const ARTICLE_RANGE = /\b(\d{1,3})\s*(?:tot en met|t\/m|to|through|up to and including|-|–)\s*(\d{1,3})\b|\b(\d{1,3})\b/g;
/** A numbered article heading: "Artikel 5 — Uitgangspunten", "### 5. Data", "Clause 7 Costs". */
const ARTICLE_HEADING = /^[\s#*_]*(?:(?:artikel|article|clause|art\.)\s+(\d{1,3})\b|(\d{1,3})\.?\s+\p{Lu})/iu;
/** A sub-clause number at the start of a passage: "5.2 Arcadia …". */
const SUBCLAUSE_NUMBER = /^\W*(\d{1,3})\.\d{1,3}\b/;

const bindingArticlesCache = new WeakMap<Document, ReadonlySet<number> | null>();

/**
 * The articles a document declares the only binding ones, as letters of intent and memoranda of
 * understanding do: "Met uitzondering van artikel 1 en de artikelen 9 tot en met 13 is zij niet
 * juridisch bindend", "Except for clauses 4, 7 and 8 and Annex A, it does not create legally
 * binding obligations". Null when the document declares no such thing.
 */
export function bindingArticles(doc: Document): ReadonlySet<number> | null {
  const known = bindingArticlesCache.get(doc);
  if (known !== undefined) return known;
  let found: Set<number> | null = null;
  for (const seg of doc.segments) {
    if (seg.kind === "heading" || !EXCEPT_ARTICLES.test(seg.text)) continue;
    for (const sentence of seg.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const except = EXCEPT_ARTICLES.exec(sentence);
      const denial = except ? NOT_BINDING.exec(sentence.slice(except.index)) : null;
      if (!except || !denial) continue;
      const list = sentence.slice(except.index + except[0].length - 1, except.index + denial.index).replace(NOT_AN_ARTICLE, " ");
      found ??= new Set();
      for (const m of list.matchAll(ARTICLE_RANGE)) {
        if (m[3] !== undefined) found.add(Number(m[3]));
        else for (let n = Number(m[1]); n <= Number(m[2]) && n - Number(m[1]) < 100; n++) found.add(n);
      }
    }
  }
  bindingArticlesCache.set(doc, found);
  return found;
}

/** True when the passage stands in an article outside those its document declares binding. */
export function outsideBindingArticles(doc: Document, headingPath: readonly string[], passageText: string): boolean {
  const binding = bindingArticles(doc);
  if (!binding) return false;
  const heading = ARTICLE_HEADING.exec(headingPath[headingPath.length - 1] ?? "");
  const number = heading ? (heading[1] ?? heading[2]) : SUBCLAUSE_NUMBER.exec(passageText)?.[1];
  return number !== undefined && !binding.has(Number(number));
}
