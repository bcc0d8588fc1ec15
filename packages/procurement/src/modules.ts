// Modular terms (a set of purchase conditions with a Module A for every algorithm, a Module C or
// "Deel B" for AI systems, …) bind only the modules an order declares applicable. When a document says which
// modules do not apply ("De Modules C, D en E zijn niet van toepassing"), or an applicability table
// marks single model clauses "nee" ("| MB-06 Audit | nee |"), the clauses of those modules bind
// nothing and describe nothing about the system bought.
import type { Document, Segment } from "@ethiek/schemas";

/** "niet van toepassing", "do not apply": said of a module, it takes the module out. */
const NOT_APPLICABLE = /\b(niet van toepassing|niet toepasselijk|buiten toepassing|vervall?en|not applicable|do(?:es)? not apply|shall not apply|will not apply)\b/i;
/** The sentence only sets a condition ("Indien …, is Module D niet van toepassing") when it opens with one. */
const CONDITION = /^\W*(\d+(\.\d+)*\.?\s+)?(indien|als|wanneer|voor zover|if|where|to the extent)\b/i;
/** "Module C", "Modules C (…), D (…) en E (…)": the letters named after the word. */
const MODULE_LIST = /\b(?:[Mm]odules?|[Dd]eel|[Dd]elen|[Pp]arts?|[Oo]nderdeel|[Oo]nderdelen)\s+((?:[A-Z](?:\s*\([^)]{0,80}\))?(?:\s*,\s*|\s+(?:en|and|of|or|&)\s+)?)+)/g;
/** The words a set of terms names its parts by: "Module C", "Deel B", "Part B", "Onderdeel D". */
const MODULE_WORD = /\b([Mm]odules?|[Dd]eel|[Dd]elen|[Pp]arts?|[Oo]nderde(el|len))\s+[A-Z](?![\p{L}])/u;
/** A module's own section: "Module D — Generatieve AI", "Module D: …". */
const MODULE_HEADING = /^\W*(?:module|deel|part|onderdeel)\s+([A-Z])\b(?![\p{L}\d])/iu;
/** A clause numbered within a module: "D.4 Het Product …". */
const MODULE_CLAUSE = /^\s*([A-Z])\.\d+\b/;

/** The module letters that some document declares not applicable. */
export function excludedModules(documents: readonly Document[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const doc of documents) {
    for (const seg of doc.segments) {
      // The denial is rarer than a part's name: test it first.
      if (!NOT_APPLICABLE.test(seg.text) || !MODULE_WORD.test(seg.text)) continue;
      for (const sentence of seg.text.split(/(?<=[.;])\s+/)) {
        if (!NOT_APPLICABLE.test(sentence) || CONDITION.test(sentence)) continue;
        // Only the modules named before the denial: "Module A is van toepassing; Module C niet".
        const before = sentence.slice(0, sentence.search(NOT_APPLICABLE));
        for (const m of before.matchAll(MODULE_LIST)) {
          // "De bepalingen van Deel A die alleen gelden voor …": some clauses of the module, not the module.
          if (/\b(van|of|uit|in)\s*$/i.test(before.slice(0, m.index))) continue;
          for (const letter of m[1]!.replace(/\([^)]*\)/g, " ").matchAll(/(?<!\p{L})([A-Z])(?!\p{L})/gu)) out.add(letter[1]!);
        }
      }
    }
  }
  return out;
}

/**
 * A predicate for passages in a module that does not apply: under a module heading, or (in a
 * document with module headings) numbered as a clause of that module ("D.4 …").
 */
export function inExcludedModule(documents: readonly Document[]): (document: number, segment: number, text: string) => boolean {
  const disapplied = disappliedInTables(documents);
  const excluded = new Set([...excludedModules(documents), ...disapplied.modules]);
  if (excluded.size === 0 && disapplied.clauses.size === 0 && disapplied.rows.size === 0) return () => false;
  const modular = documents.map((d) => d.segments.some((s) => s.kind === "heading" && MODULE_HEADING.test(s.text)));
  return (document, segment, text) => {
    const seg = documents[document]?.segments[segment];
    if (!seg) return false;
    // The row's own clause text, whatever its identifier: "| B4 | DPIA | De Gemeente voert … | nee |".
    if (seg.table && disapplied.rows.has(`${document}:${seg.table.tableIndex}:${seg.table.row}`)) return true;
    if (disapplied.clauses.size > 0 && [seg.text, seg.headingPath[seg.headingPath.length - 1] ?? ""].some((t) => disapplied.clauses.has(CLAUSE_ID_START.exec(t)?.[1] ?? ""))) return true;
    const module = moduleOf(seg, text, modular[document] ?? false);
    return module !== null && excluded.has(module);
  };
}

/** The column of a table that says whether a row applies: "Van toepassing?", "Applicable (yes/no)". */
const APPLIES_HEADER = /\b(van toepassing|toepasselijk|applicable|applies|of toepassing)\b/i;
/** A cell that says the row does not apply. */
const DOES_NOT_APPLY = /^\W*(nee|no|niet|n\.?\s?v\.?\s?t\.?|not applicable|n\/a)\b/i;
/** A clause's identifier: "MB-06", "NE-12", "KO-3". */
const ID = String.raw`([A-Z]{1,4}-\d{1,3})(?![\d.])`;
const CLAUSE_ID = new RegExp(String.raw`\b${ID}`, "g");
/** A range of them: "MB-12 tot en met MB-18", "A-3 t/m A-7", "C-1 to C-4". */
const CLAUSE_RANGE = /\b([A-Z]{1,4})-(\d{1,3})\s*(?:tot en met|t\/m|to|through|[–—-])\s*\1-(\d{1,3})\b/g;
/** A paragraph or heading that opens with a clause's identifier ("**MB-06 Audit.** …"). */
const CLAUSE_ID_START = new RegExp(String.raw`^[\s*_#|]*${ID}`);

/**
 * An applicability table ("| MB-06 Audit | nee | niet proportioneel |") switches single clauses or
 * parts off: the row itself, and the clause identifiers and part letters named in its first cell.
 */
function disappliedInTables(documents: readonly Document[]): { clauses: ReadonlySet<string>; modules: ReadonlySet<string>; rows: ReadonlySet<string> } {
  const clauses = new Set<string>();
  const modules = new Set<string>();
  const rows = new Set<string>();
  for (const [index, doc] of documents.entries()) {
    const firstCells = new Map<string, string>();
    for (const seg of doc.segments) if (seg.table?.column === 0) firstCells.set(`${seg.table.tableIndex}:${seg.table.row}`, seg.text);
    for (const seg of doc.segments) {
      const t = seg.table;
      if (!t || !t.column || !APPLIES_HEADER.test(t.header ?? "") || !DOES_NOT_APPLY.test(seg.text)) continue;
      const first = firstCells.get(`${t.tableIndex}:${t.row}`) ?? "";
      rows.add(`${index}:${t.tableIndex}:${t.row}`);
      for (const m of first.matchAll(CLAUSE_ID)) clauses.add(m[1]!);
      for (const m of first.matchAll(CLAUSE_RANGE)) for (let n = Number(m[2]); n <= Number(m[3]) && n - Number(m[2]) < 50; n++) clauses.add(`${m[1]}-${String(n).padStart(m[2]!.length, "0")}`);
      for (const m of first.matchAll(MODULE_LIST)) for (const letter of m[1]!.replace(/\([^)]*\)/g, " ").matchAll(/(?<!\p{L})([A-Z])(?!\p{L})/gu)) modules.add(letter[1]!);
    }
  }
  return { clauses, modules, rows };
}

function moduleOf(seg: Segment, text: string, modular: boolean): string | null {
  for (let i = seg.headingPath.length - 1; i >= 0; i--) {
    const m = MODULE_HEADING.exec(seg.headingPath[i]!);
    if (m) return m[1]!.toUpperCase();
  }
  if (!modular) return null;
  const clause = MODULE_CLAUSE.exec(text) ?? MODULE_CLAUSE.exec(seg.text);
  return clause ? clause[1]! : null;
}

/**
 * A sentence about which modules of the terms apply ("Indien het Product generatieve AI bevat, is
 * Module D van toepassing"): it describes the terms, not the system bought.
 */
export function isModuleApplicability(text: string): boolean {
  return /\b(?:[Mm]odules?|[Dd]eel|[Pp]art|[Oo]nderdeel)\s+[A-Z](?!\p{L})/u.test(text) && /\b(van toepassing|toepasselijk|apply|applies|applicable)\b/i.test(text);
}
